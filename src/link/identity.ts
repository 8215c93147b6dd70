/**
 * The `identity` link stage: who is who. Every name a source writes resolves to one person
 * (a speaker id) only through the reviewed alias file (content/speakers/aliases.yaml) and
 * speaker profiles, never by fuzzy matching; a likely-duplicate report points a maintainer
 * at pairs to decide.
 *
 * Identity integrity: each spelling belongs to one person; two people never share a speaker
 * id (spellings that would must be merged in the alias file or given an explicit `id`); a
 * pair declared distinct never ends up as one page.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import type { SpeakerProfileInput, YamlInput } from '../read/snapshot.ts';
import type { SessionSpeaker } from '../schemas/records.ts';
import type { SpeakerAliases } from '../schemas/speaker-aliases.ts';
import { closestMatch, editDistance } from '../text/edit-distance.ts';
import { comparableName, normaliseName } from '../text/names.ts';
import { speakerId } from '../text/slug.ts';
import type { ArchiveState, DraftSession, IdentifiedSession, NamePlace, RawSpeaker } from './types.ts';

export type { NamePlace } from './types.ts';

/** A name as written; `suffix` and `handle` are carried to the record but never decide who is who. */
type RawName = Pick<RawSpeaker, 'name' | 'affiliation' | 'role' | 'suffix' | 'handle'>;

export interface SpeakerResolver {
  resolve: (speaker: RawName) => SessionSpeaker;
  issues: ContentMessage[];
}

/**
 * Build the name resolution from every name the sources use (`seen`), the alias file and
 * the profiles, and report decisions that point at nobody or contradict each other.
 *
 * Identity integrity: each spelling belongs to one person; two people never share a
 * speaker id (two spellings that give the same id must be merged in the alias file or given
 * an explicit `id`); a pair declared distinct can never end up as one page.
 */
