/** Levenshtein distance (insertions, deletions, substitutions), one row of memory: for "did you mean" and name similarity. */
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

/** The candidate a misspelt name most likely means: at most two edits away and closer than the rest; null when none is. */
export function closestMatch(name: string, candidates: Iterable<string>): string | null {
  if (name.length > 120) return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of new Set(candidates)) {
    if (candidate.length > 120) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance && distance < Math.max(name.length, candidate.length) / 2) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
