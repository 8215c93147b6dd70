/**
 * The `corrections` link stage: each summit's reviewed corrections (corrections.yaml,
 * keyed by session id) applied to its parsed sessions. Corrections win over parsing and
 * every corrected session records what changed, why, and the source's original values, so
 * pages and the export can flag it. Topic changes are handed on to the `topics` stage.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import type { SummitInput, YamlInput } from '../read/snapshot.ts';
import type { Correction } from '../schemas/corrections.ts';
import type { ArchiveState, DraftSession, DraftSummit, TopicRequest } from './types.ts';

/** The original speaker line, for "corrected from" notes. */
function speakerLineOf(session: DraftSession): string | null {
  if (session.speakers.length === 0) return null;
  return session.speakers.map((speaker) => [speaker.name, speaker.role, speaker.affiliation].filter(Boolean).join(', ')).join('; ');
}

function topicRequest(id: string, change: NonNullable<Correction['topics']>, input: YamlInput<Record<string, Correction>>): TopicRequest {
  const at = (kind: 'add' | 'remove') => (topic: string, index: number) => ({
    id: topic,
    file: input.file,
    ...input.locate([id, 'topics', kind, index]),
    field: `${id}.topics.${kind}.${index}`,
  });
  return { session: id, add: change.add.map(at('add')), remove: change.remove.map(at('remove')) };
}

/** Apply one summit's corrections to its sessions. */
function correctSummit(
  summit: DraftSummit,
  sessions: readonly DraftSession[],
  input: YamlInput<Record<string, Correction>>,
): { sessions: DraftSession[]; hidden: string[]; topicRequests: TopicRequest[]; messages: ContentMessage[] } {
  const messages: ContentMessage[] = [];
  const hidden: string[] = [];
  const topicRequests: TopicRequest[] = [];
  const corrected = new Map<string, DraftSession>();
  const byId = new Map(sessions.map((session) => [session.id, session]));

  for (const [id, correction] of Object.entries(input.data)) {
    const original = byId.get(id);
    if (!original) {
      const stem = (id.split('/')[1] ?? '').slice(0, 12);
      const near = [...byId.keys()].filter((candidate) => candidate.split('/')[1]?.startsWith(stem));
      messages.push(
        contentMessage({
          file: input.file,
          ...input.locate([], id),
          field: id,
          message: `Correction for a session that does not exist: "${id}"`,
          found: id,
          expected: `the id of a session of this summit (${summit.id}/…), as shown on its page and in data/sessions.json`,
          hint: near.length > 0 ? `Did you mean ${near.slice(0, 3).map((candidate) => `"${candidate}"`).join(' or ')}?` : 'Copy the id from the session page ("Suggest a correction") or from data/sessions.json.',
          rule: 'corrections/unknown-session',
        }),
      );
      continue;
    }
    if (correction.hide) {
      hidden.push(id);
      continue;
    }
    const fields: string[] = [];
    let updated: DraftSession = { ...original };
    if (correction.title !== undefined) {
      fields.push('title');
      updated = { ...updated, displayTitle: correction.title, titleSource: 'correction' };
    }
    if (correction.speakers) {
      fields.push('speakers');
      updated = {
        ...updated,
        speakers: correction.speakers.map((speaker, index) => ({ name: speaker.name, affiliation: speaker.affiliation, role: speaker.role, place: { file: input.file, ...input.locate([id, 'speakers', index, 'name']) } })),
      };
    }
    if (correction.track !== undefined) {
      const track = summit.tracks.find((candidate) => candidate.id === correction.track);
      if (!track) {
        messages.push(
          contentMessage({
            file: input.file,
            ...input.locate([id, 'track']),
            field: `${id}.track`,
            message: `Unknown track "${correction.track}"`,
            found: correction.track,
            expected: `one of ${summit.tracks.map((candidate) => candidate.id).join(', ')}`,
            hint: 'Use the track id from the track page address (/summits/<summit>/<track>/).',
            rule: 'corrections/unknown-track',
          }),
        );
        continue;
      }
      fields.push('track');
      updated = { ...updated, track: track.id, trackName: track.displayName, trackHeading: track.name };
    }
    if (correction.links) {
      fields.push('links');
      updated = { ...updated, links: { ...original.links, ...correction.links } };
    }
    if (correction.topics) {
      fields.push('topics');
      topicRequests.push(topicRequest(id, correction.topics, input));
    }
    corrected.set(id, {
      ...updated,
      correction: {
        fields,
        reason: correction.reason,
        provenance: correction.provenance ?? null,
        file: input.file,
        line: input.locate([], id).line,
        original: { title: original.title, displayTitle: original.displayTitle, speakerLine: speakerLineOf(original), track: original.trackName },
      },
    });
  }
  const kept = sessions.filter((session) => !hidden.includes(session.id)).map((session) => corrected.get(session.id) ?? session);
  return { sessions: kept, hidden, topicRequests, messages };
}

export function applyCorrections(archive: ArchiveState<DraftSession>, summits: readonly SummitInput[]): ArchiveState<DraftSession> {
  const messages = [...archive.messages];
  const hidden = [...archive.report.hidden];
  const topicRequests = [...archive.topicRequests];
  const sessions: DraftSession[] = [];
  for (const summit of archive.summits) {
    const own = archive.sessions.filter((session) => session.summit === summit.id);
    const input = summits.find((candidate) => candidate.id === summit.id)?.corrections;
    if (!input) {
      sessions.push(...own);
      continue;
    }
    const result = correctSummit(summit, own, input);
    sessions.push(...result.sessions);
    hidden.push(...result.hidden);
    topicRequests.push(...result.topicRequests);
    messages.push(...result.messages);
  }
  return { ...archive, sessions, topicRequests, report: { ...archive.report, hidden }, messages };
}
