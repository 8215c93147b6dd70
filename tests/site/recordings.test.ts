/**
 * Recordings and slides you can find (issue 16), on the readers-first fixture build: the
 * seed archive with `links: { video, slides }` added by corrections (MirrorMaker 2: both;
 * London's Kubernetes guide: a recording; Kafka Streams at Scale: slides) and by a
 * contributed session's frontmatter.
 * - every list of sessions badges them (summit, track, topic and organisation pages, and
 *   the related sessions on a session page);
 * - the session page links them as privacy-friendly link cards: no embed, no remote
 *   thumbnail, no request to another site until the reader follows the link;
 * - the open data export carries the links.
 * (Search badges and the "Has recording" filter: tests/site/search-results.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { load } from '../support/dist.ts';
import { TEST_BASE } from '../support/paths.ts';
import { FIXTURE_PAGES, readersFirstSite } from '../support/readers-first.ts';
import { serveSite } from '../support/server.ts';

let out: string;
beforeAll(() => {
  out = readersFirstSite();
}, 240_000);

const page = (path: string): CheerioAPI => load(join(out, path, 'index.html'));

/** The media badges of each listed session on a page, by session path; sessions without badges are left out. */
function badgesOn($: CheerioAPI, scope = 'main'): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  $(`${scope} ul.sessions > li`).each((_, item) => {
    const href = $(item).find('a').first().attr('href')!.slice(TEST_BASE.length);
    const media = $(item).find('.badge-media').map((__, badge) => $(badge).attr('data-media')).get();
    if (media.length > 0) found[href] = media;
  });
  return found;
}

const VIDEO = 'https://videos.example.org/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2';
const SLIDES = 'https://slides.example.org/kafka-summit-2020/mirrormaker-2.pdf';

describe('badges in every list of sessions', () => {
  it('on summit pages, for recordings and slides added by corrections and by a contributed session', () => {
    expect(badgesOn(page('summits/kafka-summit-2020'))).toEqual({
      [FIXTURE_PAGES.mirrorMaker]: ['recording', 'slides'],
      [FIXTURE_PAGES.longSession]: ['recording', 'slides'],
    });
    expect(badgesOn(page('summits/kafka-summit-london-2019'))).toEqual({
      [FIXTURE_PAGES.kubernetesLondon]: ['recording'],
      [FIXTURE_PAGES.streamsAtScale]: ['slides'],
    });
    expect(badgesOn(page('summits/kafka-summit-san-francisco-2019'))).toEqual({});
  });

  it('on track, topic and organisation pages', () => {
    expect(badgesOn(page('summits/kafka-summit-2020/breakouts'))).toEqual({
      [FIXTURE_PAGES.mirrorMaker]: ['recording', 'slides'],
      [FIXTURE_PAGES.longSession]: ['recording', 'slides'],
    });
    expect(badgesOn(page('topics/kubernetes'))).toMatchObject({ [FIXTURE_PAGES.kubernetesLondon]: ['recording'] });
    expect(badgesOn(page('organizations/ibm'))).toMatchObject({ [FIXTURE_PAGES.mirrorMaker]: ['recording', 'slides'], [FIXTURE_PAGES.kubernetesLondon]: ['recording'] });
  });

  it("on a speaker's page, with the title and the summit line apart for search", () => {
    const $ = page('speakers/mickael-maison');
    expect(badgesOn($)).toEqual({ [FIXTURE_PAGES.mirrorMaker]: ['recording', 'slides'] });
    const item = $('main ul.sessions > li').filter((_, li) => $(li).find('a').attr('href')!.endsWith(FIXTURE_PAGES.mirrorMaker)).first();
    // Pagefind reads text as the browser lays it out: a word glued to the next element merges with it.
    expect(item.text().replace(/\s+/gu, ' ').trim()).toMatch(/^Getting up to Speed with MirrorMaker 2 ▶ recording slides Kafka Summit 2020, /u);
  });

  it("in a session page's related sessions", () => {
    expect(badgesOn(page(FIXTURE_PAGES.mirrorMaker), '[aria-labelledby="related"]')).toEqual({ [FIXTURE_PAGES.kubernetesLondon]: ['recording'] });
  });

  it('as text next to the title, kept out of the search index', () => {
    const $ = page('summits/kafka-summit-2020/breakouts');
    const item = $(`ul.sessions > li:has(a[href="${TEST_BASE}${FIXTURE_PAGES.mirrorMaker}"])`);
    expect(item.find('.title').text().replace(/\s+/gu, ' ')).toBe('Getting up to Speed with MirrorMaker 2 ▶ recording slides');
    item.find('.badge-media').each((_, badge) => expect($(badge).attr('data-pagefind-ignore')).toBeDefined());
  });
});

