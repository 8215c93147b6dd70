import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  organizationIndex,
  organizationOf,
  organizationsFrom,
  organizationsOf,
  unreviewedAffiliations,
} from '../../src/link/organizations.ts';
import { parseYamlFile } from '../../src/read/yaml.ts';
import { organizationsFileSchema } from '../../src/schemas/organizations.ts';
import { SEED_CONTENT, seedArchive } from '../support/seed.ts';

const FILE = 'content/organizations.yaml';
const read = (text: string) => parseYamlFile(FILE, text, organizationsFileSchema, 'organizations, joint, notOrganizations');
const parsed = read(readFileSync(join(SEED_CONTENT, 'organizations.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.issues.map(String).join('\n'));
const orgs = organizationsFrom(parsed.data);
const archive = await seedArchive();
// The archive's order: oldest summit first (London 2019, San Francisco 2019, 2020), listing order within.
const index = organizationIndex(archive.sessions, orgs);
const entry = (id: string) => index.find((org) => org.id === id);

describe('organizationOf / organizationsOf', () => {
  it('merges the reviewed spellings', () => {
    for (const written of ['IBM', 'IBM UK', 'IBM United Kingdom', ' IBM UK ']) {
      expect(organizationOf(written, orgs)).toEqual({ id: 'ibm', name: 'IBM' });
    }
    expect(organizationOf('Bloomberg L.P', orgs)).toEqual({ id: 'bloomberg', name: 'Bloomberg' });
    expect(organizationOf('Walmart Labs', orgs)).toEqual({ id: 'walmart', name: 'Walmart' });
    expect(organizationOf('Knoldus Inc', orgs)).toEqual({ id: 'knoldus', name: 'Knoldus' });
    expect(organizationOf('DoD', orgs)).toEqual({ id: 'us-department-of-defense', name: 'US Department of Defense' });
  });

  it('splits joint affiliations and drops the book title', () => {
    expect(organizationsOf('Virtuslab/Tesco', orgs)).toEqual([
      { id: 'virtuslab', name: 'VirtusLab' },
      { id: 'tesco', name: 'Tesco' },
    ]);
    expect(organizationsOf('Entelect / Discovery', orgs).map((o) => o.id)).toEqual(['entelect', 'discovery']);
    expect(organizationOf('Virtuslab/Tesco', orgs)).toEqual({ id: 'virtuslab', name: 'VirtusLab' });
    expect(organizationsOf('Building Microservices', orgs)).toEqual([]);
    expect(organizationOf('Building Microservices', orgs)).toBeNull();
    expect(organizationsOf(null, orgs)).toEqual([]);
  });

  it('makes an unlisted affiliation its own organisation, never a reviewed one by slug', () => {
    expect(organizationOf('Acme Streaming GmbH', orgs)).toEqual({ id: 'acme-streaming-gmbh', name: 'Acme Streaming GmbH' });
    expect(organizationOf('Ibm', orgs)).toEqual({ id: 'ibm-unreviewed', name: 'Ibm' });
    expect(organizationOf('ストリーム株式会社', orgs)?.id).toBe('ストリーム株式会社');
    expect(organizationOf('★', orgs)?.id).toMatch(/^org-[0-9a-f]{8}$/u);
    expect(organizationOf('ストリーム株式会社', orgs)).toEqual(organizationOf('ストリーム株式会社', orgs));
  });
});

describe('unreviewed affiliations', () => {
  it('are listed for review and grouped only when they slug the same', () => {
    const sessions = [
      { id: 's/1', speakers: [{ id: 'a', affiliation: 'Acme, Inc.' }, { id: 'b', affiliation: 'IBM UK' }] },
      { id: 's/2', speakers: [{ id: 'c', affiliation: 'ACME Inc' }, { id: 'd', affiliation: null }] },
    ];
    expect(unreviewedAffiliations(sessions, orgs)).toEqual(['ACME Inc', 'Acme, Inc.']);
    expect(organizationIndex(sessions, orgs)).toEqual([
      { id: 'acme-inc', name: 'Acme, Inc.', sessions: ['s/1', 's/2'], people: ['a', 'c'], affiliationsAsWritten: ['Acme, Inc.', 'ACME Inc'] },
      { id: 'ibm', name: 'IBM', sessions: ['s/1'], people: ['b'], affiliationsAsWritten: ['IBM UK'] },
    ]);
  });
});

describe('the organizations file schema', () => {
  /** Each problem at its place, with the field, what is expected and the rule. */
  const problems = (text: string) => {
    const result = read(text);
    return result.ok ? [] : result.issues.map((issue) => [issue.line, issue.column, issue.field, issue.reason, issue.expected, issue.ruleId]);
  };

  it('rejects an affiliation decided twice, unknown joint ids and bad slugs, naming the field', () => {
    expect(
      problems(`organizations:
  - { id: ibm, name: IBM, aliases: [IBM], note: n }
  - { id: ibm-uk, name: IBM UK, aliases: [IBM], note: n }
joint:
  - { affiliation: A/B, organizations: [ibm, nope], note: n }
`),
    ).toEqual([
      [3, 43, 'organizations.1.aliases.0', 'The affiliation "IBM" is already decided at organizations[0].aliases[0]', ['each affiliation decided once'], 'organizations/decided-twice'],
      [5, 46, 'joint.0.organizations.1', 'Unknown organization id "nope"', ['an id listed under organizations: ibm, ibm-uk'], 'organizations/unknown-id'],
    ]);
    expect(problems('organizations:\n  - { id: Not_A_Slug, name: X, aliases: [], note: n }\n')).toEqual([
      [2, 11, 'organizations.0.id', 'Wrong value for "organizations.0.id"', ['a kebab-case slug (a-z, 0-9, single hyphens)'], undefined],
    ]);
    const broken = read('organizations: [\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.map((issue) => [issue.ruleId, issue.reason.startsWith('This is not valid YAML')])).toEqual([['yaml/syntax', true]]);
  });
});

describe('organizationIndex on the seed archive', () => {
  it('reviews every affiliation of the archive: 57 strings → 55 organisations', () => {
    // 55 distinct affiliations in the listings plus 2 from corrections (Etsy, NASA JPL);
    // IBM takes 3 spellings (−2), Bloomberg 2 (−1), the book title is none (−1), and the
    // two joint affiliations give two organisations each (+2).
    expect(unreviewedAffiliations(archive.sessions, orgs)).toEqual([]);
    expect(index).toHaveLength(55);
  });

  it("is what the archive's organizations stage gives", () => {
    expect(archive.organizations).toEqual(index);
  });

  it('IBM: three spellings, six sessions, seven people', () => {
    expect(entry('ibm')).toEqual({
      id: 'ibm',
      name: 'IBM',
      sessions: [
        'kafka-summit-london-2019/running-kafka-in-kubernetes-a-practical-guide',
        'kafka-summit-london-2019/fast-kafka-apps',
        'kafka-summit-san-francisco-2019/kafka-connect-connector',
        'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2',
        'kafka-summit-2020/help-my-kafka-is-broken',
        'kafka-summit-2020/reacting-to-an-event-driven-world',
      ],
      people: ['kate-stanley', 'edoardo-comar', 'mickael-maison', 'andrew-schofield', 'emma-humber', 'gantigmaa-selenge', 'grace-jansen'],
      affiliationsAsWritten: ['IBM United Kingdom', 'IBM', 'IBM UK'],
    });
  });

  it('Bloomberg: "Bloomberg L.P" (London 2019) and "Bloomberg" (2020), three sessions', () => {
    expect(entry('bloomberg')).toEqual({
      id: 'bloomberg',
      name: 'Bloomberg',
      sessions: [
        'kafka-summit-london-2019/the-power-of-event-driven-caches',
        'kafka-summit-2020/building-a-data-subscription-service-with-kafka-connect',
        'kafka-summit-2020/replaying-kstreams-apps-using-state-snapshots',
      ],
      people: ['brendan-powers', 'danica-fine', 'ajay-vyasapeetam', 'nishchay-sinha', 'yan-wang'],
      affiliationsAsWritten: ['Bloomberg L.P', 'Bloomberg'],
    });
  });

  it('Walmart: both "Walmart Labs" talks', () => {
    expect(entry('walmart')).toEqual({
      id: 'walmart',
      name: 'Walmart',
      sessions: ['kafka-summit-london-2019/kafka-streams-at-scale', 'kafka-summit-2020/availability-first-kafka-streams-at-walmart-scale'],
      people: ['deepak-goyal', 'navinder-pal-singh-brar'],
      affiliationsAsWritten: ['Walmart Labs'],
    });
  });

  it('Confluent: 17 sessions and 17 people across the three summits', () => {
    const confluent = entry('confluent');
    expect(confluent?.affiliationsAsWritten).toEqual(['Confluent']);
    expect(confluent?.sessions).toHaveLength(17);
    // Jun Rao hosts three 2020 keynote Q&As; Matthias J. Sax speaks at San Francisco 2019 and 2020.
    expect(confluent?.sessions.filter((id) => id.startsWith('kafka-summit-2020/'))).toHaveLength(9);
    expect(confluent?.sessions.filter((id) => id.startsWith('kafka-summit-london-2019/'))).toEqual([
      'kafka-summit-london-2019/the-foundations-of-multi-dc-kafka',
      'kafka-summit-london-2019/ksql-in-practice',
      'kafka-summit-london-2019/connecting-kafka-to-cash-ckc',
    ]);
    expect([...(confluent?.people ?? [])].sort()).toEqual([
      'almog-gavra', 'boyang-chen', 'brian-likosar', 'bruno-cadonna', 'colin-mccabe', 'dani-traphagen', 'gwen-shapira', 'jakub-korab',
      'jason-gustafson', 'jason-schick', 'jeff-ferguson', 'josh-treichel', 'jun-rao', 'lyndon-hedderly', 'matthias-j-sax', 'tim-berglund',
      'will-laforest',
    ]);
  });

  it('lists a joint affiliation under both organisations, and no page for the book title or a missing affiliation', () => {
    for (const id of ['virtuslab', 'tesco']) {
      expect(entry(id)?.sessions).toEqual(['kafka-summit-2020/risk-management-in-retail-with-stream-processing']);
      expect(entry(id)?.people).toEqual(['daniel-jagielski']);
    }
    expect(entry('discovery')?.people).toEqual(['jesse-leresche']);
    expect(entry('vitality')?.people).toEqual(['neil-adamson']);
    const everyone = index.flatMap((org) => org.people);
    expect(everyone).not.toContain('sam-newman'); // "Building Microservices"
    expect(everyone).not.toContain('ryanne-dolan'); // listed with no affiliation
  });

  it('is sorted by name', () => {
    const names = index.map((org) => org.name);
    expect(names.slice(0, 4)).toEqual(['Adobe', 'Babylon Health', 'Bloomberg', 'BMW Group']);
    expect(names.at(-1)).toBe('Walmart');
  });
});
