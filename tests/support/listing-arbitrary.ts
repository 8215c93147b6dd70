/**
 * fast-check arbitraries for summit listings.
 *
 * `listingModel` generates listings in the real scraped format (see README, "What the
 * parser makes of a listing"): a page header, track headings at indent 0, titled and
 * untitled `•` sessions, speaker lines in every separator style the seeds use,
 * multi-paragraph descriptions with `•`/`–`/`-`/`*` items, numbered items and run-in
 * lists, and page furniture (labels, promotions of other summits, widget fragments,
 * the contact block and cookie notices). `renderListing` turns a model into the text
 * and into what the parser must find in it (`ExpectedSession`), so properties can
 * compare the two; models can be edited (`withSessionInserted`) before rendering.
 * The furniture is the Kafka Summit series' (its rules are data: the series file of the
 * frozen seed archive), plus two lines only this generator writes; `GENERATED_FURNITURE`
 * holds the rules a summit.yaml would give, and every generated listing is parsed with them.
 *
 * Every generated piece is unambiguous under the documented rules: a sentence never
 * reads as a heading, a label or a list marker, a speaker line never needs guessing
 * (no person-like company after a separator, no group without a company before
 * ` & `…), and `Request sent.` only occurs as an appended widget fragment. So any
 * difference between the expectation and the parse is a parser question, not a
 * generator one.
 *
 * `anyText` / `anyListingInput` generate arbitrary text (full Unicode, control
 * characters, NBSP, BOM, CR/LF mixes, tabs, `•`, and listing-shaped fragments).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { FurnitureRule } from '../../src/parse/listing/furniture.ts';
import { FurnitureRulesSchema, SeriesSchema, type FurnitureRuleInput } from '../../src/schemas/series.ts';
import { ROOT } from './paths.ts';

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/**
 * Words inside sentences. Markdown-significant and non-ASCII on purpose. Never a bare
 * list marker (`-`, `–`, `*`, `•`, `1.`), never ending in `:` (only run-in leads do),
 * never `Request`/`sent`/`enabled`/`View` (widget and label text).
 */
const WORDS = [
  'kafka', 'streams', 'event', 'data', 'topic', 'partition', 'broker', 'consumer', 'producer', 'latency',
  'throughput', 'schema', 'registry', 'connector', 'pipeline', 'cluster', 'replication', 'offset', 'exactly-once',
  'real-time', 'state', 'store', 'table', 'join', 'window', 'ksqlDB', 'MirrorMaker', 'microservices', 'cloud',
  'and', 'the', 'of', 'to', 'with', 'for', 'in', 'at', 'scale', 'naïve', 'Zürich', '東京', 'ストリーム',
  'émigré', 'Straße', '(KIP-535)', 'e.g.', 'i.e', 'Q&A', 'C++', '100%', '3.5', 'x/y', '<b>', '#1', '[docs](x)',
  '`code`', '_under_', '**bold**', 'a|b', '—', '…', '“quoted”', 'it’s', 'Kafka’s', "don't", '@handle', '$5',
  '~tilde', '\\back', '{brace}', '😀', 'Ω', 'İstanbul', 'ǅemal', 'a\u00A0b', 'zero\u200Bwidth',
];

/** First words of sentences: each starts with an upper-case letter (`\p{Lu}`), as a run-in tail must. */
const CAPITALISED = ['Kafka', 'Streams', 'Our', 'This', 'We', 'Apache', 'In', 'Learn', 'Data', 'Events', 'Why', 'How', 'Über', 'Émile', 'Ölfeld', 'Ångström'];

/** Lower-case words for run-in list items (no sentence end, no capital, no digits). */
const ITEM_WORDS = ['making', 'our', 'systems', 'event-driven', 'moving', 'batch', 'workloads', 'to', 'real-time', 'serving', 'use-cases', 'fraud', 'detection', 'über', 'naïve', 'streams'];

const SENTENCE_ENDS = ['.', '.', '.', '?', '!'];

