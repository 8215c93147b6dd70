/**
 * View models of what every list of sessions shows: a linked title (marked when derived),
 * the speakers as links with their role and affiliation, and where it was given.
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

export interface SessionListItem {
  id: string;
  url: string;
  title: string;
  /** The listing lost the title; it is derived from the description. */
  derived: boolean;
  speakers: SpeakerLink[];
  /** `Kafka Summit 2020, Breakouts`, when the list spans summits. */
  context: string | null;
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
  };
}

/** Sessions by id, in the order given, as list items. */
export function sessionListItems(ids: readonly string[], data: ArchiveData, ctx: RouteContext, options: { showContext?: boolean } = {}): SessionListItem[] {
  return ids.map((id) => sessionListItem(data.sessionById.get(id)!, data, ctx, options));
}
