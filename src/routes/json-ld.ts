/**
 * schema.org JSON-LD for summit, session, speaker and article pages.
 *
 * Pure builders returning plain objects; `jsonLdScript` turns one into the text of a
 * `<script type="application/ld+json">` element (a data block: browsers never run it).
 *
 * What the sources support, and so what is (not) said:
 * - Dates: the listings give only the year. `startDate` is omitted rather than invented:
 *   a year-only ISO value ("2020") is valid ISO 8601, but consumers commonly read it as
 *   1 January, a day the sources never state. The year stays in the event's name.
 * - Location: a `Place` with the summit's city when `summit.yaml` has one (London, San
 *   Francisco); none for Kafka Summit 2020, whose listing names no city. No
 *   `VirtualLocation`/attendance mode: no source says a summit was online.
 * - URLs are absolute (the configured site and the page's address under the base, from
 *   src/routes/urls.ts), and each node's `@id` is its page URL, so the same session or
 *   person is one node across pages.
 */
import type { RouteContext } from './context.ts';
import { absoluteUrl } from './urls.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface LdSummit {
  id: string;
  name: string;
  city: string | null;
  tagline?: string | null;
}

export interface LdSession {
  id: string;
  displayTitle: string;
  /** Plain-text start of the description; used as `description` when not empty. */
  excerpt?: string;
  speakers: ReadonlyArray<{ id: string; name: string }>;
  /** The day of the talk, when a contributor stated it. */
  date?: string;
}

export interface LdSpeaker {
  id: string;
  name: string;
  aliases?: readonly string[];
  /** As written in the listings. */
  affiliations?: readonly string[];
  /** Session ids. */
  sessions?: readonly string[];
  links?: ReadonlyArray<{ label: string; url: string }>;
}

export interface LdArticle {
  id: string;
  title: string;
  description?: string | null;
  /** The summit the article reports on (`about`). */
  summit?: { id: string; name: string } | null;
  /** The sessions it names (`mentions`): its resolved mentions, looked up in the sessions. */
  sessions?: ReadonlyArray<{ id: string; displayTitle: string }>;
}

function place(city: string | null): JsonLd | undefined {
  return city ? { '@type': 'Place', name: city, address: { '@type': 'PostalAddress', addressLocality: city } } : undefined;
}

/** Drops keys whose value is undefined, an empty string or an empty array (not meaningful in JSON-LD). */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

function performers(session: LdSession, ctx: RouteContext): JsonLd[] {
  return session.speakers.map((speaker) => {
    const url = absoluteUrl(ctx.urls.speaker(speaker.id), ctx.siteUrl);
    return { '@type': 'Person', '@id': url, name: speaker.name, url };
  });
}

/** A reference to an event page: enough to identify and name it. */
function eventRef(name: string, path: string, siteUrl: string): JsonLd {
  const url = absoluteUrl(path, siteUrl);
  return { '@type': 'Event', '@id': url, name, url };
}

/** The session as an Event node, without `@context` (for `subEvent`). */
function sessionNode(session: LdSession, summit: LdSummit, ctx: RouteContext): JsonLd {
  const url = absoluteUrl(ctx.urls.session(session.id), ctx.siteUrl);
  return compact({
    '@type': 'Event',
    '@id': url,
    name: session.displayTitle,
    url,
    description: session.excerpt?.trim(),
    startDate: session.date,
    performer: performers(session, ctx),
    location: place(summit.city),
  });
}

/** The summit as an Event, with every session as a `subEvent`. */
export function summitEvent(summit: LdSummit, sessions: ReadonlyArray<Pick<LdSession, 'id' | 'displayTitle'>>, ctx: RouteContext): JsonLd {
  const url = absoluteUrl(ctx.urls.summit(summit.id), ctx.siteUrl);
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': url,
    name: summit.name,
    url,
    description: summit.tagline ?? undefined,
    location: place(summit.city),
    // References only: each session page carries its full Event (performers, description).
    // Full nodes for every session made a summit page's JSON-LD larger than its HTML.
    subEvent: sessions.map((session) => eventRef(session.displayTitle, ctx.urls.session(session.id), ctx.siteUrl)),
  });
}

/** A session page: the session as an Event, its summit as `superEvent`. */
export function sessionEvent(session: LdSession, summit: LdSummit, ctx: RouteContext): JsonLd {
  return {
    '@context': CONTEXT,
    ...sessionNode(session, summit, ctx),
    superEvent: eventRef(summit.name, ctx.urls.summit(summit.id), ctx.siteUrl),
  };
}

/** A speaker page: the Person, with the sessions they performed in. */
export function speakerPerson(speaker: LdSpeaker, ctx: RouteContext): JsonLd {
  const url = absoluteUrl(ctx.urls.speaker(speaker.id), ctx.siteUrl);
  return compact({
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': url,
    name: speaker.name,
    url,
    alternateName: speaker.aliases ? [...speaker.aliases] : undefined,
    // Affiliations as the listings wrote them, across summits (not a claim about today).
    affiliation: speaker.affiliations?.map((name) => ({ '@type': 'Organization', name })),
    sameAs: speaker.links?.map((link) => link.url),
    performerIn: speaker.sessions?.map((id) => {
      const sessionUrl = absoluteUrl(ctx.urls.session(id), ctx.siteUrl);
      return { '@type': 'Event', '@id': sessionUrl, url: sessionUrl };
    }),
  });
}

/** The recap article, `about` its summit and `mentions` the sessions it names. */
export function articleLd(article: LdArticle, ctx: RouteContext): JsonLd {
  const url = absoluteUrl(ctx.urls.article(article.id), ctx.siteUrl);
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': url,
    headline: article.title,
    url,
    mainEntityOfPage: url,
    description: article.description ?? undefined,
    about: article.summit ? [eventRef(article.summit.name, ctx.urls.summit(article.summit.id), ctx.siteUrl)] : undefined,
    mentions: article.sessions?.map((session) => eventRef(session.displayTitle, ctx.urls.session(session.id), ctx.siteUrl)),
  });
}

/**
 * The text to put inside `<script type="application/ld+json">…</script>`. JSON with every
 * `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026` (still the same JSON value), so
 * no title can close the element (`</script>`) or open a comment (`<!--`); U+2028/U+2029
 * are escaped too, for consumers that treat the block as JavaScript.
 */
export function jsonLdScript(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
