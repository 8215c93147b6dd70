/**
 * Build-time topic tagging for sessions.
 *
 * Pure module: no Astro, no filesystem. The caller reads `content/topics.yaml`
 * and passes its text to `parseTopics`; `tagTopics` then assigns topic ids to a
 * session from its title and description.
 *
 * Matching rules (also documented at the top of content/topics.yaml):
 * - A term is a literal. It matches only as a whole word sequence: the
 *   characters just before and just after a match must not be letters, marks,
 *   digits or `_` (Unicode-aware; letters of scripts written without spaces,
 *   such as Japanese, do not count, so "Kafka Connectを" is a whole word). So "Kafka Streams" does not match inside
 *   "Kafka StreamsX" and "ML" does not match inside "HTML".
 * - Whitespace inside a term matches any run of whitespace (line breaks too).
 * - Case: a term written with no lowercase letter and at least one uppercase
 *   letter ("CDC", "ML", "KSQL", "KIP-447") is case-sensitive; every other term
 *   is case-insensitive. The object form `{ term, case }` overrides this.
 * - No stemming: plurals, hyphenation and spelling variants are listed as
 *   separate terms.
 * - `exclude` phrases (same matching rules) are blanked out of the text before
 *   that topic's terms are searched, so a term inside an excluded phrase does
 *   not count.
 * - `minMatches` (default 1): how many term occurrences the text needs before
 *   the topic applies, for topics whose words are often used in passing.
 * - Regexes are built once per taxonomy object, only from escaped literals
 *   joined by `|` and `\s+`, so there is no catastrophic backtracking.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { formatPath } from '../utils/zod-path.ts';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/**
 * Characters that continue a word: letters, marks, digits and `_`, except
 * letters of scripts written without spaces between words (Han, kana, Thai...),
 * so "Kafka Connectを使った" still counts as a whole-word "Kafka Connect".
 * Used with the `v` flag (class set subtraction).
 */
const WORD_CHAR =
  '[[\\p{L}\\p{M}\\p{N}_]--[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}]]';
const STARTS_WITH_WORD_CHAR = new RegExp(`^${WORD_CHAR}`, 'v');
const ENDS_WITH_WORD_CHAR = new RegExp(`${WORD_CHAR}$`, 'v');
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const phrase = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim(), 'must not start or end with whitespace')
  .refine((s) => HAS_LETTER_OR_DIGIT.test(s), 'must contain a letter or digit');

const termSchema = z.union([
  phrase,
  z.strictObject({
    term: phrase,
    case: z.enum(['sensitive', 'insensitive']),
  }),
]);

const topicSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, 'must be a kebab-case slug (a-z, 0-9, single hyphens)'),
  name: z.string().trim().min(1, 'must not be empty'),
  description: z.string().trim().min(1, 'must not be empty'),
  terms: z.array(termSchema).min(1, 'needs at least one term'),
  exclude: z.array(phrase).optional(),
  minMatches: z.number().int().min(1).optional(),
});

export const topicsSchema = z
  .strictObject({
    topics: z.array(topicSchema).min(1, 'needs at least one topic'),
  })
  .superRefine((taxonomy, ctx) => {
    const seenIds = new Map<string, number>();
    taxonomy.topics.forEach((topic, i) => {
      const first = seenIds.get(topic.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', i, 'id'],
          message: `duplicate topic id "${topic.id}" (first used by topics[${first}])`,
        });
      } else {
        seenIds.set(topic.id, i);
      }
      const seenTerms = new Map<string, number>();
      topic.terms.forEach((raw, j) => {
        const term = normalizeTerm(raw);
        const key = term.caseSensitive ? `s:${term.text}` : `i:${term.text.toLowerCase()}`;
        const firstTerm = seenTerms.get(key);
        if (firstTerm !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', i, 'terms', j],
            message: `duplicate term "${term.text}" (same as terms[${firstTerm}])`,
          });
        } else {
          seenTerms.set(key, j);
        }
      });
    });
  });

export type Taxonomy = z.infer<typeof topicsSchema>;
export type Topic = Taxonomy['topics'][number];
export type TopicTerm = Topic['terms'][number];

export interface TaggableSession {
  title: string | null;
  description: string;
}

/**
 * Parses and validates the text of content/topics.yaml.
 * Throws an Error naming the offending field path, e.g.
 * `Invalid topic taxonomy: topics[2].id: must be a kebab-case slug ...`.
 */
export function parseTopics(yamlText: string): Taxonomy {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Invalid topic taxonomy: not valid YAML: ${reason}`);
  }
  const result = topicsSchema.safeParse(data);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid topic taxonomy: ${details}`);
  }
  return result.data;
}

interface NormalizedTerm {
  text: string;
  caseSensitive: boolean;
}

