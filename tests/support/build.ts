/** Run a production build of the project (or of a fixture content folder) into a folder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, SITE_BASE: '/summit-archive/', SITE_URL: 'https://example.github.io', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
