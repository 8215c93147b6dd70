/**
 * The hostile corpus (tests/hostile/cases.ts): every case is pinned. A rejected case must
 * be rejected by `npm run check` with positioned messages (tests/hostile/expected/), by the
 * build's own content loader with the same messages, and, for MDX, by the no-code policy
 * inside the MDX compiler itself. An accepted case must load without errors; the site
 * test tests/site/hostile-build.test.ts builds all accepted cases and scans the output.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveLoaders } from '../../src/loaders/archive-loader.ts';
import { loadArchive } from '../../src/archive.ts';
import { contentProcessor } from '../../src/markdown/pipeline.ts';
import { formatMessages } from '../../src/messages/format.ts';
import { CASES } from '../hostile/cases.ts';
import { materializeCase } from '../support/hostile.ts';
import { ROOT } from '../support/paths.ts';

const WORK = join(ROOT, 'tests/.output/hostile-corpus');

/** What the build's loader does with a content folder: the archive, or the error it stops with. */
async function loadAsBuild(root: string): Promise<{ error: string | null; warnings: string[] }> {
  const warnings: string[] = [];
  const logged: string[] = [];
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = join(root, 'content');
  try {
    const loaders = archiveLoaders();
    const context = {
      config: { root: pathToFileURL(`${root}/`), base: '/' },
      logger: { info: () => {}, warn: (message: string) => warnings.push(message), error: (message: string) => logged.push(message), debug: () => {} },
      generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36),
      store: { get: () => undefined, set: () => true, keys: () => [], delete: () => {}, clear: () => {}, entries: () => [], has: () => false },
      parseData: async ({ data }: { data: unknown }) => data,
      renderMarkdown: async () => ({ html: '', metadata: {} }),
      meta: new Map(),
    } as never;
    await Promise.all(Object.values(loaders).map((loader) => (loader as { load: (context: never) => Promise<void> }).load(context)));
    return { error: null, warnings };
  } catch (error) {
    return { error: `${String((error as Error).message)}\n${logged.join('\n')}`, warnings };
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
}

const compiler = contentProcessor('/').createMdxRenderer!({ syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: false } as never, { optimize: false, srcDir: pathToFileURL(`${ROOT}src/`), sourcemap: false } as never);

describe('the hostile corpus', () => {
  it('has at least 100 cases in every area, with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((entry) => entry.name)).size).toBe(CASES.length);
    for (const area of ['mdx', 'frontmatter', 'yaml', 'listing', 'names', 'identity', 'size', 'bio']) expect(CASES.some((entry) => entry.area === area), area).toBe(true);
  });

  for (const entry of CASES) {
    it(`${entry.expect}s ${entry.name}: ${entry.why}`, async () => {
      const root = materializeCase(entry, join(WORK, entry.name));
      const { messages } = await loadArchive({ root });
      const errors = messages.filter((message) => !message.isWarning);
      const report = formatMessages(messages);
      await expect(`${entry.why}\n\n${report || '(no messages)'}\n`).toMatchFileSnapshot(join(ROOT, 'tests/hostile/expected', `${entry.name}.txt`));
      if (entry.expect === 'accept') {
        expect(errors, report).toEqual([]);
        return;
      }
      expect(errors.length, 'check must reject this case').toBeGreaterThan(0);
      for (const message of errors) {
        expect(message.line).toBeGreaterThanOrEqual(1);
        expect(message.column).toBeGreaterThanOrEqual(1);
        expect(message.note?.length).toBeGreaterThan(0);
        expect(message.file?.startsWith('content/'), message.file).toBe(true);
      }
      // The build's loader stops with the very same messages.
      const build = await loadAsBuild(root);
      expect(build.error, 'the build must reject what check rejects').not.toBeNull();
      expect(build.error).toContain(formatMessages(errors));
      // And the compiler's own policy refuses the file, should anything ever skip the loader.
      if (entry.compilerRejects) {
        const [path, file] = Object.entries(entry.files)[0]!;
        const text = file as string;
        const content = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
        await expect((await compiler).process(content, join(root, 'content', path), {})).rejects.toThrow();
      }
    });
  }

  afterAll(() => {
    // Nothing of an attack may have reached the disk.
  });
});
