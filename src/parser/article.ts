/**
 * Recap articles: scraped text → title, an mdast body, Markdown, and the talks it names.
 *
 * Shape of the page (see content/articles/…/source.txt): line 1 is the title; after it,
 * blocks are separated by blank lines, one block per line:
 *   short line, no sentence end        → section heading  (`Main observations`, `Keynotes talks:`)
 *   `Title (Speaker)`                  → talk heading, and a mention
 *   `  • text` (consecutive lines)     → one bulleted list
 *   anything else                      → a paragraph
 *
 * Page furniture, found by reading the Key Takeaways page. It has no banners, share,
 * subscribe, cookie or author-box text; what it does have:
 *   - spacer lines holding only a no-break space (U+00A0), 9 of them → dropped ('spacer');
 *   - "You can find the video … here." sentences and "… on the summit website." whose
 *     link targets the scrape lost → text kept, NO link made, listed in `lostLinks`.
 *
 * The body is built as mdast and serialised with mdast-util-to-markdown, so Markdown
 * characters in the text are escaped, and the only links are ones we create (none).
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export interface ArticleMention {
  title: string;
  speaker: string;
  /** 1-based source line of the `Title (Speaker)` heading. */
  line: number;
}

export interface ArticleDroppedLine {
  line: number;
  text: string;
  reason: 'spacer';
}

export interface LostLink {
  line: number;
  /** The sentence that used to carry the link, as written. */
  text: string;
}

export interface Article {
  title: string;
  /**
   * Body without the title (pages render the title themselves): section headings at
   * depth 2, talk headings at depth 3. Every block has `position` = its source line.
   */
  tree: Root;
  markdown: string;
  mentions: ArticleMention[];
  lostLinks: LostLink[];
  dropped: ArticleDroppedLine[];
}

// ---------------------------------------------------------------------------
// Line rules

const BULLET = /^\s*•\s+/u;

/** A personal name: 2–4 capitalised words (`Gwen Shapira`, `Christophe Philemotte`). */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u;

/** `Title (Speaker)` filling the whole line. */
const TALK = /^(.+) \(([^()]+)\)$/u;

/** Talk headings are titles, not prose: keep the length of a title. */
const MAX_TALK_LINE = 160;

