/**
 * Search budget on the seed archive, measured in real Chromium from its network log:
 * bytes transferred for the first query (JS, WASM, index, fragments) and the time from
 * submitting a query to the first result on screen. Served with gzip, as GitHub Pages does.
 * Run through `npm run bench` (or `node bench/search.ts` after a build into bench/.work/).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/server.ts';

export interface SearchBenchResult {
  query: string;
  runs: number;
  /** Median bytes by kind for a fresh visit to `search/?q=…` until the first result shows. */
  bytes: Record<string, number>;
  /** Everything the search needed: all but the HTML document and its inline CSS. */
  searchBytes: number;
  /** The same, counting only what had arrived when the first result showed (the filter index loads after). */
  searchBytesToFirstResult: number;
  /** Median ms from navigation start to the first result, fresh visit with a deep link. */
  deepLinkMs: number;
  /** Median ms from submitting the form to the first result, page already loaded. */
  submitMs: number;
}

function kindOf(url: string, mimeType: string): string {
  const path = new URL(url).pathname;
  if (/pf_fragment/u.test(path)) return 'fragments';
  if (/pf_index|pf_meta|pf_filter|pagefind-entry\.json/u.test(path)) return 'index';
  if (/\.pagefind$/u.test(path) || mimeType === 'application/wasm') return 'wasm';
  if (/\/pagefind\/.*\.js$/u.test(path)) return 'pagefind-js';
  if (/\.js$/u.test(path)) return 'site-js';
  if (mimeType.includes('html')) return 'html';
  if (mimeType.includes('svg')) return 'favicon';
  return 'other';
}

/**
 * Bytes per kind from Chromium's network events (Playwright's requestfinished sizes, which
 * include the search worker's requests). Chromium reports no body size for the worker
 * script itself; for such responses the server's count of bytes sent is used.
 */
function recordBytes(context: BrowserContext, sentByServer: Map<string, number>): (before?: number) => Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  const finished: Array<{ at: number; kind: string; bytes: number }> = [];
  const pending: Array<Promise<void>> = [];
  context.on('requestfinished', (request) => {
    const at = Date.now();
    pending.push(
      (async () => {
        // Read sizes while the page is alive; the returned function waits for every read.
        // Requests still finishing when the context closes are not part of the measured visit.
        try {
          const response = await request.response();
          const sizes = await request.sizes();
          const path = new URL(request.url()).pathname;
          const body = sizes.responseBodySize > 0 ? sizes.responseBodySize : (sentByServer.get(path) ?? 0);
          const kind = kindOf(request.url(), (await response?.headerValue('content-type')) ?? '');
          totals[kind] = (totals[kind] ?? 0) + body + sizes.responseHeadersSize;
          finished.push({ at, kind, bytes: body + sizes.responseHeadersSize });
        } catch {
          // The context closed first.
        }
      })(),
    );
  });
  /** Bytes by kind; with `before` (a Date.now() time), only of requests finished by then. */
  return async (before?: number) => {
    await Promise.allSettled(pending);
    if (before === undefined) return { ...totals };
    const early: Record<string, number> = {};
    for (const entry of finished) if (entry.at <= before) early[entry.kind] = (early[entry.kind] ?? 0) + entry.bytes;
    return early;
  };
}

const firstResult = (page: Page) => page.waitForSelector('[data-search-results] > li', { timeout: 30_000 });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function benchSearch(siteDir: string, base: string, query = 'MirrorMaker', runs = 5): Promise<SearchBenchResult> {
  const sentByServer = new Map<string, number>();
  const site = await serveSite(siteDir, base, { gzip: true, onResponse: (path, bytes) => sentByServer.set(path, bytes) });
  const browser = await launchChromium();
  const byteRuns: Array<Record<string, number>> = [];
  const earlyRuns: Array<Record<string, number>> = [];
  const deepLink: number[] = [];
  const submit: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      // A fresh context each time: nothing cached.
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = recordBytes(context, sentByServer);
      await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent(query)}`);
      await firstResult(page);
      const shownAt = Date.now();
      deepLink.push(await page.evaluate(() => performance.now()));
      await page.waitForTimeout(300);
      byteRuns.push(await bytes());
      earlyRuns.push(await bytes(shownAt));

      await page.goto(`${site.origin}${base}search/`);
      await page.waitForFunction(() => /Type a title/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const elapsed = await page.evaluate(async (term) => {
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const list = document.querySelector('[data-search-results]')!;
        input.value = term;
        const started = performance.now();
        const shown = new Promise<number>((resolve) => {
          new MutationObserver(() => {
            if (list.children.length > 0) resolve(performance.now() - started);
          }).observe(list, { childList: true });
        });
        input.form!.requestSubmit();
        return shown;
      }, query);
      submit.push(elapsed);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const kinds = [...new Set(byteRuns.flatMap((entry) => Object.keys(entry)))].sort();
  const bytes = Object.fromEntries(kinds.map((kind) => [kind, median(byteRuns.map((entry) => entry[kind] ?? 0))]));
  const withoutHtml = (entry: Record<string, number>) => Object.entries(entry).filter(([kind]) => kind !== 'html').reduce((sum, [, value]) => sum + value, 0);
  const searchBytes = median(byteRuns.map(withoutHtml));
  const searchBytesToFirstResult = median(earlyRuns.map(withoutHtml));
  return { query, runs, bytes, searchBytes, searchBytesToFirstResult, deepLinkMs: Math.round(median(deepLink)), submitMs: Math.round(median(submit)) };
}
