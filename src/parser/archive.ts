/**
 * The whole archive from its inputs: every summit's metadata, listing and corrections,
 * contributed sessions, speaker aliases and profiles → typed session, speaker and summit
 * records, plus every problem found, each with its file and line.
 * Pure: no filesystem, no Astro; the loader does the reading and the reporting.
 */
import type { Article, OrganizationRecord, Presentation, Session, Speaker, Summit, TopicRecord } from '../schemas/records.ts';
import { organizationIndex, type Organizations } from './organizations.ts';
import { relatedSessions } from './related.ts';
import type { SummitMeta } from '../schemas/summit-meta.ts';
import type { ContentIssue } from '../utils/content-issue.ts';
import type { Locate } from '../utils/yaml-file.ts';
import { paths, withBase } from '../utils/url.ts';
import { markdownText } from '../utils/markdown-text.ts';
import { applyCorrections, type CorrectionsInput } from './corrections.ts';
import { contributedSessions, type ContributedSessionInput } from './contributed.ts';
import { deriveTitle, displayTitleOf, excerptOf } from './derived-title.ts';
import type { DroppedLine } from './furniture.ts';
import { parseListing, type ListingParseResult } from './listing.ts';
import { sessionId, trackId } from './slug.ts';
import { likelyDuplicates, type LikelyDuplicate } from './speaker-identity.ts';
import { collectSpeakers, speakerResolver, type AliasesInput, type NamePlace, type SpeakerProfileInput } from './speakers.ts';
import { tagTopics, type Taxonomy } from './topics.ts';
import { buildArticles, buildPresentations, parsePresentations, type ArticleInput, type PresentationInput } from './writeups.ts';

export interface SummitInput {
  /** Folder name under content/summits/, used as the summit id. */
  id: string;
  meta: SummitMeta;
  /** Path of the listing relative to the project root, for provenance and errors. */
  listingFile: string;
  listingText: string;
  corrections?: CorrectionsInput | null;
  /** summit.yaml and the position of its fields, to place problems with the metadata. */
  metaFile?: string;
  locateMeta?: Locate;
}

export type ArchiveIssue = ContentIssue;

export interface Archive {
  summits: Summit[];
  sessions: Session[];
  speakers: Speaker[];
  articles: Article[];
  presentations: Presentation[];
  topics: TopicRecord[];
  organizations: OrganizationRecord[];
  /** Furniture dropped from each listing, by listing file. */
  dropped: Map<string, DroppedLine[]>;
  /** Parsed entries hidden by a correction as "not a session". */
  hidden: string[];
  /** Topic changes requested by corrections, by session id. */
  topicCorrections: Map<string, { add: string[]; remove: string[] }>;
  duplicates: LikelyDuplicate[];
  issues: ContentIssue[];
}

export interface ArchiveOptions {
  base: string;
  aliases: AliasesInput;
  contributions?: readonly ContributedSessionInput[];
  profiles?: readonly SpeakerProfileInput[];
  articles?: readonly ArticleInput[];
  presentations?: readonly PresentationInput[];
  /** The reviewed topic taxonomy (content/topics.yaml), or null for none. */
  topics?: { file: string; data: Taxonomy; locate: Locate } | null;
  /** The reviewed organisation aliases (content/organizations.yaml), or null. */
  organizations?: Organizations | null;
}

