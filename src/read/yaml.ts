/**
 * YAML content files validated by a zod schema, with every error placed at its
 * file:line:column. Astro reports content-layer schema errors at `file:0:0`, so the
 * position map is kept here, from the YAML document's own node ranges.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { forbiddenCharacterMessage } from '../messages/character.ts';
import { findForbiddenCharacter, forbiddenCharacterName } from '../text/characters.ts';
import { lineEndingProblem } from './frontmatter.ts';
import { closestMatch as closest } from '../text/edit-distance.ts';
import type { FriendlyIssue } from '../schemas/friendly.ts';
import type { z } from 'zod';
import { contentMessage, type ContentMessage } from '../messages/message.ts';

/** Where a field of the file is: `locate(['tracks', 2, 'heading'])`; a missing field points at its parent, `key` at a mapping key. */
export type Locate = (path: ReadonlyArray<string | number>, key?: string) => { line: number; column: number };

export type YamlResult<T> = { ok: true; data: T; locate: Locate } | { ok: false; issues: ContentMessage[] };

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

/** Zod's own default wording, which says less than ours; anything else is a schema's own message. */
const DEFAULT_MESSAGE = /^(?:Invalid|Too small|Too big|Unrecognized)/u;

/**
 * What a field expects, as a noun phrase ("a list with at least 1 item(s)", "a kebab-case
 * slug (…)"). A schema's own message wins over the generic wording; one written as a rule
 * ("must be a kebab-case slug", "needs at least one term") is turned into that phrase.
 */
function expectedFor(issue: z.core.$ZodIssue): string {
  if (!DEFAULT_MESSAGE.test(issue.message) && issue.code !== 'invalid_type') {
    return issue.message.replace(/^must (?:be|contain|not) /u, (rule) => (rule === 'must not ' ? 'not ' : rule === 'must contain ' ? 'a value with ' : '')).replace(/^needs /u, '');
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'string' ? 'a text value' : issue.expected === 'number' ? 'a number' : issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : String(issue.expected);
    case 'too_small':
      return issue.origin === 'array'
        ? `a list with at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? Number(issue.minimum) <= 1
            ? 'a non-empty text'
            : `a text of at least ${String(issue.minimum)} characters`
          : `at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `a list with at most ${String(issue.maximum)} item(s)` : `at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'one of the forms this field accepts (see the comment at the top of the file)';
    case 'invalid_format':
      // Schemas give their own wording for formats (`an absolute http(s) URL …`).
      return /^Invalid/u.test(issue.message) ? `a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

/**
 * A value that fits none of a union's forms is reported against the one form its type fits
 * (`slides: { url }` is a mapping, so the mapping form says "missing source"), not as "one of
 * the forms". Branches that reject the value's type outright are set aside; when exactly one
 * is left, its issues replace the union's, with their paths made whole.
 */
export function resolveUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const resolved: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || !Array.isArray(issue.errors)) {
      resolved.push(issue);
      continue;
    }
    const fitting = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    if (fitting.length !== 1) {
      resolved.push(issue);
      continue;
    }
    resolved.push(...resolveUnions(fitting[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue)));
  }
  return resolved;
}

/** Alias expansions a content file may make (`*name`); more is a "billion laughs" attack, not content. */
export const MAX_YAML_ALIASES = 50;
/** Deepest nesting of lists and mappings a content file may use. */
export const MAX_YAML_DEPTH = 16;
/** Widest indentation a content file may use (16 levels of four columns, with room). */
export const MAX_YAML_INDENT = 80;

/** Nesting depth of a parsed value, measured without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_YAML_DEPTH) break;
    if (current !== null && typeof current === 'object') for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Deepest flow nesting (`[`/`{`) and widest indentation of a YAML text, in one linear pass. */
function nestingProblem(text: string): { line: number; column: number; found: string } | null {
  let line = 1;
  let column = 0;
  let depth = 0;
  let quote = 0;
  let atLineStart = true;
  let indent = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    column += 1;
    if (code === 10) {
      line += 1;
      column = 0;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (code === 32) {
        indent += 1;
        if (indent > MAX_YAML_INDENT) return { line, column, found: `${indent} columns of indentation` };
        continue;
      }
      atLineStart = false;
    }
    if (quote !== 0) {
      if (code === 92 /* \ */ && quote === 34) index += 1;
      else if (code === quote) quote = 0;
      continue;
    }
    if (code === 34 || code === 39) quote = code;
    else if (code === 35 /* # */) {
      while (index + 1 < text.length && text.charCodeAt(index + 1) !== 10) index += 1;
    } else if (code === 91 || code === 123) {
      depth += 1;
      if (depth > MAX_YAML_DEPTH) return { line, column, found: `${depth} nested lists or mappings` };
    } else if ((code === 93 || code === 125) && depth > 0) depth -= 1;
  }
  return null;
}

