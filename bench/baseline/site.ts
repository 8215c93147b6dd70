/**
 * The minimal-Astro baseline: a copy of this folder's astro.config.mjs and src/pages/[n].astro
 * in a work folder (bench/.work/baseline by default), built with the archive's installed
 * Astro (`node_modules/astro/bin/astro.mjs build --root <dir>`; the work folder sits inside
 * the project, so `astro` resolves from /work/main/node_modules without a symlink).
 * BASELINE_PAGES sets the page count, OUT_DIR the output folder.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** Copy the baseline site into `root` (created if missing); returns `root`. */
export function prepareBaseline(root = join(PROJECT_ROOT, 'bench/.work/baseline')): string {
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  copyFileSync(join(here, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
  copyFileSync(join(here, 'src/pages/[n].astro'), join(root, 'src/pages/[n].astro'));
  return root;
}

/** The command that builds the baseline with `pages` pages into `outDir`. */
export function baselineCommand(root: string, pages: number, outDir: string): { args: string[]; cwd: string; env: Record<string, string> } {
  return {
    args: [ASTRO_BIN, 'build', '--root', root],
    cwd: root,
    env: { BASELINE_PAGES: String(pages), OUT_DIR: outDir },
  };
}
