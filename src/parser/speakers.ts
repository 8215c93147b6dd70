/**
 * The speakers collection: one entry per person across all sessions, named through the
 * reviewed alias file and optional profile files, never by fuzzy matching.
 */
import type { Article, Presentation, Session, SessionSpeaker, Speaker } from '../schemas/records.ts';
import type { SpeakerAliases } from '../schemas/speaker-aliases.ts';
import type { SpeakerProfile } from '../schemas/speaker-profile.ts';
import type { ContentIssue } from '../utils/content-issue.ts';
import { paths, withBase } from '../utils/url.ts';
import type { Locate } from '../utils/yaml-file.ts';
import { speakerId } from './slug.ts';
import { aliasMap, canonicalName } from './speaker-identity.ts';

export interface SpeakerProfileInput {
  /** Path relative to the project root. */
  file: string;
  /** File name without `.md`: the speaker id it belongs to. */
  id: string;
  data: SpeakerProfile;
  /** The bio, Markdown. */
  bio: string;
  locate: Locate;
}

export interface AliasesInput {
  file: string;
  data: SpeakerAliases;
  locate: Locate | null;
}

type RawSpeaker = { name: string; affiliation: string | null; role: string | null };

export interface SpeakerResolver {
  resolve: (speaker: RawSpeaker) => SessionSpeaker;
  issues: ContentIssue[];
}

/**
 * Build the name resolution from every name the sources use (`seen`), the alias file and
 * the profiles, and report decisions that point at nobody.
 */
export function speakerResolver(seen: ReadonlySet<string>, aliases: AliasesInput, profiles: readonly SpeakerProfileInput[]): SpeakerResolver {
  const issues: ContentIssue[] = [];
  const map = aliasMap(aliases.data);
  aliases.data.people.forEach((person, index) => {
    if ([person.name, ...person.aliases].some((name) => seen.has(name))) return;
    issues.push({
      file: aliases.file,
      ...(aliases.locate?.(['people', index, 'name']) ?? { line: 1, column: 1 }),
      field: `people.${index}.name`,
      message: `Alias entry for "${person.name}" points at an unknown speaker`,
      found: [person.name, ...person.aliases].join(', '),
      expected: 'at least one name exactly as a session lists it',
      hint: 'Copy the spelling from the session page or data/sessions.json; names are matched exactly.',
    });
  });

  const canonicalById = new Map<string, string>();
  for (const name of seen) {
    const canonical = canonicalName(name, map);
    canonicalById.set(speakerId(canonical), canonical);
  }
  const preferred = new Map<string, string>();
  for (const profile of profiles) {
    const canonical = canonicalById.get(profile.id);
    if (!canonical) {
      issues.push({
        file: profile.file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `Profile for an unknown speaker "${profile.id}"`,
        found: `${profile.id}.md`,
        expected: 'a file named after an existing speaker id, as in /speakers/<id>/',
        hint: 'Rename the file to the id in the speaker page address.',
      });
      continue;
    }
    if (profile.data.name) preferred.set(profile.id, profile.data.name);
    profile.data.aliases.forEach((alias, index) => {
      const existing = map.get(alias);
      if (existing !== undefined && existing !== canonical) {
        issues.push({
          file: profile.file,
          ...profile.locate(['aliases', index]),
          field: `aliases.${index}`,
          message: `"${alias}" is already an alias of "${existing}" in ${aliases.file}`,
          found: alias,
          expected: 'a spelling not assigned to another person',
          hint: 'Keep each spelling in one place: the alias file or one profile.',
        });
        return;
      }
      map.set(alias, canonical);
    });
  }

  return {
    issues,
    resolve: (speaker) => {
      const canonical = canonicalName(speaker.name, map);
      const id = speakerId(canonical);
      return { id, name: preferred.get(id) ?? canonical, listedAs: speaker.name, affiliation: speaker.affiliation, role: speaker.role };
    },
  };
}

export interface WriteUps {
  presentations: readonly Presentation[];
  articles: readonly Article[];
  resolve: (speaker: RawSpeaker) => SessionSpeaker;
}

export function collectSpeakers(
  sessions: readonly Session[],
  profiles: readonly SpeakerProfileInput[],
  aliases: SpeakerAliases,
  base: string,
  writeUps: WriteUps = { presentations: [], articles: [], resolve: (speaker) => ({ ...speaker, id: speakerId(speaker.name), listedAs: speaker.name }) },
): Speaker[] {
  const byId = new Map<string, Speaker>();
  const profileById = new Map(profiles.map((profile) => [profile.id, profile]));
  const entryFor = (speaker: SessionSpeaker): Speaker => {
    let entry = byId.get(speaker.id);
    if (!entry) {
      const profile = profileById.get(speaker.id);
      entry = {
        id: speaker.id,
        name: speaker.name,
        aliases: [],
        affiliations: [],
        sessions: [],
        url: withBase(base, paths.speaker(speaker.id)),
        bio: profile?.bio.trim() || null,
        links: profile?.data.links ?? [],
        profile: profile?.file ?? null,
        presentations: [],
        mentionedIn: [],
      };
      byId.set(speaker.id, entry);
    }
    if (speaker.listedAs !== entry.name && !entry.aliases.includes(speaker.listedAs)) entry.aliases.push(speaker.listedAs);
    if (speaker.affiliation && !entry.affiliations.includes(speaker.affiliation)) entry.affiliations.push(speaker.affiliation);
    return entry;
  };
  for (const session of sessions) {
    for (const speaker of session.speakers) {
      const entry = entryFor(speaker);
      if (!entry.sessions.includes(session.id)) entry.sessions.push(session.id);
    }
  }
  for (const presentation of writeUps.presentations) {
    for (const speaker of presentation.speakers) entryFor(speaker).presentations.push(presentation.id);
  }
  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  for (const article of writeUps.articles) {
    const named = new Set<string>();
    for (const mention of article.mentions) {
      named.add(writeUps.resolve({ name: mention.speaker, affiliation: null, role: null }).id);
      if (mention.status === 'resolved') for (const speaker of sessionById.get(mention.session!)?.speakers ?? []) named.add(speaker.id);
    }
    for (const id of named) {
      const entry = byId.get(id);
      if (entry && !entry.mentionedIn.some((mention) => mention.article === article.id)) entry.mentionedIn.push({ article: article.id, title: article.title, url: article.url });
    }
  }
  // Spellings named in the reviewed alias file count as aliases even where this build's sources lack them.
  for (const person of aliases.people) {
    const entry = byId.get(speakerId(person.name));
    if (!entry) continue;
    for (const alias of person.aliases) if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
