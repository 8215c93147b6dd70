/**
 * Properties of the listing parser and the archive builder, shared by the unit test
 * (tests/unit/parser-properties.test.ts: fixed seed, sized to run in seconds) and the
 * long fuzz run (bench/fuzz.ts: random logged seed, many runs).
 *
 * Assertions use node:assert so the properties run outside vitest too.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildArchive } from '../../src/link/build-archive.ts';
import { errorsOf } from '../../src/messages/message.ts';
import { parseListing, type ListingParseResult } from '../../src/parse/listing/parse-listing.ts';
import type { ContentSnapshot, SummitInput } from '../../src/read/snapshot.ts';
import type { Locate } from '../../src/read/yaml.ts';
import { SessionSchema, SpeakerSchema, SummitSchema } from '../../src/schemas/records.ts';
import { SummitMetaSchema, type SummitMeta } from '../../src/schemas/summit-meta.ts';
import { splitLines } from '../../src/text/lines.ts';
import { sessionId, trackId } from '../../src/text/slug.ts';
import {
  anyListingInput,
  anyText,
  GENERATED_FURNITURE_YAML,
  generatedListing,
  HEADINGS,
  listingModel,
  renderListing,
  sessionModel,
  SUMMIT_NAMES,
  withSessionInserted,
  type AnyListingInput,
  type GeneratedListing,
} from './listing-arbitrary.ts';

/** Field positions for a summit.yaml made in memory (there is no file text to point into). */
export const AT_LINE_1: Locate = () => ({ line: 1, column: 1 });

/** A summit as the read stage hands it on: its summit.yaml data and its listing text, no corrections. */
export function summitInput(id: string, meta: SummitMeta, listingText: string, locate: Locate = AT_LINE_1): SummitInput {
  return {
    id,
    meta: { file: `content/summits/${id}/summit.yaml`, data: meta, locate },
    listing: { file: `content/summits/${id}/listing.txt`, text: listingText },
    corrections: null,
  };
}

/** A content snapshot of these summits only: no aliases, profiles or other content (so no alias issue can arise). */
export function snapshotOf(summits: SummitInput[]): ContentSnapshot {
  return {
    site: null,
    series: [],
    summits,
    aliases: null,
    contributions: [],
    profiles: [],
    articles: [],
    presentations: [],
    topics: null,
    organizations: null,
    messages: [],
    files: [],
  };
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** List markers, which legitimately turn into list syntax: excluded from token counts. */
const MARKER = /^(?:[•–*-]|\d{1,3}[.)])$/u;

/** Word tokens as tests/unit/listing.test.ts counts them (the generated listings always put a space after a marker). */
export function tokens(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token && !MARKER.test(token));
}

/**
 * Word tokens of arbitrary text: `•` also separates tokens, because a session bullet
 * may touch its title (`•Title` is the session `Title`).
 */
export function anyTokens(text: string): string[] {
  return text.split(/[\s•]+/u).filter((token) => token && !MARKER.test(token));
}

function count(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const token of list) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
}

/** Assert two token multisets are equal, naming the tokens lost and the tokens gained. */
export function assertSameTokens(source: readonly string[], accounted: readonly string[], context: string): void {
  const want = count(source);
  const have = count(accounted);
  const lost: string[] = [];
  const gained: string[] = [];
  for (const [token, n] of want) if ((have.get(token) ?? 0) < n) lost.push(`${JSON.stringify(token)}×${n - (have.get(token) ?? 0)}`);
  for (const [token, n] of have) if ((want.get(token) ?? 0) < n) gained.push(`${JSON.stringify(token)}×${n - (want.get(token) ?? 0)}`);
  if (lost.length > 0 || gained.length > 0) {
    assert.fail(`${context}: source tokens ≠ kept + dropped + headings.\n  lost (in the source, nowhere in the output): ${lost.slice(0, 12).join(', ') || '–'}\n  gained (in the output more often than in the source): ${gained.slice(0, 12).join(', ') || '–'}`);
  }
}

function keptText(result: ListingParseResult): string[] {
  return result.sessions.map((session) => [session.title ?? '', session.speakerLine ?? '', session.descriptionText].join('\n'));
}

const isTopLevel = (raw: string) => /^[\s\u00A0]*/u.exec(raw)![0].length === 0;

/** Problems whose line the parser leaves out of every session: text outside any session, text out of place inside one, possible page text. */
const LEFT_OUT = new Set(['listing/unplaced-text', 'listing/unexpected-text', 'listing/possible-page-text']);

/**
 * Conservation for any text: every token of the source is in a session, in dropped
 * furniture, in a track heading line, or on a line reported and left out (`LEFT_OUT`: text
 * outside any session, text out of place in one, possible page text); nothing is invented.
 * A dropped trailing fragment must be the literal end of its line (it may touch the word
 * before it: `…platformLearn More`).
 */
