/**
 * Run a production build into a folder: of the frozen seed archive unless `CONTENT_DIR`
 * says otherwise (tests never pin facts about the live content/).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './paths.ts';
import { SEED_CONTENT } from './seed.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Vitest puts Vite's env (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test into process.env
 * of test processes; passed on, BASE_URL=/ would override the site's base in the child build.
 */
const LEAKED_BY_VITEST = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LEAKED_BY_VITEST.includes(name)));
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...inherited, OUT_DIR: outDir, SITE_BASE: '/summit-archive/', SITE_URL: 'https://example.github.io', CONTENT_DIR: SEED_CONTENT, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Astro's logger colours its output when `CI` is set (picocolors' rule): tests read plain text.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
