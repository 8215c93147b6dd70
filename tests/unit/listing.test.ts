/**
 * The three seed listings, parsed. Every expected number here was counted by reading
 * the listing files, not taken from the parser:
 *   - sessions per track: the `  • ` bullets (two-space indent) under each top-level
 *     heading, e.g. `awk '/^[^ ]/{h=$0} /^  • /{n[h]++} END{for(k in n) print k, n[k]}'`,
 *     minus the two "View Kafka Summit … Sessions" promotion bullets under London's Use Cases;
 *   - untitled: those bullets that read only `• View Description`;
 *   - titled: the rest (a title on the bullet line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseListing, type ListingParseResult } from '../../src/parse/listing/parse-listing.ts';
import { SeriesSchema } from '../../src/schemas/series.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const read = (summit: string) => readFileSync(join(SEED_CONTENT, 'summits', summit, 'listing.txt'), 'utf8');
/** The Kafka Summit series' furniture rules (tests/fixtures/seed-archive/content/series/kafka-summit.yaml). */
const KAFKA_RULES = SeriesSchema.parse(parse(readFileSync(join(SEED_CONTENT, "series", "kafka-summit.yaml"), "utf8"))).furniture ?? [];

const LISTINGS = {
  'kafka-summit-2020': {
    tracks: { Keynotes: [8, 4], Breakouts: [51, 21], Lightning: [12, 2] },
    problems: [],
  },
  'kafka-summit-london-2019': {
    tracks: { 'Core Kafka': [14, 6], 'Event-Driven Development': [14, 2], 'Stream Processing': [14, 2], 'Use Cases': [14, 7] },
    problems: [],
  },
  'kafka-summit-san-francisco-2019': {
    tracks: { 'Core Kafka': [14, 7], 'Event Driven Development': [12, 2], ストリーム処理: [13, 2], ユースケース: [14, 6] },
    // "Arshal Ameen & Dhruval Shah Rakuten Card Co.": the comma before the company is missing, so
    // the split after two words is a guess, and a guess is said (it is right here).
    problems: [[217, 'speaker-line/missing-comma', 'warning']],
  },
} as const satisfies Record<string, { tracks: Record<string, readonly [total: number, titled: number]>; problems: ReadonlyArray<readonly [number, string, string]> }>;

const parsed = Object.fromEntries(
  Object.entries(LISTINGS).map(([summit, { tracks }]) => [summit, parseListing(read(summit), { trackHeadings: Object.keys(tracks), furniture: KAFKA_RULES })]),
) as Record<keyof typeof LISTINGS, ListingParseResult>;

