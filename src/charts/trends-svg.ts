/**
 * The trends chart: share of each summit's sessions per topic, as a static SVG string
 * built at build time (no chart library, no script), plus the same numbers as a table for
 * the HTML data table beside it.
 *
 * Pure module: no Astro, no filesystem. Output depends only on the input (same input,
 * same bytes): numbers are formatted with fixed rules, never with the locale.
 *
 * Layout: grouped horizontal bars. Each topic is a group headed by its name; in it, one
 * labelled row per summit (in the order given) with a bar whose length is the share, and
 * the label "12 of 71 (16.9%)", so "how many 2019 talks were about Kubernetes?" is read
 * off directly, without colour or the axis. The axis runs from 0 to a rounded maximum
 * share, so small shares stay visible.
 *
 * Narrow screens: the grouped bars above need 720 px. Below that (`NARROW_BELOW`) the
 * same SVG switches, by a media query in its own `<style>`, to a second drawing of the
 * same numbers that fits any width from about 300 px: each row puts the summit's label
 * and its "12 of 71 (16.9%)" on one line and the bar on the next, and bars, gridlines
 * and tick labels are placed in percentages of the chart's width. No script, no second
 * `<svg>`: one image, one title and description. The SVG has no viewBox (user units are
 * CSS pixels), so neither drawing is ever scaled, only laid out. Without CSS the wide
 * drawing shows (the narrow one is `display="none"`).
 *
 * Accessibility and colour:
 * - `role="img"`, `aria-labelledby` → `<title>` and `<desc>` (ids from `idPrefix`, so
 *   two charts on one page do not clash).
 * - Text and axes use `currentColor`: inline in a page they take the page's text colour,
 *   which already meets 4.5:1 in light and dark mode.
 * - Bar fills are presentation attributes (light palette, so the chart still reads
 *   without CSS) overridden by a `<style>` with a dark palette under
 *   `prefers-color-scheme: dark`, and `CanvasText` under `forced-colors`. Every fill of
 *   both palettes has at least 3:1 contrast against the site's backgrounds and surfaces in
 *   both modes (#ffffff, #f6f8fa, #0d1117, #161b22), so a bar is visible whichever
 *   palette applies. The `<style>` rules are scoped to the chart's id, because a
 *   `<style>` inside inline SVG applies to the whole page.
 * - Embed the SVG inline (not as `<img>`): an SVG image does not inherit the page's text
 *   colour, so `currentColor` would be black on a dark page.
 */

export interface ChartSummit {
  id: string;
  name: string;
  year: number;
}

export interface ChartTopic {
  id: string;
  name: string;
}

export interface TopicShareInput {
  /** Summits in the order their rows appear within each topic (oldest first reads best). */
  summits: readonly ChartSummit[];
  /** Topics in the order of their groups. */
  topics: readonly ChartTopic[];
  /** counts[topicId][summitId]: sessions of that summit tagged with the topic; missing = 0. */
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** totals[summitId]: all sessions of the summit (the denominator of every share). */
  totals: Readonly<Record<string, number>>;
}

export interface TopicShareOptions {
  /** Id of the `<svg>`; `<title>` and `<desc>` get `-title` and `-desc`. Default `topic-share`. */
  idPrefix?: string;
  /** Default "Share of sessions per topic, by summit". */
  title?: string;
  /** Default: a sentence describing the encoding and pointing to the table. */
  description?: string;
  /** Row label of a summit; default its name. */
  summitLabel?: (summit: ChartSummit) => string;
  /** viewBox width in px; default 720. */
  width?: number;
}

export interface ShareCell {
  count: number;
  /** count / total, or 0 when the summit has no sessions. */
  share: number;
}

export interface TopicShareRow {
  topic: ChartTopic;
  bySummit: Record<string, ShareCell>;
}

export interface TopicShareChart {
  svg: string;
  table: TopicShareRow[];
}

/** Fills per summit, in order (cycled after six; rows are labelled, so colour is secondary). */
export const LIGHT_FILLS = ['#0969da', '#bc4c00', '#8250df', '#1a7f37', '#cf222e', '#0e7c86'] as const;
export const DARK_FILLS = ['#5a8dee', '#d4762c', '#9a6ad6', '#3a9a5c', '#e5534b', '#2f9aa0'] as const;

const FONT_SIZE = 12;
/** Average advance of a 12px sans-serif character, for sizing the label column. */
const CHAR_WIDTH = 6.6;
const ROW_HEIGHT = 18;
const BAR_HEIGHT = 12;
const HEADING_HEIGHT = 22;
const GROUP_GAP = 8;
const AXIS_HEIGHT = 22;
const VALUE_LABEL_WIDTH = 128;
const GAP = 8;
/** Narrow drawing: a row is a text line (label and value) over a bar. */
const NARROW_TEXT_HEIGHT = 16;
const NARROW_BAR_HEIGHT = 10;
const NARROW_ROW_HEIGHT = 32;
/**
 * Viewport width (px) below which the narrow drawing shows: 720 px of chart, the page's
 * 2 × 1 rem padding and a classic scrollbar (about 17 px) need at least 769 px; 784 leaves a
 * margin. Pixels, not rem, because the chart is drawn in pixels.
 */
