/**
 * `npm run build`: `astro build` into dist/, and no dist/ at all when it fails, so a
 * half-built site is never left behind looking complete (Astro writes pages before
 * later steps such as the search index run).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
rmSync(outDir, { recursive: true, force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } });
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was removed so no partial site is left behind.`);
  process.exit(result.status ?? 1);
}
