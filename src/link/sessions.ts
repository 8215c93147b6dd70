/**
 * The `sessions` link stage: every summit's parsed listing becomes a summit record and a
 * draft session per listed session, each with its id, its display title and its track.
 * Parse problems become messages at their file (the listing, or summit.yaml for a
 * declared heading the listing lacks); a furniture rule that matched nothing is a warning
 * at the rule, in the series file or summit.yaml.
 *
 * Session id rule (README, "Ids and URLs"): `<summit id>/<slug of the display title>`, from
 * the session's own text only, never its position. Sessions of one summit that would share
 * an id are told apart by a suffix from their own text: the slug of each one's first speaker
 * when that separates them all, else the first six hex digits of a SHA-256 of each one's title
 * and description. Only entries identical in title, speakers and description still clash.
 */
import { createHash } from 'node:crypto';
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import type { DroppedLine, FurnitureRule } from '../parse/listing/furniture.ts';
import { parseListing, type ListingSession } from '../parse/listing/parse-listing.ts';
import type { ParseProblem } from '../parse/problem.ts';
import type { ContentSnapshot, SummitInput, YamlInput } from '../read/snapshot.ts';
import type { Series } from '../schemas/series.ts';
import type { SourceLine } from '../text/lines.ts';
import { sessionId, slug, trackId } from '../text/slug.ts';
import { deriveTitle, displayTitleOf, excerptOf } from '../text/titles.ts';
import type { ArchiveState, DraftSession, DraftSummit } from './types.ts';

/**
 * A listing's draft session with the source lines of its description, which the `corrections`
 * stage (src/link/corrections.ts) needs to drop lines and replace text; that stage removes the
 * field, so no record carries it.
 */
export type ListedDraftSession = DraftSession & { descriptionSource?: readonly SourceLine[] };

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
  if (problem.rule === 'listing/style-mismatch') {
    return contentMessage({
      file: input.listing.file,
      line: problem.line,
      column: problem.column,
      field: 'style',
      message: `${problem.message} (${input.meta.file})`,
      found: problem.found,
      expected: problem.expected,
      hint: problem.hint,
      rule: problem.rule,
    });
  }
  const { heading: _heading, session: _session, ...init } = problem;
  return contentMessage({ file: input.listing.file, ...init });
}

/** Summits in archive order: oldest first, then by id. */
function archiveOrder(summits: readonly SummitInput[]): SummitInput[] {
  return [...summits].sort((a, b) => a.meta.data.year - b.meta.data.year || a.id.localeCompare(b.id));
}

type SeriesInput = YamlInput<Series> & { id: string };

function describeRule(rule: FurnitureRule): string {
  if (rule.kind === 'block') return `block from ${JSON.stringify(rule.from)} to ${JSON.stringify(rule.to)}`;
  return `${rule.kind}: ${JSON.stringify(rule.text)}`;
}

function unusedRule(file: string, locate: YamlInput<unknown>['locate'], index: number, rule: FurnitureRule, listings: readonly string[]): ContentMessage {
  return contentMessage({
    file,
    ...locate(['furniture', index]),
    field: `furniture.${index}`,
    message: `The furniture rule ${describeRule(rule)} matched nothing in ${listings.join(', ')}`,
    found: describeRule(rule),
    expected: rule.kind === 'keep' ? 'a line the listing has, which the layout check would otherwise report' : 'a rule that matches at least one line of the listing',
    hint: 'Compare it with the listing as written: a rule sees a line without its indentation, with whitespace runs as one space and without a leading •; only `*` in a pattern stands for other text. Remove the rule if the page text is gone.',
    rule: 'furniture/unused-rule',
    severity: 'warning',
  });
}

/** The first six hex digits of a SHA-256 of a session's own text: a suffix that never depends on position. */
function textHash(record: ListingSession): string {
  return createHash('sha256').update(`${record.title ?? ''}\n${record.descriptionText}`).digest('hex').slice(0, 6);
}

interface Identified {
  record: ListingSession;
  displayTitle: string;
  id: string;
}

/**
 * Ids for one summit's sessions, by the rule above. Returns each session's id, or null for an
 * entry identical to an earlier one (reported), never a number from its position.
 */
function assignIds(summitId: string, entries: ReadonlyArray<{ record: ListingSession; displayTitle: string }>): Array<string | null> {
  const base = entries.map((entry) => sessionId(summitId, entry.displayTitle));
  const groups = new Map<string, number[]>();
  base.forEach((id, index) => groups.set(id, [...(groups.get(id) ?? []), index]));
  const ids: Array<string | null> = [...base];
  const taken = new Set(base.filter((id) => groups.get(id)!.length === 1));
  for (const [id, members] of groups) {
    if (members.length === 1) continue;
    const bySpeaker = members.map((index) => {
      const first = entries[index]!.record.speakers[0];
      const name = first ? slug(first.name) : '';
      return name ? `${id}-${name}` : '';
    });
    const separated = bySpeaker.every((candidate) => candidate !== '' && !taken.has(candidate)) && new Set(bySpeaker).size === members.length;
    const chosen = separated ? bySpeaker : members.map((index) => `${id}-${textHash(entries[index]!.record)}`);
    members.forEach((index, position) => {
      const candidate = chosen[position]!;
      ids[index] = taken.has(candidate) ? null : candidate;
      taken.add(candidate);
    });
  }
  return ids;
}

