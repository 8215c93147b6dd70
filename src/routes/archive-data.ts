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
  organizationById: ReadonlyMap<string, OrganizationRecord>;
  /** Sessions of each summit, in listing order. */
  sessionsBySummit: ReadonlyMap<string, readonly Session[]>;
  /** Sessions of each track (`<summit>/<track>`), in listing order. */
  sessionsByTrack: ReadonlyMap<string, readonly Session[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
/** Items grouped by key, in their order (appending, not copying each group on every item: linear time). */
const group = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => Map.groupBy(items, key);

/**
 * `compute(data, key)` once per archive and key: for what every page of a list needs (a
 * topic's sessions by summit, the A–Z groups), so that a list of n pages is not grouped
 * n times. Cached per ArchiveData object, so a new build (or the dev server's next sync)
 * starts afresh.
 */
export function perArchive<V>(compute: (data: ArchiveData, key: string) => V): (data: ArchiveData, key: string) => V {
  const cache = new WeakMap<ArchiveData, Map<string, V>>();
  return (data, key) => {
    let values = cache.get(data);
    if (!values) cache.set(data, (values = new Map()));
    if (!values.has(key)) values.set(key, compute(data, key));
    return values.get(key)!;
  };
}

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
    organizationById: byId(organizations),
    sessionsBySummit: group(sessions, (session) => session.summit),
    sessionsByTrack: group(sessions, (session) => `${session.summit}/${session.track}`),
  };
}
