/** The frozen seed archive (tests/fixtures/seed-archive/), loaded once per test file. */
import { join } from 'node:path';
import { loadArchive, type Archive } from '../../src/archive.ts';
import { readContent } from '../../src/read/read-content.ts';
import type { ContentSnapshot } from '../../src/read/snapshot.ts';
import { ROOT } from './paths.ts';

/** A project-like folder: file paths in records and messages read `content/…`. */
export const SEED_ROOT = join(ROOT, 'tests/fixtures/seed-archive');
export const SEED_CONTENT = join(SEED_ROOT, 'content');

let archive: Promise<Archive> | null = null;

export function seedArchive(): Promise<Archive> {
  archive ??= loadArchive({ root: SEED_ROOT }).then((loaded) => {
    if (!loaded.archive) throw new Error(`the seed fixture does not load: ${loaded.messages.map(String).join('\n')}`);
    return loaded.archive;
  });
  return archive;
}

export function seedSnapshot(): Promise<ContentSnapshot> {
  return readContent({ root: SEED_ROOT });
}
