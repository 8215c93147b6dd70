/**
 * Long fuzz run of the parser properties (tests/support/parser-properties.ts): the same
 * properties as tests/unit/parser-properties.test.ts, with a random seed (logged, so a
 * failure can be replayed) and many more runs. A benchmark job, not a test: it reports
 * failures and never throws on them.
 *
 *   node bench/fuzz.ts [runs] [seed]
 *
 * Replay a failure in the unit test by running that property with the logged seed and
 * path: `fc.assert(property, { seed, path, endOnFailure: true })`.
 */
import fc from 'fast-check';
import { parserProperties } from '../tests/support/parser-properties.ts';

/** Longest a single property may take (runs plus shrinking); a failure found by then is still reported. */
const PROPERTY_TIME_LIMIT_MS = 10 * 60_000;

/**
 * Run every parser property with a random seed. `numRuns` is the total over all properties,
 * shared out in proportion to each property's run count in the unit test.
 */
export async function longFuzz(numRuns = 20_000, seed = Math.floor(Math.random() * 2 ** 31)): Promise<{ runs: number; ms: number; failures: number }> {
  const weight = parserProperties.reduce((sum, property) => sum + property.numRuns, 0);
  console.log(`fuzz: seed ${seed}, ${numRuns} runs over ${parserProperties.length} properties`);
  const started = performance.now();
  let runs = 0;
  let failures = 0;
  for (const { name, numRuns: testRuns, property } of parserProperties) {
    const share = Math.max(1, Math.round((numRuns * testRuns) / weight));
    const propertyStarted = performance.now();
    const details = fc.check(property, { seed, numRuns: share, interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS });
    runs += details.numRuns;
    const ms = Math.round(performance.now() - propertyStarted);
    if (details.failed) {
      failures += 1;
      console.log(`  FAIL ${name}: after ${details.numRuns} runs, ${ms} ms (seed ${seed}, path "${details.counterexamplePath}")`);
      console.log(fc.defaultReportMessage(details)?.split('\n').map((line) => `    ${line}`).join('\n'));
    } else {
      const skipped = details.numSkips > 0 ? `, ${details.numSkips} skipped by preconditions` : '';
      const interrupted = details.interrupted ? ' (stopped at the time limit)' : '';
      console.log(`  ok   ${name}: ${details.numRuns} runs${skipped}, ${ms} ms${interrupted}`);
    }
  }
  const ms = Math.round(performance.now() - started);
  console.log(`fuzz: ${runs} runs in ${(ms / 1000).toFixed(1)} s, ${failures} failing ${failures === 1 ? 'property' : 'properties'} (seed ${seed})`);
  return { runs, ms, failures };
}

if (import.meta.main) {
  const [runs, seed] = process.argv.slice(2).map(Number);
  await longFuzz(runs || undefined, Number.isInteger(seed) ? seed : undefined);
}
