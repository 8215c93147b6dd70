/**
 * `npm run check` for one contributor Markdown or MDX file: run the body through the very
 * renderer the build uses (src/markdown/pipeline.ts, with the no-code policy inside it) and
 * turn every failure into a positioned problem. Nothing is evaluated: MDX is compiled to
 * JavaScript text and discarded.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import { forbiddenCharacterMessage } from '../messages/character.ts';
import { findForbiddenCharacter } from '../text/characters.ts';
import type { Frontmatter } from '../read/frontmatter.ts';
import { contentProcessor, SHARED_MARKDOWN_OPTIONS } from './pipeline.ts';
import remarkContentPolicy, { PolicyViolation, type PolicyProblem } from './policy.ts';
import { excessiveDelimiters, excessiveNesting, MAX_BRACKETS_PER_BLOCK, MAX_EMPHASIS_PER_BLOCK } from './prescan.ts';

interface Renderers {
  mdx: { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<unknown> };
}

const renderers = new Map<string, Promise<Renderers>>();

function renderersFor(base: string, srcDir: URL): Promise<Renderers> {
  const key = `${base}\u0000${srcDir.href}`;
  let value = renderers.get(key);
  if (!value) {
    const processor = contentProcessor(base);
    value = (async () => ({
      mdx: (await processor.createMdxRenderer!(
        { syntaxHighlight: SHARED_MARKDOWN_OPTIONS.syntaxHighlight, shikiConfig: {}, gfm: SHARED_MARKDOWN_OPTIONS.gfm, smartypants: SHARED_MARKDOWN_OPTIONS.smartypants },
        { optimize: false, srcDir, sourcemap: false },
      )) as Renderers['mdx'],
    }))();
    renderers.set(key, value);
  }
  return value;
}

export interface CheckFileOptions {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Absolute path of the file (MDX resolves nothing, but the compiler wants a path). */
  absolutePath: string;
  base: string;
  root: string;
}

function fromPolicy(file: string, problem: PolicyProblem, lineOffset: number): ContentMessage {
  return contentMessage({
    file,
    line: problem.line + lineOffset,
    column: problem.column,
    field: problem.field,
    message: problem.message,
    found: problem.found,
    expected: problem.expected,
    hint: problem.hint,
    rule: `content/${problem.rule}`,
  });
}

/** Problems found by running a compile: the policy's, a syntax error's, or a resource limit's. */
function fromError(file: string, error: unknown, lineOffset: number): ContentMessage[] {
  if (error instanceof PolicyViolation) return error.problems.map((problem) => fromPolicy(file, problem, lineOffset));
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const start = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
  if (error instanceof RangeError) {
    return [
      contentMessage({
        file,
        line: 1 + lineOffset,
        column: 1,
        field: 'body',
        message: 'This file is too deeply nested to compile',
        found: 'structure deeper than the compiler can handle',
        expected: 'ordinary Markdown: paragraphs, short lists, quotes',
        hint: 'Flatten nested quotes, lists or emphasis.',
        rule: 'content/nesting',
      }),
    ];
  }
  const reason = String((error as { reason?: string }).reason ?? (error as Error).message ?? error).split('\n')[0]!;
  return [
    contentMessage({
      file,
      line: (start?.line ?? 1) + lineOffset,
      column: start?.column ?? 1,
      field: 'body',
      message: `This is not valid ${file.endsWith('.mdx') ? 'MDX' : 'Markdown'}: ${reason.slice(0, 200)}`,
      found: 'a syntax error',
      expected: 'Markdown, optionally with <Video>, <Slides> or <Quote>',
      hint: 'Write plain Markdown. A literal "<" or "{" must be escaped as "\\<" or "\\{".',
      rule: 'content/syntax',
    }),
  ];
}