/** Problems of the raw text that no YAML parser should be asked to settle. */
function textProblems(file: string, text: string, lineOffset: number): ContentMessage[] {
  const ending = lineEndingProblem(text);
  if (ending) return [contentMessage({ file, line: ending.line + lineOffset, column: ending.column, field: '(file)', message: ending.message, found: ending.found, expected: ending.expected, hint: ending.hint, rule: 'yaml/line-ending' })];
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) return [forbiddenCharacterMessage({ file, lineOffset, field: '(file)' }, forbidden, 'file', 'yaml/control-character')];
  const nesting = nestingProblem(text);
  if (nesting) {
    return [
      contentMessage({
        file,
        line: nesting.line + lineOffset,
        column: nesting.column,
        field: '(file)',
        message: 'The YAML is nested too deeply',
        found: nesting.found,
        expected: `at most ${MAX_YAML_DEPTH} levels and ${MAX_YAML_INDENT} columns of indentation`,
        hint: 'Content files need only a few levels; flatten the structure.',
        rule: 'yaml/depth',
      }),
    ];
  }
  return [];
}

/** Control characters a YAML escape (`"\0"`, `"\x1b"`) put into a value, placed at that value. */
function valueProblems(file: string, doc: Document, at: (offset: number) => { file: string; line: number; column: number }): ContentMessage[] {
  const found: ContentMessage[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (found.length > 0 || typeof node.value !== 'string') return;
      const forbidden = findForbiddenCharacter(node.value);
      if (!forbidden) return;
      found.push(contentMessage({
        ...at(node.range?.[0] ?? 0),
        file,
        field: '(value)',
        message: `A value contains ${forbiddenCharacterName(forbidden.codePoint)}`,
        found: forbidden.codePoint,
        expected: 'printable text',
        hint: 'Remove the escape sequence (such as \\0 or \\x1b) from the quoted value.',
        rule: 'yaml/control-character',
      }));
    },
  });
  return found;
}