describe.each(Object.entries(LISTINGS))('%s', (summit, { tracks, problems }) => {
  const result = parsed[summit as keyof typeof LISTINGS];

  it('reads the bulleted style and reports no problems but the speaker-line guesses listed', () => {
    expect(result.style).toBe('bulleted');
    expect(result.problems.map((problem) => [problem.line, problem.rule, problem.severity ?? 'error'])).toEqual(problems);
  });

  it('uses every furniture rule of the series at least once over the three listings', () => {
    const total = KAFKA_RULES.map((_, index) => Object.values(parsed).reduce((sum, entry) => sum + entry.ruleHits[index]!, 0));
    expect(total.every((hits) => hits > 0), JSON.stringify(total)).toBe(true);
  });

  it.each(Object.entries(tracks))('track %s has the counted sessions, titled and untitled', (track, [total, titled]) => {
    const inTrack = result.sessions.filter((session) => session.track === track);
    expect(inTrack).toHaveLength(total);
    expect(inTrack.filter((session) => session.title !== null)).toHaveLength(titled);
    expect(inTrack.filter((session) => session.title === null)).toHaveLength(total - titled);
    expect(inTrack.map((session) => session.orderInTrack)).toEqual(Array.from({ length: total }, (_, index) => index + 1));
  });

  it('numbers sessions in listing order', () => {
    expect(result.sessions.map((session) => session.order)).toEqual(result.sessions.map((_, index) => index + 1));
    const starts = result.sessions.map((session) => session.lines.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('lets no page furniture into a session', () => {
    for (const session of result.sessions) {
      const text = [session.title, session.speakerLine, session.descriptionText].join('\n');
      expect(text).not.toMatch(/Contact Us|Ready to Talk to Us|We use cookies|Cookie|View Kafka Summit .* Sessions|View Description|View Sessions/u);
      expect(text).not.toMatch(/Screen reader support enabled\.|Request sent\.|Learn More/u);
    }
  });

  it('loses no text: source words = session words + dropped furniture words', () => {
    // Tokens without list markers, which legitimately turn into list syntax.
    const tokens = (text: string) => text.split(/\s+/u).filter((token) => token && !/^(?:[•–*-]|\d{1,3}[.)])$/u.test(token));
    const source = tokens(read(summit));
    const kept = result.sessions.flatMap((session) => tokens([session.title ?? '', session.speakerLine ?? '', session.descriptionText].join(' ')));
    const dropped = result.dropped.flatMap((entry) => tokens(entry.text));
    const headings = Object.keys(tracks).flatMap(tokens);
    const count = (list: string[]) => list.reduce((map, token) => map.set(token, (map.get(token) ?? 0) + 1), new Map<string, number>());
    expect(count([...headings, ...kept, ...dropped])).toEqual(count(source));
  });

  it('drops only recognised furniture', () => {
    for (const entry of result.dropped) {
      if (entry.reason === 'label') expect(['View Description', 'View Sessions']).toContain(entry.text.trim());
      if (entry.reason === 'trailing-fragment') expect(['Screen reader support enabled.', 'Request sent.']).toContain(entry.text);
    }
  });
});

describe('furniture, by source line', () => {
  const reasons = (summit: keyof typeof LISTINGS) => parsed[summit].dropped.filter((entry) => entry.reason !== 'label').map((entry) => [entry.line, entry.reason]);

  it('Kafka Summit 2020: banner and intro header, "Request sent." and five "Screen reader support enabled."', () => {
    expect(reasons('kafka-summit-2020')).toEqual([
      [1, 'page-header'],
      [3, 'page-header'],
      [4, 'page-header'],
      [6, 'page-header'],
      [46, 'trailing-fragment'],
      [555, 'trailing-fragment'],
      [563, 'trailing-fragment'],
      [583, 'trailing-fragment'],
      [593, 'trailing-fragment'],
      [607, 'trailing-fragment'],
    ]);
  });

  it('London 2019: header, two promotions for other summits, contact block and cookie notice', () => {
    expect(reasons('kafka-summit-london-2019')).toEqual([
      [1, 'page-header'],
      [3, 'page-header'],
      ...[469, 471, 473, 474, 476, 478].map((line) => [line, 'promotion']),
      [480, 'footer'],
      [482, 'footer'],
      [484, 'footer'],
      [486, 'cookie-notice'],
    ]);
  });

  it('San Francisco 2019: header and the Japanese cookie notice', () => {
    expect(reasons('kafka-summit-san-francisco-2019')).toEqual([
      [1, 'page-header'],
      [3, 'page-header'],
      [295, 'cookie-notice'],
    ]);
  });
});

describe('descriptions', () => {
  const at = (summit: keyof typeof LISTINGS, line: number) => {
    const session = parsed[summit].sessions.find((candidate) => candidate.lines.start <= line && line <= candidate.lines.end);
    if (!session) throw new Error(`no session at ${summit}:${line}`);
    return session;
  };

  it('turns numbered lines into an ordered list and drops the "Request sent." fragment (Jay Kreps keynote)', () => {
    expect(at('kafka-summit-2020', 42).description).toBe(
      [
        'In this talk, Confluent co-founder and CEO, Jay Kreps will cover the rise of two trends:',
        '',
        '1. The rise of Apache Kafka and event streams',
        '2. The rise of the public cloud and cloud-native data systems ... and the problems we need to solve as these two trends come together.',
      ].join('\n'),
    );
  });

  it('splits a run-in dash list after a colon, and keeps the sentence after it as a paragraph (DBS)', () => {
    const { description } = at('kafka-summit-2020', 611);
    expect(description).toContain(
      'application modernisation by:\n\n- making our systems event-driven\n- moving batch workloads to real-time\n- serving various financial industry use-cases that warrants proactive actions i.e Fraud detection, Anomaly and unusual behaviour detections.\n\nTo realize our Digital vision',
    );
  });

  it('keeps " - " inside a sentence as text (Apache Pinot)', () => {
    expect(at('kafka-summit-2020', 86).description).toContain('We built Apache Pinot - a real-time distributed OLAP datastore - for low-latency analytics');
  });

  it('ends a • list where a plain line follows, and drops the trailing widget text (Walmart)', () => {
    const { description } = at('kafka-summit-2020', 545);
    expect(description).toContain('- Reading from a store of a specific partition (KIP-562)\n\nAll of these enable us to deliver Kafka Streams applications that are focused on availability and throughput.');
    expect(description.endsWith('throughput.')).toBe(true);
  });

  it('keeps one question per line where the source has no markers (fault tree analysis)', () => {
    expect(at('kafka-summit-london-2019', 54).description).toContain('What guarantees can I promise my users?\\\nWhat should my replication factor?');
  });

  it('makes en-dash lines a list', () => {
    expect(at('kafka-summit-london-2019', 232).description).toContain('- Basic understanding of Kafka Streams.\n- Productionizing Kafka Streams at scale.');
  });

  it('keeps a paragraph that lost its indentation in its session (Centene)', () => {
    const session = at('kafka-summit-san-francisco-2019', 293);
    expect(session.title).toBe('Building an Enterprise Eventing Framework');
    expect(session.descriptionText).toContain('able to be solved leveraging the Kafka Stream DSL and the Confluent Platform.');
  });

  it('escapes Markdown syntax in source text (a `*` list run into one line stays a list, not emphasis)', () => {
    const { description } = at('kafka-summit-2020', 629);
    expect(description).toContain('- Survive consuming a poison pill from a Kafka topic');
    expect(description).toContain('\n\nAfter joining this talk, you will be inspired');
  });

  it('parses title and speaker line of a titled session without description (Defensive Cyber Operations Panel)', () => {
    const session = at('kafka-summit-2020', 166);
    expect(session.title).toBe('Defensive Cyber Operations Panel: Stories From the Trenches');
    expect(session.speakers.map((speaker) => speaker.name)).toEqual(['Will LaForest', 'Justin Clark', 'Jake Corrigan', 'Jac Noel']);
    expect(session.description).toBe('');
  });

  it('never splits a title on "and"/"AND"', () => {
    const session = at('kafka-summit-san-francisco-2019', 83);
    expect(session.title).toBe('The Easiest Way to Configure Security for Clients AND Servers');
    expect(session.speakers.map((speaker) => speaker.name)).toEqual(['Dani Traphagen', 'Brian Likosar']);
  });
});

describe('robustness', () => {
  it('accepts CRLF line endings and a BOM with the same result', () => {
    const text = read('kafka-summit-2020');
    const options = { trackHeadings: ['Keynotes', 'Breakouts', 'Lightning'] };
    const plain = parseListing(text, options);
    const windows = parseListing(`\uFEFF${text.replace(/\n/gu, '\r\n')}`, options);
    expect(windows.sessions).toEqual(plain.sessions);
  });

  it('reports a declared heading that is missing, and text outside any session', () => {
    const result = parseListing('Intro\n\nTrack A\n\nstray words\n\n  • Title\n\n    Jane Doe, Acme\n', { trackHeadings: ['Track A', 'Track B'] });
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.rule, problem.message, problem.heading])).toEqual([
      [5, 1, 'listing/unplaced-text', 'Text outside any session: "stray words" (before the first session bullet of track "Track A")', undefined],
      [1, 1, 'listing/missing-heading', 'Track heading "Track B" declared in summit.yaml does not occur in the listing', 'Track B'],
    ]);
    expect(result.sessions).toHaveLength(1);
  });

  it('names the near miss of a missing heading and its line: a typo, other capitals or spacing', () => {
    const listing = 'Intro\n\nStream  processing\n\n  • Title\n\n    Jane Doe, Acme\n\nKEYNOTES\n\n  • Other\n\n    John Roe, Globex\n\nQ&A\n';
    const result = parseListing(listing, { trackHeadings: ['Stream Processing', 'Keynotes', 'Panels'] });
    expect(result.problems.filter((problem) => problem.rule === 'listing/missing-heading').map((problem) => [problem.heading, problem.found, problem.hint])).toEqual([
      ['Stream Processing', 'Stream Processing (the listing has "Stream  processing" at line 3)', 'Write the heading as the listing does: "Stream  processing" (line 3). The listing stays as scraped; the name shown on pages is the track\'s "name".'],
      ['Keynotes', 'Keynotes (the listing has "KEYNOTES" at line 9)', 'Write the heading as the listing does: "KEYNOTES" (line 9). The listing stays as scraped; the name shown on pages is the track\'s "name".'],
      // Nothing near "Panels": the plain instruction.
      ['Panels', 'Panels', 'Copy the heading exactly as it is written in listing.txt, on a line of its own with no indent.'],
    ]);
  });

  it('returns nothing for an empty listing', () => {
    expect(parseListing('', { trackHeadings: [] })).toEqual({ sessions: [], dropped: [], problems: [], style: 'bulleted', ruleHits: [] });
  });
});

