/**
 * Content errors as product copy: where (file:line:column), which field, what was
 * found, what is expected, and how to fix it. One formatter for the terminal and one
 * for GitHub Actions annotations, so a pull request shows the error on the right line.
 */

export interface ContentIssue {
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path (`tracks.2.heading`), when the problem is one field. */
  field?: string;
  message: string;
  found?: string;
  expected?: string;
  hint: string;
  /** The rule that found the problem (`mdx/esm`, `yaml/alias-count`), for tests and tooling. */
  rule?: string;
  /** Warnings are reported but do not stop the build; everything else is an error. */
  severity?: 'error' | 'warning';
}

export function formatIssue(issue: ContentIssue): string {
  const lines = [`${issue.file}:${issue.line}:${issue.column}  ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`];
  if (issue.field) lines.push(`  field:    ${issue.field}`);
  if (issue.found !== undefined) lines.push(`  found:    ${issue.found}`);
  if (issue.expected !== undefined) lines.push(`  expected: ${issue.expected}`);
  lines.push(`  fix:      ${issue.hint}`);
  return lines.join('\n');
}

/** `::error file=…,line=…,col=…::…` (newlines and `%` escaped as GitHub requires). */
export function githubAnnotation(issue: ContentIssue): string {
  const escapeData = (text: string) => text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
  const body = formatIssue(issue).split('\n').slice(1).map((line) => line.trim());
  const message = [issue.message, ...body].join('\n');
  return `::${issue.severity === 'warning' ? 'warning' : 'error'} file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=${escapeProperty(issue.field ?? 'content')}::${escapeData(message)}`;
}

/** All issues as one report, sorted by file and position. */
export function formatIssues(issues: readonly ContentIssue[], options: { github?: boolean } = {}): string {
  const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const format = options.github ? githubAnnotation : formatIssue;
  return sorted.map(format).join(options.github ? '\n' : '\n\n');
}
