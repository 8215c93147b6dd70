/** Topic pages, the topics table and the trends chart's data. */
import { topicShareChart, type TopicShareInput } from '../../charts/trends-svg.ts';
import type { Summit, TopicRecord } from '../../schemas/records.ts';
import { perArchive, type ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { PAGE_SIZE, pageParams, pagerFor, sectionsOnPage, type Pager } from '../pagination.ts';

/**
 * Summits a trends chart and table show at once: each summit adds bars to both drawings of
 * the chart and a column of cells for every topic (about 2.7 KB gzipped), so a page shows at
 * most this many (the seed archive's three fit one page), the most recent on page 1, each page oldest to newest.
 */
export const TREND_SUMMITS_PER_PAGE = 3;
import { sessionListItems, type SessionListItem } from '../session-list.ts';

export interface TopicsIndexPage {
  summits: Summit[];
  topics: Array<{ name: string; url: string; bySummit: number[]; total: number }>;
  trendsUrl: string;
}

export function topicsIndexPage(data: ArchiveData, ctx: RouteContext): TopicsIndexPage {
  return {
    summits: [...data.summits],
    topics: data.topics.map((topic) => ({ name: topic.name, url: ctx.urls.topic(topic.id), bySummit: data.summits.map((summit) => topic.bySummit[summit.id] ?? 0), total: topic.sessions.length })),
    trendsUrl: ctx.urls.trends(),
  };
}

export interface TopicPage {
  topic: TopicRecord;
  topicsUrl: string;
  /** The topic's sessions on this page, by summit (newest first); `total` counts the summit's sessions on every page. */
  bySummit: Array<{ summit: Summit; items: SessionListItem[]; total: number; continued: boolean }>;
  pager: Pager;
}

export function topicPaths(data: ArchiveData): Array<{ params: { topic: string; page: string | undefined } }> {
  return data.topics.flatMap((topic) => pageParams(topic.sessions.length, PAGE_SIZE.sessions).map((page) => ({ params: { topic: topic.id, page } })));
}

/** A topic's sessions by summit (newest summit first), once per build: every page of the topic needs them. */
const topicGroups = perArchive((data, id) => {
  const topic = data.topicById.get(id)!;
  // One pass over the topic's sessions, not one per summit.
  const bySummit = Map.groupBy(topic.sessions, (sessionId) => data.sessionById.get(sessionId)?.summit ?? '');
  return { bySummit, groups: data.summits.map((summit) => ({ section: summit, items: bySummit.get(summit.id) ?? [] })).filter((group) => group.items.length > 0) };
});

export function topicPage(data: ArchiveData, ctx: RouteContext, id: string, n = 1): TopicPage {
  const topic = data.topicById.get(id)!;
  const { bySummit, groups } = topicGroups(data, id);
  return {
    topic,
    topicsUrl: ctx.urls.topics(),
    bySummit: sectionsOnPage(groups, PAGE_SIZE.sessions, n).map(({ section, items, continued }) => ({
      summit: section,
      items: sessionListItems(items, data, ctx),
      total: bySummit.get(section.id)!.length,
      continued,
    })),
    pager: pagerFor(ctx.urls.topic(topic.id), groups.reduce((sum, group) => sum + group.items.length, 0), PAGE_SIZE.sessions, n),
  };
}

export interface TopicTrends {
  idPrefix: string;
  /** Which summits this chart shows, when there are more than one page of them. */
  pager: Pager;
  svg: string;
  summits: Array<{ id: string; name: string; total: number }>;
  rows: Array<{ name: string; url: string; cells: Array<{ count: number; share: number; text: string }> }>;
}

export function trendsPaths(data: ArchiveData): Array<{ params: { page: string | undefined } }> {
  return pageParams(data.summits.length, TREND_SUMMITS_PER_PAGE).map((page) => ({ params: { page } }));
}

/**
 * The share of each summit's sessions per topic, oldest summit first: the chart and the table
 * with the same numbers, for page `page` of the summits (the most recent ones on page 1).
 */
export function topicTrends(data: ArchiveData, ctx: RouteContext, options: { limit?: number; idPrefix?: string; page?: number } = {}): TopicTrends {
  const idPrefix = options.idPrefix ?? 'trends';
  const n = options.page ?? 1;
  const chronological = [...data.summits].sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
  // Page 1 holds the last TREND_SUMMITS_PER_PAGE summits, page 2 the ones before…
  const end = Math.max(0, chronological.length - (n - 1) * TREND_SUMMITS_PER_PAGE);
  const summits = chronological.slice(Math.max(0, end - TREND_SUMMITS_PER_PAGE), end);
  const shown = data.topics.slice(0, options.limit);
  const input: TopicShareInput = {
    summits: summits.map((summit) => ({ id: summit.id, name: summit.name, year: summit.year })),
    topics: shown.map((topic) => ({ id: topic.id, name: topic.name })),
    counts: Object.fromEntries(shown.map((topic) => [topic.id, topic.bySummit])),
    totals: Object.fromEntries(summits.map((summit) => [summit.id, data.sessionsBySummit.get(summit.id)?.length ?? 0])),
  };
  const chart = topicShareChart(input, { idPrefix });
  return {
    idPrefix,
    pager: pagerFor(ctx.urls.trends(), chronological.length, TREND_SUMMITS_PER_PAGE, n),
    svg: chart.svg,
    summits: summits.map((summit) => ({ id: summit.id, name: summit.name, total: input.totals[summit.id]! })),
    rows: chart.table.map((row) => ({
      name: row.topic.name,
      url: ctx.urls.topic(row.topic.id),
      cells: summits.map((summit) => {
        const cell = row.bySummit[summit.id]!;
        return { count: cell.count, share: cell.share, text: `${cell.count} (${(cell.share * 100).toFixed(1)}%)` };
      }),
    })),
  };
}
