/** The home page's data: every summit with its tracks and counts, meetups and write-ups. */
import type { Site } from '../../schemas/site.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';

export interface HomePage {
  site: Site;
  counts: { sessions: number; summits: number; speakers: number };
  summits: Array<{
    name: string;
    url: string;
    meta: string;
    tagline: string | null;
    sessions: number;
    untitled: number;
    tracks: Array<{ name: string; heading: string; url: string; sessions: number }>;
  }>;
  presentations: Array<{ url: string; title: string; who: string }>;
  articles: Array<{ url: string; title: string; who: string }>;
  /** The most frequent topics and organizations, for the "other ways in" lines. */
  topTopics: string;
  topOrganizations: string;
  links: { trends: string; speakers: string; tracks: string; topics: string; organizations: string };
}

/** `A, B or C`. */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

export function homePage(data: ArchiveData, ctx: RouteContext): HomePage {
  return {
    site: data.site,
    counts: { sessions: data.sessions.length, summits: data.summits.length, speakers: data.speakers.length },
    summits: data.summits.map((summit) => {
      const sessions = data.sessionsBySummit.get(summit.id) ?? [];
      return {
        name: summit.name,
        url: ctx.urls.summit(summit.id),
        meta: [summit.city, String(summit.year)].filter(Boolean).join(' · '),
        tagline: summit.tagline,
        sessions: sessions.length,
        untitled: sessions.filter((session) => session.title === null && session.origin === 'listing').length,
        tracks: summit.tracks.map((track) => ({ name: track.displayName, heading: track.name, url: ctx.urls.track(summit.id, track.id), sessions: track.sessions.length })),
      };
    }),
    presentations: data.presentations.map((presentation) => ({
      url: ctx.urls.presentation(presentation.id),
      title: presentation.title,
      who: `${presentation.speakers.map((speaker) => speaker.name).join(', ')} · ${presentation.event.name}${presentation.event.city ? `, ${presentation.event.city}` : ''}${presentation.event.year ? `, ${[presentation.event.month, presentation.event.year].filter(Boolean).join(' ')}` : ''}`,
    })),
    articles: data.articles.map((article) => ({
      url: ctx.urls.article(article.id),
      title: article.title,
      who: `A recap${article.summit ? ` of ${data.summitById.get(article.summit)?.name}` : ''}; names ${article.mentions.length} talks, ${article.mentions.filter((mention) => mention.status === 'resolved').length} of them linked to their sessions`,
    })),
    topTopics: data.topics.slice(0, 4).map((topic) => topic.name).join(', '),
    topOrganizations: orList(
      [...data.organizations]
        .sort((a, b) => b.sessions.length - a.sessions.length || a.name.localeCompare(b.name, 'en'))
        .slice(0, 3)
        .map((organization) => organization.name),
    ),
    links: { trends: ctx.urls.trends(), speakers: ctx.urls.speakers(), tracks: ctx.urls.tracks(), topics: ctx.urls.topics(), organizations: ctx.urls.organizations() },
  };
}
