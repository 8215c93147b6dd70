/**
 * What a change does to the archive, for the reviewer of a pull request: records added,
 * removed or changed (with each changed field before and after) and the pages affected.
 * Pure: two archives in, a report out; `scripts/diff.ts` builds the archives from a git
 * ref and the working tree, and check.yml posts the report as the job summary.
 */
import type { Archive } from '../link/build-archive.ts';
import { urlsFor, type Urls } from '../routes/urls.ts';

export type Kind = 'summits' | 'sessions' | 'speakers' | 'topics' | 'organizations' | 'articles' | 'presentations';

const KINDS: readonly Kind[] = ['summits', 'sessions', 'speakers', 'topics', 'organizations', 'articles', 'presentations'];

/** Fields that follow from other records' changes: counted, not listed, so the report shows causes. */
const CONSEQUENCES: Partial<Record<Kind, readonly string[]>> = {
  sessions: ['related', 'order', 'orderInTrack'],
  topics: ['sessions', 'bySummit'],
  organizations: ['sessions', 'people'],
};

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface RecordChange {
  id: string;
  name: string;
  fields: FieldChange[];
}

export interface KindDiff {
  added: Array<{ id: string; name: string }>;
  removed: Array<{ id: string; name: string }>;
  changed: RecordChange[];
  /** Records whose only changes are consequences (related sessions, counts). */
  touched: number;
}

export interface ArchiveDiff {
  kinds: Record<Kind, KindDiff>;
  /** Addresses of the pages whose content changes, under the base. */
  pages: string[];
}

type AnyRecord = { id: string } & Record<string, unknown>;

function nameOf(kind: Kind, record: AnyRecord): string {
  const value = record.displayTitle ?? record.name ?? record.title ?? record.id;
  return String(value);
}

/** A value on one line, clipped: enough for a reviewer to see what changed. */
function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const single = text.replace(/\s+/gu, ' ');
  return single.length > 160 ? `${single.slice(0, 157)}…` : single;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A summit's track lists follow from the sessions: compare tracks without them. */
function comparable(kind: Kind, record: AnyRecord, field: string): unknown {
  const value = record[field];
  if (kind === 'summits' && field === 'tracks' && Array.isArray(value)) return value.map(({ sessions: _sessions, ...track }: Record<string, unknown>) => track);
  return value;
}

function diffKind(kind: Kind, before: readonly AnyRecord[], after: readonly AnyRecord[]): KindDiff {
  const old = new Map(before.map((record) => [record.id, record]));
  const now = new Map(after.map((record) => [record.id, record]));
  const consequences = new Set(CONSEQUENCES[kind] ?? []);
  const diff: KindDiff = { added: [], removed: [], changed: [], touched: 0 };
  for (const [id, record] of now) if (!old.has(id)) diff.added.push({ id, name: nameOf(kind, record) });
  for (const [id, record] of old) if (!now.has(id)) diff.removed.push({ id, name: nameOf(kind, record) });
  for (const [id, record] of now) {
    const previous = old.get(id);
    if (!previous) continue;
    const keys = [...new Set([...Object.keys(previous), ...Object.keys(record)])];
    const fields = keys.filter((key) => !same(previous[key], record[key]));
    if (fields.length === 0) continue;
    const direct = fields.filter((field) => !consequences.has(field) && !same(comparable(kind, previous, field), comparable(kind, record, field)));
    if (direct.length === 0) {
      diff.touched += 1;
      continue;
    }
    diff.changed.push({ id, name: nameOf(kind, record), fields: direct.map((field) => ({ field, before: show(previous[field]), after: show(record[field]) })) });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  diff.added.sort(byId);
  diff.removed.sort(byId);
  diff.changed.sort(byId);
  return diff;
}

function pagesOf(kind: Kind, id: string, archive: Archive, urls: Urls): string[] {
  switch (kind) {
    case 'sessions': {
      const session = archive.sessions.find((entry) => entry.id === id);
      return session ? [urls.session(id), urls.summit(session.summit), urls.track(session.summit, session.track)] : [urls.session(id)];
    }
    case 'speakers':
      return [urls.speaker(id), urls.speakers()];
    case 'summits':
      return [urls.summit(id), urls.home()];
    case 'topics':
      return [urls.topic(id), urls.topics()];
    case 'organizations':
      return [urls.organization(id), urls.organizations()];
    case 'articles':
      return [urls.article(id)];
    case 'presentations':
      return [urls.presentation(id)];
  }
}

export function diffArchives(before: Archive, after: Archive, base = '/'): ArchiveDiff {
  const urls = urlsFor(base);
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, diffKind(kind, before[kind] as unknown as AnyRecord[], after[kind] as unknown as AnyRecord[])])) as Record<Kind, KindDiff>;
  const pages = new Set<string>();
  for (const kind of KINDS) {
    const diff = kinds[kind];
    for (const { id } of [...diff.added, ...diff.changed]) for (const page of pagesOf(kind, id, after, urls)) pages.add(page);
    for (const { id } of diff.removed) for (const page of pagesOf(kind, id, before, urls)) pages.add(page);
  }
  return { kinds, pages: [...pages].sort() };
}

const TITLES: Record<Kind, string> = {
  summits: 'Summits',
  sessions: 'Sessions',
  speakers: 'Speakers',
  topics: 'Topics',
  organizations: 'Organizations',
  articles: 'Articles',
  presentations: 'Presentations',
};

/** Markdown cells never break the table: pipes and line breaks escaped. */
function cell(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/`/gu, "'");
}

/** The report as Markdown, for a terminal and for a GitHub job summary alike. */
export function formatDiff(diff: ArchiveDiff, label: string): string {
  const lines = [`## What this change does to the archive`, '', `Compared with ${label}.`, ''];
  let any = false;
  for (const kind of KINDS) {
    const { added, removed, changed, touched } = diff.kinds[kind];
    if (added.length + removed.length + changed.length + touched === 0) continue;
    any = true;
    lines.push(`### ${TITLES[kind]}`, '');
    for (const record of added) lines.push(`- **added** \`${record.id}\`: ${cell(record.name)}`);
    for (const record of removed) lines.push(`- **removed** \`${record.id}\`: ${cell(record.name)}`);
    for (const record of changed) {
      lines.push(`- **changed** \`${record.id}\`: ${cell(record.name)}`, '', '  | field | before | after |', '  | --- | --- | --- |');
      for (const field of record.fields) lines.push(`  | ${field.field} | ${cell(field.before)} | ${cell(field.after)} |`);
      lines.push('');
    }
    if (lines.at(-1) === '' && changed.length > 0 && touched === 0) lines.pop();
    if (touched > 0) lines.push(`- ${touched} other ${kind === 'sessions' ? 'session(s) whose related sessions or position changed' : 'record(s) whose lists or counts changed'} as a consequence`);
    lines.push('');
  }
  if (!any) lines.push('No record changes.', '');
  lines.push(`### Pages affected (${diff.pages.length})`, '');
  for (const page of diff.pages.slice(0, 200)) lines.push(`- ${page}`);
  if (diff.pages.length > 200) lines.push(`- … and ${diff.pages.length - 200} more`);
  return `${lines.join('\n').trimEnd()}\n`;
}
