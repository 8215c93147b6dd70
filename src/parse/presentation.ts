/**
 * Meetup presentation pages (Notist-style): scraped text → a typed record.
 *
 * Shape of the page (see content/presentations/…/source.txt), line by line:
 *   header        `A presentation at EVENT in [DATE] in CITY by SPEAKER`
 *   slides        `N slide text … FOOTER` — one line per slide, in order; the scrape
 *                 lost some numbers, and the deck footer is mixed into the text
 *   abstract      one prose line
 *   demos         `The following code examples … can be tried out live.` + item lines
 *   social intro  `Here’s what was said about this presentation on social media.`
 *   mentions      text line(s), then `— Author (@handle) Month D, YYYY`
 *
 * Every line ends up in exactly one place: a field that carries its `line`, or
 * `dropped` with a reason. `problems` reports what the parser could not settle.
 * The parser is pure and total: text in, record out, it never throws.
 */

import { splitLines, type SourceLine } from '../text/lines.ts';
import type { ParseProblem } from './problem.ts';

export interface PresentationOptions {
  /**
   * The deck's repeated slide footers as written (`@gamussa | #BostonKafka | @ConfluentINc`),
   * from content/presentations/<id>/presentation.yaml: removed from slide text.
   */
  footers?: readonly string[];
}

export interface Slide {
  /** Slide number as printed in the source; null where the scrape lost it. */
  number: number | null;
  /** Slide text without its number and without the deck footer (may be empty). */
  text: string;
  line: number;
  /** Footer tokens taken out of this line, in source order (so nothing is lost silently). */
  removed: string[];
}

export interface Mention {
  text: string;
  /** Display name, as written (emoji included). */
  author: string;
  /** Handle with its `@`, as written. */
  handle: string;
  /** ISO date, `yyyy-mm-dd`. */
  date: string;
  /** Date as written, e.g. `March 12, 2019`. */
  dateText: string;
  /** Line of the (first) text line. */
  line: number;
  /** Line of the `— Author (@handle) date` attribution. */
  attributionLine: number;
}

export type PresentationDropReason = 'section-intro' | 'unattributed-mention-text';

export interface PresentationDroppedLine extends SourceLine {
  reason: PresentationDropReason;
}


export interface Presentation {
  /** From slide 1 (the header line does not carry the title). */
  title: string;
  /** From the header, e.g. `Boston Apache Kafka® Meetup by Confluent`. */
  event: string;
  /** From the header (`Boston, MA, USA`), not the shorter slide-1 form (`Boston, MA`). */
  city: string;
  /** Month name as written; from the header date if present, else from slide 1. */
  month: string | null;
  year: number | null;
  speaker: string;
  headerLine: number | null;
  slides: Slide[];
  abstract: string;
  abstractLine: number | null;
  demos: { intro: SourceLine | null; items: SourceLine[] };
  mentions: Mention[];
  dropped: PresentationDroppedLine[];
  problems: ParseProblem[];
}

// ---------------------------------------------------------------------------
// Footer

/** A lone `@` inside a footer is what is left of an icon glyph (`@gamussa | @ #BostonKafka`). */
const FOOTER_FRAGMENT = '@';

/**
 * Find a footer in a slide's tokens; returns the indices to remove, or null.
 *
 * Why backwards and nearest-first: the scrape interleaves slide words with the
 * footer (`Time C1 @gamussa | C2 #BostonKafka C3 | @ConfluentINc`), but keeps the
 * footer's order, and the footer is the last thing on the slide. So we anchor on the
 * last occurrence of its final token and walk back to the nearest occurrence of each
 * earlier token. Earlier, legitimate uses of the same words stay
 * (`Thanks! @gamussa viktor@confluent.io … @gamussa | @ #BostonKafka | @ConfluentINc`).
 */
function findFooter(tokens: readonly string[], footers: readonly (readonly string[])[]): Set<number> | null {
  for (const footer of footers) {
    const hit = new Set<number>();
    let cursor = tokens.length;
    for (let f = footer.length - 1; f >= 0; f--) {
      if (cursor === 0) break;
      const index = tokens.lastIndexOf(footer[f] as string, cursor - 1);
      if (index < 0) break;
      hit.add(index);
      cursor = index;
    }
    if (hit.size !== footer.length) continue;
    const last = Math.max(...hit);
    for (let i = cursor + 1; i < last; i++) if (tokens[i] === FOOTER_FRAGMENT) hit.add(i);
    return hit;
  }
  return null;
}

