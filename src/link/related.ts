/**
 * Related sessions: TF-IDF cosine similarity over title, description and topics.
 *
 * Pure module: no Astro, no filesystem, no global state. The result depends only on the
 * set of sessions, not on the order they are passed in (sessions are sorted by id first,
 * so even floating-point sums run in the same order every build).
 *
 * Text → terms:
 * - NFKC, lower case; apostrophes are removed inside words (`don’t` → `dont`), every
 *   other run of characters that are not letters or digits splits terms. So
 *   `kafka-streams`, `Kafka Streams` and `Kafka-Streams` all give `kafka` + `stream`: the
 *   listings spell compounds every way, and splitting makes the spellings agree. Product
 *   names written as one word stay one term (`ksqldb`, `mirrormaker`, `kubernetes`).
 * - English stop words (contractions included) and one-character terms are dropped.
 * - Harman's "S" stemmer folds plurals (`connectors` → `connector`, `queries` → `query`),
 *   so a talk on "state stores" finds one on "a state store". Nothing more aggressive:
 *   `streaming` and `stream` stay apart.
 * - Topics (ids from the taxonomy) become one extra term each, `topic:<id>`, which can
 *   never collide with a word.
 *
 * Weights: term frequency counts a title occurrence 3 times, a topic 2 times, a
 * description occurrence once (the title says what the talk is about; a description
 * repeats incidental words). Weight = (1 + ln tf) · ln(N / df). A term found in every
 * session (`kafka` in practice) has idf 0 and is dropped: it cannot tell sessions apart.
 * A derived title (`titleSource: 'derived'`) is the description's first sentence, so it
 * is not counted again as a title.
 *
 * Similarity is the cosine of the L2-normalised vectors, computed through an inverted
 * index (term → postings, typed arrays), so only pairs that share a term are scored, each
 * pair once. The work is Σ df(t)² / 2 multiply-adds over the terms, quadratic through words
 * common to many sessions; so a term in more than MAX_TERM_SESSIONS sessions is dropped like
 * one in every session, which bounds the work by MAX_TERM_SESSIONS × the number of postings
 * (linear in the archive). Such a term weighs little: at 10,000 sessions its idf is at most
 * ln 5 ≈ 1.6, against ≈ 9 for a word of one session. Archives of up to MAX_TERM_SESSIONS
 * sessions (the seeds) are scored exactly. Measured on a shared 2-vCPU machine: 10,000
 * synthetic sessions (Zipf vocabulary, ~124 distinct terms each) in about 3–4.5 s before
 * the cap (and 25 times that at 50,000); the 180 seed sessions in under 0.2 s.
 *
 * Ranking per session, best first:
 *  1. higher score, compared after rounding to 1e-9 (`SCORE_PRECISION`). Why rounding
 *     and not a cross-summit bonus: a bonus would reorder sessions that are not equally
 *     close, which is a different product rule; rounding only treats as equal the scores
 *     that differ by floating-point noise (the same value summed in another order);
 *  2. on an equal (rounded) score, a session from another summit before one from the same
 *     summit ("prefers other summits when equally close");
 *  3. then by id, ascending, so the result is total and stable.
 * Scores below `minScore` (default 0.05) are left out: such pairs share only an
 * incidental rare word or two and read as noise on a page.
 */
import { tokenize } from '../text/tokens.ts';
import type { ArchiveState, RelatedSession, TaggedSession } from './types.ts';


export interface RelatableSession {
  id: string;
  summit: string;
  /** The title exactly as in the source, or null (kept for callers passing records as they are). */
  title?: string | null;
  /** What pages show; used as the title text. */
  displayTitle: string;
  /** `derived` titles are not weighted as titles (they repeat the description). */
  titleSource?: 'source' | 'derived' | 'correction';
  description: string;
  /** Topic ids of the session. */
  topics: readonly string[];
}

export interface RelatedOptions {
  /** Most related sessions per session; default 5. */
  limit?: number;
  /** Lowest cosine similarity shown; default 0.05. */
  minScore?: number;
}

export interface ScoredRelation {
  id: string;
  /** Cosine similarity in (0, 1], rounded to 1e-9. */
  score: number;
}

