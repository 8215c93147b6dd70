/**
 * What a parser reports: a problem placed in the text it was given (line and column of that
 * text), with the rule that found it. Parsers know no files; the link stage that calls a
 * parser turns each problem into a content message at its file (src/messages/message.ts).
 */
export interface ParseProblem {
  line: number;
  column: number;
  /** `listing/unplaced-text`, `listing/missing-heading`, `speaker-line/company-like-name`, … */
  rule: string;
  message: string;
  found?: string;
  expected?: string;
  hint: string;
  severity?: 'error' | 'warning';
  /** The declared track heading a `listing/missing-heading` problem is about. */
  heading?: string;
  /** The session (its 1-based `order`) a problem is about, so the link stage can name its id in the fix. */
  session?: number;
}
