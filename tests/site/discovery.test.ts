/**
 * Discovery features of the built site: topics and the trends chart (numbers equal to
 * the data export), organisations, related sessions, feeds, the sitemap, canonical and
 * social meta, JSON-LD and citations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fileFor, filesIn, load, urlPathOf } from '../support/dist.ts';
import { SITE_OUT, TEST_BASE } from '../support/paths.ts';

const SITE = 'https://example.github.io';
const json = <T>(path: string): T => JSON.parse(readFileSync(join(SITE_OUT, path), 'utf8')) as T;
const sessions = json<Array<{ id: string; summit: string; topics: string[]; related: string[]; url: string; displayTitle: string }>>('data/sessions.json');
const full = json<Array<{ url: string; summit: string; description: string }>>('data/sessions.json');
const xml = (path: string) => {
  const text = readFileSync(join(SITE_OUT, path), 'utf8');
  expect(XMLValidator.validate(text), path).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap'].includes(name) }).parse(text);
};
const localFile = (url: string) => fileFor(SITE_OUT, new URL(url).pathname, TEST_BASE);

describe('topics and trends', () => {
  it('draws one bar per topic and summit whose count equals the data export', () => {
    const $ = load(join(SITE_OUT, 'trends/index.html'));
    const bars = $('svg rect[data-topic]');
    const topics = new Set(bars.map((_, bar) => $(bar).attr('data-topic')).get());
    expect(topics.size).toBeGreaterThanOrEqual(13);
    expect(bars).toHaveLength(topics.size * 3);
    bars.each((_, bar) => {
      const topic = $(bar).attr('data-topic')!;
      const summit = $(bar).attr('data-summit')!;
      const inSummit = sessions.filter((session) => session.summit === summit);
      const tagged = inSummit.filter((session) => session.topics.includes(topic)).length;
      expect(Number($(bar).attr('data-count')), `${topic} @ ${summit}`).toBe(tagged);
      expect(Number($(bar).attr('data-total'))).toBe(inSummit.length);
      expect(Number($(bar).attr('data-share'))).toBeCloseTo(tagged / inSummit.length, 12);
    });
  });

  it('is an accessible SVG with a title, a description and a table of the same numbers', () => {
    const $ = load(join(SITE_OUT, 'trends/index.html'));
    const svg = $('svg').first();
    expect(svg.attr('role')).toBe('img');
    const labelledBy = (svg.attr('aria-labelledby') ?? '').split(' ');
    expect(labelledBy.map((id) => $(`#${id}`).prop('tagName')?.toLowerCase())).toEqual(['title', 'desc']);
    const kubernetes = $('#trends-table tr').filter((_, row) => $(row).find('th').text() === 'Kubernetes');
    const cells = kubernetes.find('td').map((_, cell) => Number($(cell).attr('data-count'))).get();
    const expected = ['kafka-summit-london-2019', 'kafka-summit-san-francisco-2019', 'kafka-summit-2020'].map(
      (summit) => sessions.filter((session) => session.summit === summit && session.topics.includes('kubernetes')).length,
    );
    expect(cells).toEqual(expected);
    expect(load(join(SITE_OUT, 'index.html'))('svg[role="img"]')).toHaveLength(1);
  });

  it('has a page per topic listing its sessions', () => {
    const $ = load(join(SITE_OUT, 'topics/kafka-connect/index.html'));
    const tagged = sessions.filter((session) => session.topics.includes('kafka-connect'));
    expect($('ul.sessions > li')).toHaveLength(tagged.length);
    expect(tagged.length).toBeGreaterThan(10);
  });
});

describe('organisations', () => {
  it('normalise affiliations but keep them as written', () => {
    const $ = load(join(SITE_OUT, 'organizations/ibm/index.html'));
    expect($('h1').text()).toBe('IBM');
    const lede = $('.lede').text();
    for (const spelling of ['“IBM United Kingdom”', '“IBM UK”', '“IBM”']) expect(lede).toContain(spelling);
    expect($('ul.sessions > li')).toHaveLength(6);
  });
});

describe('related sessions', () => {
  it('are at most five per session, never the session itself, and exist', () => {
    const ids = new Set(sessions.map((session) => session.id));
    for (const session of sessions) {
      expect(session.related.length).toBeLessThanOrEqual(5);
      expect(session.related).not.toContain(session.id);
      for (const id of session.related) expect(ids.has(id), id).toBe(true);
    }
    expect(sessions.filter((session) => session.related.length > 0).length).toBeGreaterThan(170);
    // The closest talk to the 2020 MirrorMaker 2 session is London 2019's untitled talk about MirrorMaker 2.0.
    const $ = load(join(SITE_OUT, 'sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/index.html'));
    const top = full.find((session) => session.url === $('#related ~ ul a').first().attr('href'))!;
    expect(top.summit).toBe('kafka-summit-london-2019');
    expect(top.description).toContain('MirrorMaker 2.0');
  });
});

describe('feeds and sitemap', () => {
  it('feeds parse as XML and every item links to a page that exists under the base', () => {
    const summitFeeds = filesIn(join(SITE_OUT, 'summits'), 'feed.xml').map((file) => file.slice(SITE_OUT.length));
    expect(summitFeeds).toHaveLength(3);
    let total = 0;
    for (const feed of ['feed.xml', ...summitFeeds]) {
      const items = xml(feed).rss.channel.item as Array<{ link: string; title: string }>;
      expect(items.length, feed).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.link.startsWith(`${SITE}${TEST_BASE}sessions/`), item.link).toBe(true);
        expect(localFile(item.link), item.link).not.toBeNull();
      }
      if (feed !== 'feed.xml') total += items.length;
    }
    expect(total).toBe(sessions.length);
    expect(xml('feed.xml').rss.channel.item).toHaveLength(sessions.length);
  });

  it('the sitemap lists every page under the base, and nothing else', () => {
    const index = xml('sitemap-index.xml').sitemapindex.sitemap as Array<{ loc: string }>;
    const listed = index.flatMap((entry) => (xml(new URL(entry.loc).pathname.slice(TEST_BASE.length)).urlset.url as Array<{ loc: string }>).map((url) => url.loc));
    const pages = filesIn(SITE_OUT, '.html')
      .filter((file) => !file.endsWith('/404.html'))
      .map((file) => `${SITE}${urlPathOf(SITE_OUT, file, TEST_BASE)}`);
    expect([...listed].sort()).toEqual([...pages].sort());
  });
});

describe('metadata', () => {
  const session = () => load(join(SITE_OUT, 'sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/index.html'));
  const url = `${SITE}${TEST_BASE}sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/`;

  it('has a canonical URL and OpenGraph and Twitter meta', () => {
    const $ = session();
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect($('meta[property="og:url"]').attr('content')).toBe(url);
    expect($('meta[property="og:title"]').attr('content')).toBe('Getting up to Speed with MirrorMaker 2');
    expect($('meta[property="og:description"]').attr('content')).toMatch(/^More and more Enterprises/u);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
  });

  it('has JSON-LD on a session page: an Event with performers and its summit as superEvent', () => {
    const data = JSON.parse(session()('script[type="application/ld+json"]').html()!);
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: 'Getting up to Speed with MirrorMaker 2', url });
    expect(data.performer.map((person: { '@type': string; name: string }) => [person['@type'], person.name])).toEqual([
      ['Person', 'Mickael Maison'],
      ['Person', 'Ryanne Dolan'],
    ]);
    expect(data.superEvent).toMatchObject({ '@type': 'Event', name: 'Kafka Summit 2020', url: `${SITE}${TEST_BASE}summits/kafka-summit-2020/` });
  });

  it('has JSON-LD on a summit page: the summit as an Event with its sessions as subEvent', () => {
    const $ = load(join(SITE_OUT, 'summits/kafka-summit-london-2019/index.html'));
    const data = JSON.parse($('script[type="application/ld+json"]').html()!);
    expect(data).toMatchObject({ '@type': 'Event', name: 'Kafka Summit London 2019', location: { '@type': 'Place', name: 'London' } });
    expect(data.subEvent).toHaveLength(56);
    for (const event of data.subEvent) {
      expect(event['@type']).toBe('Event');
      expect(localFile(event.url), event.url).not.toBeNull();
    }
  });

  it('has JSON-LD for speakers (Person) and the article (Article)', () => {
    const person = JSON.parse(load(join(SITE_OUT, 'speakers/gwen-shapira/index.html'))('script[type="application/ld+json"]').html()!);
    expect(person).toMatchObject({ '@type': 'Person', name: 'Gwen Shapira' });
    const article = JSON.parse(load(join(SITE_OUT, 'articles/kafka-summit-the-key-takeaways/index.html'))('script[type="application/ld+json"]').html()!);
    expect(article).toMatchObject({ '@type': 'Article', headline: 'Kafka Summit: The Key Takeaways' });
    expect(article.mentions).toHaveLength(3);
  });

  it('offers "Cite this session" as BibTeX and CSL-JSON text', () => {
    const $ = session();
    const [bib, csl] = $('#cite ~ pre code').map((_, element) => $(element).text()).get();
    expect(bib).toMatch(/^@misc\{kafka-summit-2020:getting-up-to-speed-with-mirrormaker-2,/u);
    expect(bib).toContain(`url = {${url}}`);
    expect(JSON.parse(csl!)[0]).toMatchObject({ type: 'speech', URL: url, author: [{ family: 'Maison', given: 'Mickael' }, { family: 'Dolan', given: 'Ryanne' }] });
  });
});