export const DEFAULT_LIMIT = 5;
/** A term in more sessions than this is not scored (see above): it keeps the work linear. */
export const MAX_TERM_SESSIONS = 2000;
export const DEFAULT_MIN_SCORE = 0.05;
/** Scores are compared (and returned) rounded to this many decimal places. */
export const SCORE_PRECISION = 9;

const TITLE_WEIGHT = 3;
const TOPIC_WEIGHT = 2;
const DESCRIPTION_WEIGHT = 1;

function addCounts(into: Map<string, number>, terms: readonly string[], weight: number): void {
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + weight);
}

/** Weighted term frequencies of one session. */
function termFrequencies(session: RelatableSession): Map<string, number> {
  const tf = new Map<string, number>();
  if (session.titleSource !== 'derived') addCounts(tf, tokenize(session.displayTitle), TITLE_WEIGHT);
  addCounts(tf, tokenize(session.description), DESCRIPTION_WEIGHT);
  addCounts(
    tf,
    [...new Set(session.topics)].map((topic) => `topic:${topic}`),
    TOPIC_WEIGHT,
  );
  return tf;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const ROUNDING = 10 ** SCORE_PRECISION;
const round = (score: number): number => Math.round(score * ROUNDING) / ROUNDING;

interface PostingIndex {
  /** Postings of term t are [offsets[t], offsets[t + 1]), in session order. */
  offsets: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float64Array;
}

/**
 * Adds to `scores[e]` the dot product of session d (its terms, weights and own posting
 * positions) with every later session e sharing a term; lists each e once in `touched`.
 * Kept small and monomorphic: this is the hot loop.
 */
function accumulateRow(
  index: PostingIndex,
  terms: Int32Array,
  weights: Float64Array,
  positions: Int32Array,
  scores: Float64Array,
  touched: Int32Array,
): number {
  const { offsets, postingDocs, postingWeights } = index;
  let touchedCount = 0;
  for (let k = 0; k < terms.length; k++) {
    const w = weights[k] as number;
    const end = offsets[(terms[k] as number) + 1] as number;
    for (let p = (positions[k] as number) + 1; p < end; p++) {
      const e = postingDocs[p] as number;
      const before = scores[e] as number;
      if (before === 0) touched[touchedCount++] = e;
      scores[e] = before + w * (postingWeights[p] as number);
    }
  }
  return touchedCount;
}

/**
 * The best `limit` candidates of one session, kept sorted best first in flat typed arrays
 * (one slot block per session; `limit` is small, so insertion beats a heap).
 */
interface TopK {
  limit: number;
  counts: Int32Array;
  others: Int32Array;
  scores: Float64Array;
  /** Summit index per session, to decide "other summit". */
  summitOf: Int32Array;
  /**
   * Per session, a raw score below which a candidate cannot enter its list: the last kept
   * score once the list is full (minus the rounding step), else the global floor.
   */
  entry: Float64Array;
}

/**
 * True when candidate `c` (score `score`) ranks before slot `slot` of session `owner`.
 * Sessions are indexed in id order, so "smaller id" is "smaller index".
 */
function ranksBefore(top: TopK, owner: number, c: number, score: number, slot: number): boolean {
  const other = top.others[slot] as number;
  const otherScore = top.scores[slot] as number;
  if (score !== otherScore) return score > otherScore;
  const cCross = top.summitOf[c] !== top.summitOf[owner];
  const oCross = top.summitOf[other] !== top.summitOf[owner];
  if (cCross !== oCross) return cCross;
  return c < other;
}

function offer(top: TopK, owner: number, c: number, score: number): void {
  const base = owner * top.limit;
  let count = top.counts[owner] as number;
  if (count === top.limit && !ranksBefore(top, owner, c, score, base + count - 1)) return;
  if (count < top.limit) count++;
  let at = count - 1;
  while (at > 0 && ranksBefore(top, owner, c, score, base + at - 1)) {
    top.others[base + at] = top.others[base + at - 1] as number;
    top.scores[base + at] = top.scores[base + at - 1] as number;
    at--;
  }
  top.others[base + at] = c;
  top.scores[base + at] = score;
  top.counts[owner] = count;
  if (count === top.limit) top.entry[owner] = (top.scores[base + count - 1] as number) - 1 / ROUNDING;
}

/**
 * Offers row d's pairs to both sessions' lists and clears `scores` for the next row. When
 * most later sessions were touched (common words link nearly every pair), it scans
 * `scores` in order instead of following `touched`: same pairs, cache-friendly. The
 * final lists do not depend on the order of offers (the ranking is a total order).
 */
function collectRow(top: TopK, d: number, scores: Float64Array, touched: Int32Array, touchedCount: number, minScore: number): void {
  const entry = top.entry;
  const consider = (e: number, raw: number): void => {
    // Cheap pre-check before rounding: most pairs fit neither list.
    if (raw < (entry[d] as number) && raw < (entry[e] as number)) return;
    const score = round(raw);
    if (score < minScore || score <= 0) return;
    offer(top, d, e, score);
    offer(top, e, d, score);
  };
  const n = scores.length;
  if (touchedCount * 4 > n - d) {
    for (let e = d + 1; e < n; e++) {
      const raw = scores[e] as number;
      if (raw === 0) continue;
      scores[e] = 0;
      consider(e, raw);
    }
  } else {
    for (let i = 0; i < touchedCount; i++) {
      const e = touched[i] as number;
      const raw = scores[e] as number;
      scores[e] = 0;
      consider(e, raw);
    }
  }
}

/**
 * Related sessions with their scores, keyed by session id (every session has an entry,
 * possibly empty), best first. Throws on duplicate ids.
 */
export function relatedSessionsWithScores(
  sessions: readonly RelatableSession[],
  options: RelatedOptions = {},
): Map<string, ScoredRelation[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`relatedSessions: limit must be a non-negative integer, got ${limit}`);

  const sorted = [...sessions].sort(byId);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as RelatableSession).id === (sorted[i - 1] as RelatableSession).id) {
      throw new Error(`relatedSessions: duplicate session id "${(sorted[i] as RelatableSession).id}"`);
    }
  }
  const n = sorted.length;
  const ids = sorted.map((s) => s.id);
  const summits = sorted.map((s) => s.summit);

  // Terms get a first-seen id while counting document frequencies (sessions are in id
  // order, so this is deterministic), then a final id in sorted term order.
  const firstSeen = new Map<string, number>();
  const df: number[] = [];
  const docTerms: Int32Array[] = [];
  const docCounts: Float64Array[] = [];
  for (const session of sorted) {
    const tf = termFrequencies(session);
    const terms = new Int32Array(tf.size);
    const counts = new Float64Array(tf.size);
    let k = 0;
    for (const [term, count] of tf) {
      let seen = firstSeen.get(term);
      if (seen === undefined) {
        seen = df.length;
        firstSeen.set(term, seen);
        df.push(0);
      }
      df[seen] = (df[seen] as number) + 1;
      terms[k] = seen;
      counts[k] = count;
      k++;
    }
    docTerms.push(terms);
    docCounts.push(counts);
  }
  // A term in every session has idf 0 and cannot tell sessions apart; one in more than
  // MAX_TERM_SESSIONS barely can, and would make the work quadratic: neither gets an id (-1).
  const finalId = new Int32Array(df.length).fill(-1);
  let termCount = 0;
  for (const [, seen] of [...firstSeen].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const sessionsWithTerm = df[seen] as number;
    if (sessionsWithTerm < n && sessionsWithTerm <= MAX_TERM_SESSIONS) finalId[seen] = termCount++;
  }

  // Inverted index in CSR form: postings of term t are [offsets[t], offsets[t + 1]), in
  // session order; weights are (1 + ln tf) · ln(N / df), divided by the session's L2 norm.
  const offsets = new Int32Array(termCount + 1);
  const weightsOf: Float64Array[] = [];
  for (let d = 0; d < n; d++) {
    const terms = docTerms[d] as Int32Array;
    const counts = docCounts[d] as Float64Array;
    const weights = new Float64Array(terms.length);
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const seen = terms[k] as number;
      const t = finalId[seen] as number;
      if (t < 0) continue;
      const w = (1 + Math.log(counts[k] as number)) * Math.log(n / (df[seen] as number));
      weights[k] = w;
      norm += w * w;
      offsets[t + 1] = (offsets[t + 1] as number) + 1;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < weights.length; k++) weights[k] = norm > 0 ? (weights[k] as number) / norm : 0;
    weightsOf.push(weights);
  }
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const postingDocs = new Int32Array(offsets[termCount] as number);
  const postingWeights = new Float64Array(offsets[termCount] as number);
  const fill = offsets.slice(0, termCount);
  const vectorLength = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    const terms = docTerms[d] as Int32Array;
    const weights = weightsOf[d] as Float64Array;
    for (let k = 0; k < terms.length; k++) {
      const t = finalId[terms[k] as number] as number;
      if (t < 0) continue;
      const at = fill[t] as number;
      postingDocs[at] = d;
      postingWeights[at] = weights[k] as number;
      fill[t] = at + 1;
      vectorLength[d] = (vectorLength[d] as number) + 1;
    }
  }
  // Session vectors sorted by term id, read off the postings (term-major, so already in
  // order), with each entry's own posting position (cursor) for the upper-triangle scan.
  const vectorTerms = Array.from(vectorLength, (length) => new Int32Array(length));
  const vectorWeights = Array.from(vectorLength, (length) => new Float64Array(length));
  const cursor = Array.from(vectorLength, (length) => new Int32Array(length));
  const filled = new Int32Array(n);
  for (let t = 0; t < termCount; t++) {
    for (let p = offsets[t] as number, end = offsets[t + 1] as number; p < end; p++) {
      const d = postingDocs[p] as number;
      const k = filled[d] as number;
      (vectorTerms[d] as Int32Array)[k] = t;
      (vectorWeights[d] as Float64Array)[k] = postingWeights[p] as number;
      (cursor[d] as Int32Array)[k] = p;
      filled[d] = k + 1;
    }
  }

  // Each pair is scored once: session d against the sessions after it in id order, which
  // are the tail of each of its postings lists (postings are in session order), so the
  // dot product is summed in d's term-id order and is the same number for (d, e) and (e, d).
  const summitIndex = new Map<string, number>();
  const top: TopK = {
    limit,
    counts: new Int32Array(n),
    others: new Int32Array(n * limit),
    scores: new Float64Array(n * limit),
    entry: new Float64Array(n).fill(minScore - 1 / ROUNDING),
    summitOf: Int32Array.from(summits, (summit) => {
      if (!summitIndex.has(summit)) summitIndex.set(summit, summitIndex.size);
      return summitIndex.get(summit) as number;
    }),
  };
  const index: PostingIndex = { offsets, postingDocs, postingWeights };
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  for (let d = 0; d < n && limit > 0; d++) {
    const touchedCount = accumulateRow(index, vectorTerms[d] as Int32Array, vectorWeights[d] as Float64Array, cursor[d] as Int32Array, scores, touched);
    collectRow(top, d, scores, touched, touchedCount, minScore);
  }

  const result = new Map<string, ScoredRelation[]>();
  for (let d = 0; d < n; d++) {
    const relations: ScoredRelation[] = [];
    for (let slot = d * limit, end = slot + (top.counts[d] as number); slot < end; slot++) {
      relations.push({ id: ids[top.others[slot] as number] as string, score: top.scores[slot] as number });
    }
    result.set(ids[d] as string, relations);
  }
  return result;
}

/**
 * Up to `limit` (default 5) related session ids per session id, best first; never the
 * session itself. Every session has an entry, empty when nothing is close enough.
 */
export function relatedSessions(
  sessions: readonly RelatableSession[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const scored = relatedSessionsWithScores(sessions, options);
  return new Map([...scored].map(([id, relations]) => [id, relations.map((r) => r.id)]));
}

/** The `related` stage: up to five related sessions for every session (TF-IDF cosine over title, plain description and topics). */
export function relateSessions(archive: ArchiveState<TaggedSession>): ArchiveState<RelatedSession> {
  const related = relatedSessions(archive.sessions.map((session) => ({ ...session, description: session.text })));
  return { ...archive, sessions: archive.sessions.map((session) => ({ ...session, related: related.get(session.id) ?? [] })) };
}
