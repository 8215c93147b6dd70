import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TERM_SESSIONS, relatedSessions, relatedSessionsWithScores, type RelatableSession } from '../../src/link/related.ts';
import { tagTopics } from '../../src/link/topics.ts';
import { parseYamlFile } from '../../src/read/yaml.ts';
import { topicsSchema } from '../../src/schemas/topics.ts';
import { sStem, tokenize } from '../../src/text/tokens.ts';
import { SEED_CONTENT, seedArchive } from '../support/seed.ts';

/** A session whose only text is its description (derived titles are not weighted). */
function doc(id: string, summit: string, description: string, topics: string[] = []): RelatableSession {
  return { id, summit, displayTitle: description, titleSource: 'derived', description, topics };
}

describe('tokenize', () => {
  it('lower-cases, splits compounds on hyphens and keeps one-word product names', () => {
    expect(tokenize('Kafka-Streams and ksqlDB on Kubernetes')).toEqual(['kafka', 'stream', 'ksqldb', 'kubernete']);
    expect(tokenize('Kafka Streams')).toEqual(tokenize('kafka-streams'));
  });

  it("drops stop words, contractions and one-character terms; a possessive folds like a plural (Lowe's → lowe)", () => {
    expect(tokenize("Q&A with Lowe's: what we’ve learned in 2 years")).toEqual(['lowe', 'learned', 'year']);
  });

  it('folds plurals with the S stemmer only', () => {
    expect(['connectors', 'queries', 'stores', 'business', 'status', 'streaming'].map(sStem)).toEqual([
      'connector',
      'query',
      'store',
      'business',
      'status',
      'streaming',
    ]);
  });
});