/** Track headings with the English names a summit.yaml gives them. None ends like a sentence. */
export const HEADINGS: ReadonlyArray<{ heading: string; name: string }> = [
  { heading: 'Keynotes', name: 'Keynotes' },
  { heading: 'Breakouts', name: 'Breakouts' },
  { heading: 'Lightning', name: 'Lightning' },
  { heading: 'Core Kafka', name: 'Core Kafka' },
  { heading: 'Event-Driven Development', name: 'Event-Driven Development' },
  { heading: 'Stream Processing', name: 'Stream Processing' },
  { heading: 'Use Cases', name: 'Use Cases' },
  { heading: 'ストリーム処理', name: 'Stream Processing (JA)' },
  { heading: 'ユースケース', name: 'Use Cases (JA)' },
  { heading: 'Ops & Security: Day 2', name: 'Ops and Security' },
];

export const SUMMIT_NAMES = ['Kafka Summit 2020', 'Kafka Summit London 2019', 'Kafka Summit San Francisco 2019'];

const HEADER_LINES = [
  'Project Metamorphosis: Unveiling the next-gen event streaming platformLearn More',
  'Kafka Summit 2020:',
  'Event Streaming Everywhere',
  'View sessions and slides from Kafka Summit 2020.',
  'Kafka Summit London 2019',
  '  • Home',
  '    Sessions and slides',
];

const FOOTER_LINES = [
  'Ready to Talk to Us?',
  'Have someone from Confluent contact you.',
  'Contact Us',
  'We use cookies to understand how you use our site and to improve your experience. Click here to learn more or change your cookie settings.',
  'サイトのご利用状況を把握しユーザーエクスペリエンスの改善へとつなげるため、当サイトでは Cookie (クッキー) を使用しています。',
];

/** Lines that may follow the footer: widget messages on lines of their own, a link, a session-shaped bullet. */
const AFTER_FOOTER_LINES = ['Screen reader support enabled.', 'Request sent.', '    Learn More', '  • Privacy Policy'];

/** The Kafka Summit series' furniture rules, as its series file writes them. */
const SERIES_FURNITURE = (
  parse(readFileSync(join(ROOT, 'tests/fixtures/seed-archive/content/series/kafka-summit.yaml'), 'utf8')) as { furniture: FurnitureRuleInput[] }
).furniture;
SeriesSchema.parse({ name: 'Kafka Summit', furniture: SERIES_FURNITURE });

/** Furniture rules for every generated listing, as summit.yaml writes them: the series' and this generator's own two. */
export const GENERATED_FURNITURE_YAML: FurnitureRuleInput[] = [
  ...SERIES_FURNITURE,
  { line: 'Learn More', reason: 'footer' },
  { line: 'Privacy Policy', reason: 'footer' },
];

/** The same rules as the parser takes them. */
export const GENERATED_FURNITURE: FurnitureRule[] = FurnitureRulesSchema.parse(GENERATED_FURNITURE_YAML);

export const FRAGMENTS = ['Screen reader support enabled.', 'Request sent.'] as const;

const PROMOTIONS = [
  { title: 'View Kafka Summit NYC 2019 Sessions', body: 'View the recordings and slides from Summit New York 2019.' },
  { title: 'View Kafka Summit SF 2018 Sessions', body: 'View the recordings and slides from Kafka Summit SF 2018.' },
];

// People: every combination reads as a person under speaker-line.ts (capitalised words,
// initials, particles, apostrophes, hyphens, diacritics; no organisation or role word).
const GIVEN = ['Ravi', 'Chirag', 'Jun', 'Matthias', 'Navinder', 'Conor', 'Jean-Luc', 'Mickaël', 'Zoë', 'Kate', 'Anna', 'Björn', 'Øystein', 'José', 'Siobhán', 'Łukasz', 'Ayşe', 'Émile'];
const MIDDLE = ['J.', 'Pal Singh', 'van', 'de la', 'A.'];
const SURNAME = ['Vankamamidi', 'Dadia', 'Rao', 'Sax', 'Brar', "O'Brien", 'Picard', 'Maison', 'Ångström', 'Stanley', 'McDonald', 'Müller', 'García', 'Kowalski', 'Yılmaz', 'D’Angelo'];

/**
 * Affiliations that never read as a person (one word, or an organisation word, or a
 * `/`), including the seeds' companies with `,`, `&` and ` and ` inside.
 */
