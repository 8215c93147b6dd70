/**
 * Lighthouse scores for docs/BENCHMARKS.md: the home, a summit, a session, a speaker and the
 * search page, each run RUNS times in a fresh Chromium (desktop preset), median per category.
 * The site is built into bench/.work/lighthouse-site for the origin it is served on, so the
 * canonical URLs match the pages Lighthouse loads. Run through `npm run bench`, or alone with
 * `node bench/lighthouse.ts`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatScores, LIGHTHOUSE_PAGES, runLighthouse, serveLighthouseSite, type LighthouseScores } from '../tests/support/lighthouse.ts';
import { ROOT } from '../tests/support/paths.ts';

const BASE = '/summit-archive/';
/** Runs per page; the performance score moves with machine load, the others do not. */
export const LIGHTHOUSE_RUNS = 3;

export interface LighthouseBenchResult {
  page: string;
  /** Path under the site, with the base (the origin is a throwaway loopback port). */
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

let version = '';

/** Median of the runs' scores; every run here has all four categories, so none is null. */
function median(values: Array<number | null>): number {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchLighthouse(): Promise<LighthouseBenchResult[]> {
  const site = await serveLighthouseSite(join(ROOT, 'bench/.work/lighthouse-site'), BASE);
  try {
    const results: LighthouseBenchResult[] = [];
    for (const [page, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      const runs: LighthouseScores[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        const scores = await runLighthouse(`${site.origin}${BASE}${path}`);
        if (scores.externalRequests.length > 0) throw new Error(`Lighthouse run on ${path} left 127.0.0.1: ${scores.externalRequests.join(', ')}`);
        version = scores.lighthouseVersion;
        if (scores.failing.length > 0) console.log(formatScores(`${page} run ${run + 1}`, scores));
        runs.push(scores);
      }
      results.push({
        page,
        url: `${BASE}${path}`,
        performance: median(runs.map((scores) => scores.performance)),
        accessibility: median(runs.map((scores) => scores.accessibility)),
        bestPractices: median(runs.map((scores) => scores.bestPractices)),
        seo: median(runs.map((scores) => scores.seo)),
      });
    }
    return results;
  } finally {
    await site.close();
  }
}

export function lighthouseMarkdown(results: LighthouseBenchResult[]): string {
  const cell = (score: number) => (score === 100 ? '100' : `**${score}**`);
  return [
    `Lighthouse ${version || '(version unknown)'} (npm, Node API) driving Debian's Chromium headless, desktop preset (simulated throttling), categories performance, accessibility, best practices and SEO; median of ${LIGHTHOUSE_RUNS} runs per page, each in a fresh browser. The seed archive is served over loopback with gzip like GitHub Pages, built with its canonical URLs on the same origin. Target: 100 everywhere; scores below 100 are in bold. \`tests/site/lighthouse.test.ts\` fails if accessibility or SEO drops below 100.`,
    '',
    '| page | path | performance | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...results.map((result) => `| ${result.page} | \`${result.url}\` | ${cell(result.performance)} | ${cell(result.accessibility)} | ${cell(result.bestPractices)} | ${cell(result.seo)} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(lighthouseMarkdown(await benchLighthouse()));
}
