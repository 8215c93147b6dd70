/**
 * The shapes a session takes on its way through the link stages. Each stage adds what it
 * knows and returns new records; no record is made with empty placeholders and filled in
 * later. The final shapes are the records of src/schemas/records.ts.
 *
 *   sessions     DraftSession        id, titles, track, speakers as written, description
 *   corrections  DraftSession        + reviewed corrections applied
 *   contributions DraftSession       + contributed MDX sessions
 *   identity     IdentifiedSession   speakers resolved to people (ids)
 *   topics       TaggedSession       + topics
 *   related      RelatedSession      + related
 *   mentions     Session             + mentionedIn
 */
import type { ContentMessage } from '../messages/message.ts';
import type { RawSpeaker } from '../parse/listing/speaker-line.ts';
import type { DroppedLine } from '../parse/listing/furniture.ts';
import type { Session, Summit, Track } from '../schemas/records.ts';
import type { LikelyDuplicate } from './identity.ts';

export type { RawSpeaker } from '../parse/listing/speaker-line.ts';

/** Where a spelling is written, to place identity problems. */
export interface NamePlace {
  file: string;
  line: number;
  column: number;
}

/** A speaker as a source writes them, with where. */
export type DraftSpeaker = RawSpeaker & { place: NamePlace };

/** A session before identity and enrichment: speakers as the source writes them, and its plain text. */
export type DraftSession = Omit<Session, 'speakers' | 'topics' | 'related' | 'mentionedIn'> & {
  speakers: DraftSpeaker[];
  /** The description as plain text (for topics and related sessions); never exported. */
  text: string;
};

export type IdentifiedSession = Omit<DraftSession, 'speakers'> & Pick<Session, 'speakers'>;
export type TaggedSession = IdentifiedSession & Pick<Session, 'topics'>;
export type RelatedSession = TaggedSession & Pick<Session, 'related'>;

/** A summit before its tracks list their sessions (the last stage does that). */
export type DraftSummit = Omit<Summit, 'tracks'> & { tracks: Array<Omit<Track, 'sessions'>>; series: string | null; seriesName: string | null };

/** A topic change a reviewer or contributor asked for, with where each id was written. */
export interface TopicRequest {
  session: string;
  add: ReadonlyArray<{ id: string; file: string; line: number; column: number; field: string }>;
  remove: ReadonlyArray<{ id: string; file: string; line: number; column: number; field: string }>;
}

/** What the build reports besides errors: furniture dropped, entries hidden, names to review. */
export interface ArchiveReport {
  /** Furniture dropped from each listing, by listing file. */
  dropped: ReadonlyMap<string, readonly DroppedLine[]>;
  /** Parsed entries hidden by a correction as "not a session". */
  hidden: readonly string[];
  duplicates: readonly LikelyDuplicate[];
}

/** The archive as it passes from stage to stage. */
export interface ArchiveState<S> {
  summits: DraftSummit[];
  sessions: S[];
  topicRequests: TopicRequest[];
  report: ArchiveReport;
  messages: ContentMessage[];
}
