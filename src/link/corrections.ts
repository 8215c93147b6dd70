/**
 * The `corrections` link stage: each summit's reviewed corrections (corrections.yaml,
 * keyed by session id) applied to its parsed sessions. Corrections win over parsing and
 * every corrected session records what changed, why, and the source's original values, so
 * pages and the export can flag it. Topic changes are handed on to the `topics` stage.
 *
 * A description correction drops lines the parser kept (by listing line number or exact text)
 * and replaces exact text in description lines; the description is then built again from its
 * source lines, as the parser builds it. The session's id never changes; an untitled session's
 * derived display title follows the corrected text.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import { descriptionMarkdown, descriptionText, descriptionTree } from '../parse/listing/description.ts';
import type { SummitInput, YamlInput } from '../read/snapshot.ts';
import type { Correction, DescriptionCorrection } from '../schemas/corrections.ts';
import { splitLinkSources } from '../schemas/links.ts';
import type { SourceLine } from '../text/lines.ts';
import { deriveTitle, excerptOf } from '../text/titles.ts';
import type { ListedDraftSession } from './sessions.ts';
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

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 70 ? `${trimmed.slice(0, 70)}…` : trimmed;
}

/**
 * A description correction applied to a session's description source lines: the new lines, or
 * the messages saying which `drop` or `find` matched nothing (at its place in corrections.yaml).
 */
function correctDescription(
  id: string,
  change: DescriptionCorrection,
  source: readonly SourceLine[] | undefined,
  input: YamlInput<Record<string, Correction>>,
): { lines: SourceLine[]; messages: ContentMessage[] } {
  const messages: ContentMessage[] = [];
  const at = (path: Array<string | number>, field: string) => ({ file: input.file, ...input.locate([id, 'description', ...path]), field: `${id}.description.${field}` });
  if (!source) {
    messages.push(
      contentMessage({
        ...at([], ''),
        field: `${id}.description`,
        message: 'Only a description parsed from a listing can be corrected here',
        found: 'description',
        expected: 'a session of this summit’s listing',
        hint: 'A contributed session’s description is its MDX file: edit that file instead.',
        rule: 'corrections/description-not-listed',
      }),
    );
    return { lines: [], messages };
  }
  let lines = source.map((entry) => ({ ...entry }));
  const textLines = lines.filter((entry) => entry.text.trim() !== '');
  const range = textLines.length > 0 ? `lines ${textLines[0]!.line}–${textLines[textLines.length - 1]!.line}` : 'no lines';
  (change.drop ?? []).forEach((target, index) => {
    const drops = typeof target === 'number' ? (entry: SourceLine) => entry.line === target && entry.text.trim() !== '' : (entry: SourceLine) => entry.text.trim() === target.trim();
    if (!lines.some(drops)) {
      messages.push(
        contentMessage({
          ...at(['drop', index], `drop.${index}`),
          message: typeof target === 'number' ? `Line ${target} is not a line of this session's description` : `No line of this session's description reads ${JSON.stringify(target)}`,
          found: String(target),
          expected: `a listing line number or the exact text of a description line (this description has ${range}${textLines[0] ? `, starting ${JSON.stringify(preview(textLines[0].text))}` : ''})`,
          hint: typeof target === 'number' ? 'Use the line number of listing.txt as your editor shows it.' : 'Copy the whole line from listing.txt, without its indentation.',
          rule: 'corrections/description-drop',
        }),
      );
      return;
    }
    lines = lines.filter((entry) => !drops(entry));
  });
  (change.replace ?? []).forEach(({ find, with: replacement }, index) => {
    let found = 0;
    lines = lines.map((entry) => {
      const parts = entry.text.split(find);
      found += parts.length - 1;
      return parts.length === 1 ? entry : { line: entry.line, text: parts.join(replacement) };
    });
    if (found === 0) {
      messages.push(
        contentMessage({
          ...at(['replace', index, 'find'], `replace.${index}.find`),
          message: `${JSON.stringify(find)} occurs nowhere in this session's description`,
          found: find,
          expected: `text exactly as the description has it (${range})`,
          hint: 'Copy the text from the session page or listing.txt; it is matched exactly (case, spaces and accents), within one line.',
          rule: 'corrections/description-find',
        }),
      );
    }
  });
  return { lines, messages };
}

