/**
 * Pagefind attribute values for what a page is about. Pages mark their own content for
 * the index (data-pagefind-filter/-meta/-sort); these helpers only format the values
 * that are not visible text on the page, such as the page type and the year.
 */

export type PageType = 'Session' | 'Speaker' | 'Summit' | 'Track' | 'Presentation' | 'Article';

/**
 * One `key:value` attribute per filter value: Pagefind reads a single pair from each
 * data-pagefind-filter attribute, so several values need several elements.
 */
export function filterPairs(filters: Record<string, ReadonlyArray<string | number>>): string[] {
  return Object.entries(filters).flatMap(([key, values]) => [...new Set(values.map(String))].map((value) => `${key}:${value}`));
}
