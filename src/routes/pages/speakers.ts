/** Speakers A–Z and each speaker's page; both lists are split into pages (src/routes/pagination.ts). */
import { editUrl, newFileUrl } from '../../config.ts';
import { sessionMedia, type SessionMedia } from '../session-list.ts';
import type { Presentation, Speaker } from '../../schemas/records.ts';
import { groupByInitial, type NameGroup } from '../../text/names.ts';
import { perArchive, type ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { speakerPerson, type JsonLd } from '../json-ld.ts';
import { PAGE_SIZE, pageCount, pageOf, pageParams, pagerFor, pageSlice, pageUrl, sectionsOnPage, type Pager } from '../pagination.ts';

export interface SpeakersIndexPage {
  total: number;
  /** Every letter, linked to where its names start (this page or another). */
  letters: Array<{ label: string; href: string }>;
  /** The letters with names on this page, and those names. */
  groups: Array<NameGroup & { people: Array<{ name: string; url: string; sessions: number }>; continued: boolean }>;
  pager: Pager;
}

export function speakersIndexPaths(data: ArchiveData): Array<{ params: { page: string | undefined } }> {
  return pageParams(data.speakers.length, PAGE_SIZE.people).map((page) => ({ params: { page } }));
}

/** Everyone grouped by initial, once per build: every page of the index needs it. */
const initialGroups = perArchive((data) => groupByInitial(data.speakers, (speaker) => speaker.name));

export function speakersIndexPage(data: ArchiveData, ctx: RouteContext, n = 1): SpeakersIndexPage {
  const size = PAGE_SIZE.people;
  const groups = initialGroups(data, '');
  const url = ctx.urls.speakers();
  const last = pageCount(data.speakers.length, size);
  let start = 0;
  const letters = groups.map((group) => {
    const page = Math.min(pageOf(start, size), last);
    start += group.items.length;
    return { label: group.label, href: page === n ? `#${group.anchor}` : `${pageUrl(url, page)}#${group.anchor}` };
  });
  return {
    total: data.speakers.length,
    letters,
    groups: sectionsOnPage(groups.map(({ items, ...group }) => ({ section: group, items })), size, n).map(({ section, items, continued }) => ({
      ...section,
      people: items.map((speaker) => ({ name: speaker.name, url: ctx.urls.speaker(speaker.id), sessions: speaker.sessions.length })),
      continued,
    })),
    pager: pagerFor(url, data.speakers.length, size, n),
  };
}

export interface SpeakerTalk {
  url: string;
  title: string;
  derived: boolean;
  summitName: string;
  trackName: string;
  /** Role and affiliation in that listing, or ''. */
  as: string;
  /** The spelling that listing used, when it differs from the name shown. */
  listedAs: string | null;
  withPeople: string[];
  /** Recording and slides the session page links, for the same badges as every list of sessions. */
  media: SessionMedia;
}

export interface SpeakerPage {
  speaker: Speaker;
  /** Meta description. */
  description: string;
  /** Summit years and names of the talks, for search filters. */
  years: number[];
  summitNames: string[];
  /** How many summit sessions the speaker gave (all pages). */
  sessions: number;
  /** The talks on this page. */
  talks: SpeakerTalk[];
  presentations: Array<{ url: string; title: string; where: string }>;
  mentionedIn: Array<{ title: string; url: string }>;
  jsonLd: JsonLd;
  edit: { page: string; aliases: string };
  pager: Pager;
}

export function speakerPaths(data: ArchiveData): Array<{ params: { speaker: string; page: string | undefined } }> {
  return data.speakers.flatMap((speaker) => pageParams(speaker.sessions.length, PAGE_SIZE.talks).map((page) => ({ params: { speaker: speaker.id, page } })));
}

function eventLine(presentation: Presentation): string {
  return [presentation.event.name, presentation.event.city, [presentation.event.month, presentation.event.year].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

export function speakerPage(data: ArchiveData, ctx: RouteContext, id: string, n = 1): SpeakerPage {
  const speaker = data.speakerById.get(id)!;
  const year = (summitId: string) => data.summitById.get(summitId)?.year ?? 0;
  const sessions = speaker.sessions.map((sessionId) => data.sessionById.get(sessionId)!).sort((a, b) => year(b.summit) - year(a.summit) || a.order - b.order);
  const presentations = speaker.presentations.map((presentationId) => data.presentationById.get(presentationId)!).filter(Boolean);
  const profileTemplate = `---\nname: ${speaker.name}\naliases: []\nlinks: []\n---\n\nA short biography in Markdown.\n`;
  return {
    speaker,
    description: `${speaker.name}: ${sessions.length} session(s) in the ${data.site.heading}.`,
    years: [...sessions.map((session) => year(session.summit)), ...presentations.flatMap((presentation) => (presentation.event.year ? [presentation.event.year] : []))],
    summitNames: sessions.map((session) => data.summitById.get(session.summit)!.name),
    sessions: sessions.length,
    talks: pageSlice(sessions, PAGE_SIZE.talks, n).map((session) => {
      const self = session.speakers.find((entry) => entry.id === speaker.id)!;
      return {
        url: ctx.urls.session(session.id),
        title: session.displayTitle,
        derived: session.titleSource === 'derived',
        summitName: data.summitById.get(session.summit)!.name,
        trackName: session.trackName,
        as: [self.role, self.affiliation].filter(Boolean).join(', '),
        listedAs: self.listedAs !== speaker.name ? self.listedAs : null,
        withPeople: session.speakers.filter((entry) => entry.id !== speaker.id).map((other) => other.name),
        media: sessionMedia(session),
      };
    }),
    presentations: presentations.map((presentation) => ({ url: ctx.urls.presentation(presentation.id), title: presentation.title, where: eventLine(presentation) })),
    mentionedIn: speaker.mentionedIn.map((mention) => ({ title: mention.title, url: ctx.urls.article(mention.article) })),
    jsonLd: speakerPerson(speaker, ctx),
    edit: {
      page: speaker.profile ? editUrl(speaker.profile) : newFileUrl('content/speakers/profiles', `${speaker.id}.md`, profileTemplate),
      aliases: editUrl('content/speakers/aliases.yaml'),
    },
    pager: pagerFor(ctx.urls.speaker(speaker.id), sessions.length, PAGE_SIZE.talks, n),
  };
}
