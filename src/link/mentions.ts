/**
 * The `mentions` link stage: the talks a recap article names as "Title (Speaker)" matched
 * to sessions. A title match links the mention to its session page (and the session lists
 * the article under "Mentioned in"); an untitled session that plainly matches is a
 * candidate for a reviewer, reported by the build; anything else stays a plain mention.
 */
import type { Heading, Link, Root } from 'mdast';
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import { articleMarkdown, parseArticle } from '../parse/article.ts';
import type { ArticleInput } from '../read/snapshot.ts';
import type { Article, ArticleMention, Session } from '../schemas/records.ts';
import { paths } from '../routes/urls.ts';
import { normalizeText, sStem, STOP_WORDS } from '../text/tokens.ts';
import { stripPageSuffix } from '../text/titles.ts';
import type { ArchiveState, DraftSummit, RelatedSession } from './types.ts';

/** What matching needs of a mention. */
export interface MentionText {
  title: string;
  speaker: string;
}

/** What `resolveMentions` needs to know about a session. */
export interface SessionRef {
  id: string;
  summit: string;
  /** null when the listing lost the title (`View Description` bullets). */
  title: string | null;
  speakers: string[];
  affiliations: string[];
  description: string;
}

export type Resolution =
  | { status: 'resolved'; sessionId: string }
  | { status: 'candidate'; sessionId: string; reason: string }
  | { status: 'unresolved' };

export interface ResolveOptions {
  /**
   * Summit the article is about. Breaks ties between equal titles at several summits
   * and limits candidates to that summit's untitled sessions.
   */
  summit?: string;
  /** Names whose ` | <name>…` page suffix a title may carry (summit and series names). */
  pageNames?: readonly string[];
  /** Words every talk of the series uses (content/series/<id>.yaml `commonWords`). */
  commonWords?: readonly string[];
}

/** Words of a text for matching: normalised, plurals folded (src/text/tokens.ts). */
function matchWords(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean).map(sStem);
}

/** A word that says something about which talk is meant: not English glue, not a word every talk of the series uses. */
function isKeyWord(word: string, common: ReadonlySet<string>): boolean {
  return word.length > 1 && !STOP_WORDS.has(word) && !ARTICLE_GLUE.has(word) && !common.has(word);
}

/** Words article titles use that say nothing about the talk, beyond the English stop words. */
const ARTICLE_GLUE = new Set(['vs', 'new', 'talk']);

function containsPhrase(haystack: string, phrase: string): boolean {
  return phrase !== '' && ` ${haystack} `.includes(` ${phrase} `);
}

/** Minimum shared title key words for a candidate on subject alone. */
const MIN_SHARED = 3;

/** Length of the run of consecutive title words the description must repeat. */
const PHRASE_LENGTH = 3;

/** The first run of PHRASE_LENGTH consecutive title words, all key words, that the description repeats. */
function sharedPhrase(title: readonly string[], description: string, isKey: (word: string) => boolean): string | null {
  for (let i = 0; i + PHRASE_LENGTH <= title.length; i++) {
    const run = title.slice(i, i + PHRASE_LENGTH);
    if (run.every(isKey) && containsPhrase(description, run.join(' '))) return run.join(' ');
  }
  return null;
}

interface Scored {
  session: SessionRef;
  shared: string[];
  keyCount: number;
  phrase: string | null;
  speakerNamed: boolean;
  score: number;
}

function scoreUntitled(mention: MentionText, session: SessionRef, isKey: (word: string) => boolean): Scored | null {
  const title = matchWords(mention.title);
  const keys = new Set(title.filter(isKey));
  const description = matchWords(session.description).join(' ');
  const descriptionWords = new Set(description.split(' '));
  const shared = [...keys].filter((w) => descriptionWords.has(w));
  const phrase = sharedPhrase(title, description, isKey);
  const speakerNamed = containsPhrase(normalizeText(session.description), normalizeText(mention.speaker));
  // Why two tests for subject evidence: on the real listings, shared words alone
  // (`building`, `service`, `scale`…) linked unrelated talks; a repeated phrase
  // alone (`multi tenant environment`) did too. Together they did not.
  const bySpeaker = speakerNamed && shared.length >= 1;
  const bySubject = shared.length >= MIN_SHARED && shared.length * 2 >= keys.size && phrase !== null;
  if (!bySpeaker && !bySubject) return null;
  const score = shared.length + (phrase ? 1 : 0) + (speakerNamed ? MIN_SHARED : 0);
  return { session, shared, keyCount: keys.size, phrase, speakerNamed, score };
}

function reasonOf(scored: Scored, speaker: string): string {
  const evidence = [
    scored.speakerNamed ? `description names ${speaker}` : null,
    scored.phrase ? `description repeats "${scored.phrase}"` : null,
    `shares ${scored.shared.length} of ${scored.keyCount} title key words (${scored.shared.join(', ')})`,
  ].filter(Boolean);
  return `untitled session; ${evidence.join('; ')}`;
}

/**
 * Link each mention to a session.
 *
 * 1. resolved — a titled session whose normalised title (page suffix stripped) equals
 *    the mention's. Several: the one at `options.summit`, else the first in input order.
 * 2. candidate — otherwise, the untitled session (title null) that plainly matches:
 *    its description names the speaker and shares a title key word; or it shares ≥ 3
 *    and ≥ half of the title's key words (stop and common words excluded) AND repeats 3 consecutive
 *    title key words (`nasa deep space`). The best score must be unique; a tie is
 *    ambiguous → unresolved. Untitled sessions have no speaker line, so the description
 *    is the only place a speaker's name (or company) can show up.
 * 3. unresolved — anything else. Article prose around the mention is deliberately not
 *    used: on the real listings it produced false candidates (generic phrases such as
 *    `real time`, `data platform` tie a talk to unrelated sessions).
 */
