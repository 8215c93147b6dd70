/**
 * Summit listings: the scraped text of a "sessions" page → session records.
 *
 * The parser decides by layout (indentation, bullets, blank lines, where the speaker line and
 * the `View Description` label stand), never by a source's wording; the wording of page
 * furniture comes as data (`options.furniture`, see furniture.ts). Two layouts
 * (README, "What the parser makes of a listing"):
 *
 *   bulleted                                titled
 *   Track heading                           Track heading
 *     • Title                               Title
 *       Speaker line                          • Name, Company      (one bullet per speaker or group)
 *       View Description                      • Name, Company
 *       paragraphs, • items (deeper)        Paragraphs and list items, unindented
 *
 * Everything before the first track heading is the page header and is dropped. Text that does
 * not fit the layout is reported with its place and a fix, never appended to a description:
 * unindented text between or after bulleted sessions, text between a speaker line and
 * `View Description`, and short lines without sentence punctuation inside a description
 * (possible page text). Speaker lines are read by speaker-line.ts; each guess it makes is a
 * warning at the speaker line.
 *
 * The parser is total: it never throws, whatever the text, and it is linear in the text for a
 * bounded set of rules (no regular expression here can backtrack over a line).
 */
import { indentWidth, splitLines, type SourceLine } from '../../text/lines.ts';
import { closestMatch } from '../../text/edit-distance.ts';
import type { ParseProblem } from '../problem.ts';
import { descriptionMarkdown, descriptionText, descriptionTree, isListItemLine } from './description.ts';
import { findBlocks, FurnitureRules, isLabel, matchText, VIEW_DESCRIPTION, type DroppedLine, type FurnitureRule, type LineMatch } from './furniture.ts';
import { MAX_SPEAKER_LINE_CHARS, readSpeakerLine, type RawSpeaker } from './speaker-line.ts';

export type ListingStyle = 'bulleted' | 'titled';

export interface ListingOptions {
  /** Track headings exactly as they appear in the listing, in source order. */
  trackHeadings: readonly string[];
  /** The layout summit.yaml declares; left out, it is told from the text (bulleted unless the text reads titled). */
  style?: ListingStyle;
  /** Page furniture rules: the series' then the summit's (src/schemas/series.ts). */
  furniture?: readonly FurnitureRule[];
}

export interface ListingSession {
  /** Track heading as written in the listing. */
  track: string;
  /** 1-based position in the whole listing. */
  order: number;
  /** 1-based position within its track. */
  orderInTrack: number;
  /** Title as written, or null when the source lost it (a bullet reading only `View Description`). */
  title: string | null;
  /** The speaker line as written (titled style: one line per speaker bullet), or null. */
  speakerLine: string | null;
  /** Line of the (first) speaker line in the source, when there is one. */
  speakerLineNumber: number | null;
  speakers: RawSpeaker[];
  /** The source line of each speaker, in the order of `speakers`. */
  speakerSourceLines: number[];
  /** The description as Markdown. */
  description: string;
  /** The description as plain text, one line per paragraph line or list item. */
  descriptionText: string;
  /** The source lines the description was made from (furniture and reported text left out), blank lines included. */
  descriptionLines: SourceLine[];
  /** First and last line of the session's block in the source (1-based, inclusive). */
  lines: { start: number; end: number };
}

export interface ListingParseResult {
  sessions: ListingSession[];
  dropped: DroppedLine[];
  problems: ParseProblem[];
  /** The layout the listing was read as. */
  style: ListingStyle;
  /** How often each rule of `options.furniture` matched, by index (a rule that matched nothing is reported by the link stage). */
  ruleHits: number[];
}

/** A bullet line: its indent, and the text after `•`. */
const BULLET = /^([ \t\u00A0]*)•[ \t\u00A0]*(.*)$/u;

/** Sentence punctuation: a line with none of it, and only a few words, reads like page text (`Download Slides`). */
const SENTENCE_PUNCTUATION = /[.!?:;…。！？：；]/u;
const PAGE_TEXT_MAX_WORDS = 8;
const PAGE_TEXT_MAX_LENGTH = 80;

type Kind = 'blank' | 'heading' | 'text' | 'dropped';

