/** Lines of a source text, the same way everywhere: a byte-order mark dropped, CRLF, CR and LF alike. */

export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

/** The lines of a text with their 1-based numbers. */
export function numberedLines(text: string): SourceLine[] {
  return splitLines(text).map((text, index) => ({ line: index + 1, text }));
}

/**
 * Indent width in columns. A tab advances to the next multiple of 2: one indent level of the
 * listing format, where sessions sit at 2 columns and description lines at 4 (so `\t•` is a
 * session bullet and `\t\t•` a list item, as `  •` and `    •` are). No-break spaces count as spaces.
 */
export function indentWidth(indent: string): number {
  let width = 0;
  for (const character of indent) width = character === '\t' ? (Math.floor(width / 2) + 1) * 2 : width + 1;
  return width;
}

/** The leading whitespace of a line (spaces, tabs, no-break spaces). */
export function leadingWhitespace(text: string): string {
  let end = 0;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code !== 32 && code !== 9 && code !== 0xa0) break;
    end += 1;
  }
  return text.slice(0, end);
}

/** Whitespace runs collapsed to one space, ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
