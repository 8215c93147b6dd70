/**
 * Pathological listings: each gives the correct records (or a clear message).
 *
 * Every case runs in a worker thread, so a case with catastrophic backtracking or quadratic
 * work cannot hang the suite: the worker is stopped at a deadline far above any linear run
 * (a hang guard, not a speed test; these inputs take well under a second, the 5 MB listing
 * 2–3 s). How long they take is measured by `npm run bench` (docs/BENCHMARKS.md), never
 * asserted here: timings on a shared machine are not a test.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../src/link/build-archive.ts';
import type { MessageInit } from '../../src/messages/message.ts';
import type { FurnitureRule } from '../../src/parse/listing/furniture.ts';
import type { ListingParseResult } from '../../src/parse/listing/parse-listing.ts';
import type { FurnitureRuleInput } from '../../src/schemas/series.ts';
import { SummitMetaSchema, type SummitMeta } from '../../src/schemas/summit-meta.ts';
import { GENERATED_FURNITURE } from '../support/listing-arbitrary.ts';

/**
 * The listings here carry the Kafka Summit series' page furniture (a contact block, a promotion,
 * widget messages); its rules are data, so every parse is given them, as the link stage would.
 */
const FURNITURE: FurnitureRule[] = GENERATED_FURNITURE;
/** The contact block closing the big listings, as summit.yaml rules (an archive reports rules it does not use). */
const CONTACT_BLOCK: FurnitureRuleInput[] = [
  { line: 'Ready to Talk to Us?', reason: 'footer' },
  { line: 'Contact Us', reason: 'footer' },
];

/** Stop a worker that runs this long: only super-linear work gets anywhere near it. */
const HANG_GUARD_MS = 90_000;
const TEST_TIMEOUT_MS = HANG_GUARD_MS + 30_000;

const MODULES = {
  listing: new URL('../../src/parse/listing/parse-listing.ts', import.meta.url).href,
  archive: new URL('../../src/link/build-archive.ts', import.meta.url).href,
  support: new URL('../support/parser-properties.ts', import.meta.url).href,
};

/**
 * Runs in the worker: import the parser once, then for each task time one call and post the
 * result back. A snapshot holds functions (`locate`), which cannot cross to a worker, so the
 * worker makes it from the summit's data (tests/support/parser-properties.ts); content
 * messages are errors, which lose their fields on the way back, so they cross as their plain
 * init objects.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = (async () => {
  const { parseListing } = await import(workerData.modules.listing);
  const { buildArchive } = await import(workerData.modules.archive);
  const { snapshotOf, summitInput } = await import(workerData.modules.support);
  return { parseListing, buildArchive, snapshotOf, summitInput };
})();
parentPort.on('message', async (task) => {
  try {
    const { parseListing, buildArchive, snapshotOf, summitInput } = await loaded;
    const snapshot = task.kind === 'archive' ? snapshotOf(task.summits.map((summit) => summitInput(summit.id, summit.meta, summit.text))) : null;
    const started = performance.now();
    const result = task.kind === 'parse'
      ? parseListing(task.text, { trackHeadings: task.trackHeadings, furniture: task.furniture })
      : buildArchive(snapshot);
    const ms = performance.now() - started;
    parentPort.postMessage({ ms, result: task.kind === 'parse' ? result : { ...result, messages: result.messages.map((message) => message.toInit()) } });
  } catch (error) {
    parentPort.postMessage({ error: (error && error.stack) || String(error) });
  }
});
`;

/** What crosses to the worker for one summit: its id, its summit.yaml data and its listing text. */
interface SummitTask {
  id: string;
  meta: SummitMeta;
  text: string;
}

/** An archive as the worker posts it back: its messages as plain objects. */
type BuiltArchive = Omit<Archive, 'messages'> & { messages: MessageInit[] };

type Task = { kind: 'parse'; text: string; trackHeadings: string[]; furniture: FurnitureRule[] } | { kind: 'archive'; summits: SummitTask[] };

/**
 * One worker for the file's tasks, one at a time (tests in a file run in sequence): loading
 * the parser takes longer than most cases. A task that outlives the hang guard terminates it;
 * the next task starts a fresh one.
 */
