/**
 * Organisations: speaker affiliations normalised through the reviewed alias file
 * `content/organizations.yaml`.
 *
 * Pure module: no Astro, no filesystem. The caller reads the file and passes its text to
 * `parseOrganizations`. Sessions keep each affiliation as written; this module only says
 * which organisation(s) an affiliation belongs to:
 *
 * - an alias listed under `organizations` → that organisation;
 * - an affiliation listed under `joint` → each of its organisations, in the order listed;
 * - an affiliation listed under `notOrganizations` (a book title, …) → none;
 * - any other affiliation → its own organisation, named as written, id = its slug. Two
 *   unreviewed spellings that slug the same (they differ only in case or punctuation) are
 *   one organisation. An unreviewed string whose slug is a reviewed id ("Ibm" vs IBM) gets
 *   `<slug>-unreviewed` instead: nothing joins a reviewed organisation without a review.
 *   `unreviewedAffiliations` lists such strings so that a content check can ask for a
 *   decision.
 *
 * Matching is exact after trimming and Unicode NFC (so the same text typed with composed or
 * decomposed accents matches); case and punctuation must match the alias as written.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { slug } from './slug.ts';
import { formatPath } from '../utils/zod-path.ts';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim(), 'must not start or end with whitespace');
const orgId = z.string().regex(KEBAB_CASE, 'must be a kebab-case slug (a-z, 0-9, single hyphens)');

const organizationSchema = z.strictObject({
  id: orgId,
  name: text,
  aliases: z.array(text),
  note: text,
});

const jointSchema = z.strictObject({
  affiliation: text,
  organizations: z.array(orgId).min(2, 'a joint affiliation names at least two organizations'),
  note: text,
});

const notOrganizationSchema = z.strictObject({
  affiliation: text,
  note: text,
});

export const organizationsFileSchema = z
  .strictObject({
    organizations: z.array(organizationSchema),
    joint: z.array(jointSchema).default([]),
    notOrganizations: z.array(notOrganizationSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const ids = new Map<string, number>();
    const names = new Map<string, number>();
    // Every affiliation string is decided in exactly one place.
    const decided = new Map<string, string>();
    const decide = (affiliation: string, where: string, path: Array<string | number>): void => {
      const key = affiliation.normalize('NFC');
      const first = decided.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path, message: `affiliation "${affiliation}" is already decided at ${first}` });
      } else {
        decided.set(key, where);
      }
    };
    file.organizations.forEach((org, i) => {
      const firstId = ids.get(org.id);
      if (firstId !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['organizations', i, 'id'], message: `duplicate id "${org.id}" (first used by organizations[${firstId}])` });
      } else {
        ids.set(org.id, i);
      }
      const firstName = names.get(org.name);
      if (firstName !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['organizations', i, 'name'], message: `duplicate name "${org.name}" (first used by organizations[${firstName}])` });
      } else {
        names.set(org.name, i);
      }
      org.aliases.forEach((alias, j) => decide(alias, `organizations[${i}].aliases[${j}]`, ['organizations', i, 'aliases', j]));
    });
    file.joint.forEach((entry, i) => {
      decide(entry.affiliation, `joint[${i}]`, ['joint', i, 'affiliation']);
      const seen = new Set<string>();
      entry.organizations.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['joint', i, 'organizations', j], message: `unknown organization id "${id}"` });
        }
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['joint', i, 'organizations', j], message: `organization "${id}" is listed twice` });
        }
        seen.add(id);
      });
    });
    file.notOrganizations.forEach((entry, i) => decide(entry.affiliation, `notOrganizations[${i}]`, ['notOrganizations', i, 'affiliation']));
  });

export type OrganizationsFile = z.infer<typeof organizationsFileSchema>;

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

/**
 * Parses and validates the text of content/organizations.yaml. Throws an Error naming the
 * field, e.g. `Invalid organizations file: organizations[2].aliases[0]: affiliation "IBM" is already decided at organizations[0].aliases[0]`.
 */
export function parseOrganizations(yamlText: string): Organizations {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Invalid organizations file: not valid YAML: ${reason}`);
  }
  const result = organizationsFileSchema.safeParse(data);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
    throw new Error(`Invalid organizations file: ${details}`);
  }
  return organizationsFrom(result.data);
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