/** A listing from lines, parsed; `problems` as [line, column, rule, severity]. */
function listing(lines: string[], options: Partial<Parameters<typeof parseListing>[1]> = {}) {
  const result = parseListing(lines.join('\n'), { trackHeadings: lines.includes('More Talks') ? ['Talks', 'More Talks'] : ['Talks'], ...options });
  return { result, problems: result.problems.map((problem) => [problem.line, problem.column, problem.rule, problem.severity ?? 'error']) };
}

describe('the bulleted layout: text that does not fit is reported where it stands, never appended', () => {
  const session = ['Talks', '', '  • Streams in Practice', '', '    Jane Doe, Acme Corp', '', '    View Description', '', '    A practical tour of stream processing.'];

  it('an unindented line after a description, and the indented lines after it', () => {
    const { result, problems } = listing([...session, '', 'Back to top', '', '    Share this page', '', '  • Next Talk', '', '    John Roe, Globex']);
    expect(problems).toEqual([
      [11, 1, 'listing/unplaced-text', 'error'],
      [13, 5, 'listing/unplaced-text', 'error'],
    ]);
    expect(result.sessions.map((entry) => [entry.title, entry.descriptionText, entry.lines])).toEqual([
      ['Streams in Practice', 'A practical tour of stream processing.', { start: 3, end: 9 }],
      ['Next Talk', '', { start: 15, end: 17 }],
    ]);
    const [back] = result.problems;
    expect(back!.message).toBe('Text outside any session: "Back to top" (an unindented line after the session at line 3; a session\'s lines are indented under its bullet)');
    expect(back!.found).toBe('Back to top');
    expect(back!.hint).toContain('- line: "Back to top"\n  reason: page-furniture');
  });

  it('a block after the last session', () => {
    const { result, problems } = listing([...session, '', '© 2022 Acme Events. All rights reserved.', 'Privacy Policy | Terms of Use']);
    expect(problems).toEqual([
      [11, 1, 'listing/unplaced-text', 'error'],
      [12, 1, 'listing/unplaced-text', 'error'],
    ]);
    expect(result.sessions[0]!.descriptionText).toBe('A practical tour of stream processing.');
  });

  it('text between the speaker line and "View Description"', () => {
    const lines = [...session];
    lines.splice(5, 0, '', '    Watch Recording');
    const { result, problems } = listing(lines);
    expect(problems).toEqual([[7, 5, 'listing/unexpected-text', 'error']]);
    expect(result.problems[0]!.session).toBe(1);
    expect(result.sessions[0]!.descriptionText).toBe('A practical tour of stream processing.');
  });

  it('a short line without sentence punctuation in a description: a warning, left out', () => {
    const { result, problems } = listing([...session, '', '    Download Slides', '', '    Key takeaways', '    • Lag is a symptom', '', '  • View Description', '', '    Developing Kafka', '', '    Organizations go through stages.']);
    // "Key takeaways" introduces a list; "Developing Kafka" opens a description (a lost title, in the seeds).
    expect(problems).toEqual([[11, 5, 'listing/possible-page-text', 'warning']]);
    expect(result.sessions.map((entry) => entry.descriptionText)).toEqual([
      'A practical tour of stream processing.\nKey takeaways\nLag is a symptom',
      'Developing Kafka\nOrganizations go through stages.',
    ]);
    expect(result.problems[0]!.hint).toContain('- keep: "Download Slides"');
  });

  it('a keep rule says such a line is description text', () => {
    const { result, problems } = listing([...session, '', '    Joint work with Acme Labs'], { furniture: [{ kind: 'keep', text: 'Joint work with Acme Labs', reason: 'description-text' }] });
    expect(problems).toEqual([]);
    expect(result.sessions[0]!.descriptionText).toBe('A practical tour of stream processing.\nJoint work with Acme Labs');
    expect(result.ruleHits).toEqual([1]);
  });

  it('rules drop what they match: a whole session-shaped block when they match its bullet', () => {
    const { result, problems } = listing(
      [...session, '', '  • Streamcon Tokyo 2023 — Call for Papers', '', '    Share your story on stage in Tokyo.', '', '    Submit a Talk', '', 'Back to top', '  • Last Talk', '', '    Ann Lee, Initech', '', '    View Description', '', '    Shipping it. Link copied to clipboard.'],
      {
        furniture: [
          { kind: 'pattern', text: 'Streamcon * — Call for Papers', reason: 'promotion' },
          { kind: 'line', text: 'Back to top', reason: 'back-to-top' },
          { kind: 'trailing', text: 'Link copied to clipboard.', reason: 'widget-message' },
          { kind: 'line', text: 'Never on this page', reason: 'unused' },
        ],
      },
    );
    expect(problems).toEqual([]);
    expect(result.dropped.filter((entry) => entry.reason !== 'label')).toEqual([
      { line: 11, text: 'Streamcon Tokyo 2023 — Call for Papers', reason: 'promotion' },
      { line: 13, text: '    Share your story on stage in Tokyo.', reason: 'promotion' },
      { line: 15, text: '    Submit a Talk', reason: 'promotion' },
      { line: 17, text: 'Back to top', reason: 'back-to-top' },
      { line: 24, text: 'Link copied to clipboard.', reason: 'widget-message' },
    ]);
    expect(result.sessions.map((entry) => [entry.title, entry.descriptionText])).toEqual([
      ['Streams in Practice', 'A practical tour of stream processing.'],
      ['Last Talk', 'Shipping it.'],
    ]);
    expect(result.ruleHits).toEqual([1, 1, 1, 0]);
  });

  it('a block rule drops a run of lines, and says where its end never comes', () => {
    const banner = ['', 'Stay in the stream', '', 'Once a month, no spam.', '', 'Subscribe'];
    const rule = { kind: 'block' as const, from: 'Stay in the *', to: 'Subscribe', reason: 'newsletter' };
    const closed = listing([...session, ...banner, '', '  • Next Talk', '', '    John Roe, Globex'], { furniture: [rule] });
    expect(closed.problems).toEqual([]);
    expect(closed.result.dropped.filter((entry) => entry.reason === 'newsletter').map((entry) => entry.line)).toEqual([11, 13, 15]);
    const open = listing([...session, ...banner.slice(0, 4), '', 'More Talks', '', 'Subscribe'], { furniture: [rule] });
    expect(open.problems).toEqual([
      [11, 1, 'furniture/open-block', 'warning'],
      [11, 1, 'listing/unplaced-text', 'error'],
      [13, 1, 'listing/unplaced-text', 'error'],
      [17, 1, 'listing/unplaced-text', 'error'],
    ]);
  });

  it('a guess about a speaker line is a warning at the speaker line, with the reading chosen', () => {
    const { result, problems } = listing(['Talks', '', '  • Cards', '', '    Arshal Ameen & Dhruval Shah Rakuten Card Co.']);
    expect(problems).toEqual([[5, 20, 'speaker-line/missing-comma', 'warning']]);
    expect(result.problems[0]!.expected).toBe('read as: Arshal Ameen: Rakuten Card Co.; Dhruval Shah: Rakuten Card Co.');
    expect(result.problems[0]!.session).toBe(1);
  });
});

