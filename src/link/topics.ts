/**
 * The `topics` link stage: tag every session with topics from the reviewed taxonomy
 * (content/topics.yaml, src/schemas/topics.ts) by its title and description, then apply
 * the topic changes of corrections and contributed sessions.
 *
 * Matching: one regular expression per topic and case mode, an alternation of escaped
 * literal terms (whitespace inside a term matches any run of whitespace) with word
 * boundaries only where a term starts or ends with a word character; `exclude` phrases
 * are blanked out before matching; `minMatches` asks for several distinct terms.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import type { YamlInput } from '../read/snapshot.ts';
import type { TopicRecord } from '../schemas/records.ts';
import { normalizeTerm, type NormalizedTerm, type Taxonomy } from '../schemas/topics.ts';
import type { ArchiveState, IdentifiedSession, TaggedSession, TopicRequest } from './types.ts';

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

export interface TaggableSession {
  title: string | null;
  description: string;
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

/** The `topics` stage: tag every session, apply requested topic changes, and build the topic records. */
export function tagSessions(archive: ArchiveState<IdentifiedSession>, taxonomy: YamlInput<Taxonomy> | null): ArchiveState<TaggedSession> & { topics: TopicRecord[] } {
  if (!taxonomy) return { ...archive, sessions: archive.sessions.map((session) => ({ ...session, topics: [] })), topics: [] };
  const messages: ContentMessage[] = [...archive.messages];
  const known = new Set(taxonomy.data.topics.map((topic) => topic.id));
  const requests = new Map<string, TopicRequest[]>();
  for (const request of archive.topicRequests) requests.set(request.session, [...(requests.get(request.session) ?? []), request]);
  const unknown = (entry: TopicRequest['add'][number]) =>
    contentMessage({
      file: entry.file,
      line: entry.line,
      column: entry.column,
      field: entry.field,
      message: `Unknown topic "${entry.id}"`,
      found: entry.id,
      expected: `a topic id from ${taxonomy.file}: ${[...known].join(', ')}`,
      hint: `Use one of the ids above, or add the topic to ${taxonomy.file} with its match terms.`,
      rule: 'topics/unknown-topic',
    });
  const sessions = archive.sessions.map((session) => {
    const title = session.titleSource === 'derived' ? null : session.displayTitle;
    const tags = new Set(tagTopics(taxonomy.data, { title, description: session.text }));
    for (const request of requests.get(session.id) ?? []) {
      for (const entry of request.add) {
        if (known.has(entry.id)) tags.add(entry.id);
        else messages.push(unknown(entry));
      }
      for (const entry of request.remove) {
        if (known.has(entry.id)) tags.delete(entry.id);
        else messages.push(unknown(entry));
      }
    }
    return { ...session, topics: [...tags].sort() };
  });
  const topics: TopicRecord[] = taxonomy.data.topics.map((topic) => {
    const tagged = sessions.filter((session) => session.topics.includes(topic.id));
    const bySummit: Record<string, number> = {};
    for (const summit of archive.summits) bySummit[summit.id] = tagged.filter((session) => session.summit === summit.id).length;
    return { id: topic.id, name: topic.name, description: topic.description, sessions: tagged.map((session) => session.id), bySummit };
  });
  return { ...archive, sessions, topics, messages };
}
