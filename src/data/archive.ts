/**
 * Queries the pages share over the content collections, with explicit sort orders
 * (getCollection() does not guarantee one).
 *
 * In a production build every page asks for the same sorted lists; sorting 10,000
 * sessions once per page made rendering quadratic (45 ms per session page at 10,000
 * sessions). So a build sorts each collection once. The dev server re-reads content on
 * every change and must not keep a stale list, so it does not memoise.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.set(key, value);
  }
  return value;
}

export type SessionEntry = CollectionEntry<'sessions'>;
export type SpeakerEntry = CollectionEntry<'speakers'>;
export type SummitEntry = CollectionEntry<'summits'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type PresentationEntry = CollectionEntry<'presentations'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;

/** Topics in taxonomy order (the reviewed file's order). */
export function topics(): Promise<TopicEntry[]> {
  return once('topics', async () =>
    (await getCollection('topics')).sort((a, b) => b.data.sessions.length - a.data.sessions.length || a.data.name.localeCompare(b.data.name)),
  );
}

export function organizations(): Promise<OrganizationEntry[]> {
  return once('organizations', async () => (await getCollection('organizations')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')));
}

export function articles(): Promise<ArticleEntry[]> {
  return once('articles', async () => (await getCollection('articles')).sort((a, b) => a.id.localeCompare(b.id)));
}

/** Presentations, newest first. */
export function presentations(): Promise<PresentationEntry[]> {
  return once('presentations', async () =>
    (await getCollection('presentations')).sort((a, b) => (b.data.event.year ?? 0) - (a.data.event.year ?? 0) || a.id.localeCompare(b.id)),
  );
}

/** Summits, newest first; within a year by name. */
export function summits(): Promise<SummitEntry[]> {
  return once('summits', async () => (await getCollection('summits')).sort((a, b) => b.data.year - a.data.year || a.data.name.localeCompare(b.data.name)));
}

/** Sessions in listing order within each summit. */
export function sessions(): Promise<SessionEntry[]> {
  return once('sessions', async () => (await getCollection('sessions')).sort((a, b) => a.data.summit.localeCompare(b.data.summit) || a.data.order - b.data.order));
}

/** Speakers A–Z by surname, then given name. */
export function speakers(): Promise<SpeakerEntry[]> {
  return once('speakers', async () => (await getCollection('speakers')).sort((a, b) => sortKey(a.data.name).localeCompare(sortKey(b.data.name), 'en')));
}

/** `Matthias J. Sax` → `sax matthias j.` (surname first, for A–Z order). */
export function sortKey(name: string): string {
  const parts = name.trim().split(/\s+/u);
  const surname = parts.pop() ?? '';
  return [surname, ...parts].join(' ').toLowerCase();
}

/** The A–Z letter a speaker is filed under. */
export function initialOf(name: string): string {
  const letter = sortKey(name).normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/u.test(letter) ? letter : '#';
}

const byIdCache = new WeakMap<readonly SessionEntry[], Map<string, SessionEntry>>();
/** Sessions by id; built once per list (pages pass the memoised list of sessions()). */
export function sessionsById(all: readonly SessionEntry[]): Map<string, SessionEntry> {
  let map = byIdCache.get(all);
  if (!map) {
    map = new Map(all.map((entry) => [entry.id, entry]));
    byIdCache.set(all, map);
  }
  return map;
}
