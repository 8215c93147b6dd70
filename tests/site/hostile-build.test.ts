/**
 * The hostile corpus, built. Every accepted case (tests/hostile/cases.ts) is laid over the
 * base archive in one content folder and built with a secret in the environment: the
 * scanner finds nothing executable, feeds and sitemaps are well-formed, the secret is
 * nowhere in the output, and nothing was written outside the output folder. Then every
 * rejected MDX case is built too: the build stops with positioned messages (no stack
 * trace), leaves no output folder, and runs none of the code.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES } from '../hostile/cases.ts';
import { buildSite } from '../support/build.ts';
import { filesIn, load } from '../support/dist.ts';
import { BASE_CONTENT, writeCaseFiles } from '../support/hostile.ts';
import { ROOT, TEST_BASE } from '../support/paths.ts';
import { scanSite } from '../support/scan-site.ts';

const WORK = join(ROOT, 'tests/.output/hostile-build');
const SECRET = `canary-${randomBytes(12).toString('hex')}`;
/** Where the frontmatter-fence reproduction would write, had its code run. */
const CANARY_FILE = '/tmp/summit-archive-canary-written';

/** Files under the project changed after `since`, outside the places a build may write. */
function writtenOutside(since: number, allowed: readonly string[]): string[] {
  const changed: string[] = [];
  // Build outputs and caches, and bench/.work: `npm run bench` may run beside the suite and writes there.
  const skip = new Set(['node_modules', '.git', 'dist', '.astro', 'bench/.work', ...allowed]);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(ROOT, path);
      if (skip.has(entry.name) || skip.has(rel)) continue;
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > since) changed.push(rel);
    }
  };
  walk(ROOT);
  return changed;
}

/** The base archive with the given cases laid over it. */
function contentWith(name: string, cases: typeof CASES): string {
  const content = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(BASE_CONTENT, content, { recursive: true });
  const written = new Map<string, string>();
  for (const entry of cases) {
    for (const path of Object.keys(entry.files)) {
      const other = written.get(path);
      if (other) throw new Error(`cases ${other} and ${entry.name} both write ${path}; give one its own file`);
      written.set(path, entry.name);
    }
    writeCaseFiles(content, entry.files);
  }
  return content;
}

describe('every accepted hostile case, built together', () => {
  const out = join(WORK, 'accepted-site');
  let output = '';
  let started = 0;
  beforeAll(() => {
    rmSync(CANARY_FILE, { force: true });
    const content = contentWith('accepted', CASES.filter((entry) => entry.expect === 'accept'));
    started = Date.now();
    rmSync(out, { recursive: true, force: true });
    const result = buildSite(out, { CONTENT_DIR: content, SECRET_CANARY: SECRET });
    output = result.output;
    if (result.status !== 0) throw new Error(`the accepted corpus must build:\n${output.slice(-4000)}`);
  }, 240_000);

  it('has nothing executable, no style from content, and well-formed feeds, sitemaps and data', () => {
    expect(scanSite(out, { base: TEST_BASE })).toEqual([]);
  });

  it('never contains the secret, and wrote nothing outside its output folder', () => {
    for (const file of filesIn(out, '')) expect(readFileSync(file).includes(SECRET), relative(out, file)).toBe(false);
    expect(output.includes(SECRET)).toBe(false);
    expect(existsSync(CANARY_FILE)).toBe(false);
    expect(writtenOutside(started, ['tests/.output'])).toEqual([]);
  });

  it('shows hostile text as text', () => {
    const title = load(join(out, 'sessions/mini-summit-2021/streams-in-practice/index.html'))('h1').text();
    expect(title).toBe('<img src=x onerror=alert(1)> {process.env.SECRET_CANARY}');
    const description = load(join(out, 'sessions/hostile-markup-in-description/markup/index.html'))('.description').text();
    expect(description).toContain('<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) {process.env.SECRET_CANARY}');
    const quote = load(join(out, 'sessions/mini-summit-2021/quote-hostile-text/index.html'));
    expect(quote('figure.quote figcaption').text()).toContain('<img src=x onerror="alert(1)">');
  });

  it('uses what it accepts: a contributed date is on the page and in the export', () => {
    const page = load(join(out, 'sessions/mini-summit-2021/date-shown/index.html'));
    expect(page('time[datetime="2021-05-04"]').text()).toBe('2021-05-04');
    const sessions = JSON.parse(readFileSync(join(out, 'data/sessions.json'), 'utf8')) as Array<{ id: string; date?: string }>;
    expect(sessions.find((session) => session.id === 'mini-summit-2021/date-shown')?.date).toBe('2021-05-04');
  });

  it('gives people with no Latin letters their own pages, and keeps explicitly separated people apart', () => {
    expect(existsSync(join(out, 'speakers/山田太郎/index.html'))).toBe(true);
    expect(existsSync(join(out, 'speakers/李小龍/index.html'))).toBe(true);
    expect(existsSync(join(out, 'speakers/jose-perez-madrid/index.html'))).toBe(true);
    expect(existsSync(join(out, 'speakers/jose-perez-lima/index.html'))).toBe(true);
  });

  it('leaves control and bidi characters of a listing out of every page', () => {
    const page = load(join(out, 'sessions/hostile-control-characters/controlcharacters/index.html'));
    expect(page('h1').text()).toBe('ControlCharacters');
    expect(output).toContain('leaves such characters out');
  });
});

describe('every rejected MDX case, built together', () => {
  it('stops the build with positioned messages and no stack trace, runs no code and leaves no output', () => {
    rmSync(CANARY_FILE, { force: true });
    const rejected = CASES.filter((entry) => entry.expect === 'reject' && (entry.area === 'mdx' || entry.area === 'frontmatter') && entry.name !== 'size-mdx-over-cap');
    const content = contentWith('rejected-mdx', rejected);
    const out = join(WORK, 'rejected-mdx-site');
    mkdirSync(out, { recursive: true });
    const started = Date.now();
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: out, CONTENT_DIR: content, SECRET_CANARY: SECRET, SITE_BASE: TEST_BASE },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    expect(result.status).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(output).toContain('tests/.output/hostile-build/rejected-mdx/content/sessions/table-cell-split.mdx:10:8');
    expect(output).toContain('tests/.output/hostile-build/rejected-mdx/content/sessions/fence-with-text.mdx:8:4');
    // A stack trace would show frames such as "    at load (file:///…)".
    expect(output).not.toMatch(/^\s+at .+[(:]\S+:\d+:\d+\)?$/mu);
    expect(output.includes(SECRET)).toBe(false);
    expect(existsSync(CANARY_FILE)).toBe(false);
    expect(writtenOutside(started, ['tests/.output'])).toEqual([]);

    // `astro build` run directly, without the check in front: the content loader stops it
    // with the same messages before any page (or MDX module) is compiled.
    const direct = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: out, CONTENT_DIR: content, SECRET_CANARY: SECRET, SITE_BASE: TEST_BASE },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const directOutput = stripVTControlCharacters(`${direct.stdout}\n${direct.stderr}`);
    expect(direct.status).not.toBe(0);
    expect(directOutput).toContain('tests/.output/hostile-build/rejected-mdx/content/sessions/table-cell-split.mdx:10:8');
    expect(directOutput.includes(SECRET)).toBe(false);
    expect(existsSync(CANARY_FILE)).toBe(false);
    expect(existsSync(join(out, 'sessions'))).toBe(false);
    rmSync(out, { recursive: true, force: true });
  }, 240_000);
});
