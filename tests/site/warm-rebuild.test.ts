/**
 * A rebuild with the previous build's content store (Astro's cache folder) gives the same
 * site, byte for byte, as a cold build of the same content, while it validates and renders
 * only the entries that changed: the seed archive is built cold, one correction is changed,
 * and the warm rebuild is compared with a cold build of the changed content, into the same
 * folder, with an empty store.
 */
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const WORK = join(ROOT, 'tests/.output/warm-rebuild');
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'site');
const BUILD_TIMEOUT_MS = 10 * 60_000;

/** Every file under a folder, by path. */
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
  return files;
}

/** The loader's `N entries: U unchanged, C new or changed, R removed` line of one collection. */
function entries(output: string, collection: string): { unchanged: number; changed: number } {
  const match = new RegExp(`\\[summit-archive:${collection}\\] \\d+ entr(?:y|ies): (\\d+) unchanged, (\\d+) new or changed`, 'u').exec(output);
  if (!match) throw new Error(`no entry counts for ${collection} in:\n${output.slice(-3000)}`);
  return { unchanged: Number(match[1]), changed: Number(match[2]) };
}

const build = (cache: string) => buildSite(OUT, { CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: cache });

describe('a rebuild with the content store of the previous build', () => {
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('renders only what changed, and is byte-identical to a cold build of the same content', () => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(SEED_CONTENT, CONTENT, { recursive: true });
    const warmCache = join(WORK, 'cache-warm');
    const cold = build(warmCache);
    if (cold.status !== 0) throw new Error(`cold build failed:\n${cold.output.slice(-4000)}`);
    expect(entries(cold.output, 'sessions').unchanged).toBe(0);

    // One reviewed correction changes: a title.
    const corrections = join(CONTENT, 'summits/kafka-summit-san-francisco-2019/corrections.yaml');
    const before = readFileSync(corrections, 'utf8');
    const after = before.replace('title: Using Kafka to Discover Events Hidden in your Database', 'title: Using Kafka to Discover Events Hidden in Your Database');
    expect(after).not.toBe(before);
    writeFileSync(corrections, after);

    const warm = build(warmCache);
    if (warm.status !== 0) throw new Error(`warm build failed:\n${warm.output.slice(-4000)}`);
    const sessions = entries(warm.output, 'sessions');
    expect(sessions.changed).toBeGreaterThanOrEqual(1);
    expect(sessions.changed).toBeLessThan(10);
    expect(sessions.unchanged + sessions.changed).toBe(180);
    expect(entries(warm.output, 'speakers').changed).toBeLessThan(5);
    expect(warm.output).not.toMatch(/Clearing content store|cached entries dropped/u);
    const warmSite = `${OUT}-warm`;
    rmSync(warmSite, { recursive: true, force: true });
    renameSync(OUT, warmSite);

    const fresh = build(join(WORK, 'cache-cold'));
    if (fresh.status !== 0) throw new Error(`cold rebuild failed:\n${fresh.output.slice(-4000)}`);
    expect(entries(fresh.output, 'sessions').unchanged).toBe(0);

    const a = tree(warmSite);
    const b = tree(OUT);
    expect(a.size).toBeGreaterThan(300);
    expect([...a.keys()].filter((path) => !b.has(path))).toEqual([]);
    expect([...b.keys()].filter((path) => !a.has(path))).toEqual([]);
    expect([...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path)).toEqual([]);
    // And the change is there.
    expect(readFileSync(join(OUT, 'sessions/kafka-summit-san-francisco-2019/using-kafka-to-discover-events-hidden-in-your-database-anna/index.html'), 'utf8')).toContain('Hidden in Your Database');
  }, BUILD_TIMEOUT_MS);
});