interface Line {
  line: number;
  raw: string;
  kind: Kind;
  /** No indentation at all (a heading, a title, page text). */
  topLevel: boolean;
  /** For a `•` line: its indent width and the text after the bullet. */
  bullet: { indent: number; text: string } | null;
  /** The whole-line furniture rule that matched it (kind 'dropped'). */
  rule: LineMatch | null;
  /** Dropped as part of a block rule (already recorded). */
  inBlock: boolean;
  /** Titled style: a rule matched this line and it opens a session (a title above speaker bullets). */
  opener: boolean;
}

/** A session as found in the text, before its parts are read. */
interface Draft {
  track: string;
  start: Line;
  /** The title line or bullet; null for a titled-style session whose title line is missing. */
  title: Line | null;
  untitled: boolean;
  speakerLines: Line[];
  /** Lines after the opener (bulleted) or after the speaker bullets (titled), blank lines included. */
  body: Line[];
  last: number;
}

function quote(text: string, limit = 80): string {
  const trimmed = text.trim();
  return `"${trimmed.length > limit ? `${trimmed.slice(0, limit)}…` : trimmed}"`;
}

/** A furniture rule in YAML, ready to paste under `furniture:`. */
function ruleSuggestion(text: string): string {
  return `- line: ${JSON.stringify(matchText(text))}\n  reason: page-furniture   # name the kind: share-widget, back-to-top, newsletter, …`;
}

function firstColumn(raw: string): number {
  const match = /^[\s\u00A0]*/u.exec(raw);
  return (match ? match[0].length : 0) + 1;
}

export function parseListing(text: string, options: ListingOptions): ListingParseResult {
  const raws = splitLines(text);
  const headings = new Set(options.trackHeadings);
  const rules = new FurnitureRules(options.furniture ?? []);
  const dropped: DroppedLine[] = [];
  const problems: ParseProblem[] = [];

  const lines: Line[] = raws.map((raw, index) => {
    const trimmed = raw.trim();
    const topLevel = !/^[\s\u00A0]/u.test(raw);
    const match = BULLET.exec(raw);
    return {
      line: index + 1,
      raw,
      kind: trimmed === '' ? 'blank' : topLevel && headings.has(trimmed) ? 'heading' : 'text',
      topLevel,
      bullet: match ? { indent: indentWidth(match[1]!), text: match[2]! } : null,
      rule: null,
      inBlock: false,
      opener: false,
    };
  });

  // Page header: everything before the first track heading.
  const first = lines.findIndex((line) => line.kind === 'heading');
  const headerEnd = first === -1 ? lines.length : first;
  for (let index = 0; index < headerEnd; index += 1) {
    const line = lines[index]!;
    if (line.kind === 'blank') continue;
    line.kind = 'dropped';
    dropped.push({ line: line.line, text: line.raw, reason: 'page-header' });
  }

  // Furniture rules, after the first heading: blocks first, then whole lines.
  const body = first === -1 ? [] : lines.slice(first);
  const { blocks, open } = findBlocks(
    body.map((line) => (line.kind === 'heading' ? null : line.kind === 'blank' ? '' : matchText(line.raw))),
    rules,
  );
  for (const block of blocks) {
    for (let index = block.start; index <= block.end; index += 1) {
      const line = body[index]!;
      if (line.kind !== 'text') continue;
      line.kind = 'dropped';
      line.inBlock = true;
      dropped.push({ line: line.line, text: line.raw, reason: block.reason });
    }
  }
  for (const { index } of open) {
    const line = body[index]!;
    problems.push({
      line: line.line,
      column: firstColumn(line.raw),
      rule: 'furniture/open-block',
      severity: 'warning',
      message: `A furniture block starts here (${quote(line.raw)}) but its closing line never follows before the next track heading`,
      found: line.raw.trim(),
      expected: "a line matching the rule's `to` after this one, in the same track",
      hint: "Check the rule's `block.to`: it must match the block's last line as written (`*` where it varies). Nothing was dropped here.",
    });
  }
  for (const line of body) {
    if (line.kind !== 'text') continue;
    const match = rules.matchLine(line.raw);
    if (match) {
      line.kind = 'dropped';
      line.rule = match;
    }
  }

  const detected = detectStyle(body);
  const style: ListingStyle = options.style ?? detected.style;
  if (options.style !== undefined && detected.style !== options.style && detected.evidence) {
    const evidence = detected.evidence;
    problems.push({
      line: evidence.line,
      column: 1,
      rule: 'listing/style-mismatch',
      message: `summit.yaml declares style: ${options.style}, but the listing is laid out in the ${detected.style} style`,
      found: `${evidence.what} (${detected.votes[detected.style]} of ${detected.votes.bulleted + detected.votes.titled} session bullets read ${detected.style}, ${detected.votes[options.style]} read ${options.style})`,
      expected: STYLE_SHAPE[options.style],
      hint: `Set style: ${detected.style} in summit.yaml, or remove the line to let the parser tell the style from the layout.`,
    });
  } else if (options.style === undefined && style === 'titled' && detected.evidence) {
    problems.push({
      line: detected.evidence.line,
      column: 1,
      rule: 'listing/style-detected',
      severity: 'warning',
      message: 'summit.yaml declares no style; the listing reads as the titled style (a title line, then one • bullet per speaker)',
      found: `${detected.evidence.what} (${detected.votes.titled} of ${detected.votes.bulleted + detected.votes.titled} session bullets read titled)`,
      expected: 'a declared style: bulleted or titled',
      hint: 'Add `style: titled` to summit.yaml if that is right (or `style: bulleted` if it is not), so the reading never changes silently.',
    });
  }

  const context: Context = { rules, dropped, problems, style, trailingCut: new Map() };
  const drafts = style === 'titled' ? titledDrafts(body, context) : bulletedDrafts(body, context);

  const sessions: ListingSession[] = [];
  const perTrack = new Map<string, number>();
  drafts.forEach((draft, index) => {
    const orderInTrack = (perTrack.get(draft.track) ?? 0) + 1;
    perTrack.set(draft.track, orderInTrack);
    sessions.push(toSession(draft, index + 1, orderInTrack, context));
  });

  const seenHeadings = new Set(body.filter((line) => line.kind === 'heading').map((line) => line.raw.trim()));
  for (const heading of options.trackHeadings) {
    if (!seenHeadings.has(heading)) problems.push(missingHeading(heading, lines));
  }
  dropped.sort((a, b) => a.line - b.line);
  return { sessions, dropped, problems, style, ruleHits: rules.hits };
}