/** The field names a help text lists (`reason, provenance, speakers (each: name, …)` → reason, provenance, speakers, name, …). */
function fieldNames(help: string): string[] {
  return help.split(/[^A-Za-z]+/u).filter((word) => word.length > 1 && word !== 'each');
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
  const early = textProblems(file, text, lineOffset);
  if (early.length > 0) return { ok: false, issues: early };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.slice(0, 20).map((error) => {
        const position = lines.linePos(error.pos[0]);
        const where = { file, line: position.line + lineOffset, column: position.col };
        if (error.code === 'DUPLICATE_KEY') {
          const key = (text.split(/\r?\n/u)[position.line - 1] ?? '').replace(/:.*$/u, '').trim();
          return contentMessage({
            ...where,
            field: key,
            message: 'This key appears twice in the file',
            found: 'a second entry with the same key',
            expected: 'each key once',
            hint: 'Merge the two entries into one.',
          });
        }
        return contentMessage({
          ...where,
          rule: 'yaml/syntax',
          message: `This is not valid YAML: ${error.message.split('\n')[0]}`,
          hint: 'Check the indentation and quoting on this line; values containing ": " or starting with a special character need quotes.',
        });
      }),
    };
  }
  const at = (offset: number) => {
    const position = lines.linePos(offset);
    return { file, line: position.line + lineOffset, column: position.col };
  };
  let firstAlias: number | null = null;
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      aliases += 1;
      firstAlias ??= node.range?.[0] ?? 0;
    },
  });
  const escaped = valueProblems(file, doc, at);
  if (escaped.length > 0) return { ok: false, issues: escaped };
  if (aliases > 0 && firstAlias !== null) {
    // Anchors and aliases (`&a` / `*a`) are legal YAML, but a few lines of them can expand
    // to gigabytes; content files never need more than a handful.
    if (aliases > MAX_YAML_ALIASES) {
      return {
        ok: false,
        issues: [contentMessage({ ...at(firstAlias), field: '(file)', message: `The file uses ${aliases} YAML aliases`, found: `${aliases} aliases (*name)`, expected: `at most ${MAX_YAML_ALIASES}`, hint: 'Write the values out instead of repeating them with &anchors and *aliases.', rule: 'yaml/alias-count' })],
      };
    }
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      issues: [contentMessage({ ...at(firstAlias ?? 0), field: '(file)', message: `The YAML expands too far: ${String((error as Error).message).split('\n')[0]}`, found: 'aliases that expand to a very large value', expected: 'plain values', hint: 'Write the values out instead of repeating them with &anchors and *aliases.', rule: 'yaml/alias-count' })],
    };
  }
  if (depthOf(raw) > MAX_YAML_DEPTH) {
    return {
      ok: false,
      issues: [contentMessage({ file, line: 1 + lineOffset, column: 1, field: '(file)', message: `The YAML is nested more than ${MAX_YAML_DEPTH} levels deep`, found: 'deeply nested lists or mappings', expected: `at most ${MAX_YAML_DEPTH} levels`, hint: 'Content files need only a few levels; flatten the structure.', rule: 'yaml/depth' })],
    };
  }
  const result = schema.safeParse(raw);
  const locate: Locate = (path, key) => positionOf(doc, lines, path, key, lineOffset);
  if (result.success) return { ok: true, data: result.data, locate };
  const issues: ContentMessage[] = [];
  const schemaIssues = resolveUnions(result.error.issues);
  // Fields reported missing, by the path of their mapping, so an unknown key can be matched to one.
  const missingAt = new Map<string, string[]>();
  for (const issue of schemaIssues) {
    const path = issue.path.filter((segment): segment is PathKey => typeof segment !== 'symbol');
    if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined && path.length > 0) {
      const parent = path.slice(0, -1).join('.');
      missingAt.set(parent, [...(missingAt.get(parent) ?? []), String(path[path.length - 1])]);
    }
  }
  const spelledAs = new Map<string, string>();
  for (const issue of [...schemaIssues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'))) {
    const path = issue.path.filter((segment): segment is PathKey => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const position = locate(path, key);
        // A misspelt field is one message, not also "Missing field …" for the field it meant.
        const missing = missingAt.get(path.join('.')) ?? [];
        const meant = closest(key, [...missing, ...fieldNames(fieldHelp)]);
        if (meant && missing.includes(meant)) spelledAs.set([...path, meant].join('.'), key);
        issues.push(contentMessage({
          file,
          ...position,
          field: [...path, key].join('.'),
          message: meant ? `Unknown field "${key}": did you mean "${meant}"?` : `Unknown field "${key}"`,
          found: key,
          expected: fieldHelp,
          hint: meant ? `Rename "${key}" to "${meant}".` : `Remove "${key}" or correct its spelling.`,
          rule: 'yaml/unknown-field',
        }));
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const inner = issue.issues[0];
      issues.push(contentMessage({
        file,
        ...locate(parent, key),
        field: path.join('.'),
        message: `"${key}" is not a valid key here`,
        found: key,
        expected: inner?.message ?? 'a valid key',
        hint: 'Correct the key; see the comment at the top of the file for the expected form.',
      }));
      continue;
    }
    const found = valueAt(raw, path);
    if (found === undefined && spelledAs.has(path.join('.'))) continue;
    const position = locate(path);
    // Rules written as refinements carry their own wording (see friendly() in src/schemas/friendly.ts).
    const friendly = issue.code === 'custom' ? (issue.params as { friendly?: FriendlyIssue } | undefined)?.friendly : undefined;
    if (friendly) {
      issues.push(contentMessage({ file, ...position, field: path.join('.') || '(file)', message: friendly.message, found: friendly.found ?? describe(found), expected: friendly.expected, hint: friendly.hint, rule: friendly.rule }));
      continue;
    }
    issues.push(contentMessage({
      file,
      ...position,
      field: path.join('.') || '(file)',
      message: found === undefined ? `Missing field "${path.join('.')}"` : `Wrong value for "${path.join('.')}"`,
      found: describe(found),
      expected: expectedFor(issue),
      hint: found === undefined ? `Add "${String(path[path.length - 1])}:" here.` : `Change this value to ${expectedFor(issue).replace(/[.…]$/u, '')}.`,
    }));
  }
  return { ok: false, issues };
}
