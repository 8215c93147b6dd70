/**
 * Lists that grow with the archive (a summit's sessions, a track's, a topic's, an
 * organization's, a speaker's talks, the Speakers A–Z index) are split into pages, so that
 * every page stays within the page budget (14 KB of gzipped HTML and CSS) at any archive
 * size. Pure: no Astro.
 *
 * - A list's first page keeps the list's address; page n > 1 is `<address>page/<n>/`
 *   (`/summits/kafka-summit-2020/page/2/`). Routes take a rest parameter that is
 *   `undefined` on the first page and `page/<n>` after it.
 * - Pages hold a fixed number of items (PAGE_SIZE), so a list that fits on one page (every
 *   list of the seed archive) is rendered exactly as before, with no pager.
 * - Navigation is plain links (previous, next, page numbers) and needs no JavaScript.
 * - Only a list's first page is marked for the search index (src/layouts/ListPage.astro),
 *   so search shows one result per summit, track, topic or speaker, at its own address.
 *
 * Page sizes come from measured item weights (`npm run bench`, docs/BENCHMARKS.md: a
 * session in a list weighs about 50 bytes gzipped, 90 with a summit page's JSON-LD; a
 * name in the A–Z index about 11) and leave a quarter of the budget spare.
 */

/** Items per page, by kind of list. */
export const PAGE_SIZE = {
  /** Sessions of a summit (with their JSON-LD), a track, a topic or an organization. */
  sessions: 80,
  /** A speaker's talks. */
  talks: 80,
  /** Names in the Speakers A–Z index, and the people of an organization. */
  people: 800,
} as const;

/** The rest parameter of page `n` of a list: `undefined` for the first page, `page/<n>` after it. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** The page number a rest parameter names (1 when absent); null when it names no page. */
export function pageNumber(param: string | undefined): number | null {
  if (param === undefined || param === '') return 1;
  const match = /^page\/([1-9]\d*)\/?$/u.exec(param);
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 2 ? n : null;
}

/** How many pages `count` items take at `size` a page (at least one, for an empty list). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The address of page `n` of the list at `firstUrl` (which ends with `/`). */
export function pageUrl(firstUrl: string, n: number): string {
  return n === 1 ? firstUrl : `${firstUrl}page/${n}/`;
}

/** The rest parameters of every page of a list of `count` items, first page first. */
export function pageParams(count: number, size: number): Array<string | undefined> {
  return Array.from({ length: pageCount(count, size) }, (_, index) => pageParam(index + 1));
}

/** The items of page `n` (1-based). */
export function pageSlice<T>(items: readonly T[], size: number, n: number): T[] {
  return items.slice((n - 1) * size, n * size);
}

export interface PageLink {
  number: number;
  url: string;
  current: boolean;
}

export interface Pager {
  /** This page's number, from 1. */
  current: number;
  /** How many pages the list has; 1 when it is not split (then nothing shows a pager). */
  total: number;
  /** The first and last item on this page (1-based) and the list's length. */
  from: number;
  to: number;
  items: number;
  previous: string | null;
  next: string | null;
  /** Page numbers to link, in order; \`null\` marks a gap (`…`). The first, the last and those near this one. */
  links: Array<PageLink | null>;
}

/** Pages whose number is shown around the current one, on each side. */
const NEAR = 2;

/** The pager of page `current` of a list of `items` items at `size` a page, whose first page is `firstUrl`. */
export function pagerFor(firstUrl: string, items: number, size: number, current: number): Pager {
  const total = pageCount(items, size);
  const shown = [...new Set([1, total, ...Array.from({ length: 2 * NEAR + 1 }, (_, index) => current - NEAR + index)])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const links: Pager['links'] = [];
  for (const n of shown) {
    const previous = links.at(-1);
    if (previous && n > previous.number + 1) links.push(null);
    links.push({ number: n, url: pageUrl(firstUrl, n), current: n === current });
  }
  return {
    current,
    total,
    from: items === 0 ? 0 : (current - 1) * size + 1,
    to: Math.min(items, current * size),
    items,
    previous: current > 1 ? pageUrl(firstUrl, current - 1) : null,
    next: current < total ? pageUrl(firstUrl, current + 1) : null,
    links,
  };
}

/** `Kafka Summit 2020` → `Kafka Summit 2020 (page 2 of 5)` on pages after the first. */
export function pagedTitle(title: string, pager: Pick<Pager, 'current' | 'total'>): string {
  return pager.total > 1 && pager.current > 1 ? `${title} (page ${pager.current} of ${pager.total})` : title;
}

/**
 * Sections of a list (a summit's tracks, the letters of the A–Z index) cut by the page
 * boundary: each page gets the part of each section that falls on it, in order. A section
 * that runs on from the previous page is marked `continued`. An empty section stays where
 * it falls (on the page of the item after it, or the last page).
 */
export function sectionsOnPage<S, T>(sections: ReadonlyArray<{ section: S; items: readonly T[] }>, size: number, n: number): Array<{ section: S; items: T[]; continued: boolean }> {
  const start = (n - 1) * size;
  const end = n * size;
  const count = sections.reduce((sum, { items }) => sum + items.length, 0);
  const last = pageCount(count, size);
  const out: Array<{ section: S; items: T[]; continued: boolean }> = [];
  let offset = 0;
  for (const { section, items } of sections) {
    if (items.length === 0) {
      if (Math.min(pageOf(offset, size), last) === n) out.push({ section, items: [], continued: false });
      continue;
    }
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + items.length);
    if (from < to) out.push({ section, items: items.slice(from - offset, to - offset), continued: from > offset });
    offset += items.length;
  }
  return out;
}

/** The page (1-based) on which item `index` (0-based, of the whole list) falls. */
export function pageOf(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}