/**
 * A declared track heading the listing does not have. When an unindented line of the listing
 * is a near miss (a typo, other capitals or spacing, on either side), the message names it
 * and its line: that is almost always the heading meant.
 */
function missingHeading(heading: string, lines: readonly Line[]): ParseProblem {
  const lineOf = new Map<string, number>();
  for (const line of lines) {
    const text = line.raw.trim();
    // closestMatch accepts at most two edits, so only lines of about the same length can match.
    if (line.topLevel && text !== '' && Math.abs(text.length - heading.length) <= 2 && !lineOf.has(text)) lineOf.set(text, line.line);
  }
  const near = closestMatch(heading, lineOf.keys());
  return {
    line: 1,
    column: 1,
    rule: 'listing/missing-heading',
    message: `Track heading "${heading}" declared in summit.yaml does not occur in the listing`,
    found: near ? `${heading} (the listing has "${near}" at line ${lineOf.get(near)!})` : heading,
    expected: 'a heading exactly as the listing writes it, on a line of its own with no indent',
    hint: near
      ? `Write the heading as the listing does: "${near}" (line ${lineOf.get(near)!}). The listing stays as scraped; the name shown on pages is the track's "name".`
      : 'Copy the heading exactly as it is written in listing.txt, on a line of its own with no indent.',
    heading,
  };
}

const STYLE_SHAPE: Record<ListingStyle, string> = {
  bulleted: 'bulleted: each session a • bullet (at most 3 spaces of indent) with its title, the speaker line and description indented under it',
  titled: 'titled: each session an unindented title line, then one indented • bullet per speaker, then unindented description paragraphs',
};

interface Context {
  rules: FurnitureRules;
  dropped: DroppedLine[];
  problems: ParseProblem[];
  style: ListingStyle;
  trailingCut: Map<number, string>;
}

