/**
 * Split a Markdown/MDX content file into its YAML frontmatter and body: the one splitter
 * the loader, `npm run check` and (by agreement, see below) the MDX compiler share.
 *
 * Astro's own split (`parseFrontmatter`) ends the frontmatter at the first line starting
 * with `---` or `+++`, whatever follows on that line, and YAML parsers disagree on whether
 * a lone `\r` ends a line. A file could therefore show a reviewer and this checker one
 * frontmatter and the compiler another. So only files on which every reader must agree are
 * accepted: `---` alone on the first line, no `\r` except as part of CRLF, one line-ending
 * style, and the first line starting with `---`/`+++` is exactly `---`. Anything else is a
 * positioned problem, never a guess.
 */

export interface Frontmatter {
  yaml: string;
  /** Lines before the YAML text (the opening `---`), to offset YAML positions. */
  yamlLineOffset: number;
  body: string;
  /** Lines before the body (frontmatter and both fences), to offset body positions. */
  bodyLineOffset: number;
  /**
   * The text the MDX compiler receives: the frontmatter replaced by spaces, line breaks
   * kept, so positions in the body are positions in the file (as Astro's "empty-with-spaces").
   */
  bodyInPlace: string;
}

export interface FrontmatterProblem {
  line: number;
  column: number;
  message: string;
  found: string;
  expected: string;
  hint: string;
}

export type FrontmatterResult = { ok: true; value: Frontmatter } | { ok: false; problem: FrontmatterProblem };

/** Line endings the file must use consistently; a lone CR is invisible in most diffs. */
export function lineEndingProblem(text: string): FrontmatterProblem | null {
  let line = 1;
  let column = 1;
  let sawCrlf = false;
  let sawLf = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 13) {
      if (text.charCodeAt(index + 1) !== 10) {
        return {
          line,
          column,
          message: 'A carriage return (\\r) stands alone here',
          found: 'a lone \\r, which some tools read as a line break and others do not',
          expected: 'line breaks written as \\n (or \\r\\n throughout the file)',
          hint: 'Save the file with Unix (LF) line endings; most editors offer this in the status bar.',
        };
      }
      sawCrlf = true;
      index += 1;
      line += 1;
      column = 1;
      continue;
    }
    if (code === 10) {
      sawLf = true;
      line += 1;
      column = 1;
      continue;
    }
    column += 1;
  }
  if (sawCrlf && sawLf) {
    return {
      line: 1,
      column: 1,
      message: 'The file mixes \\r\\n and \\n line endings',
      found: 'both Windows (CRLF) and Unix (LF) line endings',
      expected: 'one line-ending style for the whole file',
      hint: 'Save the file with Unix (LF) line endings.',
    };
  }
  return null;
}

export function splitFrontmatter(text: string): FrontmatterResult {
  const lineEnding = lineEndingProblem(text);
  if (lineEnding) return { ok: false, problem: lineEnding };
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const source = text.slice(bom);
  const lines = source.split(/\r?\n/u);
  const first = lines[0] ?? '';
  if (first !== '---') {
    const fence = first.startsWith('---') || first.startsWith('+++');
    return {
      ok: false,
      problem: {
        line: 1,
        column: 1,
        message: fence ? 'The opening frontmatter line must be exactly "---"' : 'The file has no frontmatter',
        found: fence ? JSON.stringify(first.slice(0, 60)) : 'no "---" line at the top',
        expected: 'a YAML block between two lines that read exactly "---", at the top of the file',
        hint: fence ? 'Put nothing else on the "---" line.' : 'Start the file with "---", the fields, and "---"; `npm run new:session` writes a valid one.',
      },
    };
  }
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!line.startsWith('---') && !line.startsWith('+++')) continue;
    if (line !== '---') {
      return {
        ok: false,
        problem: {
          line: index + 1,
          column: 4,
          message: 'Text after a frontmatter fence',
          found: JSON.stringify(line.slice(0, 60)),
          expected: 'a line that reads exactly "---" to close the frontmatter',
          hint: 'Put nothing else on the "---" line; inside the frontmatter, no line may start with "---" or "+++".',
        },
      };
    }
    const newline = source.includes('\r\n') ? '\r\n' : '\n';
    const yaml = lines.slice(1, index).join(newline);
    const header = lines.slice(0, index + 1).join(newline);
    const body = source.slice(Math.min(source.length, header.length + newline.length));
    const blanked = header.replace(/[^\r\n]/gu, ' ');
    return {
      ok: true,
      value: {
        yaml,
        yamlLineOffset: 1,
        body,
        bodyLineOffset: index + 1,
        bodyInPlace: `${' '.repeat(bom)}${blanked}${source.slice(header.length)}`,
      },
    };
  }
  return {
    ok: false,
    problem: {
      line: 1,
      column: 1,
      message: 'The frontmatter is never closed',
      found: 'an opening "---" and no closing "---" line',
      expected: 'a line that reads exactly "---" after the fields',
      hint: 'Add a line "---" after the last field.',
    },
  };
}
