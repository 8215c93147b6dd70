/**
 * Lighthouse budget (issue 8): accessibility and SEO stay at 100 on the home, a summit, a
 * session, a speaker and the search page. Lighthouse drives Debian's Chromium against the
 * run's shared build (published address https://example.github.io under the base), served
 * with gzip like GitHub Pages. Its canonical audit checks that the canonical URL is valid and
 * not the site root, not that it is on the origin being tested, so no second build is needed.
 * All four scores and any failing audits are logged. A missing Chromium fails, never skips.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScores, LIGHTHOUSE_PAGES, runLighthouse } from '../support/lighthouse.ts';
import { SITE_OUT, TEST_BASE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

let site: StaticSite | undefined;

beforeAll(async () => {
  site = await serveSite(SITE_OUT, TEST_BASE, { gzip: true });
}, 240_000);

afterAll(async () => {
  await site?.close();
});

describe('Lighthouse (desktop preset)', () => {
  it('runs on the shared build under the base, whose pages carry a canonical URL for Lighthouse to audit', () => {
    const home = readFileSync(join(SITE_OUT, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="https://example.github.io${TEST_BASE}">`);
    expect(home).toContain(`<link rel="icon" href="${TEST_BASE}favicon.svg"`);
  });

  it.each(Object.entries(LIGHTHOUSE_PAGES))('%s page scores 100 for accessibility and SEO', async (name, path) => {
    if (!site) throw new Error('the Lighthouse site did not start');
    const scores = await runLighthouse(`${site.origin}${TEST_BASE}${path}`, { categories: ['accessibility', 'seo'] });
    console.log(formatScores(`${name} (${TEST_BASE}${path})`, scores));
    expect(scores.requestCount).toBeGreaterThan(0);
    expect(scores.externalRequests).toEqual([]);
    expect({ accessibility: scores.accessibility, seo: scores.seo, failing: scores.failing.filter((audit) => audit.category === 'accessibility' || audit.category === 'seo') }).toEqual({
      accessibility: 100,
      seo: 100,
      failing: [],
    });
  }, 120_000);
});