/** A content line's text with any `trailing` fragment cut off (and recorded once). */
function contentText(line: Line, context: Context): string {
  const cached = context.trailingCut.get(line.line);
  if (cached !== undefined) return cached;
  const match = context.rules.matchTrailing(line.raw);
  const text = match ? match.text : line.raw;
  if (match) context.dropped.push({ line: line.line, text: match.fragment, reason: match.reason });
  context.trailingCut.set(line.line, text);
  return text;
}

function unplaced(line: Line, context: Context, where: string): void {
  context.problems.push({
    line: line.line,
    column: firstColumn(line.raw),
    rule: 'listing/unplaced-text',
    message: `Text outside any session: ${quote(line.raw)} (${where})`,
    found: line.raw.trim(),
    expected: context.style === 'titled' ? STYLE_SHAPE.titled : STYLE_SHAPE.bulleted,
    hint: `If this is page furniture, add a rule under furniture: in summit.yaml (or in the series file, for every summit of the series):\n${ruleSuggestion(line.raw)}\nIf it is a track heading, add it to tracks in summit.yaml.`,
  });
}

/** The bulleted style: `•` bullets at indent 0–3 open sessions; their lines are indented under them. */
function bulletedDrafts(body: readonly Line[], context: Context): Draft[] {
  const drafts: Draft[] = [];
  let track: string | null = null;
  let current: Draft | null = null;
  /** A rule dropped a session's bullet: its indented lines go with it. */
  let dropping: string | null = null;
  for (const line of body) {
    if (line.kind === 'heading') {
      track = line.raw.trim();
      current = null;
      dropping = null;
      continue;
    }
    if (line.kind === 'blank') {
      current?.body.push(line);
      continue;
    }
    const opener = line.bullet !== null && line.bullet.indent <= 3;
    if (line.kind === 'dropped') {
      if (line.inBlock) continue;
      if (opener) {
        // A rule matched a session's bullet: the session-shaped block goes with it.
        context.dropped.push({ line: line.line, text: line.bullet!.text.trim(), reason: line.rule!.reason });
        dropping = line.rule!.reason;
        current = null;
        continue;
      }
      context.dropped.push({ line: line.line, text: line.raw, reason: line.rule!.reason });
      if (line.topLevel) {
        // Unindented text ends a session, whether or not a rule drops it.
        dropping = null;
        current = null;
      } else if (current) current.last = line.line;
      continue;
    }
    if (dropping !== null && !opener && !line.topLevel) {
      context.dropped.push({ line: line.line, text: line.raw, reason: dropping });
      continue;
    }
    dropping = null;
    if (opener) {
      const bulletText = line.bullet!.text.trim();
      current = { track: track!, start: line, title: line, untitled: bulletText === '' || isLabel(bulletText), speakerLines: [], body: [], last: line.line };
      drafts.push(current);
      continue;
    }
    const previous = drafts.length > 0 && drafts[drafts.length - 1]!.track === track ? drafts[drafts.length - 1]! : null;
    if (line.topLevel) {
      unplaced(line, context, previous ? `an unindented line after the session at line ${previous.start.line}; a session's lines are indented under its bullet` : `before the first session bullet of track "${track}"`);
      current = null;
      continue;
    }
    if (current) {
      current.body.push(line);
      current.last = line.line;
    } else unplaced(line, context, previous ? `an indented line after unindented text that ended the session at line ${previous.start.line}` : `before the first session bullet of track "${track}"`);
  }
  return drafts;
}

/** Index of the next non-blank line that is not dropped (or a heading), for every line. */
function nextKept(body: readonly Line[]): Int32Array {
  const next = new Int32Array(body.length + 1).fill(-1);
  for (let index = body.length - 1; index >= 0; index -= 1) {
    const after = body[index + 1];
    next[index] = after === undefined ? -1 : after.kind === 'text' || after.kind === 'heading' ? index + 1 : next[index + 1]!;
  }
  return next;
}

const isSpeakerBullet = (line: Line | undefined): boolean => line !== undefined && line.kind === 'text' && line.bullet !== null && line.bullet.indent >= 1 && line.bullet.indent <= 3;

