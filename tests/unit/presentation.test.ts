import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePresentation, stripFooter } from '../../src/parse/presentation.ts';
import { parseYamlFile } from '../../src/read/yaml.ts';
import { PresentationMetaSchema } from '../../src/schemas/presentation-meta.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const DECK = join(SEED_CONTENT, 'presentations/apache-kafka-event-streaming-platform');
// Seed 003 (byte-identical to /work/shared/seeds/003_cdffe4e37af2869f.txt).
const source = readFileSync(join(DECK, 'source.txt'), 'utf8');
// The deck's reviewed footers, from its presentation.yaml (the parser no longer knows them).
const meta = parseYamlFile('presentation.yaml', readFileSync(join(DECK, 'presentation.yaml'), 'utf8'), PresentationMetaSchema, 'help');
if (!meta.ok) throw new Error(meta.issues.map(String).join('\n'));
const footers = meta.data.footers;
const FOOTER_TOKENS = footers.map((footer) => footer.split(' '));
const sourceLines = source.split('\n');
const p = parsePresentation(source, { footers });

/*
 * Counted by reading the seed, not from the parser:
 *   grep -c '' 003…txt                              → 76 lines, none blank
 *   line 1 is the header; line 59 is the abstract (first prose line), so the
 *   slides are lines 2–58                          → 57 slide lines
 *   sed -n 2,58p 003…txt | grep -cE '^[0-9]+ '      → 51 numbered
 *   sed -n 2,58p 003…txt | grep -nvE '^[0-9]+ '     → 6 unnumbered: lines 4, 5, 26, 39, 57, 58
 *   comm -23 <(seq 1 55|sort) <(sed -n 2,58p 003…txt | grep -oE '^[0-9]+'|sort)
 *                                                  → missing numbers 3, 4, 25, 38 (highest is 55)
 *   grep -c '^— ' 003…txt                           → 7 social-media mentions
 */
const SLIDE_COUNT = 57;
const NUMBERED = 51;
const UNNUMBERED_LINES = [4, 5, 26, 39, 57, 58];
const MISSING_NUMBERS = [3, 4, 25, 38];

describe('the deck footers', () => {
  it('are the two reviewed in presentation.yaml', () => {
    expect(footers).toEqual(['@gamussa | #BostonKafka | @ConfluentINc', '@gamussa | @tlberglund | #DEVnexus']);
  });
});

describe('parsePresentation: header', () => {
  it('takes event, city and speaker from line 1, title and date from slide 1', () => {
    expect(p.title).toBe('Apache Kafka Event Streaming Platform');
    expect(p.event).toBe('Boston Apache Kafka® Meetup by Confluent');
    expect(p.city).toBe('Boston, MA, USA');
    expect(p.month).toBe('March');
    expect(p.year).toBe(2019);
    expect(p.speaker).toBe('Viktor Gamov');
    expect(p.headerLine).toBe(1);
    expect(p.problems).toEqual([]);
  });
});

