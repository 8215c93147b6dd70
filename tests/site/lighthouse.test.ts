/**
 * Lighthouse budget (issue 8): accessibility and SEO stay at 100 on the home, a summit, a
 * session, a speaker and the search page. Lighthouse drives Debian's Chromium against a
 * copy of the site built for the exact origin it is served on (so canonical URLs match),
 * served with gzip like GitHub Pages. All four scores and any failing audits are logged.
 * A missing Chromium fails, never skips.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScores, LIGHTHOUSE_PAGES, runLighthouse, serveLighthouseSite } from '../support/lighthouse.ts';
import { ROOT, TEST_BASE } from '../support/paths.ts';
import type { StaticSite } from '../support/server.ts';

const OUT = join(ROOT, 'tests/.output/lighthouse-site');

let site: StaticSite | undefined;

beforeAll(async () => {
  site = await serveLighthouseSite(OUT, TEST_BASE);
}, 240_000);

afterAll(async () => {
  await site?.close();
});

describe('Lighthouse (desktop preset)', () => {
  it('runs on a copy built under the base, with canonical URLs on the served origin', () => {
    const home = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${site?.origin}${TEST_BASE}">`);
    expect(home).toContain(`<link rel="icon" href="${TEST_BASE}favicon.svg"`);
  });

  it.each(Object.entries(LIGHTHOUSE_PAGES))('%s page scores 100 for accessibility and SEO', async (name, path) => {
    if (!site) throw new Error('the Lighthouse site did not start');
    const scores = await runLighthouse(`${site.origin}${TEST_BASE}${path}`);
    console.log(formatScores(`${name} (${TEST_BASE}${path})`, scores));
    expect(scores.externalRequests).toEqual([]);
    expect({ accessibility: scores.accessibility, seo: scores.seo, failing: scores.failing.filter((audit) => audit.category === 'accessibility' || audit.category === 'seo') }).toEqual({
      accessibility: 100,
      seo: 100,
      failing: [],
    });
  }, 120_000);
});
