/**
 * The archive from its inputs: the link stages in their real order. Each stage takes the
 * archive as the previous one left it and returns a new one; each lives in its own module
 * of src/link/ and is tested on a small fixture of its own.
 *
 * Pure: no filesystem, no Astro. The read stage (src/read/) supplies the inputs; the
 * routes (src/routes/) turn the records into pages.
 */
import type { ContentMessage } from '../messages/message.ts';
import type { ContentSnapshot } from '../read/snapshot.ts';
import type { Article, OrganizationRecord, Presentation, Session, Speaker, Summit, TopicRecord } from '../schemas/records.ts';
import { addContributions } from './contributions.ts';
import { applyCorrections } from './corrections.ts';
import { resolveSpeakers } from './identity.ts';
import { linkMentions } from './mentions.ts';
import { organizationRecords } from './organizations.ts';
import { parsePresentations, presentationRecords } from './presentations.ts';
import { relateSessions } from './related.ts';
import { draftSessions } from './sessions.ts';
import { collectSpeakers } from './speakers.ts';
import { tagSessions } from './topics.ts';
import { DEFAULT_SITE, type Site } from '../schemas/site.ts';
import type { ArchiveReport, DraftSummit } from './types.ts';

export interface Archive {
  /** What the site calls itself (content/site.yaml). */
  site: Site;
  summits: Summit[];
  sessions: Session[];
  speakers: Speaker[];
  articles: Article[];
  presentations: Presentation[];
  topics: TopicRecord[];
  organizations: OrganizationRecord[];
  report: ArchiveReport;
  messages: ContentMessage[];
}

/** The last stage: each track lists its sessions in listing order (contributed ones last, moved ones where they now are). */
function listTrackSessions(summits: readonly DraftSummit[], sessions: readonly Session[]): Summit[] {
  return summits.map(({ series: _series, seriesName: _seriesName, ...summit }) => ({
    ...summit,
    tracks: summit.tracks.map((track) => ({
      ...track,
      sessions: sessions
        .filter((session) => session.summit === summit.id && session.track === track.id)
        .sort((a, b) => a.order - b.order)
        .map((session) => session.id),
    })),
  }));
}

export function buildArchive(input: ContentSnapshot): Archive {
  const drafted = draftSessions(input);
  // Every spelling the listings write counts for identity, even where a correction replaced it.
  const listingSpellings = drafted.sessions.flatMap((session) => session.speakers.map((speaker): [string, typeof speaker.place] => [speaker.name, speaker.place]));
  const contributedFiles = new Map(input.contributions.map((contribution) => [`${contribution.data.summit}/${contribution.slug}`, contribution.file]));
  const corrected = applyCorrections(drafted, input.summits, contributedFiles);
  const contributed = addContributions(corrected, input.contributions);
  const decks = parsePresentations(input.presentations);
  const identified = resolveSpeakers({ ...contributed, messages: [...contributed.messages, ...decks.messages] }, {
    aliases: input.aliases,
    profiles: input.profiles,
    otherNames: [...listingSpellings, ...decks.names],
  });
  const tagged = tagSessions(identified, input.topics);
  const related = relateSessions(tagged);
  const mentioned = linkMentions(related, input.articles, input.series);
  const presentations = presentationRecords(decks.decks, identified.resolver);
  const speakers = collectSpeakers({
    sessions: mentioned.sessions,
    presentations,
    articles: mentioned.articles,
    profiles: input.profiles,
    aliases: input.aliases,
    resolver: identified.resolver,
  });
  return {
    site: input.site?.data ?? DEFAULT_SITE,
    summits: listTrackSessions(mentioned.summits, mentioned.sessions),
    sessions: mentioned.sessions,
    speakers,
    articles: mentioned.articles,
    presentations,
    topics: tagged.topics,
    organizations: organizationRecords(mentioned.sessions, input.organizations?.data ?? null),
    report: mentioned.report,
    messages: mentioned.messages,
  };
}
