/**
 * The `sessions` link stage: every summit's parsed listing becomes a summit record and a
 * draft session per listed session, each with its id, its display title and its track.
 * Parse problems become messages at their file (the listing, or summit.yaml for a
 * declared heading the listing lacks).
 *
 * Session id rule (README, "Ids and URLs"): `<summit id>/<slug of the display title>`,
 * from the session's own text only, never its position.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import type { DroppedLine } from '../parse/listing/furniture.ts';
import { parseListing } from '../parse/listing/parse-listing.ts';
import type { ParseProblem } from '../parse/problem.ts';
import type { ContentSnapshot, SummitInput } from '../read/snapshot.ts';
import { sessionId, trackId } from '../text/slug.ts';
import { deriveTitle, displayTitleOf, excerptOf } from '../text/titles.ts';
import type { ArchiveState, DraftSession, DraftSummit } from './types.ts';

/** A parser's problem as a message at its file; a missing heading is placed at its declaration. */
export function listingMessage(input: SummitInput, problem: ParseProblem): ContentMessage {
  if (problem.rule === 'listing/missing-heading' && problem.heading !== undefined) {
    const index = input.meta.data.tracks.findIndex((track) => track.heading === problem.heading);
    return contentMessage({
      file: input.meta.file,
      ...input.meta.locate(['tracks', index, 'heading']),
      field: `tracks.${index}.heading`,
      message: `Track heading "${problem.heading}" does not occur in ${input.listing.file}`,
      found: problem.found,
      expected: problem.expected,
      hint: problem.hint,
      rule: problem.rule,
      severity: problem.severity,
    });
  }
  return contentMessage({ file: input.listing.file, ...problem });
}

/** Summits in archive order: oldest first, then by id. */
function archiveOrder(summits: readonly SummitInput[]): SummitInput[] {
  return [...summits].sort((a, b) => a.meta.data.year - b.meta.data.year || a.id.localeCompare(b.id));
}

export function draftSessions(snapshot: Pick<ContentSnapshot, 'summits' | 'series'>): ArchiveState<DraftSession> {
  const messages: ContentMessage[] = [];
  const dropped = new Map<string, readonly DroppedLine[]>();
  const summits: DraftSummit[] = [];
  const sessions: DraftSession[] = [];
  for (const input of archiveOrder(snapshot.summits)) {
    const meta = input.meta.data;
    const series = snapshot.series.find((entry) => entry.id === meta.series) ?? null;
    const parsed = parseListing(input.listing.text, { trackHeadings: meta.tracks.map((track) => track.heading) });
    dropped.set(input.listing.file, parsed.dropped);
    messages.push(...parsed.problems.map((problem) => listingMessage(input, problem)));
    const tracks = meta.tracks.map((track) => ({ id: trackId(track.name), name: track.heading, displayName: track.name }));
    const trackByHeading = new Map(tracks.map((track) => [track.name, track]));
    const pageSuffixes = [meta.name, ...(series ? [series.data.name] : [])];
    const firstLineOf = new Map<string, number>();
    for (const record of parsed.sessions) {
      const track = trackByHeading.get(record.track)!;
      const derived = record.title === null ? deriveTitle(record.descriptionText) : null;
      const displayTitle = record.title !== null ? displayTitleOf(record.title, pageSuffixes) : (derived ?? `Untitled session in ${track.displayName}`);
      const id = sessionId(input.id, displayTitle);
      const clash = firstLineOf.get(id);
      if (clash !== undefined) {
        messages.push(
          contentMessage({
            file: input.listing.file,
            line: record.lines.start,
            column: 1,
            message: `Two sessions resolve to the id "${id}" (lines ${clash} and ${record.lines.start})`,
            found: id,
            expected: 'a different title or description start for each session',
            hint: 'Ids come from the title (or the start of the description when untitled). If one entry is a duplicate, hide it in the summit corrections file; if both are real, tell the maintainers.',
            rule: 'ids/duplicate-session',
          }),
        );
        continue;
      }
      firstLineOf.set(id, record.lines.start);
      sessions.push({
        id,
        origin: 'listing',
        summit: input.id,
        track: track.id,
        trackName: track.displayName,
        trackHeading: track.name,
        order: record.order,
        orderInTrack: record.orderInTrack,
        title: record.title,
        displayTitle,
        titleSource: record.title !== null ? 'source' : 'derived',
        speakers: record.speakers.map((speaker) => ({ ...speaker, place: { file: input.listing.file, line: record.speakerLineNumber ?? record.lines.start, column: 1 } })),
        description: record.description,
        excerpt: excerptOf(record.descriptionText),
        links: {},
        correction: null,
        source: { file: input.listing.file, line: record.lines.start, endLine: record.lines.end },
        text: record.descriptionText,
      });
    }
    summits.push({
      id: input.id,
      name: meta.name,
      year: meta.year,
      city: meta.city,
      tagline: meta.tagline,
      tracks,
      source: { file: input.listing.file },
      series: series?.id ?? null,
      seriesName: series?.data.name ?? null,
    });
  }
  return { summits, sessions, topicRequests: [], report: { dropped, hidden: [], duplicates: [] }, messages };
}
