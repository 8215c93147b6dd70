/**
 * Who is who across summits. Names resolve to one person only through the reviewed
 * alias file; a likely-duplicate report points a maintainer at pairs to decide.
 */

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

/** Lower-case, accents removed, dots dropped: `Mickaël J.` → `mickael j`. */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance (insertions, deletions, substitutions), one row of memory. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

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
  const parsed = unique.map((name) => {
    const normalised = normaliseName(name);
    const parts = normalised.split(' ');
    return { name, normalised, given: parts[0] ?? '', surname: parts[parts.length - 1] ?? '' };
  });
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

