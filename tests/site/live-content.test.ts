/**
 * The live content/: the one test that reads it. It pins no fact about the content (a
 * contributor's pull request changes those); it builds the site from it and checks what
 * holds for any valid content (tests/support/invariants.ts). Every other test reads the
 * frozen seed archive or fixtures of its own, and the guard below keeps it so.
 *
 * LIVE_CONTENT_DIR points it at another content folder (tests/site/contributing-examples.test.ts
 * runs it on the examples applied to a copy).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive.ts';
import { buildSite } from '../support/build.ts';
import { invariantViolations } from '../support/invariants.ts';
import { ROOT, TEST_BASE } from '../support/paths.ts';

const CONTENT = process.env.LIVE_CONTENT_DIR ?? join(ROOT, 'content');
const OUT = join(ROOT, `tests/.output/live-content-${process.pid}`);

describe('the live content', () => {
  it('builds, and the site keeps every invariant of valid content', async () => {
    const { archive, messages } = await loadArchive({ root: ROOT, contentDir: CONTENT });
    expect(messages.filter((message) => !message.isWarning).map(String)).toEqual([]);
    rmSync(OUT, { recursive: true, force: true });
    const result = buildSite(OUT, { CONTENT_DIR: CONTENT });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(invariantViolations(OUT, TEST_BASE, archive!)).toEqual([]);
    rmSync(OUT, { recursive: true, force: true });
  }, 240_000);

  it('is read by no other test: tests use the frozen seed archive or their own fixtures', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'fixtures' && entry.name !== 'hostile') walk(path);
          continue;
        }
        if (!entry.name.endsWith('.ts') || path === join(ROOT, 'tests/site/live-content.test.ts')) continue;
        const text = readFileSync(path, 'utf8');
        // The ways a test could reach the live content folder.
        if (/join\(ROOT, ['"]content['"]|['"]\.\.\/\.\.\/content\/|contentDir: ['"]content['"]|root: ROOT \}/u.test(text)) offenders.push(relative(ROOT, path));
      }
    };
    walk(join(ROOT, 'tests'));
    expect(offenders).toEqual([]);
  });
});