/** The titled style: a title line at indent 0 above `•` speaker bullets (indent 1–3); the description follows unindented. */
function titledDrafts(body: readonly Line[], context: Context): Draft[] {
  const drafts: Draft[] = [];
  let track: string | null = null;
  let current: Draft | null = null as Draft | null;
  let phase: 'speakers' | 'description' = 'speakers';
  let dropping: string | null = null;
  // A title line a rule drops takes its speaker bullets with it, before any title is looked for,
  // so the line above them is not taken for a title.
  for (let index = 0; index < body.length; index += 1) {
    const line = body[index]!;
    if (line.kind !== 'dropped' || line.inBlock || !line.topLevel || line.bullet !== null) continue;
    let at = index + 1;
    while (at < body.length && (body[at]!.kind === 'blank' || (body[at]!.kind === 'dropped' && !isSpeakerBullet({ ...body[at]!, kind: 'text' })))) at += 1;
    if (!isSpeakerBullet(body[at])) continue;
    line.opener = true;
    for (; at < body.length && (body[at]!.kind === 'blank' || isSpeakerBullet(body[at])); at += 1) {
      const bullet = body[at]!;
      if (bullet.kind === 'blank') continue;
      bullet.kind = 'dropped';
      bullet.rule = line.rule;
    }
  }
  const next = nextKept(body);
  const opensSession = (index: number): boolean => {
    const line = body[index]!;
    return line.topLevel && line.bullet === null && isSpeakerBullet(body[next[index]!]);
  };
  for (let index = 0; index < body.length; index += 1) {
    const line = body[index]!;
    if (line.kind === 'heading') {
      track = line.raw.trim();
      current = null;
      dropping = null;
      continue;
    }
    if (line.kind === 'blank') {
      if (current && phase === 'description') current.body.push(line);
      continue;
    }
    const title = opensSession(index);
    if (line.kind === 'dropped') {
      if (line.inBlock) continue;
      context.dropped.push({ line: line.line, text: line.raw, reason: line.rule!.reason });
      if (line.opener) {
        // A rule matched a session's title line: its bullets and description go with it.
        dropping = line.rule!.reason;
        current = null;
      } else if (current) current.last = line.line;
      continue;
    }
    if (dropping !== null && !title) {
      context.dropped.push({ line: line.line, text: line.raw, reason: dropping });
      continue;
    }
    dropping = null;
    if (title) {
      current = { track: track!, start: line, title: line, untitled: false, speakerLines: [], body: [], last: line.line };
      drafts.push(current);
      phase = 'speakers';
      continue;
    }
    if (isSpeakerBullet(line)) {
      if (!current || phase === 'description') {
        // Speaker bullets with no title line above them (right under a track heading): a session whose title the page lost.
        current = { track: track!, start: line, title: null, untitled: true, speakerLines: [], body: [], last: line.line };
        drafts.push(current);
        phase = 'speakers';
      }
      current.speakerLines.push(line);
      current.last = line.line;
      continue;
    }
    if (!current) {
      unplaced(line, context, `before the first session title of track "${track}"`);
      continue;
    }
    phase = 'description';
    current.body.push(line);
    current.last = line.line;
  }
  return drafts;
}

function describeSpeakers(speakers: readonly RawSpeaker[]): string {
  if (speakers.length === 0) return 'no speakers';
  return speakers
    .map((speaker) => {
      const name = [speaker.name, speaker.suffix ? ` (${speaker.suffix})` : '', speaker.handle ? ` ${speaker.handle}` : ''].join('');
      const at = [speaker.role, speaker.affiliation].filter(Boolean).join(', ');
      return `${name}: ${at || 'no affiliation'}`;
    })
    .join('; ');
}

