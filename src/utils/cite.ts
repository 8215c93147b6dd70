/**
 * "Cite this session": BibTeX and CSL-JSON text for a session page.
 *
 * Pure: the same session, summit and site URL always give the same text (no access date,
 * which would change every build).
 *
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
 */

export interface CitableSession {
  id: string;
  displayTitle: string;
  titleSource: 'source' | 'derived' | 'correction';
  /** `contribution`: added by a contributor, not in the listing. Default `listing`. */
  origin?: 'listing' | 'contribution';
  speakers: ReadonlyArray<{ name: string }>;
  /** Site path including the base, e.g. `/summit-archive/sessions/<id>/`. */
  url: string;
}

export interface CitableSummit {
  name: string;
  year: number;
  city: string | null;
}

export interface PersonName {
  family: string;
  given?: string;
}

/** Lower-case name particles that belong to the family name (`Jan van der Berg` → `van der Berg`). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'ten', 'ter']);

/**
 * Splits a display name into family and given names: the last word is the family name,
 * with any lower-case particles just before it; the rest is the given name. A one-word
 * name is a family name only. (Names are as the listings give them; a name whose family
 * name comes first cannot be told apart and is cited as written order.)
 */
export function splitName(name: string): PersonName {
  const words = name.trim().split(/\s+/u);
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] as string)) start--;
  const family = words.slice(start).join(' ');
  const given = words.slice(0, start).join(' ');
  return given ? { family, given } : { family };
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes (La)TeX special characters in one pass (so inserted braces are not re-escaped). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/gu, (c) => BIBTEX_SPECIALS[c] as string);
}

/** A BibTeX name as `Family, Given`; a part containing the word "and" is braced so it is not a separator. */
function bibtexName(name: string): string {
  const protect = (part: string): string => (/\band\b/iu.test(part) ? `{${escapeBibtex(part)}}` : escapeBibtex(part));
  const { family, given } = splitName(name);
  return given ? `${protect(family)}, ${protect(given)}` : protect(family);
}

/** Absolute URL of a site path (which already carries the base) on the site's origin. */
function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** The stable citation key: the session id with `/` replaced by `:`. */
export function citationKey(session: Pick<CitableSession, 'id'>): string {
  return session.id.replace(/\//gu, ':');
}

/** Where the record comes from, and what is not from the source. */
export function provenanceNote(session: CitableSession, summit: CitableSummit): string {
  const parts = [
    session.origin === 'contribution'
      ? `Not in the ${summit.name} session listing: added to Summit Archive by a contributor`
      : `From the ${summit.name} session listing, as archived by Summit Archive`,
  ];
  if (session.titleSource === 'derived') parts.push('title not in the source listing, derived from the session description');
  if (session.titleSource === 'correction') parts.push('title from a reviewed correction');
  return parts.join('; ');
}

/** BibTeX `@misc` entry for a session (no trailing newline). */
export function bibtex(session: CitableSession, summit: CitableSummit, siteUrl: string): string {
  const fields: Array<[string, string]> = [];
  if (session.speakers.length > 0) fields.push(['author', session.speakers.map((s) => bibtexName(s.name)).join(' and ')]);
  fields.push(['title', `{${escapeBibtex(session.displayTitle)}}`]);
  fields.push(['howpublished', `Talk at ${escapeBibtex(summit.name)}`]);
  if (summit.city) fields.push(['address', escapeBibtex(summit.city)]);
  fields.push(['year', String(summit.year)]);
  // URLs are not TeX-escaped: the url field is read verbatim (our paths are ASCII slugs).
  fields.push(['url', absoluteUrl(session.url, siteUrl)]);
  fields.push(['note', escapeBibtex(provenanceNote(session, summit))]);
  return `@misc{${citationKey(session)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

export interface CslItem {
  id: string;
  type: 'speech';
  title: string;
  author?: PersonName[];
  event: string;
  'event-title': string;
  'event-place'?: string;
  genre: string;
  issued: { 'date-parts': [[number]] };
  URL: string;
  note: string;
}

/** The CSL-JSON item for a session. */
export function cslItem(session: CitableSession, summit: CitableSummit, siteUrl: string): CslItem {
  return {
    id: session.id,
    type: 'speech',
    title: session.displayTitle,
    ...(session.speakers.length > 0 ? { author: session.speakers.map((s) => splitName(s.name)) } : {}),
    event: summit.name,
    'event-title': summit.name,
    ...(summit.city ? { 'event-place': summit.city } : {}),
    genre: 'Conference session',
    issued: { 'date-parts': [[summit.year]] },
    URL: absoluteUrl(session.url, siteUrl),
    note: provenanceNote(session, summit),
  };
}

/** CSL-JSON text (a one-item array, as reference managers import it), 2-space indented. */
export function cslJson(session: CitableSession, summit: CitableSummit, siteUrl: string): string {
  return JSON.stringify([cslItem(session, summit, siteUrl)], null, 2);
}
