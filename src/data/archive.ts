/**
 * Queries the pages share over the content collections, with explicit sort orders
 * (getCollection() does not guarantee one).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SessionEntry = CollectionEntry<'sessions'>;
export type SpeakerEntry = CollectionEntry<'speakers'>;
export type SummitEntry = CollectionEntry<'summits'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type PresentationEntry = CollectionEntry<'presentations'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;

/** Topics in taxonomy order (the reviewed file's order). */
export async function topics(): Promise<TopicEntry[]> {
  const all = await getCollection('topics');
  return all.sort((a, b) => b.data.sessions.length - a.data.sessions.length || a.data.name.localeCompare(b.data.name));
}

export async function organizations(): Promise<OrganizationEntry[]> {
  return (await getCollection('organizations')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

export async function articles(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort((a, b) => a.id.localeCompare(b.id));
}

/** Presentations, newest first. */
export async function presentations(): Promise<PresentationEntry[]> {
  return (await getCollection('presentations')).sort((a, b) => (b.data.event.year ?? 0) - (a.data.event.year ?? 0) || a.id.localeCompare(b.id));
}

/** Summits, newest first; within a year by name. */
export async function summits(): Promise<SummitEntry[]> {
  const all = await getCollection('summits');
  return all.sort((a, b) => b.data.year - a.data.year || a.data.name.localeCompare(b.data.name));
}

/** Sessions in listing order within each summit. */
export async function sessions(): Promise<SessionEntry[]> {
  const all = await getCollection('sessions');
  return all.sort((a, b) => a.data.summit.localeCompare(b.data.summit) || a.data.order - b.data.order);
}

/** Speakers A–Z by surname, then given name. */
export async function speakers(): Promise<SpeakerEntry[]> {
  const all = await getCollection('speakers');
  return all.sort((a, b) => sortKey(a.data.name).localeCompare(sortKey(b.data.name), 'en'));
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

export function sessionsById(all: readonly SessionEntry[]): Map<string, SessionEntry> {
  return new Map(all.map((entry) => [entry.id, entry]));
}
