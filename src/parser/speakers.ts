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

/** Where a spelling is first written, to place identity problems. */
export interface NamePlace {
  file: string;
  line: number;
  column: number;
}

export interface SpeakerResolver {
  resolve: (speaker: RawSpeaker) => SessionSpeaker;
  issues: ContentIssue[];
}

/**
 * Build the name resolution from every name the sources use (`seen`), the alias file and
 * the profiles, and report decisions that point at nobody or contradict each other.
 *
 * Identity integrity: each spelling belongs to one person; two people never share a
 * speaker id (two spellings that give the same id must be merged in the alias file or given
 * an explicit `id`); a pair declared distinct can never end up as one page.
 */
export function speakerResolver(seen: ReadonlyMap<string, NamePlace>, aliases: AliasesInput, profiles: readonly SpeakerProfileInput[]): SpeakerResolver {
  const issues: ContentIssue[] = [];
  const where = (path: Array<string | number>) => ({ file: aliases.file, ...(aliases.locate?.(path) ?? { line: 1, column: 1 }) });

  // Every spelling in one entry only: a spelling under two people, or a person's name used
  // as another person's alias (a chain or a cycle), would make the merge depend on file order.
  const map = new Map<string, string>();
  const owner = new Map<string, number>();
  const explicitIds = new Map<string, string>();
  aliases.data.people.forEach((person, index) => {
    const spellings: Array<[string, Array<string | number>]> = [[person.name, ['people', index, 'name']], ...person.aliases.map((alias, aliasIndex): [string, Array<string | number>] => [alias, ['people', index, 'aliases', aliasIndex]])];
    for (const [spelling, path] of spellings) {
      const previous = owner.get(spelling);
      if (previous !== undefined) {
        const other = aliases.data.people[previous]!;
        issues.push({
          ...where(path),
          field: path.join('.'),
          message: previous === index ? `"${spelling}" is listed twice for the same person` : `"${spelling}" is already listed under "${other.name}" (people.${previous})`,
          found: spelling,
          expected: 'each spelling under exactly one person',
          hint: previous === index ? 'Remove the repeated spelling.' : `If both entries are one person, merge them into one entry; if not, remove "${spelling}" from the entry it does not belong to.`,
          rule: 'identity/spelling-twice',
        });
        continue;
      }
      owner.set(spelling, index);
      if (spelling !== person.name) map.set(spelling, person.name);
    }
    if (person.id) explicitIds.set(person.name, person.id);
  });

  aliases.data.people.forEach((person, index) => {
    if ([person.name, ...person.aliases].some((name) => seen.has(name))) return;
    issues.push({
      ...where(['people', index, 'name']),
      field: `people.${index}.name`,
      message: `Alias entry for "${person.name}" points at an unknown speaker`,
      found: [person.name, ...person.aliases].join(', '),
      expected: 'at least one name exactly as a session lists it',
      hint: 'Copy the spelling from the session page or data/sessions.json; names are matched exactly.',
      rule: 'identity/unknown-name',
    });
  });

  const idOf = (canonical: string) => explicitIds.get(canonical) ?? speakerId(canonical);

  aliases.data.distinct.forEach((pair, index) => {
    const [a, b] = pair.names;
    const canonicalA = canonicalName(a, map);
    const canonicalB = canonicalName(b, map);
    if (canonicalA === canonicalB) {
      issues.push({
        ...where(['distinct', index, 'names']),
        field: `distinct.${index}.names`,
        message: `"${a}" and "${b}" are declared distinct, but the people entries make them one person`,
        found: `${a} / ${b}`,
        expected: 'two names that resolve to different people',
        hint: 'Remove the pair from `distinct`, or take the spelling out of the people entry that merges them.',
        rule: 'identity/distinct-merged',
      });
    } else if (idOf(canonicalA) === idOf(canonicalB)) {
      issues.push({
        ...where(['distinct', index, 'names']),
        field: `distinct.${index}.names`,
        message: `"${a}" and "${b}" are declared distinct but would share the speaker id "${idOf(canonicalA)}"`,
        found: idOf(canonicalA),
        expected: 'a different speaker id for each person',
        hint: `Give one of them its own id under people: { name: "${b}", id: "${idOf(canonicalB)}-2", note: "…" }.`,
        rule: 'identity/distinct-same-id',
      });
    }
  });

  // Two different people (canonical names) never share an id.
  const canonicalById = new Map<string, string>();
  const reported = new Set<string>();
  for (const [name, place] of seen) {
    const canonical = canonicalName(name, map);
    const id = idOf(canonical);
    const existing = canonicalById.get(id);
    if (existing === undefined) {
      canonicalById.set(id, canonical);
      continue;
    }
    if (existing === canonical || reported.has(id)) continue;
    reported.add(id);
    issues.push({
      ...place,
      field: 'speakers',
      message: `"${canonical}" and "${existing}" would share the speaker id "${id}"`,
      found: `${canonical} / ${existing}`,
      expected: 'one speaker id per person',
      hint: `In ${aliases.file}, add "${canonical}" as an alias of "${existing}" if they are one person, or a people entry { name: "${canonical}", id: "${id}-2", note: "…" } if not.`,
      rule: 'identity/same-id',
    });
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
      const existing = map.get(alias) ?? (owner.has(alias) ? alias : undefined);
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
      const id = idOf(canonical);
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
    const entry = byId.get(person.id ?? speakerId(person.name));
    if (!entry) continue;
    for (const alias of person.aliases) if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
