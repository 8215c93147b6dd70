/**
 * Property-based tests of the listing parser and the archive builder, with a fixed seed
 * so every run checks the same cases. The properties live in tests/support/parser-properties.ts
 * and are shared with the long fuzz run (`bench/fuzz.ts`, random seed, many runs).
 * A failure prints the counterexample and the seed/path that replays it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/link/build-archive.ts';
import { parseSpeakerLine } from '../../src/parse/listing/speaker-line.ts';
import { SessionSchema } from '../../src/schemas/records.ts';
import { SummitMetaSchema } from '../../src/schemas/summit-meta.ts';
import { parserProperties, snapshotOf, summitInput } from '../support/parser-properties.ts';

const SEED = 20261125;
/**
 * Each property runs in a few seconds; shrinking a failure can take minutes, so a property
 * stops after this long and reports the smallest counterexample found so far. A property
 * that is merely this slow fails too (markInterruptAsFailure), rather than pass on fewer runs.
 */
const TIME_LIMIT_MS = 30_000;

describe(`parser properties (seed ${SEED})`, () => {
  for (const { name, numRuns, property } of parserProperties) {
    it(`${name} (${numRuns} runs)`, () => {
      fc.assert(property, { seed: SEED, numRuns, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: true });
    }, TIME_LIMIT_MS + 30_000);
  }
});

/** Minimal counterexamples the properties found, kept as plain tests. */
describe('regressions found by the properties', () => {
  const summit = (listingText: string) =>
    summitInput(
      'kafka-summit-2020',
      SummitMetaSchema.parse({ name: 'Kafka Summit 2020', year: 2020, city: null, tagline: null, tracks: [{ heading: 'Keynotes', name: 'Keynotes' }] }),
      listingText,
    );

  // REGRESSION (fixed; kept so it stays fixed). Found by "buildArchive never throws on any
  // listing text, and every record matches its schema". deriveTitle (src/text/titles.ts)
  // took "." as the first sentence and stripped its final period: displayTitle "" (the schema
  // wants at least one character) and the id fell back to "kafka-summit-2020/session".
  it('an untitled session whose description starts with "." gets a non-empty display title', () => {
    for (const first of ['.', '. Hello world', '. . .']) {
      const archive = buildArchive(snapshotOf([summit(`Keynotes\n\n  • View Description\n\n    ${first}\n`)]));
      expect(archive.sessions).toHaveLength(1);
      const [session] = archive.sessions;
      expect(session!.displayTitle, `description starting ${JSON.stringify(first)}`).not.toBe('');
      expect(SessionSchema.safeParse(session).success).toBe(true);
    }
  });

  // REGRESSION (fixed; kept so it stays fixed). Found by "generated listings: sessions come
  // back with their track, title, speakers, description and lines". After a job title, the next
  // piece is the company, but parseSpeakerLine (src/parse/listing/speaker-line.ts) opened a new person
  // at "US Citizenship" (it looks like a name and is not the last piece), so one speaker
  // became three: "Ravi Vankamamidi" (affiliation "Solutions Architect"), "US Citizenship",
  // "Immigration Services".
  it('a job title followed by a company with " and " inside is one speaker', () => {
    expect(parseSpeakerLine('Ravi Vankamamidi, Solutions Architect, US Citizenship and Immigration Services')).toEqual([
      { name: 'Ravi Vankamamidi', affiliation: 'US Citizenship and Immigration Services', role: 'Solutions Architect' },
    ]);
  });
});