const COMPANIES = [
  'Confluent', 'IBM', 'Expedia', 'Nuuly', "Lowe's", 'Bloomberg', 'Google Cloud', 'Object Partners, Inc',
  'Nordischer Maschinenbau Rudolf Baader GmbH & Co. KG', 'US Citizenship and Immigration Services', 'Entelect / Discovery',
  'Walmart Labs', 'Knoldus Inc', 'Royal Caribbean Cruises International', 'Building Microservices', 'AT&T', 'Sberbank',
];
/** Companies ending in a corporate suffix: the only ones the parser can split off a name when the comma is missing. */
const SUFFIXED_COMPANIES = ['Rakuten Card Co.', 'Acme Widgets Inc.', 'Baader GmbH', 'Initech Ltd', 'Globex LLC'];
const ROLES = ['Solutions Architect', 'Principal Engineer', 'Developer Advocate', 'CTO', 'Staff Software Engineer', 'Head of Data'];

// ---------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------

export interface SpeakerGroupModel {
  /** One or more people sharing the affiliation. */
  names: string[];
  /** Joins between names: ` & `, ` and ` (with spacing variants). */
  nameJoins: string[];
  company: string | null;
  role: string | null;
  /** Between the last name and the company/role: `, `, `,`, ` , `; `' '` for a missing comma. */
  comma: string;
}

export interface SpeakerLineModel {
  groups: SpeakerGroupModel[];
  /** Separators between groups (length groups − 1). */
  separators: string[];
}

export type BlockModel =
  | { kind: 'paragraph'; indent: string; lines: string[][] }
  | { kind: 'list'; indent: string; marker: string; start: number; items: string[][] }
  | { kind: 'run-in'; indent: string; lead: string[]; marker: string; items: string[]; tail: string[] | null };

export interface DescriptionModel {
  blocks: BlockModel[];
  /** Blank lines before each block (0 lets blocks touch, as in the seeds). */
  gaps: number[];
  /** Widget text appended to the last line of a block, by block index. */
  fragments: Array<(typeof FRAGMENTS)[number] | null>;
}

export interface SessionModel {
  kind: 'session';
  /** Null: the bullet reads `View Description` (or nothing) because the scrape lost the title. */
  title: string | null;
  /** For untitled sessions: the bullet text (`View Description`, or empty). */
  untitledBullet: string;
  bulletIndent: string;
  bulletSpace: string;
  speaker: SpeakerLineModel | null;
  /** A `View Description` label line before the description (titled sessions). */
  label: boolean;
  description: DescriptionModel;
}

export interface PromotionModel {
  kind: 'promotion';
  title: string;
  body: string;
}

export type TrackItemModel = SessionModel | PromotionModel;

export interface TrackModel {
  heading: string;
  name: string;
  items: TrackItemModel[];
}

export interface ListingModel {
  summitName: string;
  bom: boolean;
  /** `mixed` cycles through `mix` (indices into LF, CRLF, CR). */
  eol: '\n' | '\r\n' | '\r' | 'mixed';
  mix: number[];
  finalNewline: boolean;
  header: string[];
  tracks: TrackModel[];
  footer: string[];
  /** Whitespace-only lines are blank lines too. */
  blank: string;
}

export interface ExpectedSpeaker {
  name: string;
  affiliation: string | null;
}

export interface ExpectedSession {
  track: string;
  title: string | null;
  speakerLine: string | null;
  speakers: ExpectedSpeaker[];
  /** The description's plain text, line by line, as `descriptionText` must read. */
  descriptionLines: string[];
  /** Every sentence (and run-in item) in source order. */
  sentences: string[];
  /** Source lines of the session block (1-based): the bullet and the last non-blank line. */
  lines: { start: number; end: number };
}

export interface GeneratedListing {
  model: ListingModel;
  text: string;
  trackHeadings: string[];
  /** The furniture rules to parse it with (GENERATED_FURNITURE). */
  furniture: FurnitureRule[];
  sessions: ExpectedSession[];
}

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const sentence = fc
  .tuple(pick(CAPITALISED), fc.array(pick(WORDS), { minLength: 1, maxLength: 10 }), pick(SENTENCE_ENDS))
  .map(([first, rest, end]) => `${[first, ...rest].join(' ')}${end}`);

/** A line of one to three sentences. */
const sentenceLine = fc.array(sentence, { minLength: 1, maxLength: 3 });

