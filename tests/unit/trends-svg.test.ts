import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  DARK_FILLS,
  LIGHT_FILLS,
  formatPercent,
  topicShareChart,
  type TopicShareInput,
} from '../../src/charts/trends-svg.ts';

// Session totals of the three seed summits; topic counts are illustrative.
const input: TopicShareInput = {
  summits: [
    { id: 'kafka-summit-london-2019', name: 'Kafka Summit London 2019', year: 2019 },
    { id: 'kafka-summit-san-francisco-2019', name: 'Kafka Summit San Francisco 2019', year: 2019 },
    { id: 'kafka-summit-2020', name: 'Kafka Summit 2020', year: 2020 },
  ],
  topics: [
    { id: 'kubernetes', name: 'Kubernetes' },
    { id: 'ksqldb', name: 'ksqlDB / KSQL' },
    { id: 'event-sourcing', name: 'Event sourcing & CQRS' },
  ],
  counts: {
    kubernetes: { 'kafka-summit-london-2019': 3, 'kafka-summit-san-francisco-2019': 4, 'kafka-summit-2020': 5 },
    ksqldb: { 'kafka-summit-london-2019': 6, 'kafka-summit-2020': 7 }, // none listed for SF: 0
    'event-sourcing': { 'kafka-summit-london-2019': 2, 'kafka-summit-san-francisco-2019': 1, 'kafka-summit-2020': 0 },
  },
  totals: { 'kafka-summit-london-2019': 56, 'kafka-summit-san-francisco-2019': 53, 'kafka-summit-2020': 71 },
};

const chart = topicShareChart(input);
const $ = load(chart.svg, { xml: true });

