/**
 * The one formatter of content messages: a block per message for the terminal, and an
 * `::error`/`::warning` annotation per message under GitHub Actions, so a pull request
 * shows each problem on its line.
 */
import type { ContentMessage } from './message.ts';

/** Most characters of found text a message prints: a megabyte line must not flood a log. */
export const MAX_FOUND_CHARS = 300;

function clipped(text: string): string {
  if (text.length <= MAX_FOUND_CHARS) return text;
  return `${text.slice(0, MAX_FOUND_CHARS)}… (${text.length - MAX_FOUND_CHARS} more characters)`;
}

export function formatMessage(message: ContentMessage): string {
  const lines = [`${message.file}:${message.line ?? 1}:${message.column ?? 1}  ${message.isWarning ? 'warning: ' : ''}${message.reason}`];
  if (message.field) lines.push(`  field:    ${message.field}`);
  if (message.actual !== undefined) lines.push(`  found:    ${clipped(message.actual)}`);
  if (message.expected !== undefined) lines.push(`  expected: ${message.expected.join(' or ')}`);
  lines.push(`  fix:      ${message.note ?? ''}`);
  return lines.join('\n');
}

/** `::error file=…,line=…,col=…::…` (newlines and `%` escaped as GitHub requires). */
export function githubAnnotation(message: ContentMessage): string {
  const escapeData = (text: string) => text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
  const body = formatMessage(message).split('\n').slice(1).map((line) => line.trim());
  const text = [message.reason, ...body].join('\n');
  return `::${message.isWarning ? 'warning' : 'error'} file=${escapeProperty(message.file ?? '')},line=${message.line ?? 1},col=${message.column ?? 1},title=${escapeProperty(message.field ?? 'content')}::${escapeData(text)}`;
}

/** All messages as one report, sorted by file and position. */
export function formatMessages(messages: readonly ContentMessage[], options: { github?: boolean } = {}): string {
  const sorted = [...messages].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const format = options.github ? githubAnnotation : formatMessage;
  return sorted.map(format).join(options.github ? '\n' : '\n\n');
}
