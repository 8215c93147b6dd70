/**
 * Search tuning, in one place. Ranking aims for: a match in a session's title ranks
 * above a match in its speakers, which ranks above a match in its description.
 * Pages give titles an `h1` and speakers `data-pagefind-weight`; these meta weights
 * add a boost when the query matches the page's title or speakers metadata.
 */

export const RANKING = {
  metaWeights: { title: 8, speakers: 4, summit: 0.5, track: 0.5 },
  // Short and long pages compete fairly: a speaker page is short, a session page long.
  pageLength: 0.3,
  termFrequency: 0.6,
} as const;

/** Filter groups in the order the search page shows them. */
export const FILTER_ORDER = ['type', 'summit', 'year', 'track'] as const;

export const SORTS = {
  relevance: { label: 'Best match', sort: undefined },
  newest: { label: 'Newest summit first', sort: { year: 'desc' } },
  oldest: { label: 'Oldest summit first', sort: { year: 'asc' } },
} as const;

export type SortKey = keyof typeof SORTS;
