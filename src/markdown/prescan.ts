/**
 * A linear scan of contributor Markdown before any parser sees it. Markdown parsers recurse
 * per level of quotes and lists, so a few kilobytes of `> > > …` overflow the stack and ten
 * thousand `- ` take half a minute; this finds such input in one pass and places it.
 */
import { MAX_NESTING } from './policy.ts';

export interface PrescanProblem {
  line: number;
  column: number;
  found: string;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Nesting a line opens: container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) at its start plus
 * one level per two columns of indentation. Null when every line stays within MAX_NESTING.
 */
export function excessiveNesting(text: string): PrescanProblem | null {
  let line = 1;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const start = index;
    let depth = 0;
    let indent = 0;
    scan: while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 32) {
        indent += 1;
        index += 1;
      } else if (code === 9) {
        indent += 4 - (indent % 4);
        index += 1;
      } else if (code === 62 /* > */) {
        depth += 1;
        index += 1;
      } else if ((code === 45 || code === 42 || code === 43) /* - * + */ && (text.charCodeAt(index + 1) === 32 || text.charCodeAt(index + 1) === 9)) {
        depth += 1;
        index += 2;
      } else if (isDigit(code)) {
        let end = index;
        while (end < length && end - index < 9 && isDigit(text.charCodeAt(end))) end += 1;
        const delimiter = text.charCodeAt(end);
        if ((delimiter === 46 || delimiter === 41) /* . ) */ && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9)) {
          depth += 1;
          index = end + 2;
        } else break scan;
      } else break scan;
      if (depth + Math.floor(indent / 2) > MAX_NESTING) {
        return { line, column: index - start + 1, found: `${depth} nested quote or list markers and ${indent} columns of indentation` };
      }
    }
    // Skip to the next line.
    while (index < length && text.charCodeAt(index) !== 10) index += 1;
    index += 1;
    line += 1;
  }
  return null;
}

/** Most `[` one block may hold: a Markdown parser matches link brackets in quadratic time. */
export const MAX_BRACKETS_PER_BLOCK = 200;
/** Most `*` and `_` one block may hold: emphasis delimiters are matched the same way. */
export const MAX_EMPHASIS_PER_BLOCK = 1000;

export interface DelimiterProblem extends PrescanProblem {
  kind: 'brackets' | 'emphasis';
}

/**
 * A block (text between blank lines) with more `[`, or more `*` and `_`, than any real text
 * needs: `[x][x][x]…`, `[x](` or `*a* ` repeated make a Markdown parser match every delimiter
 * against every other, minutes for a megabyte. One linear pass over the text; escaped
 * delimiters (`\[`, `\*`) are not counted. Code blocks are counted too, on purpose: telling
 * code from text needs CommonMark's whole block structure (fences inside list items end with
 * the item), and a scan that guessed wrong would let a storm through. Null when every block
 * is fine.
 */
export function excessiveDelimiters(text: string): DelimiterProblem | null {
  let line = 1;
  let column = 0;
  let brackets = 0;
  let emphasis = 0;
  let blank = true;
  // An odd run of backslashes escapes the next character; `\\[` is a backslash and a real bracket.
  let escaped = false;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 10;
    const wasEscaped: boolean = escaped;
    escaped = code === 92 /* \ */ && !wasEscaped;
    if (code === 10) {
      if (blank) {
        brackets = 0;
        emphasis = 0;
      }
      line += 1;
      column = 0;
      blank = true;
      continue;
    }
    column += 1;
    if (code !== 32 && code !== 9 && code !== 13) blank = false;
    if (wasEscaped) continue;
    if (code === 91 /* [ */) {
      brackets += 1;
      if (brackets > MAX_BRACKETS_PER_BLOCK) return { kind: 'brackets', line, column, found: `more than ${MAX_BRACKETS_PER_BLOCK} "[" in one block` };
    } else if (code === 42 /* * */ || code === 95 /* _ */) {
      emphasis += 1;
      if (emphasis > MAX_EMPHASIS_PER_BLOCK) return { kind: 'emphasis', line, column, found: `more than ${MAX_EMPHASIS_PER_BLOCK} "*" or "_" in one block` };
    }
  }
  return null;
}