describe('parsePresentation: slides', () => {
  it('has every slide line, in source order', () => {
    expect(p.slides).toHaveLength(SLIDE_COUNT);
    expect(p.slides.map((s) => s.line)).toEqual(Array.from({ length: SLIDE_COUNT }, (_, i) => i + 2));
  });

  it('keeps the numbering of the source, gaps included', () => {
    const numbers = p.slides.map((s) => s.number).filter((n): n is number => n !== null);
    expect(numbers).toHaveLength(NUMBERED);
    const missing = [];
    for (let n = 1; n <= 55; n++) if (!numbers.includes(n)) missing.push(n);
    expect(missing).toEqual(MISSING_NUMBERS);
    expect(p.slides.filter((s) => s.number === null).map((s) => s.line)).toEqual(UNNUMBERED_LINES);
  });

  it('removes the footer, also where slide words are interleaved with it', () => {
    const byNumber = (n: number) => p.slides.find((s) => s.number === n)?.text;
    expect(byNumber(1)).toBe('Apache Kafka Event Streaming Platform March, 2019 / Boston, MA');
    expect(byNumber(9)).toBe(
      'Origins in Stream Processing Java Apps with Kafka Streams or KSQL Serving Layer (Microservices, Elastic, etc.) High Throughput Continuous Streaming platform Computation API based clustering',
    );
    expect(byNumber(18)).toBe('Time C1 C2 C3');
    expect(byNumber(23)).toBe(
      'Consumers have a position all of their own Ricardo is here Scan New Old Robin is here Viktor is here Scan Scan',
    );
    expect(byNumber(24)).toBe('Only Sequential Access Old Read to offset & scan New');
    expect(byNumber(28)).toBe('C C C C');
    expect(byNumber(33)).toBe('Replicate to get fault leader msg Machine B Machine A replicate msg');
    expect(byNumber(41)).toBe('What exactly is Stream Processing? authorization_attempts possible_fraud');
    expect(byNumber(49)).toBe('KSQL #FTW ksql> 1 UI POST /query 2 CLI 3 REST 4 Headless');
    expect(byNumber(51)).toBe(
      'Standing on the shoulders of Streaming Giants KSQL Ease of use Powered by KSQL UDFs Kafka Streams Powered by Producer, Consumer APIs Flexibility',
    );
  });

  it('leaves footer-only slides in place with empty text', () => {
    expect(p.slides.filter((s) => s.text === '').map((s) => [s.line, s.number])).toEqual([
      [3, 2],
      [4, null],
      [8, 7],
      [55, 54],
      [56, 55],
    ]);
  });

  it('leaves no footer or footer fragment in any slide', () => {
    for (const s of p.slides) {
      expect(s.text).not.toContain('@ConfluentINc');
      expect(s.text).not.toContain('|');
      expect(s.text).not.toContain('#DEVnexus');
      expect(s.text).not.toContain('@tlberglund');
      expect(s.text.split(' ')).not.toContain('@');
    }
  });

  it('keeps @gamussa and #BostonKafka only where they are slide content', () => {
    // Line 5 is the raffle slide ("Follow @gamussa … Tag @gamussa With #BostonKafka")
    // and line 58 the contact slide ("Thanks! @gamussa viktor@confluent.io …"): there
    // the handle and hashtag are what the slide says, not the footer.
    const withHandle = p.slides.filter((s) => s.text.includes('@gamussa')).map((s) => s.line);
    const withTag = p.slides.filter((s) => s.text.includes('#BostonKafka')).map((s) => s.line);
    expect(withHandle).toEqual([5, 58]);
    expect(withTag).toEqual([5]);
    expect(p.slides.find((s) => s.line === 5)?.text).toBe(sourceLines[4]);
    expect(p.slides.find((s) => s.line === 58)?.text).toBe(
      'Thanks! @gamussa viktor@confluent.io We are hiring! https://www.confluent.io/careers/',
    );
    expect(p.slides.find((s) => s.line === 57)?.text).toBe('https://kafka-summit.org Gamov30');
  });

  it('removes only footer tokens: kept text + removed tokens = the source line', () => {
    for (const s of p.slides) {
      const words = (sourceLines[s.line - 1] ?? '').split(' ');
      const rest = s.number === null ? words : words.slice(1);
      expect([...s.text.split(' '), ...s.removed].filter(Boolean).sort()).toEqual(rest.sort());
    }
  });
});

