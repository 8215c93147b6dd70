/**
 * Search tuning, in one place. Ranking aims for: a match in a session's title ranks
 * above a match in its speakers, which ranks above a match in its description.
 * Pagefind (≥ 1.5) searches metadata as well as the body: a session page's title,
 * speakers and track are metadata only (not body text, so a result's excerpt comes from
 * the description), and these meta weights rank a title match above a speaker match.
 */

export const RANKING = {
  metaWeights: { title: 8, speakers: 4, summit: 0.5, track: 0.5 },
  // Short and long pages compete fairly: a speaker page is short, a session page long.
  pageLength: 0.3,
  termFrequency: 0.6,
} as const;

/** Filter groups in the order the search page shows them, and their headings. */
export const FILTER_ORDER = ['type', 'media', 'summit', 'year', 'track'] as const;
export const FILTER_LABELS: Record<(typeof FILTER_ORDER)[number], string> = {
  type: 'Type',
  media: 'Recordings and slides',
  summit: 'Summit',
  year: 'Year',
  track: 'Track',
};

/**
 * Values of the `media` filter a session page carries (src/components/SearchFacets.astro);
 * a result with one shows the same badge as the lists of sessions.
 */
export const MEDIA_FILTER = { recording: 'Has recording', slides: 'Has slides' } as const;

export const SORTS = {
  relevance: { label: 'Best match', sort: undefined },
  newest: { label: 'Newest summit first', sort: { year: 'desc' } },
  oldest: { label: 'Oldest summit first', sort: { year: 'asc' } },
} as const;

export type SortKey = keyof typeof SORTS;