describe('relatedSessions on small, hand-checked corpora', () => {
  it('scores a pair by the idf of what it shares: cos = a² / (a² + b²)', () => {
    // X and Y share only "alpha" (in 2 of 3 sessions: idf a = ln 3/2); each has one term of
    // its own (idf b = ln 3). Both vectors are (a, b) up to order, so cos = a²/(a²+b²) ≈ 0.1199.
    // Z shares nothing with anyone, so it has no related sessions and appears in no list.
    const a = Math.log(3 / 2);
    const b = Math.log(3);
    const expected = Math.round((a * a) / (a * a + b * b) * 1e9) / 1e9;
    const result = relatedSessionsWithScores([
      doc('x', 's1', 'alpha beta'),
      doc('y', 's1', 'alpha gamma'),
      doc('z', 's1', 'delta epsilon'),
    ]);
    expect(expected).toBeCloseTo(0.1199, 4);
    expect(result.get('x')).toEqual([{ id: 'y', score: expected }]);
    expect(result.get('y')).toEqual([{ id: 'x', score: expected }]);
    expect(result.get('z')).toEqual([]);
  });

  it('does not score a term found in more than MAX_TERM_SESSIONS sessions (the work stays linear)', () => {
    // Words of letters only, one per session, so a session shares nothing but "widget".
    const word = (n: number) => `w${n.toString(26).replace(/[0-9]/gu, (digit) => 'qrstuvwxyz'[Number(digit)]!)}z`;
    const corpus = (withWidget: number) =>
      Array.from({ length: MAX_TERM_SESSIONS + 101 }, (_, index) => doc(`s${String(index).padStart(5, '0')}`, 'x', `${word(index)}${index < withWidget ? ' widget' : ''}`));
    // At the cap, "widget" is scored: its sessions relate to each other (any score above 0).
    const atCap = relatedSessionsWithScores(corpus(MAX_TERM_SESSIONS), { minScore: 0 });
    expect(atCap.get('s00000')).toHaveLength(5);
    // One session more and it is dropped, like a word in every session.
    const overCap = relatedSessionsWithScores(corpus(MAX_TERM_SESSIONS + 1), { minScore: 0 });
    expect(overCap.get('s00000')).toEqual([]);
  });

  it('finds the talk that shares the specific words: A → B (RocksDB state stores), not C or D', () => {
    // "kafka" is in A, C and D (idf ln 4/3 ≈ 0.29); "rocksdb", "state", "store" are only in
    // A and B (idf ln 2 ≈ 0.69 each) and B's title repeats them (weight 3). A shares three
    // such terms with B and only "kafka" with C and D, so B is first by a wide margin.
    const sessions: RelatableSession[] = [
      { id: 'a', summit: 's1', displayTitle: 'Kafka Streams state stores', description: 'How RocksDB state stores back Kafka Streams applications.', topics: ['kafka-streams'] },
      { id: 'b', summit: 's2', displayTitle: 'Tuning RocksDB state stores', description: 'Block cache and compaction settings for RocksDB.', topics: [] },
      { id: 'c', summit: 's2', displayTitle: 'Sink connectors', description: 'Writing sink connectors for Kafka Connect.', topics: ['kafka-connect'] },
      { id: 'd', summit: 's1', displayTitle: 'Securing Kafka with TLS', description: 'TLS certificates and ACLs for Kafka clusters.', topics: [] },
    ];
    const result = relatedSessionsWithScores(sessions, { minScore: 0 });
    const forA = result.get('a') ?? [];
    expect(forA.map((r) => r.id)[0]).toBe('b');
    expect(forA.map((r) => r.id).sort()).toEqual(['b', 'c', 'd']);
    expect((forA[0]?.score ?? 0) > 3 * (forA[1]?.score ?? 1)).toBe(true);
    // With the default floor (0.05), C and D (sharing only "kafka") are dropped for B, which shares no word with them.
    expect(relatedSessions(sessions).get('b')).toEqual(['a']);
  });

  it('prefers another summit when scores are equal, and breaks remaining ties by id', () => {
    // "b-same" and "z-other" have identical text, so A's scores with them are equal
    // (bit for bit); "z-other" is from another summit and comes first despite its id.
    const sessions = [
      doc('a', 's1', 'exactly once semantics transactions'),
      doc('b-same', 's1', 'exactly once transactions idempotent producer'),
      doc('z-other', 's2', 'exactly once transactions idempotent producer'),
      doc('q', 's3', 'unrelated words entirely'),
    ];
    const result = relatedSessionsWithScores(sessions);
    const forA = result.get('a') ?? [];
    expect(forA.map((r) => r.id)).toEqual(['z-other', 'b-same']);
    expect(forA[0]?.score).toBe(forA[1]?.score);

    // Same summit for both: plain id order.
    const sameSummit = relatedSessions(sessions.map((s) => ({ ...s, summit: 's1' })));
    expect(sameSummit.get('a')).toEqual(['b-same', 'z-other']);
  });

  it('never lists the session itself, even when another session is identical', () => {
    const result = relatedSessions([doc('a', 's1', 'mirror maker replication'), doc('b', 's1', 'mirror maker replication'), doc('c', 's1', 'other text')]);
    expect(result.get('a')).toEqual(['b']);
    expect(result.get('b')).toEqual(['a']);
  });

  it('respects limit and rejects duplicate ids', () => {
    const sessions = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'].map((w, i) => doc(`d${i}`, `s${i % 2}`, `shared topic ${w}`));
    sessions.push(doc('other', 's0', 'nothing in common'));
    expect(relatedSessions(sessions).get('d0')).toHaveLength(5);
    expect(relatedSessions(sessions, { limit: 2 }).get('d0')).toHaveLength(2);
    expect(relatedSessions(sessions, { limit: 0 }).get('d0')).toEqual([]);
    expect(() => relatedSessions([doc('a', 's', 'x y'), doc('a', 's', 'x z')])).toThrow('duplicate session id "a"');
  });
});

/** Deterministic pseudo-random corpus (LCG), for properties at a larger size. */
function syntheticCorpus(count: number, seed: number): RelatableSession[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const word = (): string => `w${Math.floor(400 * random() ** 3).toString(36)}`; // skewed: a few common words
  const words = (k: number): string => Array.from({ length: k }, word).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `s${String(i).padStart(4, '0')}`,
    summit: `summit-${i % 4}`,
    displayTitle: words(6),
    description: words(40),
    topics: random() < 0.5 ? [`t${Math.floor(random() * 10)}`] : [],
  }));
}