export function resolveMentions(mentions: readonly MentionText[], sessions: readonly SessionRef[], options: ResolveOptions = {}): Resolution[] {
  const common = new Set((options.commonWords ?? []).map((word) => sStem(normalizeText(word))));
  const isKey = (word: string) => isKeyWord(word, common);
  const normalizeTitle = (title: string) => normalizeText(stripPageSuffix(title, options.pageNames ?? []));
  return mentions.map((mention) => {
    const wanted = normalizeTitle(mention.title);
    const titled = sessions.filter((s) => s.title !== null && normalizeTitle(s.title) === wanted);
    const exact = titled.find((s) => s.summit === options.summit) ?? titled[0];
    if (exact) return { status: 'resolved', sessionId: exact.id };

    const pool = sessions.filter(
      (s) => s.title === null && (options.summit === undefined || s.summit === options.summit),
    );
    const scored = pool
      .map((s) => scoreUntitled(mention, s, isKey))
      .filter((s): s is Scored => s !== null)
      .sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    if (!best || (next && next.score === best.score)) return { status: 'unresolved' };
    return { status: 'candidate', sessionId: best.session.id, reason: reasonOf(best, mention.speaker) };
  });
}

/** Title a mention can match: the source title, or a reviewed correction's; never a derived one. */
function matchableTitle(session: RelatedSession): string | null {
  return session.titleSource === 'derived' ? null : session.titleSource === 'correction' ? session.displayTitle : session.title;
}

/**
 * Link each talk heading of the article whose mention resolved to a session. The link is a
 * site path (`/sessions/<id>/`): the base path is added when the Markdown is rendered
 * (src/markdown/remark-base-links.ts), so records never depend on where the site is served.
 */
function linkHeadings(tree: Root, sessionByLine: ReadonlyMap<number, string>): Root {
  const copy = structuredClone(tree);
  for (const node of copy.children) {
    if (node.type !== 'heading') continue;
    const session = sessionByLine.get(node.position?.start.line ?? -1);
    if (!session) continue;
    const link: Link = { type: 'link', url: `/${paths.session(session)}`, children: (node as Heading).children };
    (node as Heading).children = [link];
  }
  return copy;
}

export interface MentionsOutput {
  sessions: Session[];
  articles: Article[];
}

/** Resolve every article's named talks; sessions gain `mentionedIn`. */
export function linkMentions(archive: ArchiveState<RelatedSession>, inputs: readonly ArticleInput[], series: ReadonlyArray<{ id: string; data: { name: string; commonWords: string[] } }>): ArchiveState<Session> & { articles: Article[] } {
  const messages: ContentMessage[] = [...archive.messages];
  const refs: SessionRef[] = archive.sessions.map((session) => ({
    id: session.id,
    summit: session.summit,
    title: matchableTitle(session),
    speakers: session.speakers.map((speaker) => speaker.name),
    affiliations: session.speakers.map((speaker) => speaker.affiliation ?? '').filter(Boolean),
    description: session.description,
  }));
  const summitById = new Map<string, DraftSummit>(archive.summits.map((summit) => [summit.id, summit]));
  const articles: Article[] = inputs.map((input) => {
    const summitId = input.meta?.data.summit ?? null;
    const summit = summitId ? summitById.get(summitId) : undefined;
    const seriesData = series.find((entry) => entry.id === summit?.series)?.data;
    const parsed = parseArticle(input.source.text);
    const resolutions = resolveMentions(parsed.mentions, refs, {
      ...(summitId ? { summit: summitId } : {}),
      pageNames: [...archive.summits.map((entry) => entry.name), ...series.map((entry) => entry.data.name)],
      commonWords: seriesData?.commonWords ?? series.flatMap((entry) => entry.data.commonWords),
    });
    const mentions: ArticleMention[] = parsed.mentions.map((mention, index) => {
      const resolution = resolutions[index]!;
      return {
        title: mention.title,
        speaker: mention.speaker,
        line: mention.line,
        status: resolution.status,
        session: resolution.status === 'unresolved' ? null : resolution.sessionId,
        reason: resolution.status === 'candidate' ? resolution.reason : null,
      };
    });
    const linked = new Map(mentions.filter((mention) => mention.status === 'resolved').map((mention) => [mention.line, mention.session!]));
    return {
      id: input.id,
      title: parsed.title,
      summit: summitId,
      body: articleMarkdown(linkHeadings(parsed.tree, linked)),
      mentions,
      lostLinks: parsed.lostLinks.map(({ line, text }) => ({ line, text })),
      source: { file: input.source.file },
    };
  });
  const mentionedIn = new Map<string, Array<{ article: string; title: string }>>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (mention.status !== 'resolved') continue;
      const list = mentionedIn.get(mention.session!) ?? [];
      if (!list.some((entry) => entry.article === article.id)) list.push({ article: article.id, title: article.title });
      mentionedIn.set(mention.session!, list);
    }
  }
  const sessions: Session[] = archive.sessions.map(({ text: _text, ...session }) => ({ ...session, mentionedIn: mentionedIn.get(session.id) ?? [] }));
  return { ...archive, sessions, articles, messages };
}
