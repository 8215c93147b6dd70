/**
 * Summit and track pages' data: the summit with its tracks, and each track's sessions.
 * Both lists are split into pages of PAGE_SIZE.sessions (src/routes/pagination.ts).
 */
import type { Session, Summit, Track } from '../../schemas/records.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { summitEvent, type JsonLd } from '../json-ld.ts';
import { PAGE_SIZE, pageCount, pageOf, pageParams, pagerFor, pageSlice, pageUrl, sectionsOnPage, type Pager } from '../pagination.ts';
import { sessionListItems, type SessionListItem } from '../session-list.ts';

export interface SummitPage {
  summit: Summit;
  total: number;
  /** Every track, for the page's table of contents: where its list starts (an anchor, on this page or another). */
  contents: Array<{ track: Track; href: string }>;
  /** The tracks with sessions on this page, each with the sessions shown here. */
  tracks: Array<{ track: Track; url: string; items: SessionListItem[]; continued: boolean }>;
  feedUrl: string;
  /** The summit as an Event, with the sessions on this page as its subEvents. */
  jsonLd: JsonLd;
  pager: Pager;
}

export interface TrackPage {
  summit: Summit;
  summitUrl: string;
  track: Track;
  items: SessionListItem[];
  pager: Pager;
}

const size = PAGE_SIZE.sessions;

function sessionsOf(data: ArchiveData, summit: Summit): number {
  return summit.tracks.reduce((sum, track) => sum + track.sessions.length, 0);
}

/** One path per summit (its feed), whatever the number of its pages. */
export function summitFeedPaths(data: ArchiveData): Array<{ params: { summit: string } }> {
  return data.summits.map((summit) => ({ params: { summit: summit.id } }));
}

export function summitPaths(data: ArchiveData): Array<{ params: { summit: string; page: string | undefined } }> {
  return data.summits.flatMap((summit) => pageParams(sessionsOf(data, summit), size).map((page) => ({ params: { summit: summit.id, page } })));
}

export function summitPage(data: ArchiveData, ctx: RouteContext, id: string, n = 1): SummitPage {
  const summit = data.summitById.get(id)!;
  const total = sessionsOf(data, summit);
  const url = ctx.urls.summit(summit.id);
  const sections = sectionsOnPage(summit.tracks.map((track) => ({ section: track, items: track.sessions })), size, n);
  let start = 0;
  const contents = summit.tracks.map((track) => {
    const page = Math.min(pageOf(start, size), pageCount(total, size));
    start += track.sessions.length;
    return { track, href: page === n ? `#${track.id}` : `${pageUrl(url, page)}#${track.id}` };
  });
  const shown: Array<Pick<Session, 'id' | 'displayTitle'>> = sections.flatMap(({ items }) => items.map((sessionId) => data.sessionById.get(sessionId)!));
  return {
    summit,
    total,
    contents,
    tracks: sections.map(({ section: track, items, continued }) => ({ track, url: ctx.urls.track(summit.id, track.id), items: sessionListItems(items, data, ctx), continued })),
    feedUrl: ctx.urls.summitFeed(summit.id),
    jsonLd: summitEvent(summit, shown, ctx),
    pager: pagerFor(url, total, size, n),
  };
}

export function trackPaths(data: ArchiveData): Array<{ params: { summit: string; track: string; page: string | undefined } }> {
  return data.summits.flatMap((summit) =>
    summit.tracks.flatMap((track) => pageParams(track.sessions.length, size).map((page) => ({ params: { summit: summit.id, track: track.id, page } }))),
  );
}

export function trackPage(data: ArchiveData, ctx: RouteContext, summitId: string, trackId: string, n = 1): TrackPage {
  const summit = data.summitById.get(summitId)!;
  const track = summit.tracks.find((candidate) => candidate.id === trackId)!;
  return {
    summit,
    summitUrl: ctx.urls.summit(summit.id),
    track,
    items: sessionListItems(pageSlice(track.sessions, size, n), data, ctx),
    pager: pagerFor(ctx.urls.track(summit.id, track.id), track.sessions.length, size, n),
  };
}