function toSession(draft: Draft, order: number, orderInTrack: number, context: Context): ListingSession {
  const { dropped, problems } = context;
  let title: string | null = null;
  const speakerLines: SourceLine[] = [];
  let bodyLines: Line[] = draft.body;

  if (context.style === 'bulleted') {
    const bulletText = contentText(draft.start, context).slice(contentText(draft.start, context).indexOf('•') + 1).trim();
    if (draft.untitled) {
      if (bulletText) dropped.push({ line: draft.start.line, text: bulletText, reason: 'label' });
    } else title = bulletText;
    const firstIndex = bodyLines.findIndex((line) => line.kind !== 'blank');
    if (!draft.untitled && firstIndex !== -1 && !isLabel(bodyLines[firstIndex]!.raw)) {
      const speakerLine = bodyLines[firstIndex]!;
      speakerLines.push({ line: speakerLine.line, text: contentText(speakerLine, context).trim() });
      bodyLines = bodyLines.slice(firstIndex + 1);
      // Text between the speaker line and `View Description` does not fit the layout.
      const label = bodyLines.findIndex((line) => isLabel(line.raw));
      if (label > 0) {
        for (const line of bodyLines.slice(0, label)) {
          if (line.kind === 'blank') continue;
          problems.push({
            line: line.line,
            column: firstColumn(line.raw),
            rule: 'listing/unexpected-text',
            message: `Text between the speaker line (line ${speakerLine.line}) and "${VIEW_DESCRIPTION}": ${quote(line.raw)}`,
            found: line.raw.trim(),
            expected: `the speaker line, then "${VIEW_DESCRIPTION}", then the description`,
            hint: `This line was left out of the session. If it is page furniture (a button or widget), add a rule under furniture: in summit.yaml or the series file:\n${ruleSuggestion(line.raw)}`,
            session: order,
          });
        }
        bodyLines = bodyLines.slice(label);
      }
    }
  } else {
    title = draft.title ? contentText(draft.title, context).trim() : null;
    for (const line of draft.speakerLines) {
      const text = contentText(line, context);
      speakerLines.push({ line: line.line, text: text.slice(text.indexOf('•') + 1).trim() });
    }
  }

  const descriptionLines: SourceLine[] = [];
  for (const line of bodyLines) {
    if (line.kind === 'blank') {
      descriptionLines.push({ line: line.line, text: '' });
      continue;
    }
    if (context.style === 'bulleted' && isLabel(line.raw)) {
      dropped.push({ line: line.line, text: line.raw, reason: 'label' });
      continue;
    }
    descriptionLines.push({ line: line.line, text: contentText(line, context) });
  }
  const kept = withoutPageText(descriptionLines, order, context);

  const speakers: RawSpeaker[] = [];
  const speakerSourceLines: number[] = [];
  for (const speakerLine of speakerLines) {
    const reading = readSpeakerLine(speakerLine.text, { maxChars: MAX_SPEAKER_LINE_CHARS });
    for (const speaker of reading.speakers) {
      speakers.push(speaker);
      speakerSourceLines.push(speakerLine.line);
    }
    const raw = (draft.speakerLines.find((line) => line.line === speakerLine.line) ?? draft.body.find((line) => line.line === speakerLine.line))?.raw ?? speakerLine.text;
    for (const guess of reading.uncertain) {
      const at = raw.indexOf(guess.text);
      problems.push({
        line: speakerLine.line,
        column: at === -1 ? firstColumn(raw) : at + 1,
        rule: guess.rule,
        severity: 'warning',
        message: guess.message,
        found: speakerLine.text,
        expected: `read as: ${describeSpeakers(reading.speakers)}`,
        hint: "If that reading is wrong, correct the session's speakers in the summit's corrections.yaml (a `speakers:` list with name, affiliation, role); a speakers correction also settles this warning.",
        session: order,
      });
    }
  }

  const tree = descriptionTree(kept);
  return {
    track: draft.track,
    order,
    orderInTrack,
    title,
    speakerLine: speakerLines.length > 0 ? speakerLines.map((line) => line.text).join('\n') : null,
    speakerLineNumber: speakerLines[0]?.line ?? null,
    speakers,
    speakerSourceLines,
    description: descriptionMarkdown(tree),
    descriptionText: descriptionText(tree),
    descriptionLines: kept,
    lines: { start: draft.start.line, end: draft.last },
  };
}

function looksLikePageText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > PAGE_TEXT_MAX_LENGTH || SENTENCE_PUNCTUATION.test(trimmed)) return false;
  let words = 0;
  for (const word of trimmed.split(/[ \t\u00A0]/u)) if (/[\p{L}\p{N}]/u.test(word)) words += 1;
  return words >= 1 && words <= PAGE_TEXT_MAX_WORDS;
}

/**
 * Possible page text: a one-line paragraph of at most eight words with no sentence punctuation
 * (`Download Slides`, `Share this page`, `Back to top`) that does not introduce a list, in a
 * description. It is reported as a warning and left out; a furniture rule confirms it is page
 * text, a `keep` rule that it is description text. In the bulleted style the first paragraph
 * is exempt (an untitled session's description may open with its lost title: `Developing Kafka`).
 */
