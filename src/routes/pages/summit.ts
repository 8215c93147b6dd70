/** Summit and track pages' data: the summit with its tracks, and each track's sessions. */
import type { Summit, Track } from '../../schemas/records.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { summitEvent, type JsonLd } from '../json-ld.ts';
import { sessionListItems, type SessionListItem } from '../session-list.ts';

export interface SummitPage {
  summit: Summit;
  total: number;
  tracks: Array<{ track: Track; url: string; items: SessionListItem[] }>;
  feedUrl: string;
  jsonLd: JsonLd;
}

export interface TrackPage {
  summit: Summit;
  summitUrl: string;
  track: Track;
  items: SessionListItem[];
}

export function summitPaths(data: ArchiveData): Array<{ params: { summit: string } }> {
  return data.summits.map((summit) => ({ params: { summit: summit.id } }));
}

export function summitPage(data: ArchiveData, ctx: RouteContext, id: string): SummitPage {
  const summit = data.summitById.get(id)!;
  const inOrder = summit.tracks.flatMap((track) => track.sessions.map((sessionId) => data.sessionById.get(sessionId)!));
  return {
    summit,
    total: summit.tracks.reduce((sum, track) => sum + track.sessions.length, 0),
    tracks: summit.tracks.map((track) => ({ track, url: ctx.urls.track(summit.id, track.id), items: sessionListItems(track.sessions, data, ctx) })),
    feedUrl: ctx.urls.summitFeed(summit.id),
    jsonLd: summitEvent(summit, inOrder, ctx),
  };
}

export function trackPaths(data: ArchiveData): Array<{ params: { summit: string; track: string } }> {
  return data.summits.flatMap((summit) => summit.tracks.map((track) => ({ params: { summit: summit.id, track: track.id } })));
}

export function trackPage(data: ArchiveData, ctx: RouteContext, summitId: string, trackId: string): TrackPage {
  const summit = data.summitById.get(summitId)!;
  const track = summit.tracks.find((candidate) => candidate.id === trackId)!;
  return { summit, summitUrl: ctx.urls.summit(summit.id), track, items: sessionListItems(track.sessions, data, ctx) };
}
