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
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../integrations/pagefind.ts';
import { consoleSink, reportMessages } from '../src/messages/report.ts';
import { readContent } from '../src/read/read-content.ts';
import { normaliseBase } from '../src/routes/urls.ts';

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

const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');
{
  const started = performance.now();
  const snapshot = await readContent({ root: process.cwd(), contentDir: process.env.CONTENT_DIR, base });
  // Warnings are reported by the build itself (the loader); here only errors stop it early.
  const outcome = reportMessages(snapshot.messages.filter((message) => !message.isWarning), consoleSink, { github: process.env.GITHUB_ACTIONS === 'true' });
  if (outcome.errors > 0) fail(`Build stopped before rendering: fix the files above (\`npm run check\` re-validates content). No ${outDir} was written.`);
  console.log(`[summit-archive:check] read ${snapshot.files.length} content files in ${Math.round(performance.now() - started)} ms`);
}

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
