/**
 * Reporting content messages, shared by `npm run check`, `npm run build` and the Astro
 * loader, so each says the same thing the same way: warnings, then errors, each block
 * formatted once, and GitHub annotations when running under GitHub Actions.
 */
import { formatMessages } from './format.ts';
import { errorsOf, warningsOf, type ContentMessage } from './message.ts';

export interface ReportSink {
  warn: (text: string) => void;
  error: (text: string) => void;
  /** Machine-readable annotations (stdout under GitHub Actions). */
  annotate?: (text: string) => void;
}

export interface ReportOutcome {
  errors: number;
  warnings: number;
}

export function reportMessages(messages: readonly ContentMessage[], sink: ReportSink, options: { github?: boolean } = {}): ReportOutcome {
  const errors = errorsOf(messages);
  const warnings = warningsOf(messages);
  if (options.github && messages.length > 0) sink.annotate?.(formatMessages(messages, { github: true }));
  if (warnings.length > 0) sink.warn(`content has ${warnings.length} warning(s):\n\n${formatMessages(warnings)}`);
  if (errors.length > 0) sink.error(`content has ${errors.length} error(s):\n\n${formatMessages(errors)}`);
  return { errors: errors.length, warnings: warnings.length };
}

/** A sink writing to the console: warnings and errors on stderr, annotations on stdout. */
export const consoleSink: ReportSink = {
  warn: (text) => console.warn(`! ${text}\n`),
  error: (text) => console.error(`✗ ${text}\n`),
  annotate: (text) => console.log(text),
};
