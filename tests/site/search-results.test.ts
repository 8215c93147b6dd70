/**
 * Search results that read well (issue 16), against the real Pagefind index of the
 * readers-first fixture build (the seed archive plus recordings added by corrections),
 * in real Chromium:
 * - a session's excerpt comes from its description, never from its title or speaker line;
 * - no two words are glued together across elements (compressHTML drops the whitespace
 *   between tags, which Pagefind would otherwise read as one word: "CloudKafka");
 * - a result shows its title, speakers, summit and track once each;
 * - sessions with a recording or slides carry the same badges as the lists, and the
 *   "Has recording" filter narrows to them;
 * - without JavaScript, the page says the query cannot be shown and offers the browse pages;
 *   with it, the box holds the query as soon as the script runs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { TEST_BASE } from '../support/paths.ts';
import { FIXTURE_PAGES, readersFirstSite } from '../support/readers-first.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveSite(readersFirstSite(), TEST_BASE);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface IndexedPage {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page the index returns for a query, with its indexed content, straight from Pagefind's JS API. */
async function indexed(page: Page, query: string): Promise<IndexedPage[]> {
  // A string, not a function: Vitest would rewrite a function's import() for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${TEST_BASE}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(TEST_BASE)}, excerptLength: 24 });
    const search = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(search.results.map((result) => result.data()));
  })()`);
}

/**
 * The words of each text node of a page's indexed region (`data-pagefind-body`, without
 * `data-pagefind-ignore` parts): a word of the index must be inside one text node, or it
 * was glued together from two.
 */
async function textNodesOf(page: Page, url: string): Promise<string[]> {
  return page.evaluate(async (url) => {
    const html = await (await fetch(url)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const texts: string[] = [];
    const walker = doc.createTreeWalker(doc.querySelector('[data-pagefind-body]')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-pagefind-ignore]')) continue;
      texts.push(node.textContent ?? '');
    }
    return texts;
  }, url);
}

const words = (text: string): string[] => text.split(/\s+/u).map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter(Boolean);

async function blankPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.origin}${TEST_BASE}search/`);
  return page;
}

async function openSearch(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.origin}${TEST_BASE}search/${query}`);
  await page.waitForFunction(() => /result/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page;
}

describe('excerpts', () => {
  it("a session's excerpt and indexed text come from its description, not its title, speakers or track", async () => {
    const page = await blankPage();
    const [first] = (await indexed(page, 'MirrorMaker')).filter((result) => result.url.endsWith(FIXTURE_PAGES.mirrorMaker));
    await page.close();
    expect(first?.meta).toMatchObject({ title: 'Getting up to Speed with MirrorMaker 2', speakers: 'Mickael Maison (IBM) and Ryanne Dolan', track: 'Breakouts', summit: 'Kafka Summit 2020' });
    expect(first?.content.startsWith('More and more Enterprises are relying on Apache Kafka')).toBe(true);
    for (const repeated of ['Getting up to Speed', 'Mickael Maison', 'Ryanne Dolan', 'Breakouts']) expect(first?.content).not.toContain(repeated);
  });

  it('never glues two words together across elements, on session, summit and track pages', async () => {
    const page = await blankPage();
    const results = (await indexed(page, 'Kafka')).filter((result) => /\/(sessions|summits)\//u.test(result.url));
    expect(results.length).toBeGreaterThan(150);
    const glued: string[] = [];
    for (const result of results) {
      const texts = await textNodesOf(page, result.url);
      for (const word of words(result.content)) {
        if (!texts.some((text) => text.includes(word))) glued.push(`${result.url}: ${word}`);
      }
    }
    await page.close();
    expect(glued).toEqual([]);
  });

  it('finds a session by a word of its title only through the title metadata, still ranked first', async () => {
    const page = await openSearch('?q=MirrorMaker');
    const first = await page.$eval('[data-search-results] > li', (item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      meta: item.querySelector('.meta')?.textContent ?? '',
      excerpt: item.querySelector('p:not(.meta)')?.textContent ?? '',
    }));
    await page.close();
    // Title, then type · speakers · summit · track, once each; the excerpt is description text.
    expect(first.title.startsWith('Getting up to Speed with MirrorMaker 2')).toBe(true);
    expect(first.meta).toBe('Session · Mickael Maison (IBM) and Ryanne Dolan · Kafka Summit 2020 · Breakouts');
    expect(first.excerpt).not.toContain('Getting up to Speed');
    expect(first.excerpt).not.toContain('Mickael Maison');
    expect(first.excerpt).toContain('MirrorMaker');
  });
});

describe('recordings and slides in search', () => {
  it('badges results that have a recording or slides, as the lists do', async () => {
    const page = await openSearch('?q=MirrorMaker');
    const badges = await page.$$eval('[data-search-results] > li', (items) =>
      items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href'), media: [...item.querySelectorAll('.badge-media')].map((badge) => (badge as HTMLElement).dataset.media) })),
    );
    await page.close();
    expect(badges.find((badge) => badge.href === `${TEST_BASE}${FIXTURE_PAGES.mirrorMaker}`)?.media).toEqual(['recording', 'slides']);
    for (const other of badges.filter((badge) => badge.href !== `${TEST_BASE}${FIXTURE_PAGES.mirrorMaker}`)) expect(other.media).toEqual([]);
  });

  it('has a "Has recording" filter that narrows the results to sessions with a recording', async () => {
    const page = await openSearch('?q=Kafka');
    await page.getByRole('group', { name: 'Recordings and slides' }).waitFor();
    const before = await page.textContent('[data-search-status]');
    await page.getByRole('checkbox', { name: /^Has recording \(3\)$/u }).check();
    await page.waitForFunction((previous) => document.querySelector('[data-search-status]')?.textContent !== previous, before);
    const hrefs = await page.$$eval('[data-search-results] > li h2 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(new URL(page.url()).searchParams.getAll('media')).toEqual(['Has recording']);
    await page.close();
    expect(hrefs.sort()).toEqual([FIXTURE_PAGES.longSession, FIXTURE_PAGES.mirrorMaker, FIXTURE_PAGES.kubernetesLondon].map((path) => `${TEST_BASE}${path}`).sort());
  });
});

describe('the query, with and without JavaScript', () => {
  it('with JavaScript, the box holds the ?q= words', async () => {
    const page = await openSearch('?q=ksqlDB%20in%20practice');
    expect(await page.inputValue('#search-q')).toBe('ksqlDB in practice');
    await page.close();
  });

  it('without JavaScript, the page says the search did not run and where the words are, and offers the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${TEST_BASE}search/?q=ksqlDB`);
    const notice = (await page.textContent('[data-search-noscript]'))?.replace(/\s+/gu, ' ');
    expect(notice).toContain('needs JavaScript');
    expect(notice).toContain('your search did not run');
    expect(notice).toContain('still in the address bar, after ?q=');
    expect(await page.isVisible('[data-search-noscript]')).toBe(true);
    const browse = page.locator('[data-search-browse]');
    for (const [name, path] of [
      ['Summits', ''],
      ['Tracks', 'tracks/'],
      ['Speakers A–Z', 'speakers/'],
      ['Topics', 'topics/'],
      ['Organizations', 'organizations/'],
    ]) {
      expect(await browse.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(`${TEST_BASE}${path}`);
    }
    // The header's form still submits a new query from here.
    await page.fill('#site-search-q', 'Kafka Streams');
    await page.press('#site-search-q', 'Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kafka Streams');
    await context.close();
  });
});