export function assertConservesAnyText(text: string, trackHeadings: readonly string[], result: ListingParseResult): void {
  const lines = splitLines(text);
  const headings = new Set(trackHeadings);
  const fragments = new Map<number, string>();
  for (const entry of result.dropped) if (entry.reason === 'trailing-fragment') fragments.set(entry.line, entry.text);
  const unplacedLines = new Set(result.problems.filter((problem) => LEFT_OUT.has(problem.rule)).map((problem) => problem.line));

  const source: string[] = [];
  const accounted: string[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const fragment = fragments.get(line);
    if (fragment !== undefined) {
      const body = raw.trimEnd();
      if (!body.endsWith(fragment)) assert.fail(`line ${line}: dropped fragment ${JSON.stringify(fragment)} is not the end of the line ${JSON.stringify(raw)}`);
      source.push(...anyTokens(body.slice(0, body.length - fragment.length)));
    } else {
      source.push(...anyTokens(raw));
    }
    if (isTopLevel(raw) && headings.has(raw.trim())) accounted.push(...anyTokens(raw));
    if (unplacedLines.has(line)) accounted.push(...anyTokens(raw));
  });
  // Fragments count on both sides, as separate tokens.
  source.push(...[...fragments.values()].flatMap(anyTokens));
  accounted.push(...keptText(result).flatMap(anyTokens), ...result.dropped.flatMap((entry) => anyTokens(entry.text)));
  assertSameTokens(source, accounted, 'any text');
}

/** Structural invariants of any parse result. */
export function assertWellFormed(text: string, trackHeadings: readonly string[], result: ListingParseResult): void {
  const lineCount = splitLines(text).length;
  const headings = new Set(trackHeadings);
  const perTrack = new Map<string, number>();
  let previousStart = 0;
  result.sessions.forEach((session, index) => {
    assert.equal(session.order, index + 1, 'order is the 1-based position');
    const inTrack = (perTrack.get(session.track) ?? 0) + 1;
    perTrack.set(session.track, inTrack);
    assert.equal(session.orderInTrack, inTrack, 'orderInTrack counts within the track');
    assert.ok(headings.has(session.track), `session track ${JSON.stringify(session.track)} is a declared heading`);
    assert.ok(session.lines.start > previousStart && session.lines.start <= session.lines.end && session.lines.end <= lineCount, `session lines ${JSON.stringify(session.lines)} within 1..${lineCount}, in order`);
    previousStart = session.lines.start;
    if (session.title !== null) assert.ok(session.title.length > 0 && session.title === session.title.trim(), 'a title is non-empty and trimmed');
    for (const speaker of session.speakers) assert.ok(speaker.name.length > 0, 'speaker names are non-empty');
  });
  let previousDropped = 0;
  for (const entry of result.dropped) {
    assert.ok(entry.line >= previousDropped && entry.line >= 1 && entry.line <= lineCount, `dropped line ${entry.line} within 1..${lineCount}, sorted`);
    previousDropped = entry.line;
  }
  for (const problem of result.problems) {
    assert.ok(problem.line >= 1 && problem.line <= Math.max(1, lineCount), `problem line ${problem.line} within the file`);
    assert.ok(problem.column >= 1, `problem column ${problem.column} is 1-based`);
    assert.ok(
      [...LEFT_OUT, 'listing/missing-heading', 'listing/style-mismatch', 'listing/style-detected', 'furniture/open-block'].includes(problem.rule) || problem.rule.startsWith('speaker-line/'),
      `problem rule ${JSON.stringify(problem.rule)} is a listing, furniture or speaker-line rule`,
    );
    if (problem.rule === 'listing/unplaced-text') assert.ok(problem.message.startsWith('Text outside any session'), 'an unplaced-text problem says so');
    if (problem.rule === 'listing/missing-heading') assert.ok(problem.heading !== undefined && headings.has(problem.heading) && problem.line === 1, 'a missing heading is a declared one, reported at line 1');
  }
}

/** Validate every record against its zod schema, with a readable failure. */
export function assertRecordsValid(archive: ReturnType<typeof buildArchive>): void {
  const check = (kind: string, schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } }, record: unknown) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) assert.fail(`${kind} record does not match its schema:\n${String(parsed.error)}\nrecord: ${JSON.stringify(record).slice(0, 600)}`);
  };
  for (const session of archive.sessions) check('Session', SessionSchema, session);
  for (const speaker of archive.speakers) check('Speaker', SpeakerSchema, speaker);
  for (const summit of archive.summits) check('Summit', SummitSchema, summit);
}

// ---------------------------------------------------------------------------
// Archive inputs
// ---------------------------------------------------------------------------

const nonEmpty = anyText(24).filter((text) => text.length > 0);
const SUMMIT_IDS = ['kafka-summit-2020', 'kafka-summit-london-2019', 'kafka-summit-san-francisco-2019', 'x', 'summit-ü'];

