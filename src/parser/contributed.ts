/**
 * Sessions added by contributors as MDX files (content/sessions/<slug>.mdx): validated
 * against the summits and tracks that exist, given ids that cannot clash with parsed
 * sessions, and placed after the parsed sessions of their track.
 */
import type { ContributedSession } from '../schemas/contributed-session.ts';
import type { Session, SessionSpeaker, Summit } from '../schemas/records.ts';
import type { ContentIssue } from '../utils/content-issue.ts';
import { paths, withBase } from '../utils/url.ts';
import type { Locate } from '../utils/yaml-file.ts';
import { excerptOf } from './derived-title.ts';
import { markdownText } from '../utils/markdown-text.ts';

export interface ContributedSessionInput {
  /** Path relative to the project root. */
  file: string;
  /** File name without `.mdx`: the session's slug. */
  slug: string;
  data: ContributedSession;
  /** The MDX body (after the frontmatter), as written. */
  body: string;
  /** Number of lines in the file, for provenance. */
  lineCount: number;
  locate: Locate;
}

export function contributedSessions(
  inputs: readonly ContributedSessionInput[],
  summits: readonly Summit[],
  existing: readonly Session[],
  base: string,
  resolveSpeaker: (speaker: { name: string; affiliation: string | null; role: string | null }) => SessionSpeaker,
): { sessions: Session[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const sessions: Session[] = [];
  const taken = new Map(existing.map((session) => [session.id, session.source]));
  for (const input of [...inputs].sort((a, b) => a.file.localeCompare(b.file))) {
    const { data } = input;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(input.slug)) {
      issues.push({
        file: input.file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `The file name "${input.slug}.mdx" is not a valid session slug`,
        found: `${input.slug}.mdx`,
        expected: 'lower-case words joined by hyphens, such as my-talk-title.mdx',
        hint: 'Rename the file; `npm run new:session` creates a correctly named one.',
      });
      continue;
    }
    const summit = summits.find((candidate) => candidate.id === data.summit);
    if (!summit) {
      issues.push({
        file: input.file,
        ...input.locate(['summit']),
        field: 'summit',
        message: `Unknown summit "${data.summit}"`,
        found: data.summit,
        expected: `one of ${summits.map((candidate) => candidate.id).join(', ')}`,
        hint: 'Use the folder name of the summit under content/summits/.',
      });
      continue;
    }
    const track = summit.tracks.find((candidate) => candidate.id === data.track);
    if (!track) {
      issues.push({
        file: input.file,
        ...input.locate(['track']),
        field: 'track',
        message: `Unknown track "${data.track}" for ${summit.name}`,
        found: data.track,
        expected: `one of ${summit.tracks.map((candidate) => candidate.id).join(', ')}`,
        hint: 'Use the track id from the track page address (/summits/<summit>/<track>/).',
      });
      continue;
    }
    const id = `${summit.id}/${input.slug}`;
    const clash = taken.get(id);
    if (clash) {
      issues.push({
        file: input.file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `Duplicate session id "${id}": ${clash.file}:${clash.line} already has it`,
        found: id,
        expected: 'an id no other session uses',
        hint: 'If the session is already in the archive, correct it in the summit corrections file instead; otherwise rename this file.',
      });
      continue;
    }
    const sameTrack = [...existing, ...sessions].filter((session) => session.summit === summit.id && session.track === track.id);
    const inSummit = [...existing, ...sessions].filter((session) => session.summit === summit.id);
    const session: Session = {
      id,
      origin: 'contribution',
      summit: summit.id,
      track: track.id,
      trackName: track.displayName,
      trackHeading: track.name,
      order: Math.max(0, ...inSummit.map((entry) => entry.order)) + 1,
      orderInTrack: Math.max(0, ...sameTrack.map((entry) => entry.orderInTrack)) + 1,
      title: data.title,
      displayTitle: data.title,
      titleSource: 'source',
      speakers: data.speakers.map(resolveSpeaker),
      description: input.body.trim(),
      excerpt: excerptOf(markdownText(input.body, { mdx: true })),
      url: withBase(base, paths.session(id)),
      links: data.links ?? {},
      ...(data.date ? { date: data.date } : {}),
      correction: null,
      mentionedIn: [],
      topics: [],
      related: [],
      source: { file: input.file, line: 1, endLine: input.lineCount },
    };
    taken.set(id, session.source);
    sessions.push(session);
  }
  return { sessions, issues };
}
