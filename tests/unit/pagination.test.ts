/**
 * Lists split into pages (src/routes/pagination.ts and the route modules that use it): every
 * item on exactly one page, in order; the first page at the list's own address and page n
 * at `<address>page/<n>/`; plain previous/next/number links; and, at seed size, one page
 * per list, so the seed's pages are what they were. No build: route data only.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { buildArchive } from '../../src/link/build-archive.ts';
import { readContent } from '../../src/read/read-content.ts';
import { archiveDataOf } from '../../src/routes/archive-data.ts';
import { routeContext } from '../../src/routes/context.ts';
import { organizationPage, organizationPaths } from '../../src/routes/pages/browse.ts';
import { speakerPage, speakerPaths, speakersIndexPage, speakersIndexPaths } from '../../src/routes/pages/speakers.ts';
import { summitPage, summitPaths, trackPage, trackPaths } from '../../src/routes/pages/summit.ts';
import { topicPage, topicPaths, topicTrends, trendsPaths, TREND_SUMMITS_PER_PAGE } from '../../src/routes/pages/topics.ts';
import { PAGE_SIZE, pageCount, pagedTitle, pageNumber, pageParam, pagerFor, pageSlice, sectionsOnPage } from '../../src/routes/pagination.ts';
import { ROOT } from '../support/paths.ts';
import { seedArchive } from '../support/seed.ts';

const BASE = '/summit-archive/';
const ctx = routeContext(BASE, 'https://example.github.io', 'Summit Archive');
const TIMEOUT_MS = 60_000;
const pagesOf = (page: string | undefined) => pageNumber(page)!;

describe('pagination helpers', () => {
  it('names page n by a rest parameter that is undefined on the first page', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    for (const n of [1, 2, 9, 10, 123]) expect(pageNumber(pageParam(n))).toBe(n);
    for (const bad of ['page/1', 'page/0', 'page/02', 'page/x', 'pages/2', '2']) expect(pageNumber(bad)).toBeNull();
  });

  it('links the first, the last and the nearby pages, with gaps, and previous/next', () => {
    const pager = pagerFor('/x/', 1000, 80, 7);
    expect(pager.total).toBe(13);
    expect(pager.links.map((link) => (link === null ? '…' : link.current ? `[${link.number}]` : String(link.number)))).toEqual(['1', '…', '5', '6', '[7]', '8', '9', '…', '13']);
    expect(pager.links[0]).toEqual({ number: 1, url: '/x/', current: false });
    expect(pager.previous).toBe('/x/page/6/');
    expect(pager.next).toBe('/x/page/8/');
    expect([pager.from, pager.to, pager.items]).toEqual([481, 560, 1000]);
    const last = pagerFor('/x/', 1000, 80, 13);
    expect([last.from, last.to, last.next]).toEqual([961, 1000, null]);
    const single = pagerFor('/x/', 3, 80, 1);
    expect([single.total, single.previous, single.next, single.links.length]).toEqual([1, null, null, 1]);
    expect(pageCount(0, 80)).toBe(1);
  });

  it('cuts sections at page boundaries, marking the part that runs on, and keeps empty sections where they fall', () => {
    const sections = [
      { section: 'a', items: [1, 2, 3] },
      { section: 'empty', items: [] },
      { section: 'b', items: [4, 5, 6, 7] },
      { section: 'end', items: [] },
    ];
    expect(sectionsOnPage(sections, 5, 1)).toEqual([
      { section: 'a', items: [1, 2, 3], continued: false },
      { section: 'empty', items: [], continued: false },
      { section: 'b', items: [4, 5], continued: false },
    ]);
    expect(sectionsOnPage(sections, 5, 2)).toEqual([
      { section: 'b', items: [6, 7], continued: true },
      { section: 'end', items: [], continued: false },
    ]);
    expect(pageSlice([1, 2, 3, 4, 5], 2, 3)).toEqual([5]);
    expect(pagedTitle('Kafka Summit', { current: 2, total: 3 })).toBe('Kafka Summit (page 2 of 3)');
    expect(pagedTitle('Kafka Summit', { current: 1, total: 3 })).toBe('Kafka Summit');
  });
});

describe('the seed archive', () => {
  it('fits every list on one page, so its pages keep their one address', async () => {
    const data = archiveDataOf(await seedArchive());
    const paths = [...summitPaths(data), ...trackPaths(data), ...speakerPaths(data), ...speakersIndexPaths(data), ...topicPaths(data), ...organizationPaths(data)];
    expect(paths.length).toBeGreaterThan(150);
    expect(paths.filter((path) => path.params.page !== undefined)).toEqual([]);
    for (const summit of data.summits) expect(summitPage(data, ctx, summit.id).pager.total).toBe(1);
  });
});

describe('topic trends', () => {
  it('show at most a page of summits per chart, the most recent first, every summit once', async () => {
    const seed = await seedArchive();
    const one = archiveDataOf(seed);
    expect(trendsPaths(one)).toEqual([{ params: { page: undefined } }]);
    expect(topicTrends(one, ctx).summits).toHaveLength(one.summits.length);
    // Fourteen summits, one a year.
    const base = seed.summits[0]!;
    const many = archiveDataOf({ ...seed, summits: Array.from({ length: 14 }, (_, index) => ({ ...base, id: `summit-${2000 + index}`, name: `Summit ${2000 + index}`, year: 2000 + index })) });
    const pages = trendsPaths(many).map((path) => topicTrends(many, ctx, { page: pagesOf(path.params.page) }));
    expect(TREND_SUMMITS_PER_PAGE).toBe(3);
    expect(pages.map((page) => page.summits.map((summit) => summit.name.slice(-4)))).toEqual([
      ['2011', '2012', '2013'],
      ['2008', '2009', '2010'],
      ['2005', '2006', '2007'],
      ['2002', '2003', '2004'],
      ['2000', '2001'],
    ]);
    expect(pages.map((page) => page.pager.total)).toEqual([5, 5, 5, 5, 5]);
    for (const page of pages) for (const row of page.rows) expect(row.cells).toHaveLength(page.summits.length);
  });
});

describe('a 1,000-session archive', async () => {
  const dir = join(ROOT, 'tests/.output/pagination-archive');
  rmSync(dir, { recursive: true, force: true });
  const generated = generateArchive({ sessions: 1000, dir: join(dir, 'content') });
  const archive = buildArchive(await readContent({ root: dir, contentDir: generated.dir, base: BASE }));
  const data = archiveDataOf(archive);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits each summit into pages that list every session once, track by track, with the JSON-LD of what they show', () => {
    let split = 0;
    for (const summit of data.summits) {
      const pages = summitPaths(data).filter((path) => path.params.summit === summit.id).map((path) => summitPage(data, ctx, summit.id, pagesOf(path.params.page)));
      const total = summit.tracks.reduce((sum, track) => sum + track.sessions.length, 0);
      expect(pages).toHaveLength(Math.ceil(total / PAGE_SIZE.sessions));
      if (pages.length > 1) split += 1;
      expect(pages.flatMap((page) => page.tracks.flatMap((track) => track.items.map((item) => item.id)))).toEqual(summit.tracks.flatMap((track) => track.sessions));
      for (const page of pages) {
        expect(page.tracks.reduce((sum, track) => sum + track.items.length, 0)).toBeLessThanOrEqual(PAGE_SIZE.sessions);
        const subEvents = (page.jsonLd as { subEvent: Array<{ url: string }> }).subEvent.map((event) => new URL(event.url).pathname);
        expect(subEvents).toEqual(page.tracks.flatMap((track) => track.items.map((item) => item.url)));
        // The contents link each track where its list starts: on this page by anchor, else on its page.
        for (const { track, href } of page.contents) {
          const target = pages.findIndex((candidate) => candidate.tracks.some((shown) => shown.track.id === track.id && !shown.continued));
          expect(href).toBe(target + 1 === page.pager.current ? `#${track.id}` : `${target === 0 ? ctx.urls.summit(summit.id) : `${ctx.urls.summit(summit.id)}page/${target + 1}/`}#${track.id}`);
        }
      }
      expect(pages.map((page) => page.pager.links.find((link) => link?.current)?.url)).toEqual(pages.map((_, index) => (index === 0 ? ctx.urls.summit(summit.id) : `${ctx.urls.summit(summit.id)}page/${index + 1}/`)));
    }
    expect(split).toBeGreaterThan(0);
  }, TIMEOUT_MS);

  it('splits tracks, topics, organizations, speakers and the A–Z index the same way: every item once, in order', () => {
    for (const { params } of trackPaths(data).filter((path) => path.params.page === undefined)) {
      const summit = data.summitById.get(params.summit)!;
      const track = summit.tracks.find((candidate) => candidate.id === params.track)!;
      const pages = Array.from({ length: pageCount(track.sessions.length, PAGE_SIZE.sessions) }, (_, index) => trackPage(data, ctx, summit.id, track.id, index + 1));
      expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(track.sessions);
    }
    expect(data.topics.length).toBeGreaterThan(10);
    for (const topic of data.topics) {
      const pages = topicPaths(data).filter((path) => path.params.topic === topic.id).map((path) => topicPage(data, ctx, topic.id, pagesOf(path.params.page)));
      const listed = pages.flatMap((page) => page.bySummit.flatMap((group) => group.items.map((item) => item.id)));
      expect(listed.toSorted()).toEqual([...topic.sessions].sort());
      expect(new Set(listed).size).toBe(listed.length);
    }
    for (const organization of data.organizations) {
      const pages = organizationPaths(data).filter((path) => path.params.organization === organization.id).map((path) => organizationPage(data, ctx, organization.id, pagesOf(path.params.page)));
      expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(organization.sessions);
      expect(pages.flatMap((page) => page.people).length).toBe(organization.people.length);
    }
    for (const speaker of data.speakers) {
      const pages = speakerPaths(data).filter((path) => path.params.speaker === speaker.id).map((path) => speakerPage(data, ctx, speaker.id, pagesOf(path.params.page)));
      expect(pages.flatMap((page) => page.talks).length).toBe(speaker.sessions.length);
    }
    const index = speakersIndexPaths(data).map((path) => speakersIndexPage(data, ctx, pagesOf(path.params.page)));
    const listed = index.flatMap((page) => page.groups.flatMap((group) => group.people.map((person) => person.url)));
    expect(listed.toSorted()).toEqual(data.speakers.map((speaker) => ctx.urls.speaker(speaker.id)).sort());
  }, TIMEOUT_MS);
});