export function buildArchive(inputs: readonly SummitInput[], options: ArchiveOptions): Archive {
  const issues: ContentIssue[] = [];
  const dropped = new Map<string, DroppedLine[]>();
  const contributions = options.contributions ?? [];
  const profiles = options.profiles ?? [];
  const ordered = [...inputs].sort((a, b) => a.meta.year - b.meta.year || a.id.localeCompare(b.id));

  const parsed = new Map<string, ListingParseResult>();
  for (const input of ordered) {
    const result = parseListing(input.listingText, { trackHeadings: input.meta.tracks.map((track) => track.heading) });
    parsed.set(input.id, result);
    dropped.set(input.listingFile, result.dropped);
    for (const { missingHeading, ...issue } of result.issues) {
      if (missingHeading !== undefined && input.metaFile && input.locateMeta) {
        const index = input.meta.tracks.findIndex((track) => track.heading === missingHeading);
        issues.push({
          file: input.metaFile,
          ...input.locateMeta(['tracks', index, 'heading']),
          field: `tracks.${index}.heading`,
          message: `Track heading "${missingHeading}" does not occur in ${input.listingFile}`,
          found: missingHeading,
          expected: 'a heading exactly as the listing writes it, on a line of its own with no indent',
          hint: issue.hint,
        });
      } else {
        issues.push({ file: input.listingFile, column: 1, ...issue });
      }
    }
  }

  // Every spelling the sources use, with where it is first written, so reviewed decisions
  // can be checked against them and clashing ids placed.
  const seen = new Map<string, NamePlace>();
  const see = (name: string, place: NamePlace) => {
    if (!seen.has(name)) seen.set(name, place);
  };
  for (const input of ordered) {
    for (const session of parsed.get(input.id)!.sessions) for (const speaker of session.speakers) see(speaker.name, { file: input.listingFile, line: session.speakerLineNumber ?? session.lines.start, column: 1 });
    const corrections = input.corrections;
    if (corrections) {
      for (const [id, correction] of Object.entries(corrections.entries)) {
        (correction.speakers ?? []).forEach((speaker, index) => see(speaker.name, { file: corrections.file, ...corrections.locate([id, 'speakers', index, 'name']) }));
      }
    }
  }
  for (const input of contributions) input.data.speakers.forEach((speaker, index) => see(speaker.name, { file: input.file, ...input.locate(['speakers', index, 'name']) }));
  const parsedPresentations = parsePresentations(options.presentations ?? []);
  for (const { input, parsed } of parsedPresentations) see(parsed.speaker, { file: input.file, line: 1, column: 1 });
  const resolver = speakerResolver(seen, options.aliases, profiles);
  issues.push(...resolver.issues);

  const sessions: Session[] = [];
  const summits: Summit[] = [];
  const hidden: string[] = [];
  /** Plain description text by session id, for topic tagging. */
  const plainText = new Map<string, string>();
  const topicCorrections = new Map<string, { add: string[]; remove: string[] }>();
  for (const input of ordered) {
    const { meta } = input;
    const tracks = meta.tracks.map((track) => ({ id: trackId(track.name), name: track.heading, displayName: track.name }));
    const trackByHeading = new Map(tracks.map((track) => [track.name, track]));
    const idLines = new Map<string, number>();
    const summitSessions: Session[] = [];
    for (const record of parsed.get(input.id)!.sessions) {
      const track = trackByHeading.get(record.track)!;
      const derived = record.title === null ? deriveTitle(record.descriptionText) : null;
      const displayTitle = record.title !== null ? displayTitleOf(record.title, meta.name) : (derived ?? `Untitled session in ${track.displayName}`);
      const id = sessionId(input.id, displayTitle);
      const clash = idLines.get(id);
      if (clash !== undefined) {
        issues.push({
          file: input.listingFile,
          line: record.lines.start,
          column: 1,
          message: `Two sessions resolve to the id "${id}" (lines ${clash} and ${record.lines.start})`,
          found: id,
          expected: 'a different title or description start for each session',
          hint: 'Ids come from the title (or the start of the description when untitled). If one entry is a duplicate, hide it in the summit corrections file; if both are real, tell the maintainers.',
        });
        continue;
      }
      idLines.set(id, record.lines.start);
      plainText.set(id, record.descriptionText);
      summitSessions.push({
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
        speakers: record.speakers.map(resolver.resolve),
        description: record.description,
        excerpt: excerptOf(record.descriptionText),
        url: withBase(options.base, paths.session(id)),
        links: {},
        correction: null,
        mentionedIn: [],
        topics: [],
        related: [],
        source: { file: input.listingFile, line: record.lines.start, endLine: record.lines.end },
      });
    }
    const corrected = applyCorrections(summitSessions, tracks, input.corrections ?? null, resolver.resolve);
    issues.push(...corrected.issues);
    hidden.push(...corrected.hidden);
    for (const [id, change] of corrected.topics) topicCorrections.set(id, change);
    sessions.push(...corrected.sessions);
    summits.push({
      id: input.id,
      name: meta.name,
      year: meta.year,
      city: meta.city,
      tagline: meta.tagline,
      tracks: tracks.map((track) => ({ ...track, sessions: [], url: withBase(options.base, paths.track(input.id, track.id)) })),
      url: withBase(options.base, paths.summit(input.id)),
      source: { file: input.listingFile },
    });
  }

  const added = contributedSessions(contributions, summits, sessions, options.base, resolver.resolve);
  issues.push(...added.issues);
  sessions.push(...added.sessions);
  for (const input of contributions) plainText.set(`${input.data.summit}/${input.slug}`, markdownText(input.body, { mdx: true }));

  const topics = tagSessions(sessions, plainText, options.topics ?? null, topicCorrections, ordered, contributions, issues, options.base);
  const related = relatedSessions(sessions.map((session) => ({ ...session, description: plainText.get(session.id) ?? '' })));
  for (const session of sessions) session.related = related.get(session.id) ?? [];
  const organizations: OrganizationRecord[] = options.organizations
    ? organizationIndex(sessions, options.organizations).map((entry) => ({ ...entry, url: withBase(options.base, paths.organization(entry.id)) }))
    : [];
  // Tracks list their sessions in listing order, contributed sessions last, after corrections moved any.
  for (const summit of summits) {
    for (const track of summit.tracks) {
      track.sessions = sessions
        .filter((session) => session.summit === summit.id && session.track === track.id)
        .sort((a, b) => a.order - b.order)
        .map((session) => session.id);
    }
  }

  const presentations = buildPresentations(parsedPresentations, options.base, resolver.resolve);
  const articles = buildArticles(options.articles ?? [], sessions, options.base);
  const byId = new Map(sessions.map((session) => [session.id, session]));
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (mention.status !== 'resolved') continue;
      const session = byId.get(mention.session!)!;
      if (!session.mentionedIn.some((entry) => entry.article === article.id)) {
        session.mentionedIn.push({ article: article.id, title: article.title, url: article.url });
      }
    }
  }

  return {
    summits,
    sessions,
    speakers: collectSpeakers(sessions, profiles, options.aliases.data, options.base, { presentations, articles, resolve: resolver.resolve }),
    articles,
    presentations,
    topics,
    organizations,
    dropped,
    hidden,
    topicCorrections,
    duplicates: likelyDuplicates(seen.keys(), options.aliases.data),
    issues,
  };
}

