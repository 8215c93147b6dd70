/**
 * Page furniture: text that the scraper picked up from the page around the sessions.
 * It is dropped, never becomes a session, and every drop is recorded with its reason
 * (see `DroppedLine`), so tests can prove that nothing else went missing.
 *
 * To teach the parser a new kind of furniture, add a rule here with a test.
 */

export type DropReason =
  | 'page-header'
  | 'label'
  | 'trailing-fragment'
  | 'promotion'
  | 'footer'
  | 'cookie-notice';

export interface DroppedLine {
  line: number;
  text: string;
  reason: DropReason;
}

/** Lines that are button or link labels of the page, wherever they stand. */
const LABELS = new Set(['View Description', 'View Sessions']);

export function isLabel(text: string): boolean {
  return LABELS.has(text.trim());
}

/** Widget messages glued to the end of a description line (`… throughput. Screen reader support enabled.`). */
const TRAILING_FRAGMENTS = ['Screen reader support enabled.', 'Request sent.'] as const;

/**
 * Split a trailing widget fragment off a line; `fragment` is null when there is none.
 * Plain string checks rather than a regular expression: a line may end in a very long
 * run of whitespace, which a `\s*…$` pattern would scan quadratically.
 */
export function splitTrailingFragment(text: string): { text: string; fragment: string | null } {
  const trimmed = text.trimEnd();
  for (const fragment of TRAILING_FRAGMENTS) {
    if (!trimmed.endsWith(fragment)) continue;
    const before = trimmed.slice(0, -fragment.length);
    // Glued to text after a space; a line that is only the fragment is not a description line.
    if (before.trim() === '' || !/\s$/u.test(before)) return { text, fragment: null };
    return { text: before.trimEnd(), fragment };
  }
  return { text, fragment: null };
}

/** A session-shaped bullet that advertises another summit (`View Kafka Summit NYC 2019 Sessions`). */
export function isPromotionTitle(title: string): boolean {
  return /^View Kafka Summit\b.*\bSessions$/u.test(title.trim());
}

/** Top-level lines of the page footer: a contact call-to-action and cookie notices, in English and Japanese. */
export function footerReason(text: string): DropReason | null {
  const line = text.trim();
  if (/^We use cookies\b/u.test(line) || (/Cookie/u.test(line) && /当サイト|クッキー/u.test(line))) return 'cookie-notice';
  if (/^Ready to Talk to Us\?$/u.test(line)) return 'footer';
  if (/^Have someone from .+ contact you\.$/u.test(line)) return 'footer';
  if (/^Contact Us$/u.test(line)) return 'footer';
  return null;
}