describe('the session page', () => {
  it('links the recording and the slides as link cards naming the host, and marks the page for the "Has recording" filter', () => {
    const $ = page(FIXTURE_PAGES.mirrorMaker);
    const cards = $('dl.facts .media-card')
      .map((_, card) => ({ media: $(card).attr('data-media'), href: $(card).find('a').attr('href'), rel: $(card).find('a').attr('rel'), text: $(card).text() }))
      .get();
    expect(cards).toEqual([
      { media: 'recording', href: VIDEO, rel: 'external noopener noreferrer', text: 'Watch the recording on videos.example.org' },
      { media: 'slides', href: SLIDES, rel: 'external noopener noreferrer', text: 'View the slides on slides.example.org' },
    ]);
    expect($('.media-note').text()).toContain('nothing is loaded from there until you follow one');
    expect($('[data-pagefind-filter]').map((_, element) => $(element).attr('data-pagefind-filter')).get()).toEqual(
      expect.arrayContaining(['media:Has recording', 'media:Has slides']),
    );
  });

  it('embeds nothing: no iframe, video, audio, object or image from another site', () => {
    for (const path of [FIXTURE_PAGES.mirrorMaker, FIXTURE_PAGES.longSession, FIXTURE_PAGES.kubernetesLondon]) {
      const $ = page(path);
      expect($('iframe, video, audio, object, embed, picture').length, path).toBe(0);
      const remote = $('[src], link[href]:not([rel="canonical"]):not([rel="alternate"])')
        .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
        .get()
        .filter((url) => /^(https?:)?\/\//u.test(url));
      expect(remote, path).toEqual([]);
    }
  });

  it('makes no request to another site in Chromium, until the reader follows the link', async () => {
    const site = await serveSite(out, TEST_BASE);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const requests: string[] = [];
      tab.on('request', (request) => requests.push(request.url()));
      await tab.goto(`${site.origin}${TEST_BASE}${FIXTURE_PAGES.mirrorMaker}`, { waitUntil: 'networkidle' });
      expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
      expect(await tab.context().cookies()).toEqual([]);
      // The whole card is the link's target.
      const card = await tab.locator('.media-card[data-media="recording"]').boundingBox();
      const target = await tab.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.href ?? null, [card!.x + card!.width - 4, card!.y + card!.height - 4]);
      expect(target).toBe(VIDEO);
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('names the page that states a corrected link, with its addresses as links, and no empty "source listing had"', () => {
    const $ = page(FIXTURE_PAGES.streamsAtScale);
    const note = $('aside.correction');
    expect(note.find('.provenance').text()).toBe("Source: Test fixture, the speaker's page https://people.example.org/jane-doe/talks/ (it lists this talk).");
    expect(note.find('dt').map((_, term) => $(term).text()).get()).toEqual(['Slides']);
    expect(note.find('dd').text()).toBe('The deck\'s page says "slides of my talk at Kafka Summit London 2019" (https://slides.example.org/kafka-summit-london-2019/).');
    expect(note.find('.provenance a, dd a').map((_, link) => [[$(link).attr('href'), $(link).attr('rel')]]).get()).toEqual([
      ['https://people.example.org/jane-doe/talks/', 'external noopener noreferrer'],
      ['https://slides.example.org/kafka-summit-london-2019/', 'external noopener noreferrer'],
    ]);
    // Links are not original listing values: nothing to show under "The source listing had".
    expect(note.text()).not.toContain('The source listing had');
  });

  it("a contributor's <Video> in MDX renders as the same card", () => {
    const $ = page(FIXTURE_PAGES.longSession);
    expect($('dl.facts .media-card')).toHaveLength(2);
    const card = $('.description .media-link .media-card');
    expect({ media: card.attr('data-media'), href: card.find('a').attr('href'), text: card.text() }).toEqual({
      media: 'recording',
      href: 'https://videos.example.org/meetups/long-urls-words-tables-and-code',
      text: 'The same talk at a meetup on videos.example.org',
    });
  });
});

describe('the open data export', () => {
  it('carries the links of each session', () => {
    const sessions = JSON.parse(readFileSync(join(out, 'data/sessions.json'), 'utf8')) as Array<{ id: string; links: Record<string, string> }>;
    const links = Object.fromEntries(sessions.filter((session) => Object.keys(session.links).length > 0).map((session) => [session.id, session.links]));
    expect(links).toEqual({
      'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2': { video: VIDEO, slides: SLIDES },
      'kafka-summit-2020/long-urls-words-tables-and-code': {
        video: 'https://videos.example.org/kafka-summit-2020/long-urls-words-tables-and-code-in-practice-with-a-very-long-path-segment',
        slides: 'https://slides.example.org/kafka-summit-2020/long-urls-words-tables-and-code-in-practice.pdf',
      },
      'kafka-summit-london-2019/running-kafka-in-kubernetes-a-practical-guide': { video: 'https://videos.example.org/kafka-summit-london-2019/running-kafka-in-kubernetes' },
      'kafka-summit-london-2019/kafka-streams-at-scale': { slides: 'https://slides.example.org/kafka-summit-london-2019/kafka-streams-at-scale.pdf' },
    });
  });

  it('carries the source a correction gives for a link', () => {
    const sessions = JSON.parse(readFileSync(join(out, 'data/sessions.json'), 'utf8')) as Array<{ id: string; correction: { linkSources?: Record<string, string> } | null }>;
    const sourced = sessions.filter((session) => session.correction?.linkSources).map((session) => [session.id, session.correction!.linkSources]);
    expect(sourced).toEqual([
      ['kafka-summit-london-2019/kafka-streams-at-scale', { slides: 'The deck\'s page says "slides of my talk at Kafka Summit London 2019" (https://slides.example.org/kafka-summit-london-2019/).' }],
    ]);
  });
});