describe('the titled layout', () => {
  const titled = [
    'Talks',
    '',
    'Exactly-Once Semantics Revisited',
    '',
    '  • Dr. Ingrid Halvorsen, Norsk Data',
    '  • Felix Braun , SAP',
    '',
    'What the broker guarantees, and what your application still has to earn.',
    '',
    'Share this page',
    '',
    'Replication Without Tears',
    '',
    '  • Lucía Fernández — Cabify',
    '',
    'Key takeaways',
    '• Offsets survive',
    '• Nothing breaks',
    '',
    'More Talks',
    '',
    '  • Tom Becker & Julia Wagner, N26',
    '',
    'A talk whose title line the page lost.',
  ];

  it('reads titles, one speaker bullet per person or group, and unindented descriptions', () => {
    const { result, problems } = listing(titled, { style: 'titled' });
    expect(result.style).toBe('titled');
    expect(problems).toEqual([[10, 1, 'listing/possible-page-text', 'warning']]);
    expect(
      result.sessions.map((session) => ({
        track: session.track,
        title: session.title,
        speakers: session.speakers.map((speaker) => [speaker.name, speaker.affiliation, speaker.suffix ?? null]),
        speakerSourceLines: session.speakerSourceLines,
        description: session.descriptionText,
        lines: session.lines,
      })),
    ).toEqual([
      {
        track: 'Talks',
        title: 'Exactly-Once Semantics Revisited',
        speakers: [['Ingrid Halvorsen', 'Norsk Data', 'Dr.'], ['Felix Braun', 'SAP', null]],
        speakerSourceLines: [5, 6],
        description: 'What the broker guarantees, and what your application still has to earn.',
        lines: { start: 3, end: 10 },
      },
      {
        track: 'Talks',
        title: 'Replication Without Tears',
        speakers: [['Lucía Fernández', 'Cabify', null]],
        speakerSourceLines: [14],
        description: 'Key takeaways\nOffsets survive\nNothing breaks',
        lines: { start: 12, end: 18 },
      },
      {
        track: 'More Talks',
        title: null,
        speakers: [['Tom Becker', 'N26', null], ['Julia Wagner', 'N26', null]],
        speakerSourceLines: [22, 22],
        description: 'A talk whose title line the page lost.',
        lines: { start: 22, end: 24 },
      },
    ]);
    expect(result.sessions[0]!.speakerLine).toBe('Dr. Ingrid Halvorsen, Norsk Data\nFelix Braun , SAP');
  });

  it('drops a whole session-shaped block when a rule matches its title line', () => {
    const promotion = ['', 'Next up: Amsterdam 2019', '', '  • 13–14 May 2019, Amsterdam', '', 'Register Now'];
    const lines = [...titled.slice(0, 9), ...promotion, ...titled.slice(9)];
    const { result, problems } = listing(lines, { style: 'titled', furniture: [{ kind: 'startsWith', text: 'Next up:', reason: 'promotion' }, { kind: 'line', text: 'Share this page', reason: 'share-widget' }] });
    expect(problems).toEqual([]);
    expect(result.dropped.map((entry) => [entry.line, entry.reason])).toEqual([
      [11, 'promotion'],
      [13, 'promotion'],
      [15, 'promotion'],
      [16, 'share-widget'],
    ]);
    expect(result.sessions[0]!.descriptionText).toBe('What the broker guarantees, and what your application still has to earn.');
    expect(result.sessions).toHaveLength(3);
  });

  it('is detected when summit.yaml declares no style, with a warning that asks to declare it', () => {
    const { result, problems } = listing(titled);
    expect(result.style).toBe('titled');
    expect(problems).toEqual([
      [3, 1, 'listing/style-detected', 'warning'],
      [10, 1, 'listing/possible-page-text', 'warning'],
    ]);
    expect(result.problems[0]!.hint).toContain('style: titled');
  });

  it('a declared style that does not fit the text is an error at the first line that shows it', () => {
    const { problems, result } = listing(titled, { style: 'bulleted' });
    expect(problems[0]).toEqual([3, 1, 'listing/style-mismatch', 'error']);
    expect(result.problems[0]!.message).toBe('summit.yaml declares style: bulleted, but the listing is laid out in the titled style');
    expect(result.problems[0]!.hint).toContain('Set style: titled in summit.yaml');
    const bulleted = listing(['Talks', '', '  • Streams in Practice', '', '    Jane Doe, Acme Corp', '', '    View Description', '', '    A practical tour.'], { style: 'titled' });
    expect(bulleted.problems[0]).toEqual([3, 1, 'listing/style-mismatch', 'error']);
  });
});
