/**
 * `npm run diff -- <git ref>`: what the working tree's content does to the archive compared
 * with `<ref>` (a branch, tag or commit): records added, removed or changed, field by field,
 * and the pages affected. Both sides are read and linked by the working tree's code, so the
 * report shows the effect of the content change. Under GitHub Actions (`--summary`) the
 * report is also appended to the job summary.
 *
 *   npm run diff -- origin/main
 *   npm run diff -- HEAD~1 --repo path/to/checkout
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchive } from '../src/archive.ts';
import { formatMessages } from '../src/messages/format.ts';
import { diffArchives, formatDiff } from '../src/review/archive-diff.ts';
import { normaliseBase } from '../src/routes/urls.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { repo: { type: 'string' }, summary: { type: 'boolean', default: false } } });
const ref = positionals[0];
if (!ref) {
  console.error('✗ Usage: npm run diff -- <git ref> (for example origin/main)');
  process.exit(2);
}
const repo = resolve(values.repo ?? process.cwd());
const contentDir = process.env.CONTENT_DIR ?? 'content';
const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');

// The content folder as it was at the ref, in a temporary project folder.
const before = mkdtempSync(join(tmpdir(), 'summit-archive-diff-'));
try {
  const archive = spawnSync('git', ['-C', repo, 'archive', '--format=tar', ref, contentDir], { maxBuffer: 512 * 1024 * 1024 });
  if (archive.status !== 0) {
    console.error(`✗ git archive ${ref} ${contentDir} failed: ${archive.stderr.toString().trim()}`);
    process.exit(2);
  }
  const untar = spawnSync('tar', ['-x', '-C', before], { input: archive.stdout });
  if (untar.status !== 0) {
    console.error(`✗ could not unpack ${ref}: ${untar.stderr.toString().trim()}`);
    process.exit(2);
  }
  const old = await loadArchive({ root: before, contentDir, base });
  const now = await loadArchive({ root: repo, contentDir, base });
  if (!now.archive) {
    console.error(`✗ the working tree's content has errors; fix them first (npm run check):\n\n${formatMessages(now.messages.filter((message) => !message.isWarning))}`);
    process.exit(1);
  }
  const empty = { ...now.archive, summits: [], sessions: [], speakers: [], topics: [], organizations: [], articles: [], presentations: [] };
  const report = formatDiff(diffArchives(old.archive ?? empty, now.archive, base), old.archive ? `\`${ref}\`` : `\`${ref}\` (whose content did not load: everything counts as added)`);
  console.log(report);
  if (values.summary && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, report);
} finally {
  rmSync(before, { recursive: true, force: true });
}