/** A summit.yaml for a listing: its headings (at least one), names arbitrary or English. */
function arbitrarySummit(id: string, listing: AnyListingInput, meta: { name: string; year: number; city: string | null; tagline: string | null; names: string[] }): SummitInput {
  // A generated listing's summit.yaml names its furniture, as a maintainer's would.
  const furniture = listing.furniture ? { furniture: GENERATED_FURNITURE_YAML } : {};
  // A valid summit.yaml declares each heading once and gives each track its own id.
  const headings = [...new Set(listing.trackHeadings.filter((heading) => heading.length > 0))];
  if (headings.length === 0) headings.push('Keynotes');
  const ids = new Set<string>();
  const nameOf = (heading: string, index: number) => {
    const wanted = meta.names[index] ?? HEADINGS.find((entry) => entry.heading === heading)?.name ?? heading;
    const name = ids.has(trackId(wanted)) ? `Track ${index + 1}` : wanted;
    ids.add(trackId(name));
    return name;
  };
  return summitInput(
    id,
    SummitMetaSchema.parse({
      name: meta.name,
      year: meta.year,
      city: meta.city,
      tagline: meta.tagline,
      tracks: headings.map((heading, index) => ({ heading, name: nameOf(heading, index) })),
      ...furniture,
    }),
    listing.text,
  );
}

const summitMeta = fc.record({
  name: fc.oneof(fc.constantFrom(...SUMMIT_NAMES), nonEmpty),
  year: fc.integer({ min: 1990, max: 2100 }),
  city: fc.option(nonEmpty, { nil: null }),
  tagline: fc.option(nonEmpty, { nil: null }),
  names: fc.array(nonEmpty, { maxLength: 3 }),
});

const asInput = (listing: GeneratedListing): AnyListingInput => ({ text: listing.text, trackHeadings: listing.trackHeadings, furniture: listing.furniture });

/** One to three summits, each with any text (or a generated listing) as its listing. */
const archiveInputs: fc.Arbitrary<SummitInput[]> = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom(...SUMMIT_IDS), fc.oneof(anyListingInput, generatedListing().map(asInput)), summitMeta),
    { minLength: 1, maxLength: 3, selector: ([id]) => id },
  )
  .map((entries) => entries.map(([id, listing, meta]) => arbitrarySummit(id, listing, meta)));

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

export interface ParserProperty {
  name: string;
  /** Runs in the unit test (fixed seed); the fuzz bench scales these up. */
  numRuns: number;
  property: fc.IProperty<unknown>;
}

const parseTotal = fc.property(anyListingInput, ({ text, trackHeadings }) => {
  const result = parseListing(text, { trackHeadings });
  assertWellFormed(text, trackHeadings, result);
  assertConservesAnyText(text, trackHeadings, result);
});

const archiveTotal = fc.property(archiveInputs, (inputs) => {
  const archive = buildArchive(snapshotOf(inputs));
  assertRecordsValid(archive);
});

const generatedRecordsValid = fc.property(generatedListing(), (listing) => {
  const input = arbitrarySummit('kafka-summit-2020', asInput(listing), { name: listing.model.summitName, year: 2020, city: null, tagline: null, names: [] });
  const archive = buildArchive(snapshotOf([input]));
  assertRecordsValid(archive);
  // A well-formed listing raises no error, except a session listed twice word for word (sessions
  // that would share an id are told apart by speaker or text). Warnings: furniture rules this
  // listing does not need, and speaker-line guesses.
  const errors = errorsOf(archive.messages);
  for (const message of errors) {
    assert.equal(message.ruleId, 'ids/duplicate-session', `only exact repeats are errors: ${String(message)}`);
    assert.match(message.reason, /^This session repeats the one at line/u, 'only exact repeats are errors');
  }
  for (const message of archive.messages.filter((entry) => entry.isWarning)) {
    assert.ok(message.ruleId === 'furniture/unused-rule' || message.ruleId?.startsWith('speaker-line/'), `unexpected warning: ${String(message)}`);
  }
  assert.equal(archive.sessions.length + errors.length, listing.sessions.length, 'every session is a record or a repeat');
});

const conservesText = fc.property(generatedListing(), (listing) => {
  const result = parseListing(listing.text, { trackHeadings: listing.trackHeadings, furniture: listing.furniture });
  const kept = keptText(result).flatMap(tokens);
  const dropped = result.dropped.flatMap((entry) => tokens(entry.text));
  const headings = listing.trackHeadings.flatMap(tokens);
  assertSameTokens(tokens(listing.text), [...headings, ...kept, ...dropped], 'generated listing');
  // Each generated session's sentences appear, in order, in its own record.
  const n = Math.min(result.sessions.length, listing.sessions.length);
  for (let index = 0; index < n; index += 1) {
    const text = result.sessions[index]!.descriptionText;
    let cursor = 0;
    for (const sentence of listing.sessions[index]!.sentences) {
      const at = text.indexOf(sentence, cursor);
      if (at === -1) assert.fail(`session ${index + 1}: sentence ${JSON.stringify(sentence)} missing or out of order in ${JSON.stringify(text.slice(cursor, cursor + 300))}`);
      cursor = at + sentence.length;
    }
  }
  assert.equal(result.sessions.length, listing.sessions.length, 'session count');
});

