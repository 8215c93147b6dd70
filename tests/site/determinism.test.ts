/**
 * Reproducible builds: a second clean production build of the seed site, into a fresh
 * folder, gives a tree byte-identical to the shared build the site tests read (same files,
 * same bytes, Pagefind's index included). A difference is reported with the first
 * differing files and where in them they differ.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { SITE_OUT } from '../support/paths.ts';

const OUT_A = SITE_OUT;
const OUT_B = fileURLToPath(new URL(`../.output/determinism-${process.pid}/`, import.meta.url));
const BUILD_TIMEOUT_MS = 15 * 60_000;

/** Every file under a folder, by its path relative to the folder (with `/`). */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const TEXT = /\.(?:html|json|js|mjs|css|svg|txt|xml|webmanifest)$/u;

/** Where two versions of a file first differ, with a little context from each. */
function diffHint(path: string, a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const size = `${a.length} vs ${b.length} bytes, first difference at byte ${at}`;
  if (!TEXT.test(path)) return `${path}: ${size}: ${a.subarray(at, at + 16).toString('hex')} vs ${b.subarray(at, at + 16).toString('hex')}`;
  const excerpt = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 60), at + 60).toString('utf8'));
  return `${path}: ${size}\n    a: ${excerpt(a)}\n    b: ${excerpt(b)}`;
}

describe('the production build', () => {
  it('is reproducible: a second clean build gives a byte-identical tree', () => {
    rmSync(OUT_B, { recursive: true, force: true });
    const result = buildSite(OUT_B);
    if (result.status !== 0) throw new Error(`build into ${OUT_B} failed:\n${result.output.slice(-4000)}`);
    const a = tree(OUT_A);
    const b = tree(OUT_B);
    expect(a.size, 'the build wrote files').toBeGreaterThan(100);
    expect(a.has('pagefind/pagefind-entry.json'), 'the tree includes the search index').toBe(true);

    const onlyInA = [...a.keys()].filter((path) => !b.has(path));
    const onlyInB = [...b.keys()].filter((path) => !a.has(path));
    const differing = [...a].filter(([path, bytes]) => b.has(path) && !bytes.equals(b.get(path)!)).map(([path]) => path);
    const report = {
      onlyInA: onlyInA.slice(0, 10),
      onlyInB: onlyInB.slice(0, 10),
      differing: `${differing.length} of ${a.size} files differ${differing.length > 0 ? `; the first:\n  ${differing.slice(0, 5).map((path) => diffHint(path, a.get(path)!, b.get(path)!)).join('\n  ')}` : ''}`,
    };
    expect(report).toEqual({ onlyInA: [], onlyInB: [], differing: `0 of ${a.size} files differ` });
    rmSync(OUT_B, { recursive: true, force: true });
  }, BUILD_TIMEOUT_MS);
});
