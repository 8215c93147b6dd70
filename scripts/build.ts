/**
 * `npm run build`: validate the content exactly as `npm run check` does, then `astro build`
 * into dist/. Content errors are printed as positioned messages and nothing is built; a
 * failed build leaves no dist/ at all, so a half-built site never looks complete (Astro
 * writes pages before later steps such as the search index run).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadArchive } from '../src/archive.ts';
import { consoleSink, reportMessages } from '../src/messages/report.ts';
import { normaliseBase } from '../src/routes/urls.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
rmSync(outDir, { recursive: true, force: true });

const fail = (message: string, status = 1): never => {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\n${message}`);
  process.exit(status);
};

const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');
const { messages } = await loadArchive({ root: process.cwd(), contentDir: process.env.CONTENT_DIR, base });
// Warnings are reported by the build itself (the loader); here only errors stop it early.
const outcome = reportMessages(messages.filter((message) => !message.isWarning), consoleSink, { github: process.env.GITHUB_ACTIONS === 'true' });
if (outcome.errors > 0) fail(`Build stopped before rendering: fix the files above (\`npm run check\` re-validates content). No ${outDir} was written.`);

const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } });
if (result.status !== 0) fail(`Build failed: ${outDir} was removed so no partial site is left behind.`, result.status ?? 1);
