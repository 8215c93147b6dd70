/**
 * Titles for sessions whose title the source lost, derived from the description,
 * and the display form of titles that carry a suffix from the page they came from.
 */

/** Characters a derived title should not end on after clipping. */
const DANGLING = /[\s,;:–—-]+$/u;

export const DERIVED_TITLE_LENGTH = 70;

/**
 * The first sentence of the description when it fits (up to 80 characters), else the
 * first paragraph clipped at a word boundary near 70 characters with an ellipsis.
 * Returns null when the description has no text at all.
 */
export function deriveTitle(descriptionText: string, maxLength = DERIVED_TITLE_LENGTH): string | null {
  const firstParagraph = descriptionText.split('\n').find((line) => line.trim().length > 0);
  if (!firstParagraph) return null;
  const text = firstParagraph.replace(/\s+/gu, ' ').trim();
  const sentenceEnd = /[.!?](?=\s|$)/u.exec(text);
  const sentence = sentenceEnd ? text.slice(0, sentenceEnd.index + 1) : text;
  // A description that is only punctuation (".") gives no title, rather than an empty one.
  if (sentence.length <= maxLength + 10) return sentence.replace(/\.$/u, '').trim() || null;
  // Look one character past the limit, so a word ending right at it is kept whole.
  const lastSpace = text.slice(0, maxLength + 2).lastIndexOf(' ');
  const clipped = (lastSpace > maxLength / 2 ? text.slice(0, lastSpace) : text.slice(0, maxLength)).replace(DANGLING, '');
  return `${clipped}…`;
}

/**
 * The title without a trailing ` | <name>…` segment that the scraped page appended, where
 * <name> is the summit's or its series' name (`Q&A with Lowe's | Kafka Summit 2020 Keynote`).
 * One rule for what pages show and for matching an article's named talks.
 */
export function stripPageSuffix(title: string, names: readonly string[]): string {
  const bar = title.lastIndexOf(' | ');
  if (bar > 0) {
    const suffix = title.slice(bar + 3);
    if (names.some((name) => name.length > 0 && suffix.startsWith(name))) return title.slice(0, bar).trim();
  }
  return title.trim();
}

/** The title a page shows: the source title without its page suffix (see stripPageSuffix). */
export function displayTitleOf(title: string, pageNames: readonly string[]): string {
  return stripPageSuffix(title, pageNames);
}

/** Plain-text summary: the description's text with whitespace collapsed, clipped at a word boundary. */
export function excerptOf(descriptionText: string, maxLength = 200): string {
  const text = descriptionText.replace(/\s+/gu, ' ').trim();
  if (text.length <= maxLength) return text;
  const window = text.slice(0, maxLength);
  const lastSpace = window.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? window.slice(0, lastSpace) : window).replace(DANGLING, '')}…`;
}
