/**
 * "Cite this session": BibTeX and CSL-JSON text for a session page.
 *
 * Pure: the same session, summit and site always give the same text (no access date,
 * which would change every build).
 *
 * - Names are split by one documented rule (src/text/names.ts): suffixes, particles,
 *   hyphenated and CJK names (family name first where the script says so).
 * - BibTeX: `@misc` (a talk is not a proceedings paper, and the listings give no
 *   proceedings), key = the session id with `/` → `:` (stable and unique, because ids
 *   are), fields in a fixed order. Text fields are escaped for (La)TeX; the title is
 *   wrapped in an extra pair of braces so styles keep its capitalisation ("MirrorMaker").
 *   Non-ASCII letters are kept as UTF-8, which biber and modern BibTeX read.
 * - CSL-JSON: a one-item array of type `speech`, with both `event` (CSL 1.0.1) and
 *   `event-title` (CSL 1.0.2), since citation processors read one or the other.
 * - A derived title (the listing lost it) is cited as the archive shows it, and the note
 *   says so, like every page does.
 * - Only the year is known (the sources give no dates), so only the year is cited.
 * - URLs are the configured site's. A local build (SITE_URL unset, `ctx.siteConfigured`
 *   false) has no address a reader could follow: its citations carry no URL, and the note
 *   says `LOCAL_BUILD_NOTE` instead of pointing at http://localhost:4321.
 */

import { bibtexName, cslName, escapeBibtex } from '../text/names.ts';
import type { RouteContext } from './context.ts';
import { absoluteUrl } from './urls.ts';

export interface CitableSession {
  id: string;
  displayTitle: string;
  titleSource: 'source' | 'derived' | 'correction';
  /** `contribution`: added by a contributor, not in the listing. Default `listing`. */
  origin?: 'listing' | 'contribution';
  speakers: ReadonlyArray<{ name: string }>;
}

export interface CitableSummit {
  name: string;
  year: number;
  city: string | null;
}

/** What a local build's citations and session pages say in place of a URL. */
export const LOCAL_BUILD_NOTE = 'local build: set SITE_URL to cite the published address';

/** The stable citation key: the session id with `/` replaced by `:`. */
export function citationKey(session: Pick<CitableSession, 'id'>): string {
  return session.id.replace(/\//gu, ':');
}

/** Where the record comes from, and what is not from the source. */
export function provenanceNote(session: CitableSession, summit: CitableSummit, siteName: string, siteConfigured = true): string {
  const parts = [
    session.origin === 'contribution'
      ? `Not in the ${summit.name} session listing: added to ${siteName} by a contributor`
      : `From the ${summit.name} session listing, as archived by ${siteName}`,
  ];
  if (session.titleSource === 'derived') parts.push('title not in the source listing, derived from the session description');
  if (session.titleSource === 'correction') parts.push('title from a reviewed correction');
  if (!siteConfigured) parts.push(LOCAL_BUILD_NOTE);
  return parts.join('; ');
}

/** BibTeX `@misc` entry for a session (no trailing newline). */
export function bibtex(session: CitableSession, summit: CitableSummit, ctx: RouteContext): string {
  const fields: Array<[string, string]> = [];
  if (session.speakers.length > 0) fields.push(['author', session.speakers.map((s) => bibtexName(s.name)).join(' and ')]);
  fields.push(['title', `{${escapeBibtex(session.displayTitle)}}`]);
  fields.push(['howpublished', `Talk at ${escapeBibtex(summit.name)}`]);
  if (summit.city) fields.push(['address', escapeBibtex(summit.city)]);
  fields.push(['year', String(summit.year)]);
  // URLs are not TeX-escaped: the url field is read verbatim (our paths are ASCII slugs).
  if (ctx.siteConfigured) fields.push(['url', absoluteUrl(ctx.urls.session(session.id), ctx.siteUrl)]);
  fields.push(['note', escapeBibtex(provenanceNote(session, summit, ctx.siteName, ctx.siteConfigured))]);
  return `@misc{${citationKey(session)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

export interface CslItem {
  id: string;
  type: 'speech';
  title: string;
  author?: Array<Record<string, string>>;
  event: string;
  'event-title': string;
  'event-place'?: string;
  genre: string;
  issued: { 'date-parts': [[number]] };
  /** Absent in a local build (see LOCAL_BUILD_NOTE). */
  URL?: string;
  note: string;
}

/** The CSL-JSON item for a session. */
export function cslItem(session: CitableSession, summit: CitableSummit, ctx: RouteContext): CslItem {
  return {
    id: session.id,
    type: 'speech',
    title: session.displayTitle,
    ...(session.speakers.length > 0 ? { author: session.speakers.map((s) => cslName(s.name)) } : {}),
    event: summit.name,
    'event-title': summit.name,
    ...(summit.city ? { 'event-place': summit.city } : {}),
    genre: 'Conference session',
    issued: { 'date-parts': [[summit.year]] },
    ...(ctx.siteConfigured ? { URL: absoluteUrl(ctx.urls.session(session.id), ctx.siteUrl) } : {}),
    note: provenanceNote(session, summit, ctx.siteName, ctx.siteConfigured),
  };
}

/** Longest line a JSON value is written on before it is broken over lines (the indent counts). */
const JSON_LINE = 80;

/** A JSON value on one line, with a space after `:` and `,` (`{ "family": "Dolan", "given": "Ryanne" }`). */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * JSON indented by two spaces, like `JSON.stringify(value, null, 2)`, except that an array
 * or object that fits on its line is written on it: a name or `"date-parts": [[2020]]`
 * takes one line, not five. Same data: `JSON.parse` gives the same value back.
 */
export function compactJson(value: unknown, indent = '', prefix = ''): string {
  const inline = inlineJson(value);
  if (value === null || typeof value !== 'object' || indent.length + prefix.length + inline.length <= JSON_LINE) return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${compactJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner, `${JSON.stringify(key)}: `)}`).join(',\n')}\n${indent}}`;
}

/** CSL-JSON text (a one-item array, as reference managers import it), 2-space indented, short arrays and objects on one line. */
export function cslJson(session: CitableSession, summit: CitableSummit, ctx: RouteContext): string {
  return compactJson([cslItem(session, summit, ctx)]);
}
