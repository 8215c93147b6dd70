/**
 * The placeholder text `npm run new:session` writes into a new session file. Left unchanged
 * it would publish a session whose description says "write the description here", so
 * `npm run check` refuses a file that still holds any of it. One list, used by both.
 */
export const SCAFFOLD_PROVENANCE = 'TODO: say where these facts come from';

export const SCAFFOLD_BODY = [
  'TODO: write the session description here, in Markdown, and delete these TODO lines.',
  'TODO: a recording or slides can be added with \\<Video url="https://…" /> or \\<Slides url="https://…" />, a quotation with \\<Quote author="…">…\\</Quote>.',
];

/** Every line of the scaffold a finished file must not contain. */
export const SCAFFOLD_LINES: readonly string[] = [SCAFFOLD_PROVENANCE, ...SCAFFOLD_BODY];

/** The first scaffold line still in a text, with its 1-based line number; null when none is left. */
export function scaffoldLeft(text: string): { line: number; text: string } | null {
  const lines = text.split(/\r?\n/u);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    for (const placeholder of SCAFFOLD_LINES) if (line.includes(placeholder)) return { line: index + 1, text: placeholder };
  }
  return null;
}
