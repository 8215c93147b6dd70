/**
 * Applying a summit's reviewed corrections to its parsed sessions. Corrections win over
 * parsing and every corrected session records what changed, why, and the source's
 * original values, so pages and the export can flag it.
 */
import type { Correction } from '../schemas/corrections.ts';
import type { Session, SessionSpeaker, Track } from '../schemas/records.ts';
import type { ContentIssue } from '../utils/content-issue.ts';
import type { Locate } from '../utils/yaml-file.ts';

export interface CorrectionsInput {
  /** Path of corrections.yaml relative to the project root. */
  file: string;
  entries: Record<string, Correction>;
  locate: Locate;
}

export interface CorrectionsResult {
  sessions: Session[];
  /** Ids of parsed entries hidden as "not a session". */
  hidden: string[];
  /** Topic changes by session id, applied when topics are tagged. */
  topics: Map<string, { add: string[]; remove: string[] }>;
  issues: ContentIssue[];
}

export function applyCorrections(
  sessions: readonly Session[],
  tracks: readonly Pick<Track, 'id' | 'displayName' | 'name'>[],
  input: CorrectionsInput | null,
  resolveSpeaker: (speaker: { name: string; affiliation: string | null; role: string | null }) => SessionSpeaker,
): CorrectionsResult {
  const result: CorrectionsResult = { sessions: [...sessions], hidden: [], topics: new Map(), issues: [] };
  if (!input) return result;
  const byId = new Map(sessions.map((session, index) => [session.id, index]));
  const summitOf = sessions[0]?.summit;

  for (const [id, correction] of Object.entries(input.entries)) {
    const index = byId.get(id);
    if (index === undefined) {
      const near = [...byId.keys()].filter((candidate) => candidate.split('/')[1]?.startsWith((id.split('/')[1] ?? '').slice(0, 12)));
      result.issues.push({
        file: input.file,
        ...input.locate([], id),
        field: id,
        message: `Correction for a session that does not exist: "${id}"`,
        found: id,
        expected: summitOf ? `the id of a session of this summit (${summitOf}/…), as shown on its page and in data/sessions.json` : 'the id of a session of this summit',
        hint: near.length > 0 ? `Did you mean ${near.slice(0, 3).map((candidate) => `"${candidate}"`).join(' or ')}?` : 'Copy the id from the session page ("Suggest a correction") or from data/sessions.json.',
      });
      continue;
    }
    const original = result.sessions[index]!;
    if (correction.hide) {
      result.hidden.push(id);
      continue;
    }
    const fields: string[] = [];
    const updated: Session = { ...original };
    if (correction.title !== undefined) {
      fields.push('title');
      updated.displayTitle = correction.title;
      updated.titleSource = 'correction';
    }
    if (correction.speakers) {
      fields.push('speakers');
      updated.speakers = correction.speakers.map(resolveSpeaker);
    }
    if (correction.track !== undefined) {
      const track = tracks.find((candidate) => candidate.id === correction.track);
      if (!track) {
        result.issues.push({
          file: input.file,
          ...input.locate([id, 'track']),
          field: `${id}.track`,
          message: `Unknown track "${correction.track}"`,
          found: correction.track,
          expected: `one of ${tracks.map((candidate) => candidate.id).join(', ')}`,
          hint: 'Use the track id from the track page address (/summits/<summit>/<track>/).',
        });
        continue;
      }
      fields.push('track');
      updated.track = track.id;
      updated.trackName = track.displayName;
      updated.trackHeading = track.name;
    }
    if (correction.links) {
      fields.push('links');
      updated.links = { ...original.links, ...correction.links };
    }
    if (correction.topics) {
      fields.push('topics');
      result.topics.set(id, correction.topics);
    }
    updated.correction = {
      fields,
      reason: correction.reason,
      provenance: correction.provenance ?? null,
      file: input.file,
      line: input.locate([], id).line,
      original: {
        title: original.title,
        displayTitle: original.displayTitle,
        speakerLine: original.speakers.length > 0 ? original.speakers.map((speaker) => [speaker.listedAs, speaker.role, speaker.affiliation].filter(Boolean).join(', ')).join('; ') : null,
        track: original.trackName,
      },
    };
    result.sessions[index] = updated;
  }
  result.sessions = result.sessions.filter((session) => !result.hidden.includes(session.id));
  return result;
}