/** ALL-CAPS rule: no lowercase letter and at least one uppercase letter. */
export function isCaseSensitiveByDefault(term: string): boolean {
  return /\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

function normalizeTerm(raw: TopicTerm): NormalizedTerm {
  if (typeof raw === 'string') {
    return { text: raw, caseSensitive: isCaseSensitiveByDefault(raw) };
  }
  return { text: raw.term, caseSensitive: raw.case === 'sensitive' };
}

function escapeLiteral(s: string): string {
  // Only syntax characters are escaped, which is what `u`/`v` mode allows.
  return s.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/** Regex source for a literal: escaped, with any whitespace run matching `\s+`. */
function literalBody(text: string): string {
  return text.split(/\s+/u).map(escapeLiteral).join('\\s+');
}

/** One regex per case mode; null when the topic has no term in that mode. */
interface Matcher {
  sensitive: RegExp | null;
  insensitive: RegExp | null;
}

/**
 * Builds `(?<!W)(?:t1|t2|...)(?!W)`, with the boundary assertions only on the
 * sides where a term starts/ends with a word character. Terms are grouped by
 * which sides need a boundary so that the (large, Unicode) word-character class
 * appears at most twice per group instead of twice per term: this keeps regex
 * compilation cheap.
 */
function alternationSource(texts: readonly string[]): string {
  const groups = new Map<string, string[]>();
  // Longest first, so within a group the longest term wins at a given position.
  const ordered = [...texts].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const text of ordered) {
    const key = `${STARTS_WITH_WORD_CHAR.test(text) ? 'b' : '-'}${ENDS_WITH_WORD_CHAR.test(text) ? 'b' : '-'}`;
    const list = groups.get(key) ?? [];
    list.push(literalBody(text));
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, bodies]) => {
      const before = key[0] === 'b' ? `(?<!${WORD_CHAR})` : '';
      const after = key[1] === 'b' ? `(?!${WORD_CHAR})` : '';
      return `${before}(?:${bodies.join('|')})${after}`;
    })
    .join('|');
}

function buildMatcher(terms: readonly NormalizedTerm[]): Matcher {
  const build = (caseSensitive: boolean): RegExp | null => {
    const texts = terms.filter((t) => t.caseSensitive === caseSensitive).map((t) => t.text);
    if (texts.length === 0) return null;
    return new RegExp(alternationSource(texts), caseSensitive ? 'gv' : 'giv');
  };
  return { sensitive: build(true), insensitive: build(false) };
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Non-overlapping matches of both regexes, in text order. */
function findSpans(matcher: Matcher, text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [matcher.sensitive, matcher.insensitive]) {
    if (re === null) continue;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let lastEnd = -1;
  for (const span of spans) {
    if (span.start >= lastEnd) {
      out.push(span);
      lastEnd = span.end;
    }
  }
  return out;
}

interface CompiledTopic {
  id: string;
  terms: Matcher;
  exclude: Matcher | null;
  minMatches: number;
}

export interface CompiledTaxonomy {
  readonly topics: readonly CompiledTopic[];
}

const compiledCache = new WeakMap<Taxonomy, CompiledTaxonomy>();

/** Compiles (once per taxonomy object) the regexes used by `tagTopics`. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiledCache.get(taxonomy);
  if (cached) return cached;
  const compiled: CompiledTaxonomy = {
    topics: taxonomy.topics.map((topic) => ({
      id: topic.id,
      terms: buildMatcher(topic.terms.map(normalizeTerm)),
      exclude:
        topic.exclude && topic.exclude.length > 0
          ? buildMatcher(topic.exclude.map((e) => normalizeTerm(e)))
          : null,
      minMatches: topic.minMatches ?? 1,
    })),
  };
  compiledCache.set(taxonomy, compiled);
  return compiled;
}

/** The text that is matched: title and description, lightly normalized. */
function sessionText(session: TaggableSession): string {
  return `${session.title ?? ''}\n${session.description}`
    .normalize('NFC')
    .replace(/[\u2010\u2011]/g, '-') // typographic hyphens
    .replace(/[\u2018\u2019]/g, "'"); // typographic apostrophes
}

/** A character that is neither a word character nor whitespace. */
const BLANK = '\u0000';

function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const span of spans) {
    out += text.slice(pos, span.start) + BLANK;
    pos = span.end;
  }
  return out + text.slice(pos);
}

export interface TopicMatch {
  id: string;
  /** The matched text of each counted occurrence, in text order. */
  matches: string[];
}

/** Like `tagTopics`, but also returns the occurrences that triggered each topic. */
export function explainTopics(taxonomy: Taxonomy, session: TaggableSession): TopicMatch[] {
  const compiled = compileTaxonomy(taxonomy);
  const text = sessionText(session);
  const result: TopicMatch[] = [];
  for (const topic of compiled.topics) {
    const searchable = topic.exclude ? blankOut(text, findSpans(topic.exclude, text)) : text;
    const spans = findSpans(topic.terms, searchable);
    if (spans.length >= topic.minMatches) {
      result.push({ id: topic.id, matches: spans.map((s) => s.text) });
    }
  }
  return result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Topic ids for a session, sorted; deterministic for a given taxonomy and input. */
export function tagTopics(taxonomy: Taxonomy, session: TaggableSession): string[] {
  return explainTopics(taxonomy, session).map((m) => m.id);
}
