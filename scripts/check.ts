/**
 * `npm run check`: validate all content without rendering a page. Reads the same files
 * with the same code as the build's loader, prints every problem as file:line:column
 * with the fix (as `::error` annotations under GitHub Actions), and exits non-zero.
 */
import { loadArchive } from '../src/loaders/read-content.ts';
import { formatIssues } from '../src/utils/content-issue.ts';

const root = process.cwd();
const started = performance.now();
const { archive, issues } = await loadArchive({ root, contentDir: process.env.CONTENT_DIR }, process.env.SITE_BASE ?? '/summit-archive/');
const github = process.env.GITHUB_ACTIONS === 'true';

const errors = issues.filter((issue) => issue.severity !== 'warning');
const warnings = issues.filter((issue) => issue.severity === 'warning');
if (github && issues.length > 0) console.log(formatIssues(issues, { github: true }));
if (warnings.length > 0) console.warn(`! content has ${warnings.length} warning(s):\n\n${formatIssues(warnings)}\n`);
if (errors.length > 0 || !archive) {
  console.error(`✗ content has ${errors.length} error(s):\n`);
  console.error(formatIssues(errors));
  process.exit(1);
}

for (const duplicate of archive.duplicates) {
  console.warn(`! possible duplicate speaker: "${duplicate.names[0]}" / "${duplicate.names[1]}" (${duplicate.reason}); settle it in content/speakers/aliases.yaml`);
}
console.log(
  `✓ content is valid: ${archive.summits.length} summits, ${archive.sessions.length} sessions, ${archive.speakers.length} speakers (${Math.round(performance.now() - started)} ms)`,
);
