/**
 * `npm run build`: the site in OUT_DIR (dist/), in three steps, each of which must succeed:
 *
 * 1. **Check.** Read and validate every content file exactly as `npm run check` does (YAML
 *    schemas, frontmatter, the no-code policy on contributor Markdown and MDX, confined
 *    reads). Errors print as positioned messages and nothing is built. Problems only the
 *    link stage can see (duplicate ids, speaker spellings) are reported by the content
 *    loader with the same messages, also before any page is rendered; reading is all this
 *    step repeats, so the archive is parsed and linked once per build.
 * 2. **Astro** renders the pages into a staging folder beside the output (`<OUT_DIR>.partial`).
 * 3. **Search.** Pagefind indexes the staged site (integrations/pagefind.ts), in this
 *    process after Astro has exited, so the two never hold their memory at the same time.
 *
 * Only then does the staging folder become OUT_DIR. A build that fails at any step, or is
 * interrupted, leaves no OUT_DIR at all, so a half-built site never looks complete.
 * The staging folder's name is stable, so Astro's content cache stays valid between builds.
 *
 * This process only runs the steps: the check runs in a process of its own (this script
 * again, with SUMMIT_ARCHIVE_BUILD_STEP=check), so what reading every content file takes is
 * freed before Astro starts, and the build's peak memory is the largest step's alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../integrations/pagefind.ts';

/** The check step, in its own process: read and validate every content file; exit 1 on any error. */
async function check(): Promise<never> {
  const started = performance.now();
  const { consoleSink, reportMessages } = await import('../src/messages/report.ts');
  const { readContent } = await import('../src/read/read-content.ts');
  const { normaliseBase } = await import('../src/routes/urls.ts');
  const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');
  const snapshot = await readContent({ root: process.cwd(), contentDir: process.env.CONTENT_DIR, base });
  // Warnings are reported by the build itself (the loader); here only errors stop it early.
  const outcome = reportMessages(snapshot.messages.filter((message) => !message.isWarning), consoleSink, { github: process.env.GITHUB_ACTIONS === 'true' });
  if (outcome.errors === 0) console.log(`[summit-archive:check] read ${snapshot.files.length} content files in ${Math.round(performance.now() - started)} ms`);
  process.exit(outcome.errors > 0 ? 1 : 0);
}
if (process.env.SUMMIT_ARCHIVE_BUILD_STEP === 'check') await check();

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.partial`;
const clean = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
};
clean();

const fail = (message: string, status = 1): never => {
  clean();
  console.error(`\n${message}`);
  process.exit(status);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => fail(`Build interrupted: ${outDir} was not written.`, 130));

const checked = spawnSync(process.execPath, [process.argv[1]!], { stdio: 'inherit', env: { ...process.env, SUMMIT_ARCHIVE_BUILD_STEP: 'check' } });
if (checked.status !== 0) fail(`Build stopped before rendering: fix the files above (\`npm run check\` re-validates content). No ${outDir} was written.`);

const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, OUT_DIR: staging } });
if (result.status !== 0 || !existsSync(staging)) fail(`Build failed: ${outDir} was not written, so no partial site is left behind.`, result.status || 1);

try {
  console.log('[summit-archive:pagefind] indexing the built pages');
  const indexed = await indexSite(staging);
  console.log(`[summit-archive:pagefind] indexed ${indexed.pages} pages in ${indexed.ms} ms (reading ${indexed.readMs} ms, indexing and writing ${indexed.writeMs} ms)`);
} catch (error) {
  fail(`Search index failed: ${(error as Error).message}\n${outDir} was not written, so no site without search is left behind.`);
}
renameSync(staging, outDir);