export const NARROW_BELOW = 784;

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/** Coordinates: at most two decimals, no trailing zeros, never `-0`. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** Percentages: always one decimal (`16.9%`, `0.0%`, `100.0%`). */
export function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** The bar label: `12 of 71 (16.9%)`. */
export function formatCell(cell: ShareCell, total: number): string {
  return `${cell.count} of ${total} (${formatPercent(cell.share)})`;
}

/** Axis maximum: the max share rounded up to a step of 1, 2, 5, 10, 20 or 25 %, at most 5 steps. */
function axisScale(maxShare: number): { max: number; step: number } {
  const steps = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25];
  for (const step of steps) {
    const ticks = Math.max(1, Math.ceil(maxShare / step - 1e-9));
    if (ticks <= 5) return { max: ticks * step, step };
  }
  return { max: 1, step: 0.25 };
}

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new Error(`topicShareChart: ${what} must be a non-negative integer, got ${value}`);
}

/** The numbers of the chart; throws on counts that cannot be shares. */
export function topicShareTable(input: TopicShareInput): TopicShareRow[] {
  for (const summit of input.summits) checkCount(input.totals[summit.id] ?? 0, `totals["${summit.id}"]`);
  return input.topics.map((topic) => {
    const bySummit: Record<string, ShareCell> = {};
    for (const summit of input.summits) {
      const count = input.counts[topic.id]?.[summit.id] ?? 0;
      const total = input.totals[summit.id] ?? 0;
      checkCount(count, `counts["${topic.id}"]["${summit.id}"]`);
      if (count > total) {
        throw new Error(`topicShareChart: counts["${topic.id}"]["${summit.id}"] is ${count}, more than the summit's ${total} sessions`);
      }
      bySummit[summit.id] = { count, share: total === 0 ? 0 : count / total };
    }
    return { topic: { id: topic.id, name: topic.name }, bySummit };
  });
}