export function speakerResolver(seen: ReadonlyMap<string, NamePlace>, aliases: YamlInput<SpeakerAliases> | null, profiles: readonly SpeakerProfileInput[]): SpeakerResolver {
  const file = aliases?.file ?? 'content/speakers/aliases.yaml';
  const decisions: SpeakerAliases = aliases?.data ?? { people: [], distinct: [] };
  const issues: ContentMessage[] = [];
  const where = (path: Array<string | number>) => ({ file, ...(aliases?.locate(path) ?? { line: 1, column: 1 }) });

  // Every spelling in one entry only: a spelling under two people, or a person's name used
  // as another person's alias (a chain or a cycle), would make the merge depend on file order.
  const map = new Map<string, string>();
  const owner = new Map<string, number>();
  const explicitIds = new Map<string, string>();
  decisions.people.forEach((person, index) => {
    const spellings: Array<[string, Array<string | number>]> = [[person.name, ['people', index, 'name']], ...person.aliases.map((alias, aliasIndex): [string, Array<string | number>] => [alias, ['people', index, 'aliases', aliasIndex]])];
    for (const [spelling, path] of spellings) {
      const previous = owner.get(spelling);
      if (previous !== undefined) {
        const other = decisions.people[previous]!;
        issues.push(contentMessage({
          ...where(path),
          field: path.join('.'),
          message: previous === index ? `"${spelling}" is listed twice for the same person` : `"${spelling}" is already listed under "${other.name}" (people.${previous})`,
          found: spelling,
          expected: 'each spelling under exactly one person',
          hint: previous === index ? 'Remove the repeated spelling.' : `If both entries are one person, merge them into one entry; if not, remove "${spelling}" from the entry it does not belong to.`,
          rule: 'identity/spelling-twice',
        }));
        continue;
      }
      owner.set(spelling, index);
      if (spelling !== person.name) map.set(spelling, person.name);
    }
    if (person.id) explicitIds.set(person.name, person.id);
  });

  decisions.people.forEach((person, index) => {
    if ([person.name, ...person.aliases].some((name) => seen.has(name))) {
      // A spelling no source uses merges nothing: most likely a typo of one that does.
      person.aliases.forEach((alias, aliasIndex) => {
        if (seen.has(alias)) return;
        const own = new Set([person.name, ...person.aliases]);
        const meant = closestMatch(alias, [...seen.keys()].filter((name) => !own.has(name)));
        issues.push(
          contentMessage({
            ...where(['people', index, 'aliases', aliasIndex]),
            field: `people.${index}.aliases.${aliasIndex}`,
            message: meant ? `No source spells a speaker "${alias}": did you mean "${meant}"?` : `No source spells a speaker "${alias}"`,
            found: alias,
            expected: 'a spelling exactly as a session, correction or contributed session writes it',
            hint: meant ? `Write "${meant}" if that is the spelling you meant; the merge applies only to spellings the sources use.` : 'Copy the spelling from the session page or data/sessions.json, or remove it if no source uses it.',
            rule: 'identity/unused-alias',
            severity: 'warning',
          }),
        );
      });
      return;
    }
    issues.push(contentMessage({
      ...where(['people', index, 'name']),
      field: `people.${index}.name`,
      message: `Alias entry for "${person.name}" points at an unknown speaker`,
      found: [person.name, ...person.aliases].join(', '),
      expected: 'at least one name exactly as a session lists it',
      hint: 'Copy the spelling from the session page or data/sessions.json; names are matched exactly.',
      rule: 'identity/unknown-name',
    }));
  });

  const idOf = (canonical: string) => explicitIds.get(canonical) ?? speakerId(canonical);

  decisions.distinct.forEach((pair, index) => {
    const [a, b] = pair.names;
    const canonicalA = canonicalName(a, map);
    const canonicalB = canonicalName(b, map);
    if (canonicalA === canonicalB) {
      issues.push(contentMessage({
        ...where(['distinct', index, 'names']),
        field: `distinct.${index}.names`,
        message: `"${a}" and "${b}" are declared distinct, but the people entries make them one person`,
        found: `${a} / ${b}`,
        expected: 'two names that resolve to different people',
        hint: 'Remove the pair from `distinct`, or take the spelling out of the people entry that merges them.',
        rule: 'identity/distinct-merged',
      }));
    } else if (idOf(canonicalA) === idOf(canonicalB)) {
      issues.push(contentMessage({
        ...where(['distinct', index, 'names']),
        field: `distinct.${index}.names`,
        message: `"${a}" and "${b}" are declared distinct but would share the speaker id "${idOf(canonicalA)}"`,
        found: idOf(canonicalA),
        expected: 'a different speaker id for each person',
        hint: `Give one of them its own id under people: { name: "${b}", id: "${idOf(canonicalB)}-2", note: "…" }.`,
        rule: 'identity/distinct-same-id',
      }));
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
    issues.push(contentMessage({
      ...place,
      field: 'speakers',
      message: `"${canonical}" and "${existing}" would share the speaker id "${id}"`,
      found: `${canonical} / ${existing}`,
      expected: 'one speaker id per person',
      hint: `In ${file}, add "${canonical}" as an alias of "${existing}" if they are one person, or a people entry { name: "${canonical}", id: "${id}-2", note: "…" } if not.`,
      rule: 'identity/same-id',
    }));
  }

  const preferred = new Map<string, string>();
  for (const profile of profiles) {
    const canonical = canonicalById.get(profile.id);
    if (!canonical) {
      issues.push(contentMessage({
        file: profile.file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `Profile for an unknown speaker "${profile.id}"`,
        found: `${profile.id}.md`,
        expected: 'a file named after an existing speaker id, as in /speakers/<id>/',
        hint: 'Rename the file to the id in the speaker page address.',
      }));
      continue;
    }
    if (profile.data.name) preferred.set(profile.id, profile.data.name);
    profile.data.aliases.forEach((alias, index) => {
      const existing = map.get(alias) ?? (owner.has(alias) ? alias : undefined);
      if (existing !== undefined && existing !== canonical) {
        issues.push(contentMessage({
          file: profile.file,
          ...profile.locate(['aliases', index]),
          field: `aliases.${index}`,
          message: `"${alias}" is already an alias of "${existing}" in ${file}`,
          found: alias,
          expected: 'a spelling not assigned to another person',
          hint: 'Keep each spelling in one place: the alias file or one profile.',
        }));
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
      const record: SessionSpeaker = { id, name: preferred.get(id) ?? canonical, listedAs: speaker.name, affiliation: speaker.affiliation, role: speaker.role };
      if (speaker.suffix) record.suffix = speaker.suffix;
      if (speaker.handle) record.handle = speaker.handle;
      return record;
    },
  };
}

export interface AliasDecisions {
  people: ReadonlyArray<{ name: string; aliases: readonly string[] }>;
  distinct: ReadonlyArray<{ names: readonly [string, string] }>;
}

/** Map every alias to the name the archive shows. Names without an alias map to themselves. */
export function aliasMap(decisions: AliasDecisions): Map<string, string> {
  const map = new Map<string, string>();
  for (const person of decisions.people) {
    for (const alias of person.aliases) map.set(alias, person.name);
  }
  return map;
}

export function canonicalName(name: string, aliases: ReadonlyMap<string, string>): string {
  return aliases.get(name) ?? name;
}

export { editDistance } from '../text/edit-distance.ts';

/** Given names that could be one person's: an initial, a prefix of 3+ letters (`Kate`/`Katherine`), or a near-spelling (`Mattias`/`Matthias`). */
export function similarGivenNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.slice(0, 3) === b.slice(0, 3)) return true;
  return editDistance(a, b) <= 2;
}

export interface LikelyDuplicate {
  names: [string, string];
  reason: string;
}

/**
 * Pairs of different names that may be one person: the same surname with a similar
 * given name, or the same given name with a surname one letter apart. Pairs already
 * settled (merged or declared distinct) are left out.
 */
export function likelyDuplicates(names: Iterable<string>, decisions: AliasDecisions): LikelyDuplicate[] {
  const settled = new Set<string>();
  const key = (a: string, b: string) => [a, b].sort().join('\u0000');
  for (const pair of decisions.distinct) settled.add(key(pair.names[0], pair.names[1]));
  for (const person of decisions.people) {
    const group = [person.name, ...person.aliases];
    for (const a of group) for (const b of group) settled.add(key(a, b));
  }
  const unique = [...new Set(names)].sort();
  // Surname and given name by the one name rule (src/text/names.ts): suffixes, particles
  // and family-first names are read the same way as in citations and the A–Z index.
  const parsed = unique.map((name) => ({ name, normalised: normaliseName(name), ...comparableName(name) }));
  // Only names that share a surname or a given name can be a pair, so compare within those
  // buckets instead of every pair: archives with thousands of speakers stay fast.
  const buckets = new Map<string, number[]>();
  parsed.forEach((entry, index) => {
    for (const key of [`s:${entry.surname}`, `g:${entry.given}`]) buckets.set(key, [...(buckets.get(key) ?? []), index]);
  });
  const found: LikelyDuplicate[] = [];
  const reported = new Set<string>();
  for (const members of buckets.values()) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = parsed[members[i]!]!;
        const b = parsed[members[j]!]!;
        const pair = key(a.name, b.name);
        if (settled.has(pair) || reported.has(pair)) continue;
        let reason: string | null = null;
        if (a.normalised === b.normalised) reason = 'same name apart from accents, case or dots';
        else if (a.surname === b.surname && similarGivenNames(a.given, b.given)) reason = `same surname, similar given names (${a.given} / ${b.given})`;
        else if (a.given === b.given && a.surname.length >= 4 && editDistance(a.surname, b.surname) === 1) reason = 'same given name, surnames one letter apart';
        if (reason) {
          reported.add(pair);
          found.push({ names: [a.name, b.name], reason });
        }
      }
    }
  }
  return found.sort((x, y) => x.names[0].localeCompare(y.names[0]) || x.names[1].localeCompare(y.names[1]));
}


