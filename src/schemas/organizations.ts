/**
 * `content/organizations.yaml`: reviewed decisions about which affiliations, as the
 * listings write them, are one organisation (`organizations` with their `aliases`), which
 * name several (`joint`), and which are not organisations at all (`notOrganizations`).
 * Matching is exact after trimming and NFC; every spelling is decided at most once. The
 * `organizations` link stage (src/link/organizations.ts) applies it.
 */
import { z } from 'zod';
import { addFriendlyIssue } from './friendly.ts';

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
        addFriendlyIssue(ctx, path, { message: `The affiliation "${affiliation}" is already decided at ${first}`, found: affiliation, expected: 'each affiliation decided once', hint: 'Keep one entry for this spelling and remove the other.', rule: 'organizations/decided-twice' });
      } else {
        decided.set(key, where);
      }
    };
    file.organizations.forEach((org, i) => {
      const firstId = ids.get(org.id);
      if (firstId !== undefined) {
        addFriendlyIssue(ctx, ['organizations', i, 'id'], { message: `The organization id "${org.id}" is used twice (organizations.${firstId} and organizations.${i})`, found: org.id, expected: 'a different id for each organization', hint: 'Merge the two entries, or rename one id.', rule: 'organizations/duplicate-id' });
      } else {
        ids.set(org.id, i);
      }
      const firstName = names.get(org.name);
      if (firstName !== undefined) {
        addFriendlyIssue(ctx, ['organizations', i, 'name'], { message: `The organization name "${org.name}" is used twice (organizations.${firstName} and organizations.${i})`, found: org.name, expected: 'a different name for each organization', hint: 'Merge the two entries into one.', rule: 'organizations/duplicate-name' });
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
          addFriendlyIssue(ctx, ['joint', i, 'organizations', j], { message: `Unknown organization id "${id}"`, found: id, expected: `an id listed under organizations: ${file.organizations.map((org) => org.id).join(', ')}`, hint: 'Use the id of an organization in this file, or add the organization first.', rule: 'organizations/unknown-id' });
        }
        if (seen.has(id)) {
          addFriendlyIssue(ctx, ['joint', i, 'organizations', j], { message: `The organization "${id}" is listed twice in this joint affiliation`, found: id, expected: 'each organization once', hint: 'Remove the repeated id.', rule: 'organizations/joint-twice' });
        }
        seen.add(id);
      });
    });
    file.notOrganizations.forEach((entry, i) => decide(entry.affiliation, `notOrganizations[${i}]`, ['notOrganizations', i, 'affiliation']));
  });

export type OrganizationsFile = z.infer<typeof organizationsFileSchema>;