export function topicShareChart(input: TopicShareInput, options: TopicShareOptions = {}): TopicShareChart {
  const id = options.idPrefix ?? 'topic-share';
  if (!/^[A-Za-z][\w-]*$/u.test(id)) throw new Error(`topicShareChart: idPrefix must be a valid id, got "${id}"`);
  const label = options.summitLabel ?? ((summit: ChartSummit) => summit.name);
  const title = options.title ?? 'Share of sessions per topic, by summit';
  const description =
    options.description ??
    `Grouped horizontal bar chart. For each of ${input.topics.length} topics, one bar per summit ` +
      `(${input.summits.map((s) => label(s)).join('; ')}) shows the share of that summit's sessions ` +
      'tagged with the topic, labelled with the number of sessions and the percentage. ' +
      'The same numbers are in the table next to the chart.';
  const table = topicShareTable(input);

  const width = options.width ?? 720;
  const labelWidth = Math.ceil(Math.max(0, ...input.summits.map((s) => label(s).length)) * CHAR_WIDTH) + 16;
  const plotX = labelWidth + GAP;
  const plotWidth = Math.max(40, width - plotX - VALUE_LABEL_WIDTH);
  const maxShare = Math.max(0, ...table.flatMap((row) => Object.values(row.bySummit).map((cell) => cell.share)));
  const axis = axisScale(maxShare);
  const groupHeight = HEADING_HEIGHT + input.summits.length * ROW_HEIGHT + GROUP_GAP;
  const height = AXIS_HEIGHT + table.length * groupHeight;
  const x = (share: number): number => (share / axis.max) * plotWidth;

  const narrowGroupHeight = HEADING_HEIGHT + input.summits.length * NARROW_ROW_HEIGHT + GROUP_GAP;
  const narrowHeight = AXIS_HEIGHT + table.length * narrowGroupHeight;
  /** A share as a percentage of the narrow chart's width. */
  const pct = (share: number): string => `${num((share / axis.max) * 100)}%`;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="topic-share-chart" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `width="${num(width)}" height="${num(height)}" font-size="${FONT_SIZE}" font-family="system-ui, sans-serif">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(title)}</title>`);
  out.push(`<desc id="${id}-desc">${escapeXml(description)}</desc>`);
  const fillRules = (fills: readonly string[]): string =>
    input.summits.map((_, i) => `#${id} .bar-${i % fills.length}{fill:${fills[i % fills.length]}}`).filter((rule, i, all) => all.indexOf(rule) === i).join('');
  out.push(
    `<style>${fillRules(LIGHT_FILLS)}@media (prefers-color-scheme: dark){${fillRules(DARK_FILLS)}}` +
      `@media (forced-colors: active){#${id} .bar,#${id} .nbar{fill:CanvasText}}` +
      `@media (max-width: ${NARROW_BELOW - 0.02}px){#${id}{width:100%;height:${num(narrowHeight)}px}#${id} .layout-wide{display:none}#${id} .layout-narrow{display:inline}}</style>`,
  );

  out.push('<g class="layout-wide">');
  // Axis: ticks and gridlines at each step, across every group.
  out.push(`<g class="axis" fill="currentColor" stroke="currentColor">`);
  for (let tick = 0; tick <= Math.round(axis.max / axis.step); tick++) {
    const share = tick * axis.step;
    const tx = num(plotX + x(share));
    out.push(`<line x1="${tx}" y1="${num(AXIS_HEIGHT - 4)}" x2="${tx}" y2="${num(height)}" stroke-opacity="0.25" stroke-width="1"/>`);
    out.push(`<text x="${tx}" y="${num(AXIS_HEIGHT - 8)}" text-anchor="middle" stroke="none">${Math.round(share * 100)}%</text>`);
  }
  out.push('</g>');

  table.forEach((row, t) => {
    const top = AXIS_HEIGHT + t * groupHeight;
    out.push(`<g class="topic" data-topic="${escapeXml(row.topic.id)}">`);
    out.push(`<text x="0" y="${num(top + HEADING_HEIGHT - 6)}" fill="currentColor" font-weight="bold">${escapeXml(row.topic.name)}</text>`);
    input.summits.forEach((summit, s) => {
      const cell = row.bySummit[summit.id] as ShareCell;
      const total = input.totals[summit.id] ?? 0;
      const rowTop = top + HEADING_HEIGHT + s * ROW_HEIGHT;
      const barY = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      const textY = rowTop + ROW_HEIGHT / 2 + FONT_SIZE / 2 - 2;
      const barWidth = x(cell.share);
      out.push(`<text x="${num(labelWidth)}" y="${num(textY)}" text-anchor="end" fill="currentColor">${escapeXml(label(summit))}</text>`);
      out.push(
        `<rect class="bar bar-${s % LIGHT_FILLS.length}" x="${num(plotX)}" y="${num(barY)}" width="${num(barWidth)}" height="${num(BAR_HEIGHT)}" ` +
          `fill="${LIGHT_FILLS[s % LIGHT_FILLS.length]}" data-topic="${escapeXml(row.topic.id)}" data-summit="${escapeXml(summit.id)}" ` +
          `data-count="${cell.count}" data-total="${total}" data-share="${String(cell.share)}"/>`,
      );
      out.push(`<text x="${num(plotX + barWidth + 6)}" y="${num(textY)}" fill="currentColor">${escapeXml(formatCell(cell, total))}</text>`);
    });
    out.push('</g>');
  });
  out.push('</g>');

  // The narrow drawing: same numbers, fluid width.
  const ticks = Math.round(axis.max / axis.step);
  out.push('<g class="layout-narrow" display="none">');
  out.push(`<g class="n-axis" fill="currentColor" stroke="currentColor">`);
  for (let tick = 0; tick <= ticks; tick++) {
    const share = tick * axis.step;
    const anchor = tick === 0 ? 'start' : tick === ticks ? 'end' : 'middle';
    out.push(`<line x1="${pct(share)}" y1="${num(AXIS_HEIGHT - 4)}" x2="${pct(share)}" y2="${num(narrowHeight)}" stroke-opacity="0.25" stroke-width="1"/>`);
    out.push(`<text x="${pct(share)}" y="${num(AXIS_HEIGHT - 8)}" text-anchor="${anchor}" stroke="none">${Math.round(share * 100)}%</text>`);
  }
  out.push('</g>');
  table.forEach((row, t) => {
    const top = AXIS_HEIGHT + t * narrowGroupHeight;
    out.push('<g class="n-topic">');
    out.push(`<text x="0" y="${num(top + HEADING_HEIGHT - 6)}" fill="currentColor" font-weight="bold">${escapeXml(row.topic.name)}</text>`);
    input.summits.forEach((summit, s) => {
      const cell = row.bySummit[summit.id] as ShareCell;
      const total = input.totals[summit.id] ?? 0;
      const rowTop = top + HEADING_HEIGHT + s * NARROW_ROW_HEIGHT;
      const textY = rowTop + NARROW_TEXT_HEIGHT - 4;
      out.push(`<text x="0" y="${num(textY)}" fill="currentColor">${escapeXml(label(summit))}</text>`);
      out.push(`<text x="100%" y="${num(textY)}" text-anchor="end" fill="currentColor">${escapeXml(formatCell(cell, total))}</text>`);
      out.push(
        `<rect class="nbar bar-${s % LIGHT_FILLS.length}" x="0" y="${num(rowTop + NARROW_TEXT_HEIGHT)}" width="${pct(cell.share)}" height="${num(NARROW_BAR_HEIGHT)}" ` +
          `fill="${LIGHT_FILLS[s % LIGHT_FILLS.length]}"/>`,
      );
    });
    out.push('</g>');
  });
  out.push('</g>');
  out.push('</svg>');
  return { svg: out.join('\n'), table };
}
