/** Speakers A–Z and each speaker's page. */
import { editUrl, newFileUrl } from '../../config.ts';
import type { Presentation, Speaker } from '../../schemas/records.ts';
import { groupByInitial, type NameGroup } from '../../text/names.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { speakerPerson, type JsonLd } from '../json-ld.ts';

export interface SpeakersIndexPage {
  total: number;
  groups: Array<NameGroup & { people: Array<{ name: string; url: string; sessions: number }> }>;
}

export function speakersIndexPage(data: ArchiveData, ctx: RouteContext): SpeakersIndexPage {
  return {
    total: data.speakers.length,
    groups: groupByInitial(data.speakers, (speaker) => speaker.name).map(({ items, ...group }) => ({
      ...group,
      people: items.map((speaker) => ({ name: speaker.name, url: ctx.urls.speaker(speaker.id), sessions: speaker.sessions.length })),
    })),
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
}

export interface SpeakerPage {
  speaker: Speaker;
  /** Meta description. */
  description: string;
  /** Summit years and names of the talks, for search filters. */
  years: number[];
  summitNames: string[];
  talks: SpeakerTalk[];
  presentations: Array<{ url: string; title: string; where: string }>;
  mentionedIn: Array<{ title: string; url: string }>;
  jsonLd: JsonLd;
  edit: { page: string; aliases: string };
}

export function speakerPaths(data: ArchiveData): Array<{ params: { speaker: string } }> {
  return data.speakers.map((speaker) => ({ params: { speaker: speaker.id } }));
}

function eventLine(presentation: Presentation): string {
  return [presentation.event.name, presentation.event.city, [presentation.event.month, presentation.event.year].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

export function speakerPage(data: ArchiveData, ctx: RouteContext, id: string): SpeakerPage {
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
    talks: sessions.map((session) => {
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
      };
    }),
    presentations: presentations.map((presentation) => ({ url: ctx.urls.presentation(presentation.id), title: presentation.title, where: eventLine(presentation) })),
    mentionedIn: speaker.mentionedIn.map((mention) => ({ title: mention.title, url: ctx.urls.article(mention.article) })),
    jsonLd: speakerPerson(speaker, ctx),
    edit: {
      page: speaker.profile ? editUrl(speaker.profile) : newFileUrl('content/speakers/profiles', `${speaker.id}.md`, profileTemplate),
      aliases: editUrl('content/speakers/aliases.yaml'),
    },
  };
}