/** Every spelling the sessions write, with where it is first written (listing line, corrections field, MDX field). */
export function spellingsOf(sessions: readonly DraftSession[], extra: ReadonlyArray<[string, NamePlace]> = []): Map<string, NamePlace> {
  const seen = new Map<string, NamePlace>();
  for (const session of sessions) {
    session.speakers.forEach((speaker) => {
      if (!seen.has(speaker.name)) seen.set(speaker.name, speaker.place);
    });
  }
  for (const [name, place] of extra) if (!seen.has(name)) seen.set(name, place);
  return seen;
}

export interface IdentityInput {
  aliases: YamlInput<SpeakerAliases> | null;
  profiles: readonly SpeakerProfileInput[];
  /** Names written outside sessions (a presentation's speaker), with their place. */
  otherNames: ReadonlyArray<[string, NamePlace]>;
}

/** Resolve every session's speakers to people; report identity problems and likely duplicates. */
export function resolveSpeakers(archive: ArchiveState<DraftSession>, input: IdentityInput): ArchiveState<IdentifiedSession> & { resolver: SpeakerResolver } {
  const seen = spellingsOf(archive.sessions, input.otherNames);
  const resolver = speakerResolver(seen, input.aliases, input.profiles);
  const sessions = archive.sessions.map((session) => ({ ...session, speakers: session.speakers.map((speaker) => resolver.resolve(speaker)) }));
  return {
    ...archive,
    sessions,
    resolver,
    report: { ...archive.report, duplicates: likelyDuplicates(seen.keys(), input.aliases?.data ?? { people: [], distinct: [] }) },
    messages: [...archive.messages, ...resolver.issues],
  };
}