/**
 * Tag every session with topics from the reviewed taxonomy (title and description text),
 * then apply corrections' and contributors' topic changes; unknown topic ids are errors.
 */
function tagSessions(
  sessions: Session[],
  plainText: ReadonlyMap<string, string>,
  taxonomy: { file: string; data: Taxonomy; locate: Locate } | null,
  topicCorrections: ReadonlyMap<string, { add: string[]; remove: string[] }>,
  summitInputs: readonly SummitInput[],
  contributions: readonly ContributedSessionInput[],
  issues: ContentIssue[],
  base: string,
): TopicRecord[] {
  if (!taxonomy) return [];
  const known = new Set(taxonomy.data.topics.map((topic) => topic.id));
  const unknown = (file: string, position: { line: number; column: number }, field: string, id: string): ContentIssue => ({
    file,
    ...position,
    field,
    message: `Unknown topic "${id}"`,
    found: id,
    expected: `a topic id from ${taxonomy.file}: ${[...known].join(', ')}`,
    hint: `Use one of the ids above, or add the topic to ${taxonomy.file} with its match terms.`,
  });
  const explicit = new Map(contributions.map((input) => [`${input.data.summit}/${input.slug}`, input]));
  for (const session of sessions) {
    const title = session.titleSource === 'derived' ? null : session.displayTitle;
    const tags = new Set(tagTopics(taxonomy.data, { title, description: plainText.get(session.id) ?? '' }));
    const contributed = explicit.get(session.id);
    contributed?.data.topics.forEach((id, index) => {
      if (known.has(id)) tags.add(id);
      else issues.push(unknown(contributed.file, contributed.locate(['topics', index]), `topics.${index}`, id));
    });
    const change = topicCorrections.get(session.id);
    if (change) {
      const corrections = summitInputs.find((input) => input.id === session.summit)?.corrections;
      for (const [kind, ids] of [['add', change.add], ['remove', change.remove]] as const) {
        ids.forEach((id, index) => {
          if (!known.has(id)) {
            if (corrections) issues.push(unknown(corrections.file, corrections.locate([session.id, 'topics', kind, index]), `${session.id}.topics.${kind}.${index}`, id));
            return;
          }
          if (kind === 'add') tags.add(id);
          else tags.delete(id);
        });
      }
    }
    session.topics = [...tags].sort();
  }
  return taxonomy.data.topics.map((topic) => {
    const tagged = sessions.filter((session) => session.topics.includes(topic.id));
    const bySummit: Record<string, number> = {};
    for (const input of summitInputs) bySummit[input.id] = tagged.filter((session) => session.summit === input.id).length;
    return {
      id: topic.id,
      name: topic.name,
      description: topic.description,
      sessions: tagged.map((session) => session.id),
      bySummit,
      url: withBase(base, paths.topic(topic.id)),
    };
  });
}