/** Split a slide line's text into kept text and removed footer tokens. */
export function stripFooter(text: string, footers: readonly (readonly string[])[]): { text: string; removed: string[] } {
  // Slide lines are single-space separated, so splitting on ' ' round-trips.
  const tokens = text.split(' ').filter((token) => token !== '');
  const hit = findFooter(tokens, footers);
  if (!hit) return { text: tokens.join(' '), removed: [] };
  return {
    text: tokens.filter((_, i) => !hit.has(i)).join(' '),
    removed: tokens.filter((_, i) => hit.has(i)),
  };
}

// ---------------------------------------------------------------------------
// Lines

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const MONTH = `(${MONTHS.join('|')})`;

/** `A presentation at EVENT in [DATE] in CITY by SPEAKER`; the date slot is empty here (`in in`). */
const HEADER = /^A presentation at (.+?) in (?:(.+?) )?in (.+) by (.+)$/u;

/** A date as slide 1 writes it: `March, 2019` (comma optional). */
const MONTH_YEAR = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'u');

/** Leading slide number: `12 Core Abstraction…`, or a bare `2`. */
const SLIDE_NUMBER = /^(\d+)(?: (.*))?$/u;

/** Section intro of the demos block (`The following code examples from the presentation can be tried out live.`). */
const DEMOS_INTRO = /^The following .+ can be tried out live\.$/u;