let worker: Worker | null = null;

function runInWorker<T>(task: Task): Promise<{ ms: number; result: T }> {
  const stopAfterMs = HANG_GUARD_MS;
  // execArgv: [] so the worker does not inherit vitest's `--conditions development`, which
  // loads the development builds of the mdast/micromark packages (slower, extra assertions).
  const current = (worker ??= new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { modules: MODULES } }));
  return new Promise((resolve, reject) => {
    const stop = () => {
      current.off('message', onMessage);
      current.off('error', onError);
      clearTimeout(timer);
    };
    const onMessage = (message: { ms: number; result: T } | { error: string }) => {
      stop();
      if ('error' in message) reject(new Error(`the parser threw:\n${message.error}`));
      else resolve(message);
    };
    const onError = (error: Error) => {
      stop();
      worker = null;
      reject(error);
    };
    const timer = setTimeout(() => {
      stop();
      worker = null;
      void current.terminate();
      reject(new Error(`still running after ${stopAfterMs / 1000} s, stopped: catastrophic backtracking or quadratic work`));
    }, stopAfterMs);
    current.on('message', onMessage);
    current.on('error', onError);
    current.postMessage(task);
  });
}

afterAll(async () => {
  await worker?.terminate();
  worker = null;
});

async function parse(text: string, trackHeadings: string[]): Promise<ListingParseResult> {
  const { result } = await runInWorker<ListingParseResult>({ kind: 'parse', text, trackHeadings, furniture: FURNITURE });
  return result;
}

function summit(text: string, headings: string[], id = 'kafka-summit-2020', furniture: FurnitureRuleInput[] = []): SummitTask {
  return {
    id,
    text,
    meta: SummitMetaSchema.parse({ name: 'Kafka Summit 2020', year: 2020, city: null, tagline: null, tracks: headings.map((heading) => ({ heading, name: heading })), ...(furniture.length > 0 ? { furniture } : {}) }),
  };
}

async function archive(text: string, headings: string[], furniture: FurnitureRuleInput[] = []): Promise<BuiltArchive> {
  const { result } = await runInWorker<BuiltArchive>({ kind: 'archive', summits: [summit(text, headings, undefined, furniture)] });
  return result;
}

// ---------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------