/** Apply one summit's corrections to its sessions. */
function correctSummit(
  summit: DraftSummit,
  sessions: readonly ListedDraftSession[],
  input: YamlInput<Record<string, Correction>>,
  contributedFiles: ReadonlyMap<string, string>,
): { sessions: DraftSession[]; hidden: string[]; topicRequests: TopicRequest[]; messages: ContentMessage[] } {
  const messages: ContentMessage[] = [];
  const hidden: string[] = [];
  const topicRequests: TopicRequest[] = [];
  const corrected = new Map<string, ListedDraftSession>();
  const byId = new Map(sessions.map((session) => [session.id, session]));

  for (const [id, correction] of Object.entries(input.data)) {
    const original = byId.get(id);
    const contributedIn = contributedFiles.get(id);
    if (!original && contributedIn) {
      messages.push(
        contentMessage({
          file: input.file,
          ...input.locate([], id),
          field: id,
          message: `"${id}" is a contributed session: it is corrected in its own file, ${contributedIn}`,
          found: id,
          expected: 'the id of a session parsed from this summit\'s listing',
          hint: `Make the change in ${contributedIn} (with its provenance), and remove this entry: corrections apply to sessions parsed from a listing, which is never edited.`,
          rule: 'corrections/contributed-session',
        }),
      );
      continue;
    }
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
    let updated: ListedDraftSession = { ...original };
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
    let originalDescription: string | undefined;
    if (correction.description) {
      const result = correctDescription(id, correction.description, original.descriptionSource, input);
      if (result.messages.length > 0) {
        messages.push(...result.messages);
        continue;
      }
      const tree = descriptionTree(result.lines);
      const text = descriptionText(tree);
      fields.push('description');
      originalDescription = original.description;
      updated = {
        ...updated,
        description: descriptionMarkdown(tree),
        text,
        excerpt: excerptOf(text),
        // The id stays; a title derived from the description follows the corrected text.
        ...(updated.titleSource === 'derived' ? { displayTitle: deriveTitle(text) ?? updated.displayTitle } : {}),
      };
    }
    let linkSources: { video?: string; slides?: string } | undefined;
    if (correction.links) {
      fields.push('links');
      const { urls, sources } = splitLinkSources(correction.links);
      updated = { ...updated, links: { ...original.links, ...urls } };
      if (Object.keys(sources).length > 0) linkSources = sources;
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
        original: {
          title: original.title,
          displayTitle: original.displayTitle,
          speakerLine: speakerLineOf(original),
          track: original.trackName,
          ...(originalDescription !== undefined ? { description: originalDescription } : {}),
        },
        ...(linkSources ? { linkSources } : {}),
      },
    });
  }
  const kept = sessions.filter((session) => !hidden.includes(session.id)).map((session) => withoutSource(corrected.get(session.id) ?? session));
  return { sessions: kept, hidden, topicRequests, messages };
}

/** The description's source lines are for this stage only: no later stage or record carries them. */
function withoutSource(session: ListedDraftSession): DraftSession {
  const { descriptionSource: _source, ...rest } = session;
  return rest;
}

/**
 * `contributedFiles` maps each contributed session's id to its file, so a correction aimed at
 * one is sent to that file rather than reported as an unknown id.
 */
export function applyCorrections(archive: ArchiveState<ListedDraftSession>, summits: readonly SummitInput[], contributedFiles: ReadonlyMap<string, string> = new Map()): ArchiveState<DraftSession> {
  const messages = [...archive.messages];
  const hidden = [...archive.report.hidden];
  const topicRequests = [...archive.topicRequests];
  const sessions: DraftSession[] = [];
  for (const summit of archive.summits) {
    const own = archive.sessions.filter((session) => session.summit === summit.id);
    const input = summits.find((candidate) => candidate.id === summit.id)?.corrections;
    if (!input) {
      sessions.push(...own.map(withoutSource));
      continue;
    }
    const result = correctSummit(summit, own, input, contributedFiles);
    sessions.push(...result.sessions);
    hidden.push(...result.hidden);
    topicRequests.push(...result.topicRequests);
    messages.push(...result.messages);
  }
  return { ...archive, sessions, topicRequests, report: { ...archive.report, hidden }, messages };
}
