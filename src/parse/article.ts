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
