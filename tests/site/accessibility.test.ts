/**
 * Real Chromium against the built site served under /summit-archive/: axe-core finds
 * no WCAG 2.2 A/AA violation on the main page types, in light and dark mode, and the
 * pages work with JavaScript disabled.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_OUT, TEST_BASE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = {
  home: '',
  summit: 'summits/kafka-summit-san-francisco-2019/',
  track: 'summits/kafka-summit-san-francisco-2019/stream-processing/',
  session: 'sessions/kafka-summit-2020/kafka-is-among-the-few-cool-technologies-that-play-a-pivotal/',
  'derived-title session': 'sessions/kafka-summit-2020/humana-is-at-the-forefront-of-an-industry-wide-effort-to/',
  speaker: 'speakers/kate-stanley/',
  'speakers A–Z': 'speakers/',
  '404 at depth': 'no/such/page/',
  article: 'articles/kafka-summit-the-key-takeaways/',
  presentation: 'presentations/apache-kafka-event-streaming-platform/',
  'corrected session named by the article': 'sessions/kafka-summit-san-francisco-2019/nasas-deep-space-network-dsn-operates-spacecraft/',
  'speaker with a presentation': 'speakers/viktor-gamov/',
  trends: 'trends/',
  topics: 'topics/',
  'a topic': 'topics/kafka-streams/',
  organization: 'organizations/ibm/',
  'search (empty)': 'search/',
  'search results, filtered': 'search/?q=Kafka%20Streams&summit=Kafka%20Summit%20London%202019',
};

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveSite(SITE_OUT, TEST_BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line per rule. */
async function violationsOf(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    // resultTypes: only violations get node details, which is most of axe's time on a clean page.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
}

describe('axe-core, light and dark mode', () => {
  // One load per page: checked in light mode, then switched to dark with emulateMedia (the
  // stylesheet's prefers-color-scheme rules apply at once) and checked again.
  it.each(Object.entries(PAGES))('%s page has no WCAG 2.2 A/AA violations', async (_, path) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.origin}${TEST_BASE}${path}`);
    if (path.startsWith('search/')) {
      // Let the search UI render its filters and results before checking them.
      await page.waitForFunction(() => /result|Type a title/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    }
    await page.addScriptTag({ content: axeSource });
    const light = await violationsOf(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const dark = await violationsOf(page);
    await context.close();
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });
});

describe('without JavaScript', () => {
  it('reads and navigates from the home page to a session and its speaker', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}${TEST_BASE}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('link', { name: 'Kafka Summit 2020', exact: true }).first().click();
    await page.getByRole('link', { name: 'Getting up to Speed with MirrorMaker 2' }).click();
    expect(new URL(page.url()).pathname).toBe(`${TEST_BASE}sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/`);
    await page.getByRole('link', { name: 'Ryanne Dolan' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ryanne Dolan');
    await context.close();
  });

  it('serves the 404 page at any depth with working links back into the archive', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}${TEST_BASE}sessions/nope/deeper/still/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'Speakers A–Z' }).first().click();
    expect(new URL(page.url()).pathname).toBe(`${TEST_BASE}speakers/`);
    await context.close();
  });
});