const GIVEN = ['Anna', 'Bruno', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Inès', 'Jonas', 'Kira', 'Luca', 'Maya', 'Nils', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tara'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ba', 'de', 'fu', 'go'];

/** A distinct surname per number, letters only (`Kalomi`), so every name reads as a person. */
function surname(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  word += 'son';
  return word[0]!.toUpperCase() + word.slice(1);
}

const person = (n: number) => `${GIVEN[n % GIVEN.length]} ${surname(n)}`;

const FILLER =
  'Kafka Streams keeps state in local stores, backed by changelog topics, so a restarted instance restores exactly where it stopped. ' +
  'We show how that works, where it breaks, and what we changed: standby replicas, warm-up tasks and rack-aware assignment. ';

interface BigListing {
  text: string;
  headings: string[];
  titled: number;
  untitled: number;
  speakerNames: Set<string>;
  speakerMentions: number;
}

/**
 * A listing of at least `bytes` UTF-16 code units: many sessions over three tracks. By
 * default about one new speaker per titled session (most speakers give one talk, as in the
 * seeds); with `speakerPool`, the same few people speak again and again.
 */
function bigListing(bytes: number, speakerPool = Infinity): BigListing {
  const headings = ['Keynotes', 'Breakouts', 'Lightning'];
  const parts: string[] = ['Kafka Summit 2020:', '', 'Event Streaming Everywhere', ''];
  const speakerNames = new Set<string>();
  let size = 0;
  let titled = 0;
  let untitled = 0;
  let speakerMentions = 0;
  let n = 0;
  let person_ = 0;
  while (size < bytes) {
    if (n % 1600 === 0) parts.push(headings[Math.floor(n / 1600) % 3]!, '');
    const lines: string[] = [];
    if (n % 5 === 4) {
      untitled += 1;
      lines.push('  • View Description', '', `    Untitled talk number ${n} explains event streaming in practice.`, '');
    } else {
      titled += 1;
      // Most speakers give one talk; every tenth session brings back an earlier speaker.
      const next = () => person(person_++ % speakerPool);
      const names = n % 10 === 3 ? [person(Math.floor(person_ / 2) % speakerPool)] : n % 3 === 0 ? [next(), next()] : [next()];
      for (const name of names) speakerNames.add(name);
      speakerMentions += names.length;
      const line = names.length === 2 ? `${names[0]}, Confluent & ${names[1]}, Object Partners, Inc` : `${names[0]}, Solutions Architect, Acme Labs`;
      lines.push(`  • Session ${n}: state stores at scale`, '', `    ${line}`, '', '    View Description', '');
    }
    lines.push(`    ${FILLER}${FILLER}`, '    • Standby replicas', '    • Warm-up tasks', '    1. Measure', '    2. Tune', '', `    ${FILLER}`, '');
    const block = lines.join('\n');
    parts.push(block);
    size += block.length + 1;
    n += 1;
  }
  // Headings only appear while sessions still come; declare the ones used.
  const used = headings.filter((_, index) => index * 1600 < n);
  parts.push('Ready to Talk to Us?', '', 'Contact Us', '');
  return { text: parts.join('\n'), headings: used, titled, untitled, speakerNames, speakerMentions };
}

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------

describe('a 5 MB listing', () => {
  const big = bigListing(5 * 1024 * 1024);

  it('is large', () => {
    expect(big.text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(big.titled + big.untitled).toBeGreaterThan(4000);
  });

  it('parses every session, in bounded time', async () => {
    const result = await parse(big.text, big.headings);
    expect(result.problems).toEqual([]);
    expect(result.sessions).toHaveLength(big.titled + big.untitled);
    expect(result.sessions.filter((session) => session.title === null)).toHaveLength(big.untitled);
    expect(result.sessions.reduce((sum, session) => sum + session.speakers.length, 0)).toBe(big.speakerMentions);
    const session = result.sessions[1]!;
    expect(session.title).toBe('Session 1: state stores at scale');
    expect(session.descriptionText).toBe([`${FILLER}${FILLER}`.trim(), 'Standby replicas', 'Warm-up tasks', 'Measure', 'Tune', FILLER.trim()].join('\n'));
    expect(result.sessions.at(-1)!.orderInTrack).toBeGreaterThan(1);
    const reasons = new Map<string, number>();
    for (const entry of result.dropped) reasons.set(entry.reason, (reasons.get(entry.reason) ?? 0) + 1);
    expect(Object.fromEntries(reasons)).toEqual({ 'page-header': 2, label: big.titled + big.untitled, footer: 2 });
  }, TEST_TIMEOUT_MS);

  it('builds the archive when a hundred speakers give all the talks, in bounded time', async () => {
    const pooled = bigListing(5 * 1024 * 1024, 100);
    const built = await archive(pooled.text, pooled.headings, CONTACT_BLOCK);
    expect(built.messages).toEqual([]);
    expect(built.sessions).toHaveLength(pooled.titled + pooled.untitled);
    expect(built.speakers).toHaveLength(pooled.speakerNames.size);
    expect(built.speakers.reduce((sum, speaker) => sum + speaker.sessions.length, 0)).toBeGreaterThan(pooled.titled);
  }, TEST_TIMEOUT_MS);

  // REGRESSION (fixed; kept so it stays fixed): likelyDuplicates (src/link/identity.ts) compares
  // every pair of names and normalises both names (and builds a pair key) inside the pair loop:
  // 1.3 s for 1,000 names, 4.9 s for 2,000, 29 s for 5,000 (this listing has 5,147; ~54 s in all).
  it('builds the archive, with one record per session and per speaker, in bounded time', async () => {
    const built = await archive(big.text, big.headings, CONTACT_BLOCK);
    expect(built.messages).toEqual([]);
    expect(built.sessions).toHaveLength(big.titled + big.untitled);
    expect(new Set(built.sessions.map((session) => session.id)).size).toBe(built.sessions.length);
    expect(built.speakers).toHaveLength(big.speakerNames.size);
    expect(built.sessions.find((session) => session.title === null)!.displayTitle).toBe('Untitled talk number 4 explains event streaming in practice');
  }, TEST_TIMEOUT_MS);
});

describe('10,000 bullets in one description', () => {
  const items = Array.from({ length: 10_000 }, (_, index) => `Item number ${index + 1} of the list.`);
  const text = ['Breakouts', '', '  • A very long list', '', '    Jane Doe, Acme', '', '    View Description', '', '    The list:', ...items.map((item) => `    • ${item}`), ''].join('\n');

  it('makes one session with a 10,000-item list', async () => {
    const result = await parse(text, ['Breakouts']);
    expect(result.problems).toEqual([]);
    expect(result.sessions).toHaveLength(1);
    const [session] = result.sessions;
    expect(session!.descriptionText).toBe(['The list:', ...items].join('\n'));
    expect(session!.description).toBe(['The list:', '', ...items.map((item) => `- ${item}`)].join('\n'));
  }, TEST_TIMEOUT_MS);

  it('makes one 10,000-item list from a run-in list on one line', async () => {
    const runIn = `    We cover: ${items.map((item) => `- ${item.replace(/\.$/u, '').toLowerCase()}`).join(' ')}`;
    const result = await parse(['Breakouts', '', '  • Run-in', '', '    Jane Doe, Acme', '', runIn, ''].join('\n'), ['Breakouts']);
    expect(result.sessions).toHaveLength(1);
    const lines = result.sessions[0]!.descriptionText.split('\n');
    expect(lines).toHaveLength(10_001);
    expect(lines[0]).toBe('We cover:');
    expect(lines.at(-1)).toBe('item number 10000 of the list');
  }, TEST_TIMEOUT_MS);
});

describe('a 100,000-character line', () => {
  const LENGTH = 100_000;
  const words = (word: string) => `${word} `.repeat(Math.ceil((LENGTH + 1) / (word.length + 1))).trim();
  /** Text with a long run of spaces, tabs and no-break spaces inside: the classic backtracking trap. */
  const padded = (before: string, after: string) => `${before}${' \u00A0\t '.repeat(LENGTH / 4)}${after}`;

  it('in a title (words): kept exactly; the id is clipped', async () => {
    const title = words('Streaming');
    expect(title.length).toBeGreaterThanOrEqual(LENGTH);
    const built = await archive(['Keynotes', '', `  • ${title}`, '', '    Jane Doe, Acme', ''].join('\n'), ['Keynotes']);
    expect(built.messages).toEqual([]);
    expect(built.sessions).toHaveLength(1);
    expect(built.sessions[0]!.title).toBe(title);
    expect(built.sessions[0]!.id).toMatch(/^kafka-summit-2020\/(?:streaming-){5,}streaming$/u);
    expect(built.sessions[0]!.id.length).toBeLessThanOrEqual('kafka-summit-2020/'.length + 60);
  }, TEST_TIMEOUT_MS);

  it('in a title (a long run of whitespace inside): kept exactly', async () => {
    const title = padded('Streams', 'Everywhere');
    const built = await archive(['Keynotes', '', `  • ${title}`, '', '    Jane Doe, Acme', ''].join('\n'), ['Keynotes']);
    expect(built.sessions).toHaveLength(1);
    expect(built.sessions[0]!.title).toBe(title);
    expect(built.sessions[0]!.id).toBe('kafka-summit-2020/streams-everywhere');
  }, TEST_TIMEOUT_MS);

  it('in a speaker line (many speakers): kept, not read, and reported (longer than any speaker line)', async () => {
    let line = '';
    for (let n = 0; line.length < LENGTH; n += 1) line += `${n === 0 ? '' : ' & '}${person(n)}, Acme Labs`;
    const result = await parse(['Keynotes', '', '  • Panel', '', `    ${line}`, ''].join('\n'), ['Keynotes']);
    expect(result.sessions).toHaveLength(1);
    expect(result.sessions[0]!.speakerLine).toBe(line);
    expect(result.sessions[0]!.speakers).toEqual([]);
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.rule, problem.severity])).toEqual([[5, 5, 'speaker-line/too-long', 'warning']]);
  }, TEST_TIMEOUT_MS);

  // REGRESSION (fixed; kept so it stays fixed): the separator pattern in src/parse/listing/speaker-line.ts (`\s*;\s*|\s*,\s*|…`)
  // rescans a whitespace run from every position in it: quadratic, ~50 s for this line.
  it('in a speaker line (a long run of whitespace inside a name): one speaker', async () => {
    const line = padded('Jane', 'Doe, Acme');
    const result = await parse(['Keynotes', '', '  • Panel', '', `    ${line}`, ''].join('\n'), ['Keynotes']);
    expect(result.sessions).toHaveLength(1);
    const speakers = result.sessions[0]!.speakers;
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.name.split(/\s+/u)).toEqual(['Jane', 'Doe']);
    expect(speakers[0]!.affiliation).toBe('Acme');
  }, TEST_TIMEOUT_MS);

  it('in a description (words): kept exactly', async () => {
    const paragraph = words('streaming');
    const result = await parse(['Keynotes', '', '  • Long', '', '    Jane Doe, Acme', '', '    View Description', '', `    ${paragraph}`, ''].join('\n'), ['Keynotes']);
    expect(result.sessions).toHaveLength(1);
    expect(result.sessions[0]!.descriptionText).toBe(paragraph);
    expect(result.sessions[0]!.description).toBe(paragraph);
  }, TEST_TIMEOUT_MS);

  // REGRESSION (fixed; kept so it stays fixed): TRAILING_FRAGMENT in src/parse/listing/furniture.ts (`\s*(?:Screen reader …|Request sent\.)\s*$`)
  // rescans trailing whitespace from every position in it: quadratic, ~35 s for this line.
  it('in a description (a long run of trailing whitespace): text kept, whitespace dropped', async () => {
    const line = padded('Streams are tables in motion.', '');
    const result = await parse(['Keynotes', '', '  • Long', '', '    Jane Doe, Acme', '', '    View Description', '', `    ${line}`, ''].join('\n'), ['Keynotes']);
    expect(result.sessions).toHaveLength(1);
    expect(result.sessions[0]!.descriptionText).toBe('Streams are tables in motion.');
    expect(result.dropped.filter((entry) => entry.reason === 'trailing-fragment')).toEqual([]);
  }, TEST_TIMEOUT_MS);
});