const itemPhrase = fc.array(pick(ITEM_WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

const paragraphIndent = fc.oneof(
  { arbitrary: fc.constant('    '), weight: 6 },
  // Never unindented: in the bulleted style an unindented line after a description is text
  // outside any session, reported (tests/unit/listing.test.ts), not a paragraph of it.
  { arbitrary: pick(['\t', '\u00A0\u00A0\u00A0\u00A0', '      ', ' \u00A0  ']), weight: 1 },
);
/** List items need more than three characters of indent, or a `•` would start a session. */
const listIndent = fc.oneof(
  { arbitrary: fc.constant('    '), weight: 6 },
  { arbitrary: pick(['      ', '\u00A0\u00A0\u00A0\u00A0', '\t\t\t\t', '  \u00A0 ']), weight: 1 },
);

const paragraphBlock: fc.Arbitrary<BlockModel> = fc.record({
  kind: fc.constant('paragraph' as const),
  indent: paragraphIndent,
  lines: fc.array(sentenceLine, { minLength: 1, maxLength: 3 }),
});

const listBlock: fc.Arbitrary<BlockModel> = fc.record({
  kind: fc.constant('list' as const),
  indent: listIndent,
  marker: pick(['• ', '• ', '•  ', '- ', '– ', '* ', '•\u00A0', 'ordered. ', 'ordered) ']),
  start: fc.integer({ min: 1, max: 3 }),
  items: fc.array(fc.array(sentence, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
});

const runInBlock: fc.Arbitrary<BlockModel> = fc.record({
  kind: fc.constant('run-in' as const),
  indent: paragraphIndent,
  lead: fc.tuple(pick(CAPITALISED), fc.array(pick(WORDS), { maxLength: 6 })).map(([first, rest]) => [first, ...rest, 'by:']),
  marker: pick(['-', '–', '*', '•', '1.', '1)']),
  items: fc.array(itemPhrase, { minLength: 2, maxLength: 5 }),
  tail: fc.option(fc.array(sentence, { minLength: 1, maxLength: 2 }), { nil: null }),
});

const block = fc.oneof({ arbitrary: paragraphBlock, weight: 5 }, { arbitrary: listBlock, weight: 2 }, { arbitrary: runInBlock, weight: 1 });

export const descriptionModel = (minBlocks = 0): fc.Arbitrary<DescriptionModel> =>
  fc.array(fc.tuple(block, fc.integer({ min: 0, max: 2 }), fc.option(pick(FRAGMENTS), { nil: null, freq: 8 })), { minLength: minBlocks, maxLength: 5 }).map((entries) => ({
    blocks: entries.map(([entry]) => entry),
    // Blocks may touch; the first block always stands after the blank line under the speaker line or label.
    gaps: entries.map(([, gap], index) => (index === 0 ? Math.max(gap, 1) : gap)),
    fragments: entries.map(([, , fragment]) => fragment),
  }));

const personName = fc
  .tuple(pick(GIVEN), fc.option(pick(MIDDLE), { nil: null, freq: 4 }), pick(SURNAME))
  .map(([given, middle, surname]) => [given, middle, surname].filter((part) => part !== null).join(' '));

const twoWordName = fc.tuple(pick(GIVEN), pick(SURNAME)).map(([given, surname]) => `${given} ${surname}`);

interface GroupDraft {
  names: string[];
  nameJoins: string[];
  affiliation: 'company' | 'none' | 'missing-comma';
  company: string;
  suffixed: string;
  role: string | null;
  comma: string;
  lastTwoWords: string;
}

const groupDraft: fc.Arbitrary<GroupDraft> = fc.record({
  names: fc.array(personName, { minLength: 1, maxLength: 3 }),
  nameJoins: fc.array(pick([' & ', ' and ', '  &  ', ' & ']), { minLength: 2, maxLength: 2 }),
  affiliation: fc.oneof({ arbitrary: fc.constant('company' as const), weight: 6 }, { arbitrary: pick(['none', 'missing-comma'] as const), weight: 1 }),
  company: pick(COMPANIES),
  suffixed: pick(SUFFIXED_COMPANIES),
  role: fc.option(pick(ROLES), { nil: null, freq: 4 }),
  comma: pick([', ', ', ', ',', ' , ']),
  lastTwoWords: twoWordName,
});

/**
 * A speaker line that is unambiguous under speaker-line.ts's grammar, in all the
 * seeds' styles. Which separators may join two groups depends on the groups:
 * - after a group without an affiliation (or with a comma-less one), only `;` starts a
 *   new group (` & ` would add a name to the same group: a shared company);
 * - ` & ` / ` and ` after an affiliation start a new group only before a plain group
 *   (a comma-less company would be read as more of the affiliation);
 * - `, ` between groups only when the next group has its own company, so its name is
 *   not the line's last piece.
 */
export const speakerLineModel: fc.Arbitrary<SpeakerLineModel> = fc
  .tuple(fc.array(groupDraft, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }))
  .map(([drafts, choices]) => {
    const groups: SpeakerGroupModel[] = drafts.map((draft) => {
      const missingComma = draft.affiliation === 'missing-comma';
      const names = missingComma ? [...draft.names.slice(0, -1), draft.lastTwoWords] : draft.names;
      return {
        names,
        nameJoins: draft.nameJoins.slice(0, names.length - 1),
        company: draft.affiliation === 'company' ? draft.company : missingComma ? draft.suffixed : null,
        role: draft.affiliation === 'company' ? draft.role : null,
        comma: missingComma ? ' ' : draft.comma,
      };
    });
    const separators: string[] = [];
    for (let index = 1; index < groups.length; index += 1) {
      const previous = groups[index - 1]!;
      const next = groups[index]!;
      const previousHasCommaAffiliation = previous.company !== null && previous.comma !== ' ';
      const nextIsPlain = next.comma !== ' ';
      const allowed = ['; ', ';', ' ; '];
      if (previousHasCommaAffiliation && nextIsPlain) allowed.push(' & ', ' and ', '  &  ');
      if (previousHasCommaAffiliation && nextIsPlain && next.company !== null) allowed.push(', ', ',');
      separators.push(allowed[choices[index - 1]! % allowed.length]!);
    }
    return { groups, separators };
  });

/** Titles: never a label, never a promotion, optionally with the page suffix ` | <summit> Keynote`. */
const titleText = fc
  .tuple(pick(CAPITALISED), fc.array(pick([...WORDS, '&', 'and', '-', ':', '?', '|']), { minLength: 0, maxLength: 8 }), fc.boolean())
  .map(([first, rest, suffix]) => ({ text: [first, ...rest].join(' '), suffix }));

export const sessionModel = (summitName: fc.Arbitrary<string> = pick(SUMMIT_NAMES)): fc.Arbitrary<SessionModel> =>
  fc
    .record({
      titled: fc.boolean(),
      title: titleText,
      summitName,
      untitledBullet: fc.oneof({ arbitrary: fc.constant('View Description'), weight: 9 }, { arbitrary: fc.constant(''), weight: 1 }),
      bulletIndent: fc.oneof({ arbitrary: fc.constant('  '), weight: 8 }, { arbitrary: pick(['', ' ', '   ', '\u00A0\u00A0', '\t', ' \t']), weight: 2 }),
      bulletSpace: fc.oneof({ arbitrary: fc.constant(' '), weight: 8 }, { arbitrary: pick(['  ', '\u00A0', '\t']), weight: 2 }),
      speaker: fc.option(speakerLineModel, { nil: null, freq: 5 }),
      label: fc.boolean(),
      description: descriptionModel(0),
      untitledDescription: descriptionModel(1),
    })
    .map((draft) => {
      if (!draft.titled) {
        return {
          kind: 'session' as const,
          title: null,
          untitledBullet: draft.untitledBullet,
          bulletIndent: draft.bulletIndent,
          bulletSpace: draft.bulletSpace,
          speaker: null,
          label: false,
          // An untitled session is known by its description.
          description: draft.untitledDescription,
        };
      }
      const title = draft.title.suffix ? `${draft.title.text} | ${draft.summitName} Keynote` : draft.title.text;
      return {
        kind: 'session' as const,
        title,
        untitledBullet: '',
        bulletIndent: draft.bulletIndent,
        bulletSpace: draft.bulletSpace,
        speaker: draft.speaker,
        // Without a speaker line the description's first line would read as one: the label separates them.
        label: draft.label || (draft.speaker === null && draft.description.blocks.length > 0),
        description: draft.description,
      };
    });

const promotionModel: fc.Arbitrary<PromotionModel> = pick(PROMOTIONS).map((promotion) => ({ kind: 'promotion' as const, ...promotion }));

export interface ListingModelOptions {
  minTracks?: number;
  maxTracks?: number;
  maxSessionsPerTrack?: number;
}

export const listingModel = (options: ListingModelOptions = {}): fc.Arbitrary<ListingModel> =>
  pick(SUMMIT_NAMES).chain((summitName) =>
    fc.record({
      summitName: fc.constant(summitName),
      bom: fc.boolean(),
      eol: fc.oneof({ arbitrary: fc.constant('\n' as const), weight: 4 }, { arbitrary: pick(['\r\n', '\r', 'mixed'] as const), weight: 2 }),
      mix: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 7 }),
      finalNewline: fc.boolean(),
      header: fc.array(fc.oneof(pick(HEADER_LINES), sentence), { maxLength: 4 }),
      tracks: fc
        .uniqueArray(pick(HEADINGS), { minLength: options.minTracks ?? 1, maxLength: options.maxTracks ?? 3, selector: (entry) => entry.heading })
        .chain((headings) =>
          fc.tuple(
            ...headings.map((heading) =>
              fc
                .array(fc.oneof({ arbitrary: sessionModel(fc.constant(summitName)), weight: 12 }, { arbitrary: promotionModel, weight: 1 }), {
                  maxLength: options.maxSessionsPerTrack ?? 5,
                })
                .map((items): TrackModel => ({ heading: heading.heading, name: heading.name, items })),
            ),
          ),
        ),
      footer: fc.option(
        fc.tuple(fc.shuffledSubarray(FOOTER_LINES, { minLength: 1 }), fc.shuffledSubarray(AFTER_FOOTER_LINES)).map(([lines, after]) => [...lines, ...after]),
        { nil: null },
      ).map((footer) => footer ?? []),
      blank: fc.oneof({ arbitrary: fc.constant(''), weight: 8 }, { arbitrary: pick(['   ', '\t', '\u00A0', '    ']), weight: 1 }),
    }),
  );

/** A rendered listing together with its expectation. */
export const generatedListing = (options: ListingModelOptions = {}): fc.Arbitrary<GeneratedListing> => listingModel(options).map(renderListing);

/** The model with `session` inserted into track `trackIndex` (mod track count) at `position` (mod length + 1). */
export function withSessionInserted(model: ListingModel, session: SessionModel, trackIndex: number, position: number): { model: ListingModel; sessionIndex: number } {
  const t = trackIndex % model.tracks.length;
  const items = model.tracks[t]!.items;
  const at = position % (items.length + 1);
  const tracks = model.tracks.map((track, index) => (index === t ? { ...track, items: [...items.slice(0, at), session, ...items.slice(at)] } : track));
  // Its index among all sessions (promotions are not sessions).
  const before = [...model.tracks.slice(0, t).flatMap((track) => track.items), ...items.slice(0, at)].filter((item) => item.kind === 'session').length;
  return { model: { ...model, tracks }, sessionIndex: before };
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

function speakerLineText(line: SpeakerLineModel): string {
  return line.groups
    .map((group, index) => {
      let text = group.names.map((name, at) => (at === 0 ? name : `${group.nameJoins[at - 1] ?? ' & '}${name}`)).join('');
      if (group.company !== null) text += group.comma + (group.role ? `${group.role}, ` : '') + group.company;
      return (index === 0 ? '' : line.separators[index - 1]!) + text;
    })
    .join('');
}

function expectedSpeakers(line: SpeakerLineModel): ExpectedSpeaker[] {
  return line.groups.flatMap((group) => group.names.map((name) => ({ name, affiliation: group.company })));
}

/** Source lines of a description block, and the plain-text lines and sentences it must yield. */
function renderBlock(block: BlockModel): { lines: string[]; text: string[]; sentences: string[] } {
  switch (block.kind) {
    case 'paragraph': {
      const lines = block.lines.map((sentences) => sentences.join(' '));
      return { lines: lines.map((line) => block.indent + line), text: lines, sentences: block.lines.flat() };
    }
    case 'list': {
      const items = block.items.map((sentences) => sentences.join(' '));
      const ordered = block.marker.startsWith('ordered');
      const markerOf = (index: number) => (ordered ? `${block.start + index}${block.marker.slice('ordered'.length)}` : block.marker);
      return { lines: items.map((item, index) => block.indent + markerOf(index) + item), text: items, sentences: block.items.flat() };
    }
    case 'run-in': {
      const lead = block.lead.join(' ');
      const ordered = block.marker === '1.' || block.marker === '1)';
      const delimiter = block.marker.slice(1);
      const items = block.items.map((item, index) => (index === block.items.length - 1 && block.tail ? `${item}.` : item));
      const list = items.map((item, index) => `${ordered ? `${index + 1}${delimiter}` : block.marker} ${item}`).join(' ');
      const tail = block.tail ? block.tail.join(' ') : null;
      const line = `${lead} ${list}${tail ? ` ${tail}` : ''}`;
      return {
        lines: [block.indent + line],
        text: [lead, ...items, ...(tail ? [tail] : [])],
        sentences: [lead, ...items, ...(block.tail ?? [])],
      };
    }
  }
}

/** Render a listing model to text, and say what the parser must find in it. */
export function renderListing(model: ListingModel): GeneratedListing {
  const lines: string[] = [];
  const sessions: ExpectedSession[] = [];
  const blank = () => lines.push(model.blank);
  const lineNumber = () => lines.length; // 1-based number of the line just pushed

  for (const header of model.header) {
    lines.push(header);
    blank();
  }
  for (const track of model.tracks) {
    lines.push(track.heading);
    blank();
    for (const item of track.items) {
      if (item.kind === 'promotion') {
        lines.push(`  • ${item.title}`);
        blank();
        lines.push(`    ${item.body}`);
        blank();
        lines.push('    View Sessions');
        continue;
      }
      lines.push(`${item.bulletIndent}•${item.bulletSpace}${item.title ?? item.untitledBullet}`);
      const start = lineNumber();
      let end = start;
      let speakerLine: string | null = null;
      if (item.speaker) {
        blank();
        speakerLine = speakerLineText(item.speaker);
        lines.push(`    ${speakerLine}`);
        end = lineNumber();
      }
      if (item.label) {
        blank();
        lines.push('    View Description  '.slice(0, 20 + (lines.length % 3)));
        end = lineNumber();
      }
      const descriptionLines: string[] = [];
      const sentences: string[] = [];
      item.description.blocks.forEach((block, index) => {
        for (let gap = 0; gap < item.description.gaps[index]!; gap += 1) blank();
        const rendered = renderBlock(block);
        const fragment = item.description.fragments[index];
        rendered.lines.forEach((line, at) => {
          lines.push(fragment && at === rendered.lines.length - 1 ? `${line} ${fragment}` : line);
          end = lineNumber();
        });
        descriptionLines.push(...rendered.text);
        sentences.push(...rendered.sentences);
      });
      blank();
      sessions.push({
        track: track.heading,
        title: item.title,
        speakerLine,
        speakers: item.speaker ? expectedSpeakers(item.speaker) : [],
        descriptionLines,
        sentences,
        lines: { start, end },
      });
    }
  }
  for (const footer of model.footer) {
    lines.push(footer);
    blank();
  }

  const eols = ['\n', '\r\n', '\r'] as const;
  const eolAt = (index: number) => (model.eol === 'mixed' ? eols[model.mix[index % model.mix.length]!]! : model.eol);
  let text = model.bom ? '\uFEFF' : '';
  lines.forEach((line, index) => {
    const last = index === lines.length - 1;
    if (last && !model.finalNewline) {
      text += line;
      return;
    }
    let eol = eolAt(index);
    // A CR followed by an empty line's LF would read as one CRLF and swallow that line.
    if (eol === '\r' && !last && lines[index + 1] === '' && eolAt(index + 1) === '\n') eol = '\r\n';
    text += line + eol;
  });
  return { model, text, trackHeadings: model.tracks.map((track) => track.heading), furniture: GENERATED_FURNITURE, sessions };
}

// ---------------------------------------------------------------------------
// Any text
// ---------------------------------------------------------------------------

/**
 * Single characters and short strings that matter to a line parser. Lone surrogates are
 * left out on purpose: listings are read from UTF-8 files, which cannot hold them
 * (the decoder turns them into U+FFFD).
 */
const SPECIAL = [
  '\r', '\n', '\r\n', '\n\r', '\t', '\v', '\f', ' ', '  ', '\u00A0', '\uFEFF', '\u2028', '\u2029', '\u0085', '\u0000', '\u001B', '\u007F',
  '\u200B', '\u200D', '\u3000', '\u2003', '•', '–', '—', '-', '*', '.', '..', ':', ': ', '|', ' | ', '&', ' & ', ' and ', ',', ';', '?', '!', '1.', '1)',
  '2.', '#', '_', '`', '<', '>', '[', ']', '(', ')', '\\', '"', "'", '’', '😀', '👩‍👩‍👧', 'é', 'e\u0301', 'ß', 'İ', 'ǅ', '東京', 'ストリーム処理',
];

/** Listing-shaped fragments: bullets, labels, furniture, speaker-line pieces, headings. */
const SNIPPETS = [
  '•', '• ', '  • ', '    • ', '  • View Description', 'View Description', 'View Sessions', 'View Kafka Summit NYC 2019 Sessions',
  'Screen reader support enabled.', 'Request sent.', 'Contact Us', 'Ready to Talk to Us?', 'Have someone from Confluent contact you.',
  'We use cookies', 'Cookie クッキー 当サイト', 'Keynotes', 'Breakouts', 'ストリーム処理', 'Jane Doe, Acme', 'Jane Doe & John Roe',
  'Arshal Ameen & Dhruval Shah Rakuten Card Co.', 'Jakub Korab, Solutions Architect, Confluent', 'by: - a - b', 'by: 1. a 2. b',
  '1. first', '- item', '* item', '– item', '.', '. ', '!', 'Q&A | Kafka Summit 2020 Keynote', 'Kafka Summit 2020',
];

const anyUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: pick(SPECIAL), weight: 4 },
  { arbitrary: pick(SNIPPETS), weight: 1 },
);