/** WCAG 2 relative luminance and contrast ratio, written out here independently of the module. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('topicShareChart', () => {
  it('is one well-formed <svg> with role="img", and a title and desc it is labelled by', () => {
    expect($.root().children()).toHaveLength(1);
    const svg = $('svg');
    expect(svg.attr('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-labelledby')).toBe('topic-share-title topic-share-desc');
    expect($('svg > title#topic-share-title').text()).toBe('Share of sessions per topic, by summit');
    expect($('svg > desc#topic-share-desc').text()).toBe(
      'Grouped horizontal bar chart. For each of 3 topics, one bar per summit (Kafka Summit London 2019; Kafka Summit San Francisco 2019; ' +
        "Kafka Summit 2020) shows the share of that summit's sessions tagged with the topic, labelled with the number of sessions and the " +
        'percentage. The same numbers are in the table next to the chart.',
    );
    // Every opened element is closed: re-serialising the parsed tree loses no element.
    expect((chart.svg.match(/<(?!\/)[a-z]+/gu) ?? []).length).toBe($('*').length);
  });

  it('draws one bar per (topic, summit) carrying the input count and share', () => {
    const bars = $('rect.bar');
    expect(bars).toHaveLength(9);
    const seen = bars.toArray().map((bar) => {
      const a = bar.attribs;
      return [a['data-topic'], a['data-summit'], Number(a['data-count']), Number(a['data-total']), Number(a['data-share'])];
    });
    expect(seen).toEqual([
      ['kubernetes', 'kafka-summit-london-2019', 3, 56, 3 / 56],
      ['kubernetes', 'kafka-summit-san-francisco-2019', 4, 53, 4 / 53],
      ['kubernetes', 'kafka-summit-2020', 5, 71, 5 / 71],
      ['ksqldb', 'kafka-summit-london-2019', 6, 56, 6 / 56],
      ['ksqldb', 'kafka-summit-san-francisco-2019', 0, 53, 0],
      ['ksqldb', 'kafka-summit-2020', 7, 71, 7 / 71],
      ['event-sourcing', 'kafka-summit-london-2019', 2, 56, 2 / 56],
      ['event-sourcing', 'kafka-summit-san-francisco-2019', 1, 53, 1 / 53],
      ['event-sourcing', 'kafka-summit-2020', 0, 71, 0],
    ]);
  });

  it('labels each bar with count, total and percentage, answering "how many 2019 talks were about Kubernetes?"', () => {
    const labels = $('g.topic[data-topic="kubernetes"] text').toArray().map((t) => $(t).text());
    // 3/56 = 5.36 %, 4/53 = 7.55 %, 5/71 = 7.04 %.
    expect(labels).toEqual([
      'Kubernetes',
      'Kafka Summit London 2019', '3 of 56 (5.4%)',
      'Kafka Summit San Francisco 2019', '4 of 53 (7.5%)',
      'Kafka Summit 2020', '5 of 71 (7.0%)',
    ]);
    expect($('g.topic[data-topic="ksqldb"] text').eq(4).text()).toBe('0 of 53 (0.0%)');
    expect($('g.topic[data-topic="event-sourcing"] text').first().text()).toBe('Event sourcing & CQRS');
  });

  it('scales bars to a rounded axis: the largest share (6/56 = 10.7 %) sets a 0–15 % axis in 5 % steps', () => {
    // 2 % steps would need 6 ticks (more than 5), so the step is 5 %.
    expect($('g.axis text').toArray().map((t) => $(t).text())).toEqual(['0%', '5%', '10%', '15%']);
    const widths = Object.fromEntries($('rect.bar').toArray().map((bar) => [`${bar.attribs['data-topic']}/${bar.attribs['data-summit']}`, Number(bar.attribs.width)]));
    // Label column: 31 characters × 6.6 + 16 = 221 px; plot from x = 229, 720 − 229 − 128 = 363 px wide.
    expect(widths['ksqldb/kafka-summit-2020']).toBe(Math.round((7 / 71 / 0.15) * 363 * 100) / 100);
    expect(widths['ksqldb/kafka-summit-london-2019']).toBe(Math.round((6 / 56 / 0.15) * 363 * 100) / 100);
    expect(widths['ksqldb/kafka-summit-san-francisco-2019']).toBe(0);
    expect($('rect.bar').first().attr('x')).toBe('229');
  });

  it('returns the same numbers as a table', () => {
    expect(chart.table[0]).toEqual({
      topic: { id: 'kubernetes', name: 'Kubernetes' },
      bySummit: {
        'kafka-summit-london-2019': { count: 3, share: 3 / 56 },
        'kafka-summit-san-francisco-2019': { count: 4, share: 4 / 53 },
        'kafka-summit-2020': { count: 5, share: 5 / 71 },
      },
    });
    expect(chart.table.map((row) => row.topic.id)).toEqual(['kubernetes', 'ksqldb', 'event-sourcing']);
  });

  it('has no script and no event-handler attributes', () => {
    expect($('script')).toHaveLength(0);
    const handlers = $('*').toArray().flatMap((el) => Object.keys($(el).attr() ?? {}).filter((name) => /^on/iu.test(name)));
    expect(handlers).toEqual([]);
    expect(chart.svg).not.toMatch(/<script|javascript:|\son[a-z]+=/iu);
  });

  it('uses currentColor for all text and axes, and bar fills with 3:1 contrast on the light and dark backgrounds', () => {
    for (const text of $('text').toArray()) {
      const fill = $(text).attr('fill') ?? $(text).closest('[fill]').attr('fill');
      expect(fill).toBe('currentColor');
    }
    expect($('g.axis').attr('stroke')).toBe('currentColor');
    // Site backgrounds and surfaces, light and dark (src/styles/global.css).
    for (const fill of [...LIGHT_FILLS, ...DARK_FILLS]) {
      for (const background of ['#ffffff', '#f6f8fa', '#0d1117', '#161b22']) {
        expect(contrast(fill, background), `${fill} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
    const style = $('style').text();
    expect(style).toContain('@media (prefers-color-scheme: dark){#topic-share .bar-0{fill:#5a8dee}');
    expect(style).toContain('#topic-share .bar-2{fill:#8250df}');
    expect($('rect.bar').eq(1).attr('fill')).toBe('#bc4c00'); // works without CSS too
  });

  it('is deterministic, escapes names, and scopes ids with idPrefix', () => {
    expect(topicShareChart(input).svg).toBe(chart.svg);
    const other = topicShareChart(
      { ...input, topics: [{ id: 'x', name: '<Streams> & "Tables"' }], counts: { x: { 'kafka-summit-2020': 1 } } },
      { idPrefix: 'home-trends', title: 'Topics <2020>' },
    );
    const $other = load(other.svg, { xml: true });
    expect($other('svg').attr('id')).toBe('home-trends');
    expect($other('svg').attr('aria-labelledby')).toBe('home-trends-title home-trends-desc');
    expect($other('title').text()).toBe('Topics <2020>');
    expect($other('g.topic text').first().text()).toBe('<Streams> & "Tables"');
    expect(other.svg).toContain('&lt;Streams&gt; &amp; &quot;Tables&quot;');
    expect($other('style').text()).not.toContain('#topic-share');
  });

  it('formats percentages with one decimal, and rejects counts that cannot be shares', () => {
    expect([0, 1, 1 / 3, 0.0005, 0.9996].map(formatPercent)).toEqual(['0.0%', '100.0%', '33.3%', '0.1%', '100.0%']);
    expect(() => topicShareChart({ ...input, counts: { kubernetes: { 'kafka-summit-2020': 72 } } })).toThrow(
      'counts["kubernetes"]["kafka-summit-2020"] is 72, more than the summit\'s 71 sessions',
    );
    expect(() => topicShareChart({ ...input, counts: { kubernetes: { 'kafka-summit-2020': 1.5 } } })).toThrow('must be a non-negative integer');
  });
});