/** Checks every content body shares before any parser sees it: characters and nesting. */
function prescan(file: string, text: string, lineOffset: number): ContentMessage[] {
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) return [forbiddenCharacterMessage({ file, lineOffset, field: 'body' }, forbidden, 'text', 'content/control-character')];
  const nesting = excessiveNesting(text);
  if (nesting) {
    return [
      contentMessage({
        file,
        line: nesting.line + lineOffset,
        column: nesting.column,
        field: 'body',
        message: 'Markdown nested too deeply',
        found: nesting.found,
        expected: 'at most 32 levels of quotes, lists and indentation',
        hint: 'Flatten the quotes or lists; a session description never needs this depth.',
        rule: 'content/nesting',
      }),
    ];
  }
  const delimiters = excessiveDelimiters(text);
  if (delimiters) {
    const brackets = delimiters.kind === 'brackets';
    return [
      contentMessage({
        file,
        line: delimiters.line + lineOffset,
        column: delimiters.column,
        field: 'body',
        message: brackets ? 'Too many square brackets in one block of text' : 'Too many emphasis marks in one block of text',
        found: delimiters.found,
        expected: brackets ? `at most ${MAX_BRACKETS_PER_BLOCK} "[" between blank lines` : `at most ${MAX_EMPHASIS_PER_BLOCK} "*" or "_" between blank lines`,
        hint: `Split the text with blank lines, or escape literal marks as ${brackets ? '"\\["' : '"\\*" and "\\_"'}.`,
        rule: brackets ? 'content/brackets' : 'content/emphasis',
      }),
    ];
  }
  return [];
}

/** Check a contributor MDX file exactly as the build would compile it. */
export async function checkMdxFile(text: string, parts: Frontmatter, options: CheckFileOptions): Promise<ContentMessage[]> {
  const early = prescan(options.file, parts.body, parts.bodyLineOffset);
  if (early.length > 0) return early;
  // The compiler's own split and YAML reading; the strict splitter already made sure they agree with ours.
  let compiled: { content: string; frontmatter: Record<string, unknown> };
  try {
    const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    if (astro.rawFrontmatter.replace(/\r\n/gu, '\n') !== `\n${parts.yaml.replace(/\r\n/gu, '\n')}\n` && !(parts.yaml === '' && astro.rawFrontmatter === '\n')) {
      return [contentMessage({ file: options.file, line: 1, column: 1, field: '(frontmatter)', message: 'The frontmatter reads differently to the compiler', found: 'two different frontmatter blocks', expected: 'one "---" block at the top', hint: 'Keep the frontmatter to simple "key: value" lines between two "---" lines.', rule: 'content/frontmatter' })];
    }
    compiled = { content: astro.content, frontmatter: astro.frontmatter as Record<string, unknown> };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return [
      contentMessage({
        file: options.file,
        line: (mark?.line ?? 0) + 1,
        column: (mark?.column ?? 0) + 1,
        field: '(frontmatter)',
        message: `The frontmatter is not YAML every reader agrees on: ${String((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0]}`,
        found: 'YAML that the compiler cannot read',
        expected: 'simple "key: value" lines',
        hint: 'Quote values that contain ": ", "#" or start with a special character.',
        rule: 'content/frontmatter',
      }),
    ];
  }
  const { mdx } = await renderersFor(options.base, pathToFileURL(`${options.root}/src/`));
  try {
    await mdx.process(compiled.content, options.absolutePath, compiled.frontmatter);
  } catch (error) {
    return fromError(options.file, error, 0);
  }
  return [];
}

/**
 * The remark stage of Astro's Markdown renderer (remark-parse, remark-gfm, then the policy
 * as the first content plugin), run on its own: Astro's renderer prints a stack trace to the
 * console when a plugin throws, and a contributor should read a message instead.
 */
const markdownStage = unified().use(remarkParse).use(remarkGfm).use(remarkContentPolicy);

/** Check a contributor Markdown body (a speaker bio) with the parse and policy the build renders it with. */
export async function checkMarkdownBody(body: string, bodyLineOffset: number, options: Pick<CheckFileOptions, 'file'>): Promise<ContentMessage[]> {
  const early = prescan(options.file, body, bodyLineOffset);
  if (early.length > 0) return early;
  try {
    await markdownStage.run(markdownStage.parse(body), new VFile({ value: body, path: options.file }));
  } catch (error) {
    return fromError(options.file, error, bodyLineOffset);
  }
  return [];
}
