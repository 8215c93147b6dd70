/**
 * `npm run check`: validate all content without rendering a page. Runs the same read and
 * link stages as the build (src/archive.ts), compiles contributor MDX exactly as the build
 * does, prints every problem as file:line:column with the fix (as annotations under GitHub
 * Actions), plus the reports a maintainer acts on, and exits non-zero on any error.
 */
import { loadArchive } from '../src/archive.ts';
import { reportArchive } from '../src/messages/archive-report.ts';
import { consoleSink, reportMessages } from '../src/messages/report.ts';

const started = performance.now();
const { archive, messages } = await loadArchive({ root: process.cwd(), contentDir: process.env.CONTENT_DIR, base: process.env.SITE_BASE ?? '/summit-archive/' });
const outcome = reportMessages(messages, consoleSink, { github: process.env.GITHUB_ACTIONS === 'true' });
if (outcome.errors > 0 || !archive) process.exit(1);
reportArchive(archive, { info: (text) => console.log(`· ${text}`), warn: (text) => console.warn(`! ${text}`) });
console.log(
  `✓ content is valid: ${archive.summits.length} summits, ${archive.sessions.length} sessions, ${archive.speakers.length} speakers (${Math.round(performance.now() - started)} ms)`,
);
