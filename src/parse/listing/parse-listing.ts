/**
 * Summit listings: the scraped text of a "sessions" page → session records.
 *
 * Shape of a listing (README, "What the parser makes of a listing"):
 *   page header lines            → dropped (everything before the first track heading)
 *   Track heading                → a line at indent 0 equal to a heading declared in summit.yaml
 *     • Title                    → a session bullet: `•` at indent 0–3
 *       Speaker line             → first line after a titled bullet, unless it is a label
 *       View Description         → label, dropped
 *       paragraphs, • items      → the description (deeper `•` are list items)
 *   footer, cookie notice        → dropped
 *
 * The parser is total: it never throws, whatever the text. Problems it cannot settle
 * come back as `problems` with a line number, for the link stage to report.
 */
import { indentWidth, splitLines, type SourceLine } from '../../text/lines.ts';
import type { ParseProblem } from '../problem.ts';
import { descriptionMarkdown, descriptionText, descriptionTree } from './description.ts';
import { footerReason, isLabel, isPromotionTitle, splitTrailingFragment, type DroppedLine } from './furniture.ts';
import { parseSpeakerLine, type RawSpeaker } from './speaker-line.ts';

export interface ListingOptions {
  /** Track headings exactly as they appear in the listing, in source order. */
  trackHeadings: readonly string[];
}

export interface ListingSession {
  /** Track heading as written in the listing. */
  track: string;
  /** 1-based position in the whole listing. */
  order: number;
  /** 1-based position within its track. */
  orderInTrack: number;
  /** Title as written, or null when the bullet reads only `View Description`. */
  title: string | null;
  speakerLine: string | null;
  /** Line of the speaker line in the source, when there is one. */
  speakerLineNumber: number | null;
  speakers: RawSpeaker[];
  /** The description as Markdown. */
  description: string;
  /** The description as plain text, one line per paragraph line or list item. */
  descriptionText: string;
  /** First and last line of the session's block in the source (1-based, inclusive). */
  lines: { start: number; end: number };
}


export interface ListingParseResult {
  sessions: ListingSession[];
  dropped: DroppedLine[];
  problems: ParseProblem[];
}

/** A bullet line: its indent, and the text after `•`. */
const BULLET = /^([ \t\u00A0]*)•[ \t\u00A0]*(.*)$/u;


/** A session bullet: `•` indented by at most three columns (description items are deeper). */
function sessionBullet(raw: string): string | null {
  const match = BULLET.exec(raw);
  return match && indentWidth(match[1]!) <= 3 ? match[2]! : null;
}


function indentOf(text: string): number {
  return /^[\s\u00A0]*/u.exec(text)![0].length;
}

interface Block {
  track: string;
  bulletLine: number;
  bulletText: string;
  body: SourceLine[];
}

export function parseListing(text: string, options: ListingOptions): ListingParseResult {
  const lines = splitLines(text);
  const headings = new Set(options.trackHeadings);
  const seenHeadings = new Set<string>();
  const dropped: DroppedLine[] = [];
  const problems: ParseProblem[] = [];
  const blocks: Block[] = [];
  let track: string | null = null;
  let block: Block | null = null;
  let inFooter = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      block?.body.push({ line, text: '' });
      return;
    }
    const topLevel = indentOf(raw) === 0;
    if (topLevel && headings.has(trimmed)) {
      track = trimmed;
      seenHeadings.add(trimmed);
      block = null;
      inFooter = false;
      return;
    }
    if (track === null) {
      dropped.push({ line, text: raw, reason: 'page-header' });
      return;
    }
    const footer = topLevel ? footerReason(trimmed) : null;
    if (footer || inFooter) {
      dropped.push({ line, text: raw, reason: footer ?? 'footer' });
      inFooter = true;
      block = null;
      return;
    }
    const bullet = sessionBullet(raw);
    if (bullet !== null) {
      block = { track, bulletLine: line, bulletText: bullet.trim(), body: [] };
      blocks.push(block);
      return;
    }
    if (!block) {
      problems.push({
        line,
        column: 1,
        rule: 'listing/unplaced-text',
        message: `Text outside any session: "${trimmed.slice(0, 80)}"`,
        hint: 'If this line is a track heading, add it to the tracks in summit.yaml; if it is page furniture, add a rule to src/parse/listing/furniture.ts.',
      });
      return;
    }
    block.body.push({ line, text: raw });
  });

  for (const heading of options.trackHeadings) {
    if (!seenHeadings.has(heading)) {
      problems.push({
        line: 1,
        column: 1,
        rule: 'listing/missing-heading',
        message: `Track heading "${heading}" declared in summit.yaml does not occur in the listing`,
        found: heading,
        expected: 'a heading exactly as the listing writes it, on a line of its own with no indent',
        hint: 'Copy the heading exactly as it is written in listing.txt, on a line of its own with no indent.',
        heading,
      });
    }
  }

  const sessions: ListingSession[] = [];
  const perTrack = new Map<string, number>();
  for (const current of blocks) {
    const session = toSession(current, dropped);
    if (!session) continue;
    const orderInTrack = (perTrack.get(current.track) ?? 0) + 1;
    perTrack.set(current.track, orderInTrack);
    sessions.push({ ...session, order: sessions.length + 1, orderInTrack });
  }
  dropped.sort((a, b) => a.line - b.line);
  return { sessions, dropped, problems };
}

function toSession(block: Block, dropped: DroppedLine[]): Omit<ListingSession, 'order' | 'orderInTrack'> | null {
  const end = lastContentLine(block);
  if (isPromotionTitle(block.bulletText)) {
    dropped.push({ line: block.bulletLine, text: block.bulletText, reason: 'promotion' });
    for (const { line, text } of block.body) if (text.trim()) dropped.push({ line, text, reason: 'promotion' });
    return null;
  }

  const untitled = isLabel(block.bulletText) || block.bulletText === '';
  if (untitled && block.bulletText) dropped.push({ line: block.bulletLine, text: block.bulletText, reason: 'label' });
  const body = [...block.body];
  let speakerLine: string | null = null;
  let speakerLineNumber: number | null = null;
  if (!untitled) {
    const first = body.findIndex((entry) => entry.text.trim() !== '');
    if (first !== -1 && !isLabel(body[first]!.text)) {
      speakerLine = body[first]!.text.trim();
      speakerLineNumber = body[first]!.line;
      body.splice(0, first + 1);
    }
  }

  const descriptionLines: SourceLine[] = [];
  for (const entry of body) {
    if (isLabel(entry.text)) {
      dropped.push({ line: entry.line, text: entry.text, reason: 'label' });
      continue;
    }
    const { text, fragment } = splitTrailingFragment(entry.text);
    if (fragment) dropped.push({ line: entry.line, text: fragment, reason: 'trailing-fragment' });
    descriptionLines.push({ line: entry.line, text });
  }
  const tree = descriptionTree(descriptionLines);
  return {
    track: block.track,
    title: untitled ? null : block.bulletText,
    speakerLine,
    speakerLineNumber,
    speakers: speakerLine ? parseSpeakerLine(speakerLine) : [],
    description: descriptionMarkdown(tree),
    descriptionText: descriptionText(tree),
    lines: { start: block.bulletLine, end },
  };
}

function lastContentLine(block: Block): number {
  for (let index = block.body.length - 1; index >= 0; index -= 1) {
    if (block.body[index]!.text.trim() !== '') return block.body[index]!.line;
  }
  return block.bulletLine;
}
