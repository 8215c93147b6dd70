/**
 * The whole archive from its inputs: every summit's metadata and listing text plus
 * the speaker alias decisions → typed session, speaker and summit records.
 * Pure: no filesystem, no Astro; the loader does the reading and the reporting.
 */
import type { Session, SessionSpeaker, Speaker, Summit } from '../schemas/records.ts';
import type { SpeakerAliases } from '../schemas/speaker-aliases.ts';
import type { SummitMeta } from '../schemas/summit-meta.ts';
import { paths, withBase } from '../utils/url.ts';
import { deriveTitle, displayTitleOf, excerptOf } from './derived-title.ts';
import type { DroppedLine } from './furniture.ts';
import { parseListing } from './listing.ts';
import { aliasMap, canonicalName, likelyDuplicates, type LikelyDuplicate } from './speaker-identity.ts';
import { sessionId, speakerId, trackId } from './slug.ts';

export interface SummitInput {
  /** Folder name under content/summits/, used as the summit id. */
  id: string;
  meta: SummitMeta;
  /** Path of the listing relative to the project root, for provenance and errors. */
  listingFile: string;
  listingText: string;
}

export interface ArchiveIssue {
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

export interface Archive {
  summits: Summit[];
  sessions: Session[];
  speakers: Speaker[];
  /** Furniture dropped from each listing, by listing file. */
  dropped: Map<string, DroppedLine[]>;
  duplicates: LikelyDuplicate[];
  issues: ArchiveIssue[];
}

export interface ArchiveOptions {
  base: string;
  aliases: SpeakerAliases;
}

export function buildArchive(inputs: readonly SummitInput[], options: ArchiveOptions): Archive {
  const issues: ArchiveIssue[] = [];
  const aliases = aliasMap(options.aliases);
  const sessions: Session[] = [];
  const summits: Summit[] = [];
  const dropped = new Map<string, DroppedLine[]>();
  const seenSpeakerNames: string[] = [];
  const ordered = [...inputs].sort((a, b) => a.meta.year - b.meta.year || a.id.localeCompare(b.id));

  for (const input of ordered) {
    const { meta } = input;
    const parsed = parseListing(input.listingText, { trackHeadings: meta.tracks.map((track) => track.heading) });
    dropped.set(input.listingFile, parsed.dropped);
    for (const issue of parsed.issues) issues.push({ file: input.listingFile, column: 1, ...issue });

    const trackByHeading = new Map(meta.tracks.map((track) => [track.heading, { ...track, id: trackId(track.name) }]));
    const idLines = new Map<string, number>();
    const summitSessions: Session[] = [];
    for (const record of parsed.sessions) {
      const track = trackByHeading.get(record.track)!;
      const derived = record.title === null ? deriveTitle(record.descriptionText) : null;
      const displayTitle = record.title !== null ? displayTitleOf(record.title, meta.name) : (derived ?? `Untitled session in ${track.name}`);
      const id = sessionId(input.id, displayTitle);
      const clash = idLines.get(id);
      if (clash !== undefined) {
        issues.push({
          file: input.listingFile,
          line: record.lines.start,
          column: 1,
          message: `Two sessions resolve to the id "${id}" (lines ${clash} and ${record.lines.start})`,
          hint: 'Ids come from the title (or the start of the description when untitled). If both are real sessions, give one a title in the summit corrections file; if one is a duplicate, hide it there.',
        });
        continue;
      }
      idLines.set(id, record.lines.start);
      const speakers: SessionSpeaker[] = record.speakers.map((speaker) => {
        seenSpeakerNames.push(speaker.name);
        const name = canonicalName(speaker.name, aliases);
        return { id: speakerId(name), name, listedAs: speaker.name, affiliation: speaker.affiliation, role: speaker.role };
      });
      summitSessions.push({
        id,
        summit: input.id,
        track: track.id,
        trackName: track.name,
        trackHeading: track.heading,
        order: record.order,
        orderInTrack: record.orderInTrack,
        title: record.title,
        displayTitle,
        titleSource: record.title !== null ? 'source' : 'derived',
        speakers,
        description: record.description,
        excerpt: excerptOf(record.descriptionText),
        url: withBase(options.base, paths.session(id)),
        source: { file: input.listingFile, line: record.lines.start, endLine: record.lines.end },
      });
    }
    sessions.push(...summitSessions);
    summits.push({
      id: input.id,
      name: meta.name,
      year: meta.year,
      city: meta.city,
      tagline: meta.tagline,
      tracks: meta.tracks.map((trackMeta) => {
        const id = trackId(trackMeta.name);
        return {
          id,
          name: trackMeta.heading,
          displayName: trackMeta.name,
          sessions: summitSessions.filter((session) => session.trackHeading === trackMeta.heading).map((session) => session.id),
          url: withBase(options.base, paths.track(input.id, id)),
        };
      }),
      url: withBase(options.base, paths.summit(input.id)),
      source: { file: input.listingFile },
    });
  }

  return {
    summits,
    sessions,
    speakers: collectSpeakers(sessions, options),
    dropped,
    duplicates: likelyDuplicates(seenSpeakerNames, options.aliases),
    issues,
  };
}

function collectSpeakers(sessions: readonly Session[], options: ArchiveOptions): Speaker[] {
  const byId = new Map<string, Speaker>();
  const aliasesOf = new Map(options.aliases.people.map((person) => [person.name, person.aliases]));
  for (const session of sessions) {
    for (const speaker of session.speakers) {
      let entry = byId.get(speaker.id);
      if (!entry) {
        entry = {
          id: speaker.id,
          name: speaker.name,
          aliases: [...(aliasesOf.get(speaker.name) ?? [])],
          affiliations: [],
          sessions: [],
          url: withBase(options.base, paths.speaker(speaker.id)),
        };
        byId.set(speaker.id, entry);
      }
      if (speaker.affiliation && !entry.affiliations.includes(speaker.affiliation)) entry.affiliations.push(speaker.affiliation);
      if (!entry.sessions.includes(session.id)) entry.sessions.push(session.id);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
