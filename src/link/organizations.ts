/**
 * The `organizations` link stage: affiliations as written → organisations, through the
 * reviewed content/organizations.yaml (src/schemas/organizations.ts). A reviewed alias
 * names its organisation; an affiliation the file does not decide is its own organisation
 * (never joined to a reviewed one by slug alone); `joint` entries name several.
 */
import type { OrganizationsFile } from '../schemas/organizations.ts';
import { slug } from '../text/slug.ts';


export interface OrganizationRef {
  id: string;
  name: string;
}

/** The parsed file plus its lookup table: affiliation (trimmed, NFC) → organisations. */
export interface Organizations {
  readonly file: OrganizationsFile;
  readonly byAffiliation: ReadonlyMap<string, readonly OrganizationRef[]>;
  /** Reviewed organisation ids, for the fallback's collision rule. */
  readonly reviewed: ReadonlyMap<string, OrganizationRef>;
}

const key = (affiliation: string): string => affiliation.trim().normalize('NFC');

/** Builds the lookup for an already validated file. */
export function organizationsFrom(file: OrganizationsFile): Organizations {
  const reviewed = new Map<string, OrganizationRef>(file.organizations.map((org) => [org.id, { id: org.id, name: org.name }]));
  const byAffiliation = new Map<string, readonly OrganizationRef[]>();
  for (const org of file.organizations) {
    for (const alias of org.aliases) byAffiliation.set(key(alias), [reviewed.get(org.id) as OrganizationRef]);
  }
  for (const entry of file.joint) {
    byAffiliation.set(key(entry.affiliation), entry.organizations.map((id) => reviewed.get(id) as OrganizationRef));
  }
  for (const entry of file.notOrganizations) byAffiliation.set(key(entry.affiliation), []);
  return { file, byAffiliation, reviewed };
}


/** FNV-1a, for a stable id when an affiliation has no ASCII slug (e.g. written in Japanese). */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(value)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The organisation an unreviewed affiliation stands for: itself, slugged. */
function fallback(affiliation: string, orgs: Organizations): OrganizationRef {
  const name = key(affiliation);
  const id = slug(name) || `org-${fnv1a(name)}`;
  // An unreviewed string must not join a reviewed organisation by slug alone ("Ibm" is
  // not silently IBM): it gets a distinct id until someone adds it as an alias.
  return orgs.reviewed.has(id) ? { id: `${id}-unreviewed`, name } : { id, name };
}

/**
 * Every organisation an affiliation stands for: none for null, an empty string or a
 * `notOrganizations` entry; two or more for a `joint` entry; otherwise one.
 */
export function organizationsOf(affiliation: string | null, orgs: Organizations): OrganizationRef[] {
  if (affiliation === null || key(affiliation) === '') return [];
  const known = orgs.byAffiliation.get(key(affiliation));
  if (known) return known.map((org) => ({ ...org }));
  return [fallback(affiliation, orgs)];
}

/**
 * The organisation of an affiliation: its alias entry, or itself (slugged) when the file
 * has no entry. Null when the affiliation names no organisation. For a `joint`
 * affiliation this is the first organisation listed; pages should use `organizationsOf`.
 */
export function organizationOf(affiliation: string | null, orgs: Organizations): OrganizationRef | null {
  return organizationsOf(affiliation, orgs)[0] ?? null;
}

export interface OrganizationEntry {
  id: string;
  name: string;
  /** Session ids, in the order of the sessions given (pass them oldest summit first). */
  sessions: string[];
  /** Speaker ids, in first-seen order. */
  people: string[];
  /** The affiliation strings that led here, as written, in first-seen order. */
  affiliationsAsWritten: string[];
}

/** What `organizationIndex` reads from a session. */
export interface OrganizationSessionInput {
  id: string;
  speakers: ReadonlyArray<{ id: string; affiliation: string | null }>;
}

/**
 * One entry per organisation that has at least one session, sorted by name (English
 * collation, case-insensitive first), then id.
 */
export function organizationIndex(sessions: readonly OrganizationSessionInput[], orgs: Organizations): OrganizationEntry[] {
  const byId = new Map<string, OrganizationEntry>();
  const push = (list: string[], value: string): void => {
    if (!list.includes(value)) list.push(value);
  };
  for (const session of sessions) {
    for (const speaker of session.speakers) {
      for (const org of organizationsOf(speaker.affiliation, orgs)) {
        let entry = byId.get(org.id);
        if (!entry) {
          entry = { id: org.id, name: org.name, sessions: [], people: [], affiliationsAsWritten: [] };
          byId.set(org.id, entry);
        }
        push(entry.sessions, session.id);
        push(entry.people, speaker.id);
        push(entry.affiliationsAsWritten, speaker.affiliation as string);
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Affiliations in the sessions that the file does not decide, sorted, each once: the
 * list a content check shows a reviewer (each becomes its own organisation meanwhile).
 */
export function unreviewedAffiliations(sessions: readonly OrganizationSessionInput[], orgs: Organizations): string[] {
  const out = new Set<string>();
  for (const session of sessions) {
    for (const speaker of session.speakers) {
      if (speaker.affiliation === null || key(speaker.affiliation) === '') continue;
      if (!orgs.byAffiliation.has(key(speaker.affiliation))) out.add(key(speaker.affiliation));
    }
  }
  return [...out].sort();
}

/** The `organizations` stage: one record per organisation that gave a session (none without the reviewed file). */
export function organizationRecords(sessions: readonly OrganizationSessionInput[], file: OrganizationsFile | null): OrganizationEntry[] {
  return file ? organizationIndex(sessions, organizationsFrom(file)) : [];
}
