/**
 * The one place pages meet `astro:content`: every collection read once per build, sorted and
 * indexed (src/routes/archive-data.ts), and the entries pages render Markdown or MDX of.
 *
 * In a production build every page asks for the same data, so it is read once; the dev
 * server re-syncs content on every change and must not keep stale data, so it reads anew.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { archiveDataOf, type ArchiveData } from './archive-data.ts';
import { routeContext, type RouteContext } from './context.ts';

export type SessionEntry = CollectionEntry<'sessions'>;
export type SpeakerEntry = CollectionEntry<'speakers'>;
export type ArticleEntry = CollectionEntry<'articles'>;

let memo: Promise<ArchiveData> | null = null;

async function load(): Promise<ArchiveData> {
  const [site, summits, sessions, speakers, articles, presentations, topics, organizations] = await Promise.all([
    getCollection('site'),
    getCollection('summits'),
    getCollection('sessions'),
    getCollection('speakers'),
    getCollection('articles'),
    getCollection('presentations'),
    getCollection('topics'),
    getCollection('organizations'),
  ]);
  const data = <T extends { data: unknown }>(entries: readonly T[]) => entries.map((entry) => entry.data as T['data']);
  return archiveDataOf({
    site: site[0]!.data,
    summits: data(summits),
    sessions: data(sessions),
    speakers: data(speakers),
    articles: data(articles),
    presentations: data(presentations),
    topics: data(topics),
    organizations: data(organizations),
  });
}

export function archiveData(): Promise<ArchiveData> {
  if (!import.meta.env.PROD) return load();
  memo ??= load();
  return memo;
}

const entryMemo = new Map<string, Promise<Map<string, CollectionEntry<'sessions' | 'speakers' | 'articles'>>>>();

/** The collection entry of a record, for `render()` of its Markdown or MDX. */
export async function entryOf<C extends 'sessions' | 'speakers' | 'articles'>(collection: C, id: string): Promise<CollectionEntry<C>> {
  let entries = import.meta.env.PROD ? entryMemo.get(collection) : undefined;
  if (!entries) {
    entries = getCollection(collection).then((list) => new Map(list.map((entry) => [entry.id, entry as CollectionEntry<'sessions' | 'speakers' | 'articles'>])));
    if (import.meta.env.PROD) entryMemo.set(collection, entries);
  }
  const entry = (await entries).get(id);
  if (!entry) throw new Error(`no ${collection} entry "${id}"`);
  return entry as CollectionEntry<C>;
}

const contexts = new WeakMap<object, RouteContext>();

/** Where this build's pages live: the configured base and site, and the site's name (made once per archive, not once per page). */
export function pageContext(data: Pick<ArchiveData, 'site'>): RouteContext {
  let ctx = contexts.get(data);
  if (!ctx) contexts.set(data, (ctx = routeContext(import.meta.env.BASE_URL, import.meta.env.SITE, data.site.name)));
  return ctx;
}
