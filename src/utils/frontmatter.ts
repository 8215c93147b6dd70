/** Split a Markdown/MDX file into its YAML frontmatter and body, keeping line numbers. */

export interface Frontmatter {
  yaml: string;
  /** Lines before the YAML text (the opening `---`), to offset YAML positions. */
  yamlLineOffset: number;
  body: string;
}

/** Null when the file does not start with a `---` fenced frontmatter block. */
export function splitFrontmatter(text: string): Frontmatter | null {
  const source = text.replace(/^\uFEFF/u, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(source);
  if (!match) return null;
  return { yaml: match[1]!, yamlLineOffset: 1, body: source.slice(match[0].length) };
}
