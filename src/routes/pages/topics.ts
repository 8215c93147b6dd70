/** Topic pages, the topics table and the trends chart's data. */
import { topicShareChart, type TopicShareInput } from '../../charts/trends-svg.ts';
import type { Summit, TopicRecord } from '../../schemas/records.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
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
  bySummit: Array<{ summit: Summit; items: SessionListItem[] }>;
}

export function topicPaths(data: ArchiveData): Array<{ params: { topic: string } }> {
  return data.topics.map((topic) => ({ params: { topic: topic.id } }));
}

export function topicPage(data: ArchiveData, ctx: RouteContext, id: string): TopicPage {
  const topic = data.topicById.get(id)!;
  return {
    topic,
    topicsUrl: ctx.urls.topics(),
    bySummit: data.summits
      .map((summit) => ({ summit, items: sessionListItems(topic.sessions.filter((sessionId) => data.sessionById.get(sessionId)?.summit === summit.id), data, ctx) }))
      .filter((group) => group.items.length > 0),
  };
}

export interface TopicTrends {
  idPrefix: string;
  svg: string;
  summits: Array<{ id: string; name: string; total: number }>;
  rows: Array<{ name: string; url: string; cells: Array<{ count: number; share: number; text: string }> }>;
}

/** The share of each summit's sessions per topic, oldest summit first: the chart and the table with the same numbers. */
export function topicTrends(data: ArchiveData, ctx: RouteContext, options: { limit?: number; idPrefix?: string } = {}): TopicTrends {
  const idPrefix = options.idPrefix ?? 'trends';
  const summits = [...data.summits].sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));
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