/** Any text: full Unicode (astral planes, control characters), NBSP, BOM, CR/LF mixes, tabs, `•`. */
export const anyText = (maxLength = 300): fc.Arbitrary<string> => fc.string({ unit: anyUnit, maxLength });

const anyIndent = pick(['', '', '', ' ', '  ', '   ', '    ', '\t', '\u00A0', '\u00A0\u00A0\u00A0\u00A0', '\uFEFF', '\u3000']);

/** One line of arbitrary, listing-flavoured content (never a line break). */
export const anyLine: fc.Arbitrary<string> = fc
  .tuple(anyIndent, fc.array(fc.oneof(pick(SNIPPETS), anyText(20), pick(WORDS)), { minLength: 1, maxLength: 4 }))
  .map(([indent, parts]) => indent + parts.join(' '));

/** Line-structured text: indents, listing fragments and arbitrary text, joined by any line ending. */
export const anyLines: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(anyLine, fc.constant('')), pick(['\n', '\n', '\r\n', '\r', ''])), { maxLength: 40 })
  .map((lines) => lines.map(([line, eol]) => line + eol).join(''));

export interface AnyListingInput {
  text: string;
  trackHeadings: string[];
  /** Furniture rules, for a generated listing with arbitrary lines mixed in. */
  furniture?: FurnitureRule[];
}