describe('parsePresentation: after the slides', () => {
  it('starts the abstract on line 59', () => {
    expect(p.abstractLine).toBe(59);
    expect(p.abstract.startsWith('Streaming platforms have emerged as a popular, new trend')).toBe(true);
    expect(p.abstract.endsWith('New developments in this area such as KSQL will also be discussed.')).toBe(true);
  });

  it('keeps the demo lines', () => {
    expect(p.demos.intro).toEqual({
      line: 60,
      text: 'The following code examples from the presentation can be tried out live.',
    });
    expect(p.demos.items).toEqual([{ line: 61, text: 'KLyfft demo app demonstrated during the meetup' }]);
  });

  it('reads every mention with author, handle and date as written', () => {
    expect(p.mentions.map((m) => [m.line, m.author, m.handle, m.dateText, m.date])).toEqual([
      [63, 'Microsoft Developers', '@DevBostonDotOrg', 'March 12, 2019', '2019-03-12'],
      [65, 'Microsoft Developers', '@DevBostonDotOrg', 'March 12, 2019', '2019-03-12'],
      [67, 'Vinay Narayana ☁️', '@nvinay26', 'March 13, 2019', '2019-03-13'],
      [69, 'Microsoft Developers', '@DevBostonDotOrg', 'March 12, 2019', '2019-03-12'],
      [71, 'Jacob Zweifel', '@jacob_zweifel', 'March 13, 2019', '2019-03-13'],
      [73, 'raj-raj', '@rajk_r', 'March 12, 2019', '2019-03-12'],
      [75, 'urayoan', '@urayoan', 'March 12, 2019', '2019-03-12'],
    ]);
    expect(p.mentions[5]?.text).toBe('@gAmUssA awesome presentation ! #bostonkafka');
  });

  it('drops only the social-media section intro', () => {
    expect(p.dropped).toEqual([
      { line: 62, text: 'Here’s what was said about this presentation on social media.', reason: 'section-intro' },
    ]);
  });
});

describe('parsePresentation: accounting', () => {
  it('places every source line exactly once', () => {
    const used = [
      p.headerLine,
      ...p.slides.map((s) => s.line),
      p.abstractLine,
      p.demos.intro?.line,
      ...p.demos.items.map((d) => d.line),
      ...p.mentions.flatMap((m) => [m.line, m.attributionLine]),
      ...p.dropped.map((d) => d.line),
    ];
    expect(used.slice().sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: sourceLines.length }, (_, i) => i + 1),
    );
  });
});

describe('stripFooter', () => {
  it('leaves a line without a complete footer alone', () => {
    expect(stripFooter('Follow @gamussa | and more', FOOTER_TOKENS)).toEqual({ text: 'Follow @gamussa | and more', removed: [] });
  });

  it('takes the footer nearest the end, not an earlier handle', () => {
    expect(stripFooter('ask @gamussa here @gamussa | #BostonKafka | @ConfluentINc', FOOTER_TOKENS)).toEqual({
      text: 'ask @gamussa here',
      removed: ['@gamussa', '|', '#BostonKafka', '|', '@ConfluentINc'],
    });
  });

  it('removes nothing when no footers are given (they come from presentation.yaml, not the parser)', () => {
    expect(stripFooter('ask @gamussa | #BostonKafka | @ConfluentINc', [])).toEqual({
      text: 'ask @gamussa | #BostonKafka | @ConfluentINc',
      removed: [],
    });
  });

});

describe('parsePresentation: synthetic', () => {
  it('reads a leading number as a slide number only when it continues the numbering', () => {
    const footer = '@gamussa | #BostonKafka | @ConfluentINc';
    const text = [
      'A presentation at Some Meetup in in Somewhere by Some One',
      `1 A Talk May, 2020 / Somewhere ${footer}`,
      `2 Partitions ${footer}`,
      `0 1 2 3 ${footer}`,
      `4 Replicas ${footer}`,
      'An abstract.',
    ].join('\n');
    const s = parsePresentation(text, { footers: [footer] });
    expect(s.slides.map((x) => [x.number, x.text])).toEqual([
      [1, 'A Talk May, 2020 / Somewhere'],
      [2, 'Partitions'],
      [null, '0 1 2 3'],
      [4, 'Replicas'],
    ]);
    expect([s.title, s.month, s.year, s.abstract]).toEqual(['A Talk', 'May', 2020, 'An abstract.']);
  });
});
