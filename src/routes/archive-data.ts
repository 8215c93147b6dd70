/**
 * The records every page reads, in the orders pages show them and with the lookups they
 * need, built once per build from the collections (src/routes/collections.ts) or, in unit
 * tests, straight from the link stages. Pure: no Astro.
 */
import type { Article, OrganizationRecord, Presentation, Session, Speaker, Summit, TopicRecord } from '../schemas/records.ts';
import type { Site } from '../schemas/site.ts';
import { compareNames } from '../text/names.ts';

export interface ArchiveRecords {
  site: Site;
  summits: readonly Summit[];
  sessions: readonly Session[];
  speakers: readonly Speaker[];
  articles: readonly Article[];
  presentations: readonly Presentation[];
  topics: readonly TopicRecord[];
  organizations: readonly OrganizationRecord[];
}

export interface ArchiveData extends ArchiveRecords {
  summitById: ReadonlyMap<string, Summit>;
  sessionById: ReadonlyMap<string, Session>;
  speakerById: ReadonlyMap<string, Speaker>;
  topicById: ReadonlyMap<string, TopicRecord>;
  articleById: ReadonlyMap<string, Article>;
  presentationById: ReadonlyMap<string, Presentation>;
  /** Sessions of each summit, in listing order. */
  sessionsBySummit: ReadonlyMap<string, readonly Session[]>;
  /** Sessions of each track (`<summit>/<track>`), in listing order. */
  sessionsByTrack: ReadonlyMap<string, readonly Session[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const group = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Sort every collection the way pages show it (getCollection() guarantees no order) and index it. */
export function archiveDataOf(records: ArchiveRecords): ArchiveData {
  const summits = [...records.summits].sort((a, b) => b.year - a.year || a.name.localeCompare(b.name));
  const sessions = [...records.sessions].sort((a, b) => a.summit.localeCompare(b.summit) || a.order - b.order);
  const speakers = [...records.speakers].sort((a, b) => compareNames(a.name, b.name));
  const articles = [...records.articles].sort((a, b) => a.id.localeCompare(b.id));
  const presentations = [...records.presentations].sort((a, b) => (b.event.year ?? 0) - (a.event.year ?? 0) || a.id.localeCompare(b.id));
  const topics = [...records.topics].sort((a, b) => b.sessions.length - a.sessions.length || a.name.localeCompare(b.name));
  const organizations = [...records.organizations].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    site: records.site,
    summits,
    sessions,
    speakers,
    articles,
    presentations,
    topics,
    organizations,
    summitById: byId(summits),
    sessionById: byId(sessions),
    speakerById: byId(speakers),
    topicById: byId(topics),
    articleById: byId(articles),
    presentationById: byId(presentations),
    sessionsBySummit: group(sessions, (session) => session.summit),
    sessionsByTrack: group(sessions, (session) => `${session.summit}/${session.track}`),
  };
}
