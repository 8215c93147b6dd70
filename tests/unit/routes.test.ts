/**
 * Page data without a build: the route modules (src/routes/) over records from the link
 * stages, on the frozen seed archive. Addresses come from the base alone, never from records.
 */
import { describe, expect, it } from 'vitest';
import { archiveDataOf } from '../../src/routes/archive-data.ts';
import { routeContext } from '../../src/routes/context.ts';
import { EXPORTS } from '../../src/routes/export.ts';
import { homePage } from '../../src/routes/pages/home.ts';
import { sessionPage, sessionPaths } from '../../src/routes/pages/session.ts';
import { speakerPage, speakersIndexPage } from '../../src/routes/pages/speakers.ts';
import { summitPage, trackPage, trackPaths } from '../../src/routes/pages/summit.ts';
import { topicTrends } from '../../src/routes/pages/topics.ts';
import { articlePage } from '../../src/routes/pages/write-ups.ts';
import { urlsFor } from '../../src/routes/urls.ts';
import { seedArchive } from '../support/seed.ts';

const archive = await seedArchive();
const data = archiveDataOf(archive);
const ctx = routeContext('/summit-archive/', 'https://example.github.io', archive.site.name);
const mirrorMaker = 'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2';

describe('urls', () => {
  it('puts every address under the base, with a trailing slash for pages', () => {
    const at = urlsFor('/x/');
    expect(at.session('s/t')).toBe('/x/sessions/s/t/');
    expect(at.track('s', 'core')).toBe('/x/summits/s/core/');
    expect(at.summitFeed('s')).toBe('/x/summits/s/feed.xml');
    expect(urlsFor('/').speaker('a')).toBe('/speakers/a/');
  });
});

describe('archive data', () => {
  it('orders summits newest first and sessions in listing order, whatever order the collections come in', () => {
    const shuffled = archiveDataOf({ ...archive, summits: [...archive.summits].reverse(), sessions: [...archive.sessions].reverse() });
    expect(shuffled.summits.map((summit) => summit.id)).toEqual(data.summits.map((summit) => summit.id));
    expect(shuffled.sessions.map((session) => session.id)).toEqual(data.sessions.map((session) => session.id));
    expect(data.summits[0]!.id).toBe('kafka-summit-2020');
  });
});

describe('the session page', () => {
  const page = sessionPage(data, ctx, mirrorMaker);

  it('has one path per session', () => {
    expect(sessionPaths(data)).toHaveLength(archive.sessions.length);
  });

  it('links its summit, track, speakers and neighbours in the track, under the base', () => {
    expect(page.summitUrl).toBe('/summit-archive/summits/kafka-summit-2020/');
    expect(page.trackUrl).toBe('/summit-archive/summits/kafka-summit-2020/breakouts/');
    expect(page.speakers.map((speaker) => [speaker.name, speaker.url, speaker.detail])).toEqual([
      ['Mickael Maison', '/summit-archive/speakers/mickael-maison/', 'IBM'],
      ['Ryanne Dolan', '/summit-archive/speakers/ryanne-dolan/', ''],
    ]);
    const track = data.sessionsByTrack.get('kafka-summit-2020/breakouts')!;
    const index = track.findIndex((session) => session.id === mirrorMaker);
    expect(page.previous?.url).toBe(`/summit-archive/sessions/${track[index - 1]!.id}/`);
    expect(page.next?.url).toBe(`/summit-archive/sessions/${track[index + 1]!.id}/`);
  });

  it('resolves related sessions to titles and where they were given', () => {
    expect(page.related.length).toBe(archive.sessions.find((session) => session.id === mirrorMaker)!.related.length);
    for (const related of page.related) expect(related.context).toMatch(/^Kafka Summit .+, .+$/u);
  });

  it('cites the configured site, and JSON-LD names the same addresses', () => {
    expect(page.bibtex).toContain('url = {https://example.github.io/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/}');
    expect(page.jsonLd['@id']).toBe('https://example.github.io/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/');
  });

  it('follows the base: another base gives other addresses from the same records', () => {
    const elsewhere = sessionPage(data, routeContext('/', 'https://archive.example', archive.site.name), mirrorMaker);
    expect(elsewhere.summitUrl).toBe('/summits/kafka-summit-2020/');
    expect(elsewhere.jsonLd['@id']).toBe('https://archive.example/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/');
  });
});

