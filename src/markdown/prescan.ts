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