const SMALL = [
  'Kafka Summit 2020:',
  '',
  'Keynotes',
  '',
  '  • Q&A with Lowe’s | Kafka Summit 2020 Keynote',
  '',
  '    Bhanu Solleti, Lowe’s & Jun Rao, Confluent',
  '',
  '    View Description',
  '',
  '    In this Q&A keynote, Jun Rao and Bhanu Solleti discuss event streaming.',
  '    • Inventory',
  '    • Pricing',
  '',
  '  • View Description',
  '',
  '    Developing Kafka',
  '',
  '    Organizations go through defined developmental stages. Request sent.',
  '',
  'Breakouts',
  '',
  '  • View Kafka Summit NYC 2019 Sessions',
  '',
  '    View the recordings and slides from Summit New York 2019.',
  '',
  '    View Sessions',
  '  • Getting up to Speed with MirrorMaker 2',
  '',
  '    Mickael Maison, IBM & Ryanne Dolan',
  '',
  '    View Description',
  '',
  '    1. Replicate topics',
  '    2. Translate offsets',
  '',
  'Ready to Talk to Us?',
  '',
  'Contact Us',
  '',
];
const SMALL_HEADINGS = ['Keynotes', 'Breakouts'];

function expectSmall(result: ListingParseResult): void {
  expect(result.problems).toEqual([]);
  expect(result.sessions.map((session) => [session.track, session.title, session.speakers.map((speaker) => speaker.name), session.descriptionText])).toEqual([
    ['Keynotes', 'Q&A with Lowe’s | Kafka Summit 2020 Keynote', ['Bhanu Solleti', 'Jun Rao'], 'In this Q&A keynote, Jun Rao and Bhanu Solleti discuss event streaming.\nInventory\nPricing'],
    ['Keynotes', null, [], 'Developing Kafka\nOrganizations go through defined developmental stages.'],
    ['Breakouts', 'Getting up to Speed with MirrorMaker 2', ['Mickael Maison', 'Ryanne Dolan'], 'Replicate topics\nTranslate offsets'],
  ]);
  expect(result.sessions.map((session) => session.lines)).toEqual([
    { start: 5, end: 13 },
    { start: 15, end: 19 },
    { start: 28, end: 35 },
  ]);
}

