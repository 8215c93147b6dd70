/** The session page's data: everything `src/pages/sessions/[...id]/index.astro` renders. */
import { editUrl } from '../../config.ts';
import type { Session, Summit, Track } from '../../schemas/records.ts';
import type { ArchiveData } from '../archive-data.ts';
import { bibtex, cslJson, LOCAL_BUILD_NOTE } from '../cite.ts';
import type { RouteContext } from '../context.ts';
import { sessionEvent, type JsonLd } from '../json-ld.ts';
import { hostOf, sessionListItem, speakerLinks, type SessionListItem, type SpeakerLink } from '../session-list.ts';

export interface Link {
  title: string;
  url: string;
}

export interface SessionPage {
  session: Session;
  summit: Summit;
  track: Track;
  /** The meta description: the excerpt, or a sentence naming the session. */
  description: string;
  summitUrl: string;
  trackUrl: string;
  speakers: SpeakerLink[];
  topics: Array<{ name: string; url: string }>;
  /** Recording and slides as link cards: the URL and the host it opens (no embed, nothing loaded until followed). */
  media: Array<{ kind: 'recording' | 'slides'; label: string; url: string; host: string }>;
  /** Up to five related sessions, as any list of sessions shows them (with where they were given, and media badges). */
  related: SessionListItem[];
  previous: Link | null;
  next: Link | null;
  mentionedIn: Link[];
  jsonLd: JsonLd;
  bibtex: string;
  cslJson: string;
  /** Said beside the citations of a local build (SITE_URL unset), whose citations carry no URL; null when the site is configured. */
  citeNote: string | null;
  /** "Suggest a correction" for listed sessions, "Edit this page" for contributed ones. */
  edit: { label: string; url: string };
}

export function sessionPaths(data: ArchiveData): Array<{ params: { id: string } }> {
  return data.sessions.map((session) => ({ params: { id: session.id } }));
}

export function sessionPage(data: ArchiveData, ctx: RouteContext, id: string): SessionPage {
  const session = data.sessionById.get(id)!;
  const summit = data.summitById.get(session.summit)!;
  const track = summit.tracks.find((candidate) => candidate.id === session.track)!;
  const sameTrack = data.sessionsByTrack.get(`${session.summit}/${session.track}`)!;
  const index = sameTrack.indexOf(session);
  const link = (other: Session | undefined): Link | null => (other ? { title: other.displayTitle, url: ctx.urls.session(other.id) } : null);
  return {
    session,
    summit,
    track,
    description: session.excerpt || `${session.displayTitle} at ${summit.name}.`,
    summitUrl: ctx.urls.summit(summit.id),
    trackUrl: ctx.urls.track(summit.id, track.id),
    speakers: speakerLinks(session.speakers, ctx),
    topics: data.topics.filter((topic) => session.topics.includes(topic.id)).map((topic) => ({ name: topic.name, url: ctx.urls.topic(topic.id) })),
    media: [
      ...(session.links.video ? [{ kind: 'recording' as const, label: 'Watch the recording', url: session.links.video, host: hostOf(session.links.video) }] : []),
      ...(session.links.slides ? [{ kind: 'slides' as const, label: 'View the slides', url: session.links.slides, host: hostOf(session.links.slides) }] : []),
    ],
    related: session.related.flatMap((otherId) => {
      const other = data.sessionById.get(otherId);
      return other ? [sessionListItem(other, data, ctx, { showContext: true })] : [];
    }),
    previous: link(sameTrack[index - 1]),
    next: link(sameTrack[index + 1]),
    mentionedIn: session.mentionedIn.map((mention) => ({ title: mention.title, url: ctx.urls.article(mention.article) })),
    jsonLd: sessionEvent(session, summit, ctx),
    bibtex: bibtex(session, summit, ctx),
    cslJson: cslJson(session, summit, ctx),
    citeNote: ctx.siteConfigured ? null : LOCAL_BUILD_NOTE,
    edit:
      session.origin === 'listing'
        ? { label: 'Suggest a correction', url: editUrl(`content/summits/${session.summit}/corrections.yaml`) }
        : { label: 'Edit this page', url: editUrl(session.source.file) },
  };
}
