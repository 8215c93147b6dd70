/**
 * Run-in lists: list items that scraping flattened into one line, introduced by a
 * colon: `…modernisation by: - making our systems event-driven - moving batch … To realize…`.
 *
 * Only a colon followed by a marker opens one, and it needs at least two markers;
 * a ` - ` or ` – ` inside an ordinary sentence (`ksqlDB - a production grade…`) is text.
 * The last item ends at the first sentence end followed by a capital letter; what
 * follows is ordinary paragraph text again.
 */

export interface RunInList {
  /** Text before the list, including its colon. */
  lead: string;
  ordered: boolean;
  start: number;
  items: string[];
  /** Text after the last item, or '' when the list ends the line. */
  tail: string;
}

const BULLET_MARKERS = ['-', '–', '*', '•'] as const;

function splitLastItem(text: string): { item: string; tail: string } {
  const end = /[.!?](?=\s+\p{Lu})/u.exec(text);
  if (!end) return { item: text.trim(), tail: '' };
  const cut = end.index + 1;
  return { item: text.slice(0, cut).trim(), tail: text.slice(cut).trim() };
}

function bulletRunIn(lead: string, rest: string): RunInList | null {
  const marker = BULLET_MARKERS.find((candidate) => rest.startsWith(`${candidate} `));
  if (!marker) return null;
  const parts = rest.slice(marker.length + 1).split(` ${marker} `);
  if (parts.length < 2) return null;
  const { item, tail } = splitLastItem(parts[parts.length - 1]!);
  const items = [...parts.slice(0, -1).map((part) => part.trim()), item];
  if (items.some((entry) => entry.length === 0)) return null;
  return { lead, ordered: false, start: 1, items, tail };
}

function orderedRunIn(lead: string, rest: string): RunInList | null {
  if (!/^1[.)] /u.test(rest)) return null;
  const delimiter = rest[1]!;
  const items: string[] = [];
  let remaining = rest.slice(3);
  for (let next = 2; ; next += 1) {
    const boundary = remaining.indexOf(` ${next}${delimiter} `);
    if (boundary === -1) break;
    items.push(remaining.slice(0, boundary).trim());
    remaining = remaining.slice(boundary + `${next}${delimiter} `.length + 1);
  }
  if (items.length < 1) return null;
  const { item, tail } = splitLastItem(remaining);
  items.push(item);
  if (items.some((entry) => entry.length === 0)) return null;
  return { lead, ordered: true, start: 1, items, tail };
}

/** Find a run-in list in one line of text, or null when there is none. */
export function findRunInList(text: string): RunInList | null {
  const colon = /:\s+(?=(?:[-–*•]|1[.)]) )/u.exec(text);
  if (!colon) return null;
  const lead = text.slice(0, colon.index + 1).trim();
  const rest = text.slice(colon.index + colon[0].length);
  return bulletRunIn(lead, rest) ?? orderedRunIn(lead, rest);
}
