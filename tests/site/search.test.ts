/**
 * Pagefind search end to end, in real Chromium, against the built site served under
 * /summit-archive/: deep links, speaker and Japanese queries, filters, ranking, result
 * links, and the page without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_OUT, TEST_BASE } from '../support/paths.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

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

interface Result {
  title: string;
  href: string;
  meta: string;
}

/** Open the search page (optionally with a query string) and wait for the result status. */
async function openSearch(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.origin}${TEST_BASE}search/${query}`);
  await page.waitForFunction(() => /result/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page;
}

async function resultsOf(page: Page): Promise<Result[]> {
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((item) => ({
      title: item.querySelector('a')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      meta: item.querySelector('.meta')?.textContent ?? '',
    })),
  );
}

/** Click "Show more results" until every result is listed. */
async function showAll(page: Page): Promise<void> {
  while (await page.isVisible('[data-search-more]')) {
    const count = await page.locator('[data-search-results] > li').count();
    await page.$eval('[data-search-more]', (button) => (button as HTMLButtonElement).click());
    await page.waitForFunction(
      (previous) => document.querySelectorAll('[data-search-results] > li').length > previous || (document.querySelector('[data-search-more]') as HTMLElement).hidden,
      count,
    );
  }
}

async function search(term: string): Promise<Result[]> {
  const page = await openSearch(`?q=${encodeURIComponent(term)}`);
  const results = await resultsOf(page);
  await page.close();
  return results;
}

describe('search', () => {
  it('a ?q= deep link shows results without typing, and "MirrorMaker" ranks the MirrorMaker 2 session first', async () => {
    const results = await search('MirrorMaker');
    expect(results[0]).toMatchObject({
      title: 'Getting up to Speed with MirrorMaker 2',
      href: `${TEST_BASE}sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/`,
    });
    expect(results[0]!.meta).toContain('Kafka Summit 2020');
  });

  it('finds a speaker\'s session by the speaker\'s name ("Gwen Shapira")', async () => {
    const results = await search('Gwen Shapira');
    expect(results.map((result) => result.title)).toContain('Please Upgrade Apache Kafka. Now.');
    expect(results.map((result) => result.title)).toContain('Gwen Shapira');
  });

  it('finds San Francisco 2019 stream-processing sessions by the Japanese heading and by its English name', async () => {
    for (const term of ['ストリーム処理', 'Stream Processing']) {
      const results = await search(term);
      const sfStream = results.filter((result) => result.meta.includes('Kafka Summit San Francisco 2019') && result.meta.includes('Stream Processing'));
      expect(sfStream.length, term).toBeGreaterThan(0);
    }
  });

  it('filtering by summit narrows the results to that summit', async () => {
    const page = await openSearch('?q=Kafka%20Streams');
    const before = await page.textContent('[data-search-status]');
    await page.getByRole('checkbox', { name: /^Kafka Summit London 2019/u }).check();
    await page.waitForFunction((previous) => document.querySelector('[data-search-status]')?.textContent !== previous, before);
    const results = await resultsOf(page);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(`${result.title} · ${result.meta}`).toContain('Kafka Summit London 2019');
    expect(new URL(page.url()).searchParams.getAll('summit')).toEqual(['Kafka Summit London 2019']);
    const filtered = Number(/^(\d+)/u.exec((await page.textContent('[data-search-status]')) ?? '')?.[1]);
    expect(filtered).toBeLessThan(Number(/^(\d+)/u.exec(before ?? '')?.[1]));
    await page.close();
  });

  it('ranks a title match above a speaker match above a description-only match', async () => {
    for (const term of ['Confluent', 'IBM', 'Bloomberg', 'Kubernetes']) {
      const page = await openSearch(`?q=${term}`);
      await showAll(page);
      const hrefs = (await resultsOf(page)).map((result) => result.href).filter((href) => href.includes('/sessions/'));
      const ranks: number[] = [];
      for (const href of hrefs) {
        const session = await page.request.get(`${site.origin}${href}`);
        const html = await session.text();
        const title = /<h1[^>]*>(.*?)<\/h1>/su.exec(html)?.[1] ?? '';
        const speakers = /data-pagefind-meta="speakers"[^>]*>(.*?)<\/dd>/su.exec(html)?.[1] ?? '';
        ranks.push(title.includes(term) ? 0 : speakers.includes(term) ? 1 : 2);
      }
      await page.close();
      expect(new Set(ranks).size, `${term} should match at two or more levels`).toBeGreaterThan(1);
      expect(ranks, `${term}: 0 = title, 1 = speakers, 2 = description`).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('every result link returns HTTP 200 under the base', async () => {
    for (const term of ['MirrorMaker', 'Gwen Shapira', 'ストリーム処理', 'Confluent']) {
      const page = await openSearch(`?q=${encodeURIComponent(term)}`);
      await showAll(page);
      const results = await resultsOf(page);
      expect(results.length, term).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.href.startsWith(TEST_BASE), result.href).toBe(true);
        expect((await page.request.get(`${site.origin}${result.href}`)).status(), result.href).toBe(200);
      }
      await page.close();
    }
  });

  it('finds the meetup presentation by its slide text, and filters by type', async () => {
    const results = await search('Linearly Scalable Architecture');
    expect(results.map((result) => result.href)).toContain(`${TEST_BASE}presentations/apache-kafka-event-streaming-platform/`);
    const slide = await search('Raffle');
    expect(slide[0]).toMatchObject({ title: 'Apache Kafka Event Streaming Platform', href: `${TEST_BASE}presentations/apache-kafka-event-streaming-platform/` });
    const page = await openSearch('?q=Kafka&type=Article');
    const articles = await resultsOf(page);
    expect(articles.map((result) => result.href)).toEqual([`${TEST_BASE}articles/kafka-summit-the-key-takeaways/`]);
    await page.close();
  });

  it('never returns the 404 page, the home page or navigation-only pages', async () => {
    const results = await search('Speakers');
    for (const result of results) expect(result.href).toMatch(/\/(sessions|speakers|summits|articles|presentations)\/[^/]+\//u);
  });

  it('without JavaScript, the search page shows the form, says search needs JavaScript, and offers the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${TEST_BASE}search/?q=Kafka`);
    expect(await page.isVisible('#search-q')).toBe(true);
    expect(await page.textContent('main')).toContain('needs JavaScript');
    for (const name of ['Summits', 'Tracks', 'Speakers A–Z']) {
      const link = page.locator('[data-search-browse]').getByRole('link', { name, exact: true });
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${TEST_BASE}`, 'u'));
    }
    // The header form on any page submits to the search page without JavaScript.
    await page.goto(`${site.origin}${TEST_BASE}speakers/`);
    await page.fill('#site-search-q', 'ksqlDB');
    await page.press('#site-search-q', 'Enter');
    expect(new URL(page.url()).pathname).toBe(`${TEST_BASE}search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ksqlDB');
    await context.close();
  });
});