describe('line endings and invisible characters', () => {
  it('reads LF, CRLF, CR and mixed line endings alike, with no CR left in any text', async () => {
    const lf = await parse(SMALL.join('\n'), SMALL_HEADINGS);
    expectSmall(lf);
    // (A CR never directly precedes an empty line ended by LF: that pair would read as one CRLF.)
    const endings = ['\r\n', '\n', '\r'];
    const variants = [SMALL.join('\r\n'), SMALL.join('\r'), SMALL.map((line, index) => line + endings[index % endings.length]).join('')];
    for (const text of variants) {
      const result = await parse(text, SMALL_HEADINGS);
      expect(result).toEqual(lf);
      expect(JSON.stringify(result)).not.toMatch(/\\r/u);
    }
  }, TEST_TIMEOUT_MS);

  it('ignores a byte-order mark at the start, even right before the first heading', async () => {
    expect(await parse(`\uFEFF${SMALL.join('\n')}`, SMALL_HEADINGS)).toEqual(await parse(SMALL.join('\n'), SMALL_HEADINGS));
    const direct = await parse(`\uFEFF${SMALL.slice(2).join('\n')}`, SMALL_HEADINGS);
    expect(direct.problems).toEqual([]);
    expect(direct.sessions).toHaveLength(3);
    expect(JSON.stringify(direct)).not.toContain('\uFEFF');
  }, TEST_TIMEOUT_MS);

  it('reports a heading hidden behind a byte-order mark in the middle of the file (two files joined)', async () => {
    const text = SMALL.map((line) => (line === 'Breakouts' ? '\uFEFFBreakouts' : line)).join('\n');
    const result = await parse(text, SMALL_HEADINGS);
    expect(result.problems.filter((problem) => problem.rule === 'listing/missing-heading').map((problem) => [problem.heading, problem.message])).toEqual([
      ['Breakouts', 'Track heading "Breakouts" declared in summit.yaml does not occur in the listing'],
    ]);
  }, TEST_TIMEOUT_MS);

  it('takes no-break spaces as spaces in indentation, speaker lines and headings, and keeps them inside text', async () => {
    const text = [
      'Keynotes\u00A0',
      '',
      '\u00A0\u00A0•\u00A0Streams\u00A0and Tables',
      '',
      '\u00A0\u00A0\u00A0\u00A0Jane\u00A0Doe,\u00A0Acme Labs & John Roe,\u00A0Confluent;\u00A0Ann Lee',
      '',
      '\u00A0\u00A0\u00A0\u00A0View Description\u00A0',
      '',
      '\u00A0\u00A0\u00A0\u00A0Kafka\u00A0Streams turns a stream into a table.',
      '\u00A0\u00A0\u00A0\u00A0•\u00A0First item',
      '',
    ].join('\n');
    const result = await parse(text, ['Keynotes']);
    expect(result.problems).toEqual([]);
    expect(result.sessions).toHaveLength(1);
    const [session] = result.sessions;
    expect(session!.title).toBe('Streams\u00A0and Tables');
    // Speaker names are normalised to single ASCII spaces (one person, one id, whatever the
    // scrape's whitespace); titles and descriptions keep their no-break spaces as written.
    expect(session!.speakers.map((speaker) => [speaker.name, speaker.affiliation])).toEqual([
      ['Jane Doe', 'Acme Labs'],
      ['John Roe', 'Confluent'],
      ['Ann Lee', null],
    ]);
    expect(session!.descriptionText).toBe('Kafka\u00A0Streams turns a stream into a table.\nFirst item');
    expect(result.dropped.map((entry) => entry.reason)).toEqual(['label']);
  }, TEST_TIMEOUT_MS);

  // REGRESSION (fixed; kept so it stays fixed): splitPieces in src/parse/listing/speaker-line.ts
  // accepts any whitespace (NBSP too) around `,` and `;` but only ASCII spaces around `&` and
  // `and` (` +& +`), so `Acme Labs\u00A0&\u00A0John Roe` stays one affiliation and John Roe is lost.
  it('takes no-break spaces around "&" and "and" in a speaker line as spaces', async () => {
    const text = ['Keynotes', '', '  • Panel', '', '    Jane Doe, Acme Labs\u00A0&\u00A0John Roe, Confluent\u00A0and\u00A0Ann Lee, IBM', ''].join('\n');
    const result = await parse(text, ['Keynotes']);
    expect(result.sessions[0]!.speakers.map((speaker) => [speaker.name, speaker.affiliation])).toEqual([
      ['Jane Doe', 'Acme Labs'],
      ['John Roe', 'Confluent'],
      ['Ann Lee', 'IBM'],
    ]);
  }, TEST_TIMEOUT_MS);

  it('takes tabs as indentation and as spaces in speaker lines, and keeps them inside text', async () => {
    const text = ['Keynotes', '', '\t• Tab\tTitle', '', '\t\tJane Doe,\tAcme', '', '\t\tView Description', '', '\t\tFirst paragraph with\ta tab.', '\t\t- dash item', '\t\t1. numbered item', ''].join('\n');
    const result = await parse(text, ['Keynotes']);
    expect(result.problems).toEqual([]);
    expect(result.sessions).toHaveLength(1);
    const [session] = result.sessions;
    expect(session!.title).toBe('Tab\tTitle');
    expect(session!.speakers).toEqual([{ name: 'Jane Doe', affiliation: 'Acme', role: null }]);
    expect(session!.descriptionText).toBe('First paragraph with\ta tab.\ndash item\nnumbered item');
  }, TEST_TIMEOUT_MS);

  // REGRESSION (fixed; kept so it stays fixed): SESSION_BULLET in src/parse/listing/parse-listing.ts
  // counts a tab as one character of indent, so `\t\t• item` (two tabs, deeper than the
  // session bullet at one tab) silently becomes a new session titled "First item".
  it('keeps tab-indented description bullets as list items, not sessions', async () => {
    const text = ['Keynotes', '', '\t• Tab Title', '', '\t\tJane Doe, Acme', '', '\t\tView Description', '', '\t\tWe cover:', '\t\t• First item', '\t\t• Second item', ''].join('\n');
    const result = await parse(text, ['Keynotes']);
    expect(result.sessions.map((session) => session.title)).toEqual(['Tab Title']);
    expect(result.sessions[0]!.descriptionText).toBe('We cover:\nFirst item\nSecond item');
  }, TEST_TIMEOUT_MS);
});