describe('relatedSessions properties', () => {
  const corpus = syntheticCorpus(600, 7);

  it('is the same for any input order and across runs', () => {
    const first = relatedSessions(corpus);
    const shuffled = [...corpus].reverse();
    shuffled.push(...shuffled.splice(0, 250));
    expect([...relatedSessions(shuffled)]).toEqual([...first]);
    expect([...relatedSessions(corpus)]).toEqual([...first]);
  });

  it('gives every session at most 5 related ids, none itself, no repeats, all known', () => {
    const result = relatedSessionsWithScores(corpus);
    const ids = new Set(corpus.map((s) => s.id));
    expect(result.size).toBe(corpus.length);
    const problems: string[] = [];
    for (const [id, relations] of result) {
      if (relations.length > 5) problems.push(`${id}: ${relations.length} related`);
      if (relations.some((r) => r.id === id)) problems.push(`${id}: lists itself`);
      if (new Set(relations.map((r) => r.id)).size !== relations.length) problems.push(`${id}: repeats`);
      if (relations.some((r) => !ids.has(r.id) || r.score < 0.05)) problems.push(`${id}: unknown id or score below 0.05`);
      if (relations.some((r, i) => i > 0 && (relations[i - 1] as { score: number }).score < r.score)) problems.push(`${id}: not best first`);
    }
    expect(problems).toEqual([]);
    // The corpus is dense enough that every list is full.
    expect([...result.values()].every((r) => r.length === 5)).toBe(true);
  });
});

describe('relatedSessions on the seed archive', async () => {
  const archive = await seedArchive();
  const topicsFile = join(SEED_CONTENT, 'topics.yaml');
  const parsed = parseYamlFile(topicsFile, readFileSync(topicsFile, 'utf8'), topicsSchema, 'topics');
  if (!parsed.ok) throw new Error(parsed.issues.map(String).join('\n'));
  const taxonomy = parsed.data;
  const sessions = archive.sessions.map((s) => ({ ...s, topics: tagTopics(taxonomy, s) }));
  const related = relatedSessions(sessions);

  it('relates the two MirrorMaker 2 talks: 2020 (Maison & Dolan) → London 2019 (MirrorMaker 2.0)', () => {
    // Both describe MirrorMaker 2 for replicating between clusters, disaster recovery and high
    // availability, and both carry the multi-datacenter topic; no other session names MirrorMaker.
    expect(related.get('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2')?.[0]).toBe(
      'kafka-summit-london-2019/increasingly-organizations-are-relying-on-kafka-for-mission',
    );
    expect(related.get('kafka-summit-london-2019/increasingly-organizations-are-relying-on-kafka-for-mission')?.[0]).toBe(
      'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2',
    );
  });

  it('relates the two Walmart Kafka Streams talks', () => {
    // Both are Kafka Streams at Walmart scale (2020: availability-first; London 2019: at scale).
    expect(related.get('kafka-summit-2020/availability-first-kafka-streams-at-walmart-scale')?.[0]).toBe('kafka-summit-london-2019/kafka-streams-at-scale');
  });

  it("gives the same first relations through the archive's related stage", () => {
    const relatedOf = (id: string) => archive.sessions.find((s) => s.id === id)?.related[0];
    expect(relatedOf('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2')).toBe(
      'kafka-summit-london-2019/increasingly-organizations-are-relying-on-kafka-for-mission',
    );
    expect(relatedOf('kafka-summit-london-2019/increasingly-organizations-are-relying-on-kafka-for-mission')).toBe(
      'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2',
    );
    expect(relatedOf('kafka-summit-2020/availability-first-kafka-streams-at-walmart-scale')).toBe('kafka-summit-london-2019/kafka-streams-at-scale');
  });

  it('gives every session at most 5 existing sessions, never itself', () => {
    const ids = new Set(sessions.map((s) => s.id));
    expect(related.size).toBe(180);
    for (const [id, list] of related) {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list).not.toContain(id);
      for (const other of list) expect(ids.has(other)).toBe(true);
    }
  });
});
