/**
 * Nothing is wider than the screen (issue 16): in real Chromium, one page of every template
 * at 360, 768 and 1280 px, built from the readers-first fixture (the seed archive plus the
 * longest content a page can meet: a long URL, a long unbroken word, a wide table and code
 * in a contributed MDX session, long and CJK titles, long names; tests/fixtures/readers-first/).
 * Every <details> is opened first, so the citations count too.
 *
 * Wide content scrolls inside its own box (contributor tables and code, the trends table,
 * other tables) or reflows (citations, text, the trends chart, which switches to its
 * narrow drawing): the page itself never scrolls sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { TEST_BASE } from '../support/paths.ts';
import { FIXTURE_PAGES, readersFirstSite } from '../support/readers-first.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const WIDTHS = [360, 768, 1280] as const;

/** One page of every template (and both session variants that carry the longest content). */
const PAGES: Record<string, string> = {
  home: '',
  summit: 'summits/kafka-summit-2020/',
  track: 'summits/kafka-summit-san-francisco-2019/stream-processing/',
  'session (long URL, word, table, code)': FIXTURE_PAGES.longSession,
  'session (CJK title)': FIXTURE_PAGES.cjkSession,
  'session (listed, with recording and slides)': FIXTURE_PAGES.mirrorMaker,
  speaker: 'speakers/zoe-odegaard-fitzwilliam-montgomery/',
  'speakers A–Z': 'speakers/',
  tracks: 'tracks/',
  topics: 'topics/',
  topic: 'topics/kafka-streams/',
  organizations: 'organizations/',
  organization: 'organizations/ibm/',
  trends: 'trends/',
  search: 'search/?q=Kafka',
  article: 'articles/kafka-summit-the-key-takeaways/',
  presentation: 'presentations/apache-kafka-event-streaming-platform/',
  '404': 'no/such/page/',
};

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

async function open(width: number, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${site.origin}${TEST_BASE}${path}`);
  if (path.startsWith('search/')) await page.waitForFunction(() => /result/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  return page;
}

/** The page's width, and the elements sticking out past the viewport (to say what is too wide), outside boxes that scroll or clip. */
async function measure(page: Page): Promise<{ scrollWidth: number; innerWidth: number; tooWide: string[] }> {
  return page.evaluate(() => {
    const tooWide: string[] = [];
    const inBox = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      if (inBox(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 0.5 && box.width > 0) {
        tooWide.push(`${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''} (right edge ${Math.round(box.right)})`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, tooWide: tooWide.slice(0, 5) };
  });
}

describe(`at ${WIDTHS.join(', ')} px`, () => {
  // One load per page, resized from the narrowest width up: the layout is recomputed at each.
  it.each(Object.entries(PAGES))('the %s page does not scroll sideways', async (_, path) => {
    const page = await open(WIDTHS[0]!, path);
    const found: Record<number, { scrollWidth: number | 'fits'; tooWide: string[] }> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const { scrollWidth, innerWidth, tooWide } = await measure(page);
      expect(innerWidth).toBe(width);
      found[width] = { scrollWidth: scrollWidth <= innerWidth ? 'fits' : scrollWidth, tooWide };
    }
    await page.close();
    expect(found).toEqual(Object.fromEntries(WIDTHS.map((width) => [width, { scrollWidth: 'fits', tooWide: [] }])));
  });
});

describe('wide content stays in its own box', () => {
  it('at 360 px the contributor table and code scroll inside their boxes, which the keyboard can reach', async () => {
    const page = await open(360, FIXTURE_PAGES.longSession);
    const boxes = await page.$$eval('.description .table-scroll, .description pre', (elements) =>
      elements.map((element) => ({ tag: element.tagName.toLowerCase(), scrolls: element.scrollWidth > element.clientWidth, tabIndex: (element as HTMLElement).tabIndex })),
    );
    await page.close();
    expect(boxes).toEqual([
      { tag: 'section', scrolls: true, tabIndex: 0 },
      { tag: 'pre', scrolls: true, tabIndex: 0 },
    ]);
  });

  it('the citations wrap instead of scrolling', async () => {
    const page = await open(360, FIXTURE_PAGES.longSession);
    const blocks = await page.$$eval('details.cite pre', (elements) => elements.map((element) => element.scrollWidth <= element.clientWidth));
    await page.close();
    expect(blocks).toEqual([true, true]);
  });

  it('the trends chart switches to its narrow drawing below 784 px and keeps the wide one above', async () => {
    for (const [width, wide, narrow] of [
      [360, 'none', 'inline'],
      [768, 'none', 'inline'],
      [1280, 'inline', 'none'],
    ] as const) {
      const page = await open(width, 'trends/');
      const shown = await page.$eval('svg.topic-share-chart', (svg) => ({
        wide: getComputedStyle(svg.querySelector('.layout-wide')!).display,
        narrow: getComputedStyle(svg.querySelector('.layout-narrow')!).display,
        fits: svg.getBoundingClientRect().right <= window.innerWidth,
      }));
      await page.close();
      expect(shown, `${width} px`).toEqual({ wide, narrow, fits: true });
    }
  });
});
