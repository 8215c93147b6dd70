/**
 * View models of what every list of sessions shows: a linked title (marked when derived),
 * the speakers as links with their role and affiliation, where it was given, and whether
 * a recording or slides can be found from its page.
 */
import type { Session, SessionSpeaker } from '../schemas/records.ts';
import type { ArchiveData } from './archive-data.ts';
import type { RouteContext } from './context.ts';

export interface SpeakerLink {
  name: string;
  url: string;
  /** Role and affiliation as that listing gives them (`Solutions Architect, Confluent`), or ''. */
  detail: string;
}

/**
 * What a reader can watch or read after the session: its recording and slides, from a
 * correction's `links: { video, slides }` or a contributed session's frontmatter.
 * Lists show a badge for each; the session page links them (a plain link card: nothing
 * loads from the other site until the reader follows the link).
 */
export interface SessionMedia {
  /** The recording's URL, or null. */
  video: string | null;
  /** The slides' URL, or null. */
  slides: string | null;
}

/** The host a link card names (`videos.example.org`, without `www.`), so the reader knows where the link goes. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./u, '');
}

/** The media of a session, for badges in any list of sessions (summit, track, topic, organisation, speaker, related). */
export function sessionMedia(session: Pick<Session, 'links'>): SessionMedia {
  return { video: session.links.video ?? null, slides: session.links.slides ?? null };
}

export interface SessionListItem {
  id: string;
  url: string;
  title: string;
  /** The listing lost the title; it is derived from the description. */
  derived: boolean;
  speakers: SpeakerLink[];
  /** `Kafka Summit 2020, Breakouts`, when the list spans summits. */
  context: string | null;
  /** Recording and slides, shown as badges. */
  media: SessionMedia;
}

export function speakerLinks(speakers: readonly SessionSpeaker[], ctx: RouteContext): SpeakerLink[] {
  return speakers.map((speaker) => ({ name: speaker.name, url: ctx.urls.speaker(speaker.id), detail: [speaker.role, speaker.affiliation].filter(Boolean).join(', ') }));
}

export function sessionListItem(session: Session, data: ArchiveData, ctx: RouteContext, options: { showContext?: boolean } = {}): SessionListItem {
  return {
    id: session.id,
    url: ctx.urls.session(session.id),
    title: session.displayTitle,
    derived: session.titleSource === 'derived',
    speakers: speakerLinks(session.speakers, ctx),
    context: options.showContext ? `${data.summitById.get(session.summit)?.name ?? session.summit}, ${session.trackName}` : null,
    media: sessionMedia(session),
  };
}

/** Sessions by id, in the order given, as list items. */
export function sessionListItems(ids: readonly string[], data: ArchiveData, ctx: RouteContext, options: { showContext?: boolean } = {}): SessionListItem[] {
  return ids.map((id) => sessionListItem(data.sessionById.get(id)!, data, ctx, options));
}
