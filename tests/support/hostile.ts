/** Lay a hostile-corpus case (tests/hostile/cases.ts) over the base archive in a folder of its own. */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CaseFile, HostileCase } from '../hostile/cases.ts';
import { ROOT } from './paths.ts';

export const BASE_CONTENT = join(ROOT, 'tests/fixtures/base-content/content');

export function writeCaseFiles(contentDir: string, files: Record<string, CaseFile>): void {
  for (const [path, file] of Object.entries(files)) {
    const target = join(contentDir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    if (typeof file === 'string') writeFileSync(target, file);
    else if ('bytes' in file) writeFileSync(target, Buffer.from(file.bytes));
    else if ('symlink' in file) symlinkSync(file.symlink, target);
    else mkdirSync(target, { recursive: true });
  }
}

/** A project-like folder (`<root>/content`) holding the base archive with the case applied. */
export function materializeCase(entry: HostileCase, root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(BASE_CONTENT, join(root, 'content'), { recursive: true });
  writeCaseFiles(join(root, 'content'), entry.files);
  return root;
}