/**
 * A well-formed generated listing with arbitrary lines inserted or substituted: the
 * structure (headings, bullets) stays, so sessions form around arbitrary content.
 */
export const mutatedListing: fc.Arbitrary<AnyListingInput> = fc
  .tuple(generatedListing(), fc.array(fc.tuple(fc.noBias(fc.nat({ max: 1_000_000 })), fc.boolean(), anyLine), { minLength: 1, maxLength: 8 }))
  .map(([listing, mutations]) => {
    const parts = listing.text.split(/(\r\n|\r|\n)/u);
    const lines = parts.filter((_, index) => index % 2 === 0);
    const eols = parts.filter((_, index) => index % 2 === 1);
    for (const [at, replace, line] of mutations) {
      const index = at % (lines.length + 1);
      if (replace && index < lines.length) {
        lines[index] = line;
      } else {
        lines.splice(index, 0, line);
        eols.splice(Math.min(index, eols.length), 0, '\n');
      }
    }
    return { text: lines.map((line, index) => line + (eols[index] ?? '')).join(''), trackHeadings: listing.trackHeadings, furniture: listing.furniture };
  });

/**
 * Any text with track headings to look for: some are lines of the text itself (so
 * headings do match, and sessions form), some arbitrary; or a generated listing with
 * arbitrary lines mixed in.
 */
export const anyListingInput: fc.Arbitrary<AnyListingInput> = fc.oneof(
  fc
    .tuple(fc.oneof(anyText(), anyLines), fc.array(fc.nat(), { maxLength: 4 }), fc.array(anyText(12), { maxLength: 2 }))
    .map(([text, picks, extra]) => {
      const candidates = text
        .replace(/^\uFEFF/u, '')
        .split(/\r\n|\r|\n/u)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      const fromText = candidates.length === 0 ? [] : picks.map((index) => candidates[index % candidates.length]!);
      return { text, trackHeadings: [...fromText, ...extra] };
    }),
  mutatedListing,
);