/** The fix for a guess about a speaker line: a correction under the session's id, starting from the reading chosen. */
function speakerCorrectionHint(problem: ParseProblem, id: string, record: ListingSession, file: string): string {
  const speakers = record.speakers
    .map((speaker) => [`    - name: ${JSON.stringify(speaker.name)}`, `      affiliation: ${speaker.affiliation === null ? 'null' : JSON.stringify(speaker.affiliation)}`, ...(speaker.role ? [`      role: ${JSON.stringify(speaker.role)}`] : [])].join('\n'))
    .join('\n');
  return `${problem.hint}\nIn ${file}:\n${id}:\n  reason: <what you checked, e.g. the speakers' profiles>\n  speakers:\n${speakers}`;
}

export function draftSessions(snapshot: Pick<ContentSnapshot, 'summits' | 'series'>): ArchiveState<ListedDraftSession> {
  const messages: ContentMessage[] = [];
  const dropped = new Map<string, readonly DroppedLine[]>();
  const summits: DraftSummit[] = [];
  const sessions: ListedDraftSession[] = [];
  /** Per series used: how often each of its rules matched, over all its summits, and in which listings. */
  const seriesHits = new Map<string, { series: SeriesInput; hits: number[]; listings: string[] }>();

  for (const input of archiveOrder(snapshot.summits)) {
    const meta = input.meta.data;
    const series = snapshot.series.find((entry) => entry.id === meta.series) ?? null;
    const seriesRules = series?.data.furniture ?? [];
    const summitRules = meta.furniture ?? [];
    const parsed = parseListing(input.listing.text, {
      trackHeadings: meta.tracks.map((track) => track.heading),
      ...(meta.style ? { style: meta.style } : {}),
      furniture: [...seriesRules, ...summitRules],
    });
    dropped.set(input.listing.file, parsed.dropped);
    if (series) {
      const entry = seriesHits.get(series.id) ?? { series, hits: seriesRules.map(() => 0), listings: [] };
      seriesRules.forEach((_, index) => (entry.hits[index]! += parsed.ruleHits[index] ?? 0));
      entry.listings.push(input.listing.file);
      seriesHits.set(series.id, entry);
    }
    summitRules.forEach((rule, index) => {
      if ((parsed.ruleHits[seriesRules.length + index] ?? 0) === 0) messages.push(unusedRule(input.meta.file, input.meta.locate, index, rule, [input.listing.file]));
    });

    const tracks = meta.tracks.map((track) => ({ id: trackId(track.name), name: track.heading, displayName: track.name }));
    const trackByHeading = new Map(tracks.map((track) => [track.name, track]));
    const pageSuffixes = [meta.name, ...(series ? [series.data.name] : [])];
    const entries = parsed.sessions.map((record) => {
      const track = trackByHeading.get(record.track)!;
      const derived = record.title === null ? deriveTitle(record.descriptionText) : null;
      const displayTitle = record.title !== null ? displayTitleOf(record.title, pageSuffixes) : (derived ?? `Untitled session in ${track.displayName}`);
      return { record, displayTitle, track };
    });
    const ids = assignIds(input.id, entries);
    const idOf = new Map<number, Identified>();

    entries.forEach(({ record, displayTitle, track }, index) => {
      const id = ids[index];
      if (id === null || id === undefined) {
        const same = entries.findIndex((other, at) => at < index && ids[at] !== null && sessionId(input.id, other.displayTitle) === sessionId(input.id, displayTitle) && textHash(other.record) === textHash(record));
        const earlier = same === -1 ? null : entries[same]!.record.lines.start;
        messages.push(
          contentMessage({
            file: input.listing.file,
            line: record.lines.start,
            column: 1,
            message: `This session repeats the one at line ${earlier ?? '?'}: same title and description, so both would get the id "${ids[same] ?? sessionId(input.id, displayTitle)}"`,
            found: record.title ?? displayTitle,
            expected: 'each session listed once',
            hint: `If the listing repeats one session, hide the repeat in content/summits/${input.id}/corrections.yaml: ${JSON.stringify(ids[same] ?? sessionId(input.id, displayTitle))}: { hide: true, reason: "Listed twice (lines ${earlier ?? '?'} and ${record.lines.start})." }. If they are two sessions, correct one's title there.`,
            rule: 'ids/duplicate-session',
          }),
        );
        return;
      }
      idOf.set(record.order, { record, displayTitle, id });
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
        speakers: record.speakers.map((speaker, at) => ({ ...speaker, place: { file: input.listing.file, line: record.speakerSourceLines[at] ?? record.speakerLineNumber ?? record.lines.start, column: 1 } })),
        description: record.description,
        excerpt: excerptOf(record.descriptionText),
        links: {},
        correction: null,
        source: { file: input.listing.file, line: record.lines.start, endLine: record.lines.end },
        text: record.descriptionText,
        descriptionSource: record.descriptionLines,
      });
    });

    const corrections = input.corrections?.data ?? {};
    const correctionsFile = input.corrections?.file ?? `content/summits/${input.id}/corrections.yaml`;
    for (const problem of parsed.problems) {
      const session = problem.session === undefined ? undefined : idOf.get(problem.session);
      if (session && problem.rule.startsWith('speaker-line/')) {
        // A reviewed speakers correction settles every guess about that session's speaker line.
        if (corrections[session.id]?.speakers) continue;
        messages.push(listingMessage(input, { ...problem, hint: speakerCorrectionHint(problem, session.id, session.record, correctionsFile) }));
        continue;
      }
      messages.push(listingMessage(input, session ? { ...problem, message: `${problem.message} [session ${session.id}]` } : problem));
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

  for (const { series, hits, listings } of seriesHits.values()) {
    (series.data.furniture ?? []).forEach((rule, index) => {
      if (hits[index] === 0) messages.push(unusedRule(series.file, series.locate, index, rule, listings));
    });
  }
  return { summits, sessions, topicRequests: [], report: { dropped, hidden: [], duplicates: [] }, messages };
}