function withoutPageText(lines: readonly SourceLine[], order: number, context: Context): SourceLine[] {
  const kept: SourceLine[] = [];
  let seenText = false;
  // nextText[i]: the first non-blank line after line i (one backward pass keeps this linear).
  const nextText = new Int32Array(lines.length + 1).fill(-1);
  for (let index = lines.length - 2; index >= 0; index -= 1) nextText[index] = lines[index + 1]!.text.trim() !== '' ? index + 1 : nextText[index + 1]!;
  lines.forEach((entry, index) => {
    if (entry.text.trim() === '') {
      kept.push(entry);
      return;
    }
    const isFirst = !seenText;
    seenText = true;
    const alone = (index === 0 || lines[index - 1]!.text.trim() === '') && (index === lines.length - 1 || lines[index + 1]!.text.trim() === '');
    if (!alone || isListItemLine(entry.text) || (isFirst && context.style === 'bulleted') || !looksLikePageText(entry.text)) {
      kept.push(entry);
      return;
    }
    const following = nextText[index]! === -1 ? undefined : lines[nextText[index]!];
    if ((following && isListItemLine(following.text)) || context.rules.matchKeep(entry.text)) {
      kept.push(entry);
      return;
    }
    context.problems.push({
      line: entry.line,
      column: firstColumn(entry.text),
      rule: 'listing/possible-page-text',
      severity: 'warning',
      message: `Possible page text in a description: ${quote(entry.text)} (a short line without sentence punctuation)`,
      found: entry.text.trim(),
      expected: 'description paragraphs (sentences), or page furniture dropped by a rule',
      hint: `It was left out of the description. If it is page furniture, add a rule under furniture: in summit.yaml or the series file:\n${ruleSuggestion(entry.text)}\nIf it belongs to the description, add a keep rule instead:\n- keep: ${JSON.stringify(matchText(entry.text))}\n  reason: description-text`,
      session: order,
    });
    kept.push({ line: entry.line, text: '' });
  });
  return kept;
}

interface StyleVotes {
  style: ListingStyle;
  votes: Record<ListingStyle, number>;
  /** The first line that reads as the detected style, to point at. */
  evidence: { line: number; what: string } | null;
}

/**
 * Tell the layout from the text: a bullet (indent 0–3) with an indented, non-bullet line under
 * it (speaker line, label, description) reads bulleted, as does a `View Description` bullet; a
 * bullet right under an unindented text line (a title) reads titled. Titled wins only with
 * more votes; bulleted is the default.
 */
function detectStyle(body: readonly Line[]): StyleVotes {
  const votes: Record<ListingStyle, number> = { bulleted: 0, titled: 0 };
  const first: Record<ListingStyle, { line: number; what: string } | null> = { bulleted: null, titled: null };
  let previous: Line | null = null;
  const kept = body.filter((line) => line.kind === 'text' || line.kind === 'heading');
  kept.forEach((line, index) => {
    const before = previous;
    previous = line;
    if (line.kind !== 'text' || line.bullet === null || line.bullet.indent > 3) return;
    const after = kept[index + 1];
    const bulletText = line.bullet.text.trim();
    const under = after !== undefined && after.kind === 'text' && !(after.bullet !== null && after.bullet.indent <= 3) && leadingWidth(after.raw) > line.bullet.indent;
    if (under || isLabel(bulletText)) {
      votes.bulleted += 1;
      first.bulleted ??= { line: line.line, what: `line ${line.line}: the bullet ${quote(bulletText, 60)} has its lines indented under it` };
    }
    if (before !== null && before.kind === 'text' && before.topLevel && before.bullet === null) {
      votes.titled += 1;
      first.titled ??= { line: before.line, what: `line ${before.line}: the unindented line ${quote(before.raw, 60)} stands above the bullet ${quote(bulletText, 60)}` };
    }
  });
  const style: ListingStyle = votes.titled > votes.bulleted ? 'titled' : 'bulleted';
  return { style, votes, evidence: first[style] };
}

function leadingWidth(raw: string): number {
  let end = 0;
  while (end < raw.length && (raw[end] === ' ' || raw[end] === '\t' || raw[end] === '\u00A0')) end += 1;
  return indentWidth(raw.slice(0, end));
}