describe('summit and track pages', () => {
  it('list every session of the summit once, track by track, in listing order', () => {
    const page = summitPage(data, ctx, 'kafka-summit-london-2019');
    expect(page.total).toBe(56);
    expect(page.tracks.flatMap((track) => track.items.map((item) => item.id))).toEqual(page.tracks.flatMap((track) => track.track.sessions));
    expect(page.feedUrl).toBe('/summit-archive/summits/kafka-summit-london-2019/feed.xml');
  });

  it('give each track its page', () => {
    expect(trackPaths(data)).toHaveLength(archive.summits.reduce((sum, summit) => sum + summit.tracks.length, 0));
    const page = trackPage(data, ctx, 'kafka-summit-san-francisco-2019', 'stream-processing');
    expect(page.track.name).toBe('ストリーム処理');
    expect(page.items).toHaveLength(page.track.sessions.length);
  });
});

describe('speaker pages', () => {
  it('list a person\'s talks newest summit first (then by listing position), with the spelling each listing used', () => {
    const page = speakerPage(data, ctx, 'kate-stanley');
    expect(page.talks.map((talk) => [talk.summitName, talk.listedAs])).toEqual([
      ['Kafka Summit 2020', null],
      ['Kafka Summit London 2019', 'Katherine Stanley'],
      ['Kafka Summit San Francisco 2019', 'Katherine Stanley'],
    ]);
  });

  it('file everyone A–Z under an anchor that is a valid id', () => {
    const page = speakersIndexPage(data, ctx);
    expect(page.groups.reduce((sum, group) => sum + group.people.length, 0)).toBe(archive.speakers.length);
    for (const group of page.groups) expect(group.anchor).toMatch(/^[a-z][a-z0-9-]*$/u);
  });
});

describe('home, trends and articles', () => {
  it('count what the archive holds, and name the most frequent topics and organizations', () => {
    const page = homePage(data, ctx);
    expect(page.counts).toEqual({ sessions: 180, summits: 3, speakers: 101 });
    expect(page.topTopics.split(', ')).toHaveLength(4);
    expect(page.topOrganizations).toMatch(/^.+, .+ or .+$/u);
  });

  it('draw the trends with the same numbers as the table', () => {
    const trends = topicTrends(data, ctx, { limit: 3 });
    expect(trends.rows).toHaveLength(3);
    expect(trends.svg).toContain('<svg');
    for (const row of trends.rows) for (const cell of row.cells) expect(cell.text).toBe(`${cell.count} (${(cell.share * 100).toFixed(1)}%)`);
  });

  it('link the talks an article names to their pages', () => {
    const page = articlePage(data, ctx, 'kafka-summit-the-key-takeaways');
    expect(page.mentions.filter((mention) => mention.url !== null)).toHaveLength(3);
    expect(page.summitUrl).toBe('/summit-archive/summits/kafka-summit-san-francisco-2019/');
  });
});

describe('the open-data export', () => {
  it('adds its documented url fields from the base, in its documented field order, and validates', () => {
    const sessions = EXPORTS.sessions.schema.parse(EXPORTS.sessions.build(data, ctx));
    const first = sessions[0]!;
    expect(Object.keys(first).indexOf('url')).toBe(Object.keys(first).indexOf('excerpt') + 1);
    expect(first.url).toBe(`/summit-archive/sessions/${first.id}/`);
    const summits = EXPORTS.summits.schema.parse(EXPORTS.summits.build(data, ctx));
    expect(summits[0]!.tracks[0]!.url).toBe(`/summit-archive/summits/${summits[0]!.id}/${summits[0]!.tracks[0]!.id}/`);
  });
});