/** Section intro of the mentions block; page boilerplate, dropped. */
const SOCIAL_INTRO = /^Here[’']s what was said about this presentation on social media\.$/u;

/** `— Vinay Narayana ☁️ (@nvinay26) March 13, 2019` */
const ATTRIBUTION = new RegExp(`^— (.+) \\((@\\w+)\\) (${MONTH} (\\d{1,2}), (\\d{4}))$`, 'u');

function isoDate(year: string, month: string, day: string): string {
  const m = MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A line belongs to the slide run when it bears a slide number or a deck footer. */
function isSlideMarked(text: string, footers: readonly (readonly string[])[]): boolean {
  return SLIDE_NUMBER.test(text) || findFooter(text.split(' '), footers) !== null;
}

// ---------------------------------------------------------------------------
// Sections

function parseSlides(lines: readonly SourceLine[], footers: readonly (readonly string[])[]): Slide[] {
  let previous = 0;
  return lines.map(({ line, text }) => {
    const match = SLIDE_NUMBER.exec(text);
    const n = match ? Number(match[1]) : NaN;
    // Why monotonic: a slide whose number was lost might start with a digit of its
    // own (`0 1 2 3`); only a number above the previous one is a slide number.
    const numbered = match !== null && n > previous;
    if (numbered) previous = n;
    const body = numbered ? (match[2] ?? '') : text;
    const { text: kept, removed } = stripFooter(body, footers);
    return { number: numbered ? n : null, text: kept, line, removed };
  });
}

function parseMentions(
  lines: readonly SourceLine[],
  dropped: PresentationDroppedLine[],
  problems: ParseProblem[],
): Mention[] {
  const mentions: Mention[] = [];
  let pending: SourceLine[] = [];
  for (const source of lines) {
    const match = ATTRIBUTION.exec(source.text);
    if (!match) {
      pending.push(source);
      continue;
    }
    const [, author, handle, dateText, month, day, year] = match as unknown as string[];
    const first = pending[0];
    if (!first) problems.push(warning(source.line, 'presentation/attribution-without-text', 'An attribution line follows no mention text', 'Check the social-media section of the source; the attribution is kept with an empty mention.'));
    mentions.push({
      text: pending.map((p) => p.text).join('\n'),
      author: author as string,
      handle: handle as string,
      date: isoDate(year as string, month as string, day as string),
      dateText: dateText as string,
      line: first?.line ?? source.line,
      attributionLine: source.line,
    });
    pending = [];
  }
  for (const rest of pending) {
    dropped.push({ ...rest, reason: 'unattributed-mention-text' });
    problems.push(warning(rest.line, 'presentation/text-without-attribution', 'Mention text is not followed by an attribution (— Name (@handle) Month day, year)', 'The line is left out of the page; check the social-media section of the source.'));
  }
  return mentions;
}

function warning(line: number, rule: string, message: string, hint: string): ParseProblem {
  return { line, column: 1, rule, message, hint, severity: 'warning' };
}

// ---------------------------------------------------------------------------
// Entry point

/**
 * Parse a presentation page.
 *
 * Where the slides end: the slide run starts after the header and ends at the LAST
 * line (before the social intro) that bears a slide number or a deck footer — in the
 * Boston page, line 58 `Thanks! … @ConfluentINc`. Unmarked lines inside the run
 * (lines 4–5, 26, 39, 57–58 lost their numbers) are still slides, in place.
 * The abstract is the one line right after the run; lines after it, up to the social
 * intro, are the demos block.
 */
export function parsePresentation(text: string, options: PresentationOptions = {}): Presentation {
  const footers = (options.footers ?? []).map((footer) => footer.split(' ').filter((token) => token !== ''));
  const all: SourceLine[] = splitLines(text).map((t, i) => ({ line: i + 1, text: t.trim() }));
  const dropped: PresentationDroppedLine[] = [];
  const problems: ParseProblem[] = [];

  // Blank lines carry nothing; the Boston page has none.
  const lines = all.filter((l) => l.text !== '');

  // Header: line 1 of the source. Event, city and speaker come from here.
  const headerSource = lines[0];
  const header = headerSource ? HEADER.exec(headerSource.text) : null;
  if (!header) {
    problems.push({
      line: headerSource?.line ?? 1,
      column: 1,
      rule: 'presentation/no-header',
      message: 'The first line is not a presentation header',
      found: headerSource?.text.slice(0, 80) ?? 'an empty file',
      expected: '"A presentation at <event> in <date> in <city> by <speaker>"',
      hint: 'The parser reads the event, city and speaker from this line; check that source.txt is the scraped presentation page.',
    });
  }
  const body = header ? lines.slice(1) : lines;

  const socialIndex = body.findIndex((l) => SOCIAL_INTRO.test(l.text));
  const beforeSocial = socialIndex < 0 ? body : body.slice(0, socialIndex);
  let runEnd = -1;
  beforeSocial.forEach((l, i) => {
    if (isSlideMarked(l.text, footers)) runEnd = i;
  });
  const slides = parseSlides(beforeSocial.slice(0, runEnd + 1), footers);
  const abstractSource = beforeSocial[runEnd + 1] ?? null;
  if (!abstractSource) problems.push(warning(1, 'presentation/no-abstract', 'No abstract follows the slides', 'The page shows no abstract; check that source.txt is complete.'));
  const demoLines = beforeSocial.slice(runEnd + 2);
  const intro = demoLines[0] && DEMOS_INTRO.test(demoLines[0].text) ? demoLines[0] : null;
  const items = intro ? demoLines.slice(1) : demoLines;

  let mentions: Mention[] = [];
  const social = socialIndex < 0 ? null : body[socialIndex];
  if (social) {
    dropped.push({ ...social, reason: 'section-intro' });
    mentions = parseMentions(body.slice(socialIndex + 1), dropped, problems);
  }

  // Month and year: the header's date slot is empty (`in in`), so they come from
  // slide 1 (`March, 2019`) unless a header date is present. The title is slide 1's
  // text before that date (`Apache Kafka Event Streaming Platform`).
  const first = slides[0]?.text ?? '';
  const slideDate = MONTH_YEAR.exec(first);
  const headerDate = header?.[2] ? MONTH_YEAR.exec(header[2]) : null;
  const date = headerDate ?? slideDate;
  if (!date) problems.push(warning(slides[0]?.line ?? 1, 'presentation/no-date', 'No month and year in the header or on the first slide', 'The page shows no date; check the first slide of the source.'));
  const title = slideDate ? first.slice(0, slideDate.index).trim() : first;

  return {
    title,
    event: header?.[1] ?? '',
    city: header?.[3] ?? '',
    month: date?.[1] ?? null,
    year: date?.[2] ? Number(date[2]) : null,
    speaker: header?.[4] ?? '',
    headerLine: header ? (headerSource?.line ?? null) : null,
    slides,
    abstract: abstractSource?.text ?? '',
    abstractLine: abstractSource?.line ?? null,
    demos: { intro, items },
    mentions,
    dropped,
    problems,
  };
}