describe('an empty listing', () => {
  it('has no sessions, and says which declared heading is missing', async () => {
    for (const text of ['', '\n\n', '\r\n  \t\r\n', '\uFEFF']) {
      const result = await parse(text, ['Keynotes']);
      expect(result.sessions).toEqual([]);
      expect(result.dropped).toEqual([]);
      expect(result.problems.map((problem) => [problem.line, problem.rule, problem.heading, problem.message])).toEqual([
        [1, 'listing/missing-heading', 'Keynotes', 'Track heading "Keynotes" declared in summit.yaml does not occur in the listing'],
      ]);
    }
    expect(await parse('', [])).toMatchObject({ sessions: [], dropped: [], problems: [] });
  }, TEST_TIMEOUT_MS);

  it('gives a summit with empty tracks and the message, at the heading declared in summit.yaml, through buildArchive', async () => {
    const built = await archive('', ['Keynotes']);
    expect(built.sessions).toEqual([]);
    expect(built.speakers).toEqual([]);
    expect(built.summits).toHaveLength(1);
    expect(built.summits[0]!.tracks.map((track) => [track.id, track.sessions])).toEqual([['keynotes', []]]);
    // The summit.yaml is made in memory, so its fields are all placed at line 1, column 1.
    expect(built.messages.map((message) => [message.file, message.line, message.column, message.field, message.rule, message.message, message.severity])).toEqual([
      ['content/summits/kafka-summit-2020/summit.yaml', 1, 1, 'tracks.0.heading', 'listing/missing-heading', 'Track heading "Keynotes" does not occur in content/summits/kafka-summit-2020/listing.txt', undefined],
    ]);
  }, TEST_TIMEOUT_MS);
});
