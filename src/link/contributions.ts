/**
 * The `contributions` link stage: sessions added by contributors as MDX files
 * (content/sessions/<slug>.mdx), checked against the summits and tracks that exist, given
 * ids that cannot clash with parsed sessions, and placed after the parsed sessions of
 * their track. Their topics are handed on to the `topics` stage.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import type { ContributedSessionInput } from '../read/snapshot.ts';
import { markdownText } from '../text/markdown-text.ts';
import { excerptOf } from '../text/titles.ts';
import type { ArchiveState, DraftSession, TopicRequest } from './types.ts';

export function addContributions(archive: ArchiveState<DraftSession>, inputs: readonly ContributedSessionInput[]): ArchiveState<DraftSession> {
  const messages: ContentMessage[] = [...archive.messages];
  const sessions: DraftSession[] = [...archive.sessions];
  const topicRequests: TopicRequest[] = [...archive.topicRequests];
  const taken = new Map(sessions.map((session) => [session.id, session.source]));
  for (const input of [...inputs].sort((a, b) => a.file.localeCompare(b.file))) {
    const { data } = input;
    const summit = archive.summits.find((candidate) => candidate.id === data.summit);
    if (!summit) {
      messages.push(
        contentMessage({
          file: input.file,
          ...input.locate(['summit']),
          field: 'summit',
          message: `Unknown summit "${data.summit}"`,
          found: data.summit,
          expected: `one of ${archive.summits.map((candidate) => candidate.id).join(', ')}`,
          hint: 'Use the folder name of the summit under content/summits/.',
          rule: 'contributions/unknown-summit',
        }),
      );
      continue;
    }
    const track = summit.tracks.find((candidate) => candidate.id === data.track);
    if (!track) {
      messages.push(
        contentMessage({
          file: input.file,
          ...input.locate(['track']),
          field: 'track',
          message: `Unknown track "${data.track}" for ${summit.name}`,
          found: data.track,
          expected: `one of ${summit.tracks.map((candidate) => candidate.id).join(', ')}`,
          hint: 'Use the track id from the track page address (/summits/<summit>/<track>/).',
          rule: 'contributions/unknown-track',
        }),
      );
      continue;
    }
    const id = `${summit.id}/${input.slug}`;
    const clash = taken.get(id);
    if (clash) {
      messages.push(
        contentMessage({
          file: input.file,
          line: 1,
          column: 1,
          field: '(file name)',
          message: `Duplicate session id "${id}": ${clash.file}:${clash.line} already has it`,
          found: id,
          expected: 'an id no other session uses',
          hint: 'If the session is already in the archive, correct it in the summit corrections file instead; otherwise rename this file.',
          rule: 'contributions/duplicate-id',
        }),
      );
      continue;
    }
    const inSummit = sessions.filter((session) => session.summit === summit.id);
    const sameTrack = inSummit.filter((session) => session.track === track.id);
    const text = markdownText(input.body, { mdx: true });
    const session: DraftSession = {
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
      speakers: data.speakers.map((speaker, index) => ({ name: speaker.name, affiliation: speaker.affiliation, role: speaker.role, place: { file: input.file, ...input.locate(['speakers', index, 'name']) } })),
      description: input.body.trim(),
      excerpt: excerptOf(text),
      links: data.links ?? {},
      ...(data.date ? { date: data.date } : {}),
      correction: null,
      source: { file: input.file, line: 1, endLine: input.lineCount },
      text,
    };
    if (data.topics.length > 0) {
      topicRequests.push({
        session: id,
        add: data.topics.map((topic, index) => ({ id: topic, file: input.file, ...input.locate(['topics', index]), field: `topics.${index}` })),
        remove: [],
      });
    }
    taken.set(id, session.source);
    sessions.push(session);
  }
  return { ...archive, sessions, topicRequests, messages };
}
