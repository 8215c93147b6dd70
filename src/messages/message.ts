/**
 * One message type for every content problem, from every stage: a `vfile-message`
 * (place, source, rule id, actual, expected, note) with the field it concerns.
 *
 * Messages are product copy: where (file:line:column), which field, what was found, what
 * is expected, and how to fix it. Errors (`fatal: true`) stop the build; warnings
 * (`fatal: false`) are reported and let it go on.
 */
import { VFileMessage } from 'vfile-message';

export interface MessageInit {
  /** Path relative to the project root (`content/summits/x/summit.yaml`). */
  file: string;
  line: number;
  column: number;
  /** Dotted field path (`tracks.2.heading`), when the problem is one field. */
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What was found. */
  found?: string;
  /** What is expected instead, stating the rule as it is. */
  expected?: string;
  /** How to fix it. */
  hint: string;
  /** The rule that found the problem (`mdx/esm`, `yaml/alias-count`). */
  rule?: string;
  /** Warnings are reported but do not stop the build. */
  severity?: 'error' | 'warning';
}

export class ContentMessage extends VFileMessage {
  /** The field the message is about, when it is one field. */
  field: string | undefined;

  constructor(init: MessageInit) {
    super(init.message, { place: { line: init.line, column: init.column }, ruleId: init.rule, source: 'summit-archive' });
    this.name = 'ContentMessage';
    this.file = init.file;
    this.field = init.field;
    this.actual = init.found;
    this.expected = init.expected === undefined ? undefined : [init.expected];
    this.note = init.hint;
    this.fatal = init.severity !== 'warning';
  }

  get isWarning(): boolean {
    return this.fatal === false;
  }

  /** The message in the shape it was made from (for JSON output and comparisons). */
  toInit(): MessageInit {
    const init: MessageInit = { file: this.file ?? '', line: this.line ?? 1, column: this.column ?? 1, message: this.reason, hint: this.note ?? '' };
    if (this.field !== undefined) init.field = this.field;
    if (this.actual !== undefined) init.found = this.actual;
    if (this.expected !== undefined) init.expected = this.expected.join(' or ');
    if (this.ruleId !== undefined) init.rule = this.ruleId;
    if (this.isWarning) init.severity = 'warning';
    return init;
  }
}

/** A content message; `severity` defaults to error. */
export function contentMessage(init: MessageInit): ContentMessage {
  return new ContentMessage(init);
}

export function errorsOf<T extends ContentMessage>(messages: readonly T[]): T[] {
  return messages.filter((message) => !message.isWarning);
}

export function warningsOf<T extends ContentMessage>(messages: readonly T[]): T[] {
  return messages.filter((message) => message.isWarning);
}