const roundTrip = fc.property(generatedListing(), (listing) => {
  const result = parseListing(listing.text, { trackHeadings: listing.trackHeadings, furniture: listing.furniture });
  // A well-formed listing raises no problem; a speaker line may still be a guess (a warning).
  assert.deepEqual(result.problems.filter((problem) => !problem.rule.startsWith('speaker-line/') || problem.severity !== 'warning'), [], 'a well-formed listing raises no problem');
  assert.equal(result.sessions.length, listing.sessions.length, 'session count');
  listing.sessions.forEach((expected, index) => {
    const actual = result.sessions[index]!;
    assert.deepEqual(
      {
        track: actual.track,
        title: actual.title,
        speakerLine: actual.speakerLine,
        speakers: actual.speakers.map(({ name, affiliation }) => ({ name, affiliation })),
        descriptionLines: actual.descriptionText === '' ? [] : actual.descriptionText.split('\n'),
        lines: actual.lines,
      },
      {
        track: expected.track,
        title: expected.title,
        speakerLine: expected.speakerLine,
        speakers: expected.speakers,
        descriptionLines: expected.descriptionLines,
        lines: expected.lines,
      },
      `session ${index + 1} (line ${expected.lines.start})`,
    );
  });
});

const deterministic = fc.property(fc.oneof(anyListingInput, generatedListing().map(asInput)), ({ text, trackHeadings, furniture }) => {
  const options = { trackHeadings, ...(furniture ? { furniture } : {}) };
  assert.deepStrictEqual(parseListing(text, options), parseListing(text, options));
  const input = arbitrarySummit('kafka-summit-2020', { text, trackHeadings, ...(furniture ? { furniture } : {}) }, { name: 'Kafka Summit 2020', year: 2020, city: null, tagline: null, names: [] });
  assert.deepStrictEqual(buildArchive(snapshotOf([input])), buildArchive(snapshotOf([input])));
});

const idsStable = fc.property(listingModel({ maxSessionsPerTrack: 4 }), sessionModel(), fc.nat(), fc.nat(), (model, extra, trackIndex, position) => {
  const without = renderListing(model);
  const inserted = withSessionInserted(model, extra, trackIndex, position);
  const withExtra = renderListing(inserted.model);
  const build = (listing: GeneratedListing) =>
    buildArchive(snapshotOf([arbitrarySummit('kafka-summit-2020', asInput(listing), { name: model.summitName, year: 2020, city: null, tagline: null, names: [] })]));
  const a = build(without);
  const b = build(withExtra);
  // Only unrelated sessions: the new one must not share an id (title / first sentence) with
  // another (sessions that do are told apart by a suffix, so the other one's id changes too).
  fc.pre(errorsOf(a.messages).length === 0 && errorsOf(b.messages).length === 0);
  const base = (session: (typeof b.sessions)[number]) => sessionId('kafka-summit-2020', session.displayTitle);
  const added = b.sessions[inserted.sessionIndex]!;
  fc.pre(b.sessions.every((session, index) => index === inserted.sessionIndex || base(session) !== base(added)));
  assert.equal(a.sessions.length, without.sessions.length);
  assert.equal(b.sessions.length, withExtra.sessions.length);
  const others = b.sessions.filter((_, index) => index !== inserted.sessionIndex).map((session) => session.id);
  assert.deepEqual(others, a.sessions.map((session) => session.id), 'ids of the other sessions are unchanged');
});

export const parserProperties: ParserProperty[] = [
  { name: 'parseListing never throws on any text, returns well-formed results, and accounts for every token', numRuns: 1500, property: parseTotal },
  { name: 'buildArchive never throws on any listing text, and every record matches its schema', numRuns: 300, property: archiveTotal },
  { name: 'generated listings: every record matches its schema, and only a session listed twice word for word is an error', numRuns: 200, property: generatedRecordsValid },
  { name: 'generated listings: no text is lost or duplicated, and sentences stay in order', numRuns: 300, property: conservesText },
  { name: 'generated listings: sessions come back with their track, title, speakers, description and lines', numRuns: 300, property: roundTrip },
  { name: 'parsing and building are deterministic', numRuns: 200, property: deterministic },
  { name: 'adding or removing an unrelated session leaves every other id unchanged', numRuns: 200, property: idsStable },
];
