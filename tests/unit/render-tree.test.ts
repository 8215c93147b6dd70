/**
 * Descriptions rendered from the parser's tree (src/loaders/render-tree.ts) are byte for byte
 * what Astro's `renderMarkdown()` makes of their Markdown through the configured pipeline,
 * or are declined (and then rendered from the Markdown, as before): over the seed archive,
 * a synthetic archive in the real listing format, and generated listings (fixed seed).
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { buildArchive } from '../../src/link/build-archive.ts';
import { createTreeRenderer, isDescriptionTree } from '../../src/loaders/render-tree.ts';
import { contentProcessor, SHARED_MARKDOWN_OPTIONS } from '../../src/markdown/pipeline.ts';
import { collectDescriptionTrees } from '../../src/parse/listing/description.ts';
import { parseListing } from '../../src/parse/listing/parse-listing.ts';
import { readContent } from '../../src/read/read-content.ts';
import { anyListingInput, generatedListing } from '../support/listing-arbitrary.ts';
import { ROOT } from '../support/paths.ts';
import { seedSnapshot } from '../support/seed.ts';

const BASE = '/summit-archive/';
const processor = contentProcessor(BASE);
// What Astro's loader context does for `renderMarkdown()` (astro.config.mjs `markdown`).
const markdownRenderer = await processor.createRenderer({ ...SHARED_MARKDOWN_OPTIONS, image: {} } as never);
const renderTree = createTreeRenderer({ processor, syntaxHighlight: SHARED_MARKDOWN_OPTIONS.syntaxHighlight } as never)!;
const SEED = 20261202;
const TIMEOUT_MS = 120_000;

/** Compare every tree with the Markdown it serialised to; how many were rendered from the tree and how many declined. */
async function compare(trees: ReadonlyMap<string, Root>): Promise<{ fromTree: number; declined: number; differing: string[] }> {
  let fromTree = 0;
  let declined = 0;
  const differing: string[] = [];
  for (const [markdown, tree] of trees) {
    const rendered = await renderTree(tree);
    if (!rendered) {
      declined += 1;
      continue;
    }
    fromTree += 1;
    const expected = await markdownRenderer.render(markdown, {});
    if (rendered.html !== expected.code || rendered.metadata.headings.length !== expected.metadata.headings.length) differing.push(markdown);
  }
  return { fromTree, declined, differing };
}

describe('rendering descriptions from the parser tree', () => {
  it('gives the seed archive the same HTML as its Markdown, declining only text GFM would link', async () => {
    const snapshot = await seedSnapshot();
    const { result, trees } = collectDescriptionTrees(() => buildArchive(snapshot));
    expect(result.sessions.length).toBeGreaterThan(170);
    const outcome = await compare(trees);
    expect(outcome.differing).toEqual([]);
    expect(outcome.fromTree).toBeGreaterThan(160);
    // The five descriptions with a URL (GFM links it when the Markdown is parsed) and one with an `@`.
    expect(outcome.declined).toBeLessThanOrEqual(8);
  }, TIMEOUT_MS);

  it('gives a synthetic 1,000-session archive the same HTML, every description from its tree', async () => {
    const dir = join(ROOT, 'tests/.output/render-tree-archive');
    rmSync(dir, { recursive: true, force: true });
    const generated = generateArchive({ sessions: 1000, dir: join(dir, 'content') });
    const snapshot = await readContent({ root: dir, contentDir: generated.dir, base: BASE });
    const { trees } = collectDescriptionTrees(() => buildArchive(snapshot));
    const outcome = await compare(trees);
    expect(outcome).toEqual({ fromTree: trees.size, declined: 0, differing: [] });
    rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  it('gives generated listings, well-formed or not, the same HTML (or declines)', async () => {
    const listings = fc.oneof(
      generatedListing().map((listing) => ({ text: listing.text, trackHeadings: listing.trackHeadings })),
      anyListingInput,
    );
    await fc.assert(
      fc.asyncProperty(listings, async ({ text, trackHeadings }) => {
        const { trees } = collectDescriptionTrees(() => parseListing(text, { trackHeadings }));
        const outcome = await compare(trees);
        expect(outcome.differing).toEqual([]);
      }),
      { seed: SEED, numRuns: 400, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
  }, TIMEOUT_MS);

  it('keeps nothing when no collector runs, and declines trees outside the parser vocabulary', async () => {
    const outside = collectDescriptionTrees(() => 0).trees;
    expect(outside.size).toBe(0);
    parseListing('Keynotes\n• A talk\nJane Doe, Acme\nSome text.\n', { trackHeadings: ['Keynotes'] });
    const html: Root = { type: 'root', children: [{ type: 'html', value: '<script>alert(1)</script>' }] };
    const link: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }] }] };
    expect(isDescriptionTree(html)).toBe(false);
    expect(isDescriptionTree(link)).toBe(false);
    expect(await renderTree(html)).toBeNull();
    // Text is text: markup in a listing is escaped, never interpreted.
    const text: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '<script>alert(1)</script> & <b>' }] }] };
    expect((await renderTree(text))?.html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b></p>');
  }, TIMEOUT_MS);
});