/** Section headings: a few words, and no sentence punctuation at the end (a colon is fine). */
const MAX_HEADING_WORDS = 6;
const SENTENCE_END = /[.!?…"”’')]$/u;

/** Sentences whose link target was lost in the scrape. */
const LOST_LINK = [/\bYou can find the .+ here\.$/u, /\bon the [\w ]+ website\.$/u];

function talkOf(text: string): { title: string; speaker: string } | null {
  if (text.length > MAX_TALK_LINE) return null;
  const match = TALK.exec(text);
  if (!match || !PERSON.test(match[2] as string)) return null;
  return { title: (match[1] as string).trim(), speaker: match[2] as string };
}

function isSectionHeading(text: string): boolean {
  return text.split(' ').length <= MAX_HEADING_WORDS && !SENTENCE_END.test(text);
}

/** The last sentence of a line, when it is one that lost its link. */
function lostLinkIn(text: string): string | null {
  if (!LOST_LINK.some((rule) => rule.test(text))) return null;
  // Sentences end in `.`, `!`, `?` (optionally closed by a quote) before a space.
  const sentences = text.split(/(?<=[.!?][”"]?) (?=\S)/u);
  return sentences[sentences.length - 1] ?? text;
}

// ---------------------------------------------------------------------------
// mdast builders

function at<T extends RootContent>(node: T, line: number, text: string): T {
  node.position = { start: { line, column: 1 }, end: { line, column: text.length + 1 } };
  return node;
}

function paragraph(text: string, line: number): Paragraph {
  return at({ type: 'paragraph', children: [{ type: 'text', value: text }] }, line, text);
}

function heading(depth: 2 | 3, text: string, line: number): Heading {
  return at({ type: 'heading', depth, children: [{ type: 'text', value: text }] }, line, text);
}

function listItem(text: string, line: number): ListItem {
  return at({ type: 'listItem', spread: false, children: [paragraph(text, line)] }, line, text);
}

// ---------------------------------------------------------------------------
// Entry point

export function parseArticle(text: string): Article {
  const lines = text.split(/\r?\n/u);
  const titleIndex = lines.findIndex((l) => l.trim() !== '');
  const title = titleIndex < 0 ? '' : (lines[titleIndex] as string).trim();

  const tree: Root = { type: 'root', children: [] };
  const mentions: ArticleMention[] = [];
  const lostLinks: LostLink[] = [];
  const dropped: ArticleDroppedLine[] = [];
  let list: List | null = null;

  for (let i = titleIndex + 1; i < lines.length && titleIndex >= 0; i++) {
    const raw = lines[i] as string;
    const line = i + 1;
    // `trim` also strips U+00A0, so a no-break-space spacer reads as blank here.
    const content = raw.trim();

    if (content === '') {
      if (raw !== '') dropped.push({ line, text: raw, reason: 'spacer' });
      list = null;
      continue;
    }

    if (BULLET.test(raw)) {
      const itemText = raw.replace(BULLET, '').trim();
      if (!list) {
        list = at({ type: 'list', ordered: false, spread: false, children: [] }, line, content);
        tree.children.push(list);
      }
      list.children.push(listItem(itemText, line));
      if (list.position) list.position.end = { line, column: raw.length + 1 };
      continue;
    }
    list = null;

    const talk = talkOf(content);
    if (talk) {
      mentions.push({ ...talk, line });
      tree.children.push(heading(3, content, line));
      continue;
    }

    if (isSectionHeading(content)) {
      // Headings keep their text exactly, trailing colon included ("Keynotes talks:").
      tree.children.push(heading(2, content, line));
      continue;
    }

    const lost = lostLinkIn(content);
    if (lost) lostLinks.push({ line, text: lost });
    tree.children.push(paragraph(content, line));
  }

  return { title, tree, markdown: articleMarkdown(tree), mentions, lostLinks, dropped };
}

/** Serialise an article body; GFM so that autolink-looking text is escaped too. */
export function articleMarkdown(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-' });
}

// ---------------------------------------------------------------------------
// Resolving mentions against sessions

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
}

/** A page suffix some listing titles carry (`Q&A with Lowe's | Kafka Summit 2020 Keynote`). */
const TITLE_SUFFIX = /\s+\|\s+Kafka Summit\b.*$/u;

/**
 * Normalise for comparison: Unicode NFKC, lower case, apostrophes and quotes removed
 * (`NASA’s` = `NASA's` = `NASAs`), every other run of non-letters/digits → one space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´"“”]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function normalizeTitle(title: string): string {
  return normalizeText(title.replace(TITLE_SUFFIX, ''));
}

/** Words that say nothing about which talk is meant: English glue and words every Kafka talk uses. */
const STOPWORDS = new Set(
  (
    'a an the and or of to in on for with by at from as is are be it its this that ' +
    'we our you your how what why when which who into over about using use via vs ' +
    'not no but so if than then all any some new one ' +
    'kafka apache confluent stream streams streaming data event events platform real time talk'
  ).split(' '),
);

/** Light plural folding so `missions` meets `mission`; both sides get the same treatment. */
function fold(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function words(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean).map(fold);
}

function isKey(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}

function containsPhrase(haystack: string, phrase: string): boolean {
  return phrase !== '' && ` ${haystack} `.includes(` ${phrase} `);
}

/** Minimum shared title key words for a candidate on subject alone. */
const MIN_SHARED = 3;

/** Length of the run of consecutive title words the description must repeat. */
const PHRASE_LENGTH = 3;

/** The first run of PHRASE_LENGTH consecutive title words, all key words, that the description repeats. */
function sharedPhrase(title: readonly string[], description: string): string | null {
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

function scoreUntitled(
  mention: Pick<ArticleMention, 'title' | 'speaker'>,
  session: SessionRef,
): Scored | null {
  const title = words(mention.title);
  const keys = new Set(title.filter(isKey));
  const description = words(session.description).join(' ');
  const descriptionWords = new Set(description.split(' '));
  const shared = [...keys].filter((w) => descriptionWords.has(w));
  const phrase = sharedPhrase(title, description);
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
 *    and ≥ half of the title's key words (STOPWORDS excluded) AND repeats 3 consecutive
 *    title key words (`nasa deep space`). The best score must be unique; a tie is
 *    ambiguous → unresolved. Untitled sessions have no speaker line, so the description
 *    is the only place a speaker's name (or company) can show up.
 * 3. unresolved — anything else. Article prose around the mention is deliberately not
 *    used: on the real listings it produced false candidates (generic phrases such as
 *    `real time`, `data platform` tie a talk to unrelated sessions).
 */
export function resolveMentions(
  mentions: readonly Pick<ArticleMention, 'title' | 'speaker'>[],
  sessions: readonly SessionRef[],
  options: ResolveOptions = {},
): Resolution[] {
  return mentions.map((mention) => {
    const wanted = normalizeTitle(mention.title);
    const titled = sessions.filter((s) => s.title !== null && normalizeTitle(s.title) === wanted);
    const exact = titled.find((s) => s.summit === options.summit) ?? titled[0];
    if (exact) return { status: 'resolved', sessionId: exact.id };

    const pool = sessions.filter(
      (s) => s.title === null && (options.summit === undefined || s.summit === options.summit),
    );
    const scored = pool
      .map((s) => scoreUntitled(mention, s))
      .filter((s): s is Scored => s !== null)
      .sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    if (!best || (next && next.score === best.score)) return { status: 'unresolved' };
    return { status: 'candidate', sessionId: best.session.id, reason: reasonOf(best, mention.speaker) };
  });
}
