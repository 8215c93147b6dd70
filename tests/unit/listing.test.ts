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
import { parseListing, type ListingParseResult } from '../../src/parse/listing/parse-listing.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const read = (summit: string) => readFileSync(join(SEED_CONTENT, 'summits', summit, 'listing.txt'), 'utf8');

const LISTINGS = {
  'kafka-summit-2020': {
    tracks: { Keynotes: [8, 4], Breakouts: [51, 21], Lightning: [12, 2] },
  },
  'kafka-summit-london-2019': {
    tracks: { 'Core Kafka': [14, 6], 'Event-Driven Development': [14, 2], 'Stream Processing': [14, 2], 'Use Cases': [14, 7] },
  },
  'kafka-summit-san-francisco-2019': {
    tracks: { 'Core Kafka': [14, 7], 'Event Driven Development': [12, 2], ストリーム処理: [13, 2], ユースケース: [14, 6] },
  },
} as const satisfies Record<string, { tracks: Record<string, readonly [total: number, titled: number]> }>;

const parsed = Object.fromEntries(
  Object.entries(LISTINGS).map(([summit, { tracks }]) => [summit, parseListing(read(summit), { trackHeadings: Object.keys(tracks) })]),
) as Record<keyof typeof LISTINGS, ListingParseResult>;

describe.each(Object.entries(LISTINGS))('%s', (summit, { tracks }) => {
  const result = parsed[summit as keyof typeof LISTINGS];

  it('reports no problems', () => {
    expect(result.problems).toEqual([]);
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
      [5, 1, 'listing/unplaced-text', 'Text outside any session: "stray words"', undefined],
      [1, 1, 'listing/missing-heading', 'Track heading "Track B" declared in summit.yaml does not occur in the listing', 'Track B'],
    ]);
    expect(result.sessions).toHaveLength(1);
  });

  it('returns nothing for an empty listing', () => {
    expect(parseListing('', { trackHeadings: [] })).toEqual({ sessions: [], dropped: [], problems: [] });
  });
});
