/**
 * YAML content files validated by a zod schema, with every error placed at its
 * file:line:column. Astro reports content-layer schema errors at `file:0:0`, so the
 * position map is kept here, from the YAML document's own node ranges.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from './content-issue.ts';

/** Where a field of the file is: `locate(['tracks', 2, 'heading'])`; a missing field points at its parent, `key` at a mapping key. */
export type Locate = (path: ReadonlyArray<string | number>, key?: string) => { line: number; column: number };

export type YamlResult<T> = { ok: true; data: T; locate: Locate } | { ok: false; issues: ContentIssue[] };

export interface YamlFileOptions {
  /** Lines before the YAML text in its file (frontmatter starts after `---`). */
  lineOffset?: number;
}

type PathKey = string | number;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** The position of the deepest node that exists along `path` (a missing field points at its parent). */
function positionOf(doc: Document, lines: LineCounter, path: readonly PathKey[], key?: string, lineOffset = 0): { line: number; column: number } {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const next = (node as { get?: (k: PathKey, keepScalar: boolean) => unknown })?.get?.(segment, true);
    if (next === undefined || next === null) break;
    node = next;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) node = pair.key;
  }
  const offset = (node as YamlNode | undefined)?.range?.[0] ?? 0;
  const position = lines.linePos(offset);
  return { line: position.line + lineOffset, column: position.col };
}

function expectedFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'string' ? 'a text value' : issue.expected === 'number' ? 'a number' : issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : String(issue.expected);
    case 'too_small':
      return issue.origin === 'array' ? `a list with at least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? 'a non-empty text' : `at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `a list with at most ${String(issue.maximum)} item(s)` : `at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      // Schemas give their own wording for formats (`an absolute http(s) URL …`).
      return /^Invalid/u.test(issue.message) ? `a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

/** Parse and validate a YAML file; every problem comes back with a position and a fix. */
export function parseYamlFile<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
  fieldHelp: string,
  options: YamlFileOptions = {},
): YamlResult<z.output<Schema>> {
  const lineOffset = options.lineOffset ?? 0;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const position = lines.linePos(error.pos[0]);
        const where = { file, line: position.line + lineOffset, column: position.col };
        if (error.code === 'DUPLICATE_KEY') {
          const key = (text.split(/\r?\n/u)[position.line - 1] ?? '').replace(/:.*$/u, '').trim();
          return {
            ...where,
            field: key,
            message: 'This key appears twice in the file',
            found: 'a second entry with the same key',
            expected: 'each key once',
            hint: 'Merge the two entries into one.',
          };
        }
        return {
          ...where,
          message: `This is not valid YAML: ${error.message.split('\n')[0]}`,
          hint: 'Check the indentation and quoting on this line; values containing ": " or starting with a special character need quotes.',
        };
      }),
    };
  }
  const raw = doc.toJS();
  const result = schema.safeParse(raw);
  const locate: Locate = (path, key) => positionOf(doc, lines, path, key, lineOffset);
  if (result.success) return { ok: true, data: result.data, locate };
  const issues: ContentIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((segment): segment is PathKey => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const position = locate(path, key);
        issues.push({
          file,
          ...position,
          field: [...path, key].join('.'),
          message: `Unknown field "${key}"`,
          found: key,
          expected: fieldHelp,
          hint: `Remove "${key}" or correct its spelling.`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const inner = issue.issues[0];
      issues.push({
        file,
        ...locate(parent, key),
        field: path.join('.'),
        message: `"${key}" is not a valid key here`,
        found: key,
        expected: inner?.message ?? 'a valid key',
        hint: 'Correct the key; see the comment at the top of the file for the expected form.',
      });
      continue;
    }
    const found = valueAt(raw, path);
    const position = locate(path);
    issues.push({
      file,
      ...position,
      field: path.join('.') || '(file)',
      message: found === undefined ? `Missing field "${path.join('.')}"` : `Wrong value for "${path.join('.')}"`,
      found: describe(found),
      expected: expectedFor(issue),
      hint: found === undefined ? `Add "${String(path[path.length - 1])}:" here.` : `Change this value to ${expectedFor(issue).replace(/[.…]$/u, '')}.`,
    });
  }
  return { ok: false, issues };
}
