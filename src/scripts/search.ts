/**
 * Client-side search on the search page, over Pagefind's JS API (pagefind.js).
 * The only script on the site. It loads the Pagefind bundle from the site's base,
 * runs `?q=` deep links at once, renders filters with counts, and keeps the URL in step
 * so a search can be shared.
 */
import { RANKING, FILTER_LABELS, FILTER_ORDER, MEDIA_FILTER, SORTS, type SortKey } from './search-config.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
  debouncedSearch: (term: string | null, options?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;

/**
 * The excerpt as DOM nodes: Pagefind gives escaped text with <mark> around matches. Only
 * text and <mark> are kept, whatever the string holds, so indexed content can never add
 * markup to the page (parsed in an inert <template>: nothing loads or runs).
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  for (const child of template.content.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(child.textContent ?? ''));
    else if (child instanceof Element && child.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent ?? '';
      nodes.push(mark);
    } else nodes.push(document.createTextNode(child.textContent ?? ''));
  }
  return nodes;
}

function element<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

interface State {
  query: string;
  filters: Record<string, string[]>;
  sort: SortKey;
}

function readState(url: URL): State {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_ORDER) {
    const values = url.searchParams.getAll(key);
    if (values.length > 0) filters[key] = values;
  }
  const sort = url.searchParams.get('sort');
  return { query: url.searchParams.get('q') ?? '', filters, sort: sort && sort in SORTS ? (sort as SortKey) : 'relevance' };
}

function writeState(state: State): void {
  const url = new URL(window.location.href);
  url.search = '';
  if (state.query) url.searchParams.set('q', state.query);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) url.searchParams.append(key, value);
  if (state.sort !== 'relevance') url.searchParams.set('sort', state.sort);
  window.history.replaceState(null, '', url);
}

function renderFilters(container: HTMLElement, available: Record<string, Record<string, number>>, state: State, onChange: () => void): void {
  container.replaceChildren();
  const sortField = document.createElement('fieldset');
  const sortLegend = document.createElement('legend');
  sortLegend.textContent = 'Order';
  const sortLabel = document.createElement('label');
  const select = document.createElement('select');
  select.name = 'sort';
  select.setAttribute('aria-label', 'Order results by');
  for (const [key, { label }] of Object.entries(SORTS)) {
    const option = new Option(label, key, false, key === state.sort);
    select.add(option);
  }
  select.addEventListener('change', () => {
    state.sort = select.value as SortKey;
    onChange();
  });
  sortLabel.append(select);
  sortField.append(sortLegend, sortLabel);
  container.append(sortField);

  for (const key of FILTER_ORDER) {
    const values = available[key];
    if (!values || Object.keys(values).length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key];
    fieldset.append(legend);
    const names = Object.keys(values).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    for (const value of names) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = state.filters[key]?.includes(value) ?? false;
      box.addEventListener('change', () => {
        const current = new Set(state.filters[key] ?? []);
        if (box.checked) current.add(value);
        else current.delete(value);
        if (current.size > 0) state.filters[key] = [...current];
        else delete state.filters[key];
        onChange();
      });
      label.append(box, document.createTextNode(`${value} (${values[value]})`));
      fieldset.append(label);
    }
    container.append(fieldset);
  }
}

/** The badges the lists of sessions show (src/components/MediaBadges.astro), from the result's `media` filter. */
function mediaBadges(data: PagefindResultData): HTMLElement[] {
  const media = data.filters?.media ?? [];
  const badges: HTMLElement[] = [];
  for (const [kind, value] of Object.entries(MEDIA_FILTER)) {
    if (!media.includes(value)) continue;
    const badge = document.createElement('span');
    badge.className = 'badge badge-media';
    badge.dataset.media = kind;
    if (kind === 'recording') {
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = '▶ ';
      badge.append(icon);
    }
    badge.append(document.createTextNode(kind));
    badges.push(badge);
  }
  return badges;
}

/** One result: the title (with media badges), then type, speakers, summit and track once each, then the excerpt. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  heading.append(link);
  for (const badge of mediaBadges(data)) heading.append(document.createTextNode(' '), badge);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.type, data.meta.speakers, data.meta.summit, data.meta.track].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const input = element<HTMLInputElement>(root, '#search-q');
  const form = element<HTMLFormElement>(root, 'form[role="search"]');
  const app = element<HTMLElement>(root, '[data-search-app]');
  const status = element<HTMLElement>(root, '[data-search-status]');
  const list = element<HTMLOListElement>(root, '[data-search-results]');
  const more = element<HTMLButtonElement>(root, '[data-search-more]');
  const filtersBox = element<HTMLElement>(root, '[data-search-filters]');
  const state = readState(new URL(window.location.href));
  input.value = state.query;
  app.hidden = false;
  status.textContent = 'Loading search…';

  const bundle = root.dataset.bundle ?? '/pagefind/';
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
  await pagefind.options({ baseUrl: root.dataset.base ?? '/', ranking: RANKING, excerptLength: 24 });
  await pagefind.init();
  // The filter index (every value with its count) is loaded after the first results are
  // shown, not before: a deep link's results wait only for their own search. Searches can
  // count and apply filters once it is loaded; one with filters in its URL waits for it.
  let allFilters: Promise<Record<string, Record<string, number>>> | null = null;
  const loadFilters = () => (allFilters ??= pagefind.filters());
  let filtersLoaded = false;

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  const showMore = async () => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const mine = generation;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...data.map(resultItem));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const run = async (debounce: boolean) => {
    writeState(state);
    const mine = ++generation;
    const options = {
      filters: Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }])),
      sort: SORTS[state.sort].sort,
    };
    const term = state.query.trim();
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!term && !hasFilters) {
      list.replaceChildren();
      results = [];
      more.hidden = true;
      status.textContent = 'Type a title, a speaker, a company or a subject.';
      const available = await loadFilters();
      if (mine !== generation) return;
      renderFilters(filtersBox, available, state, () => void run(false));
      return;
    }
    if (hasFilters) await loadFilters();
    const search = debounce ? await pagefind.debouncedSearch(term || null, options, 200) : await pagefind.search(term || null, options);
    if (!search || mine !== generation) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    renderFilters(filtersBox, search.filters, state, () => void run(false));
    await showMore();
    if (mine !== generation) return;
    const count = results.length;
    status.textContent = `${count} result${count === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}.`;
    if (!filtersLoaded) {
      // Count the filters for these results once the filter index is in (after the results
      // are painted: a frame, then a task).
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await loadFilters();
      filtersLoaded = true;
      const counted = await pagefind.search(term || null, options);
      if (counted && mine === generation) renderFilters(filtersBox, counted.filters, state, () => void run(false));
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.query = input.value;
    void run(false);
  });
  input.addEventListener('input', () => {
    state.query = input.value;
    void run(true);
  });
  more.addEventListener('click', () => void showMore());
  await run(false);
}
