/**
 * Page-weight budget over a built site:
 * - every page's HTML plus its CSS (inline `<style>`, and any linked local stylesheet),
 *   gzipped, against 14 KB (14 × 1024 bytes), so a page arrives in the first round trip
 *   (TCP's initial window of 10 segments ≈ 14.6 KB);
 * - the JavaScript every page carries (inline `<script>` and local `<script src>` /
 *   `modulepreload` files, raw bytes; JSON data blocks such as `application/ld+json` are
 *   not scripts), which must be 0 except on the search page.
 * Pages are the `.html` files of the output folder, Pagefind's own folder excepted.
 * Gzip is zlib's default level (6), as static hosts serve it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_BUDGET_BYTES = 14 * 1024;

export interface PageWeight {
  /** Path under the output folder, `/`-separated (`sessions/x/y/index.html`). */
  page: string;
  htmlBytes: number;
  /** HTML + linked local CSS, gzipped separately and added. */
  gzipBytes: number;
  jsBytes: number;
}

export interface PageWeightReport {
  pages: number;
  budgetBytes: number;
  overBudget: number;
  /** The heaviest pages, heaviest first. */
  worst: PageWeight[];
  /** Median gzipped page. */
  medianGzipBytes: number;
  /** The heaviest page of each kind (first path segment: sessions, speakers, summits…). */
  worstByKind: Record<string, PageWeight>;
  /** Sum of JS bytes over every page except the search page. */
  jsBytesOutsideSearch: number;
  /** Pages other than the search page that carry JS. */
  pagesWithJs: string[];
  /** JS bytes on the search page. */
  searchPageJsBytes: number;
}

function htmlFiles(dir: string, skip: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (path !== skip) walk(path);
      } else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;
const DATA_TYPES = /\btype\s*=\s*["']?(?:application\/(?:ld\+)?json|speculationrules|importmap)/iu;
const SRC = /\bsrc\s*=\s*["']([^"']+)["']/iu;
const MODULEPRELOAD = /<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>/giu;
const STYLESHEET = /<link\b[^>]*\brel\s*=\s*["']?stylesheet["']?[^>]*>/giu;
const HREF = /\bhref\s*=\s*["']([^"']+)["']/iu;

/** The local file an absolute or relative URL points at, or null for other origins. */
function localFile(outDir: string, base: string, pageFile: string, url: string): string | null {
  if (/^[a-z]+:|^\/\//iu.test(url)) return null;
  const path = url.split(/[?#]/u)[0]!;
  const file = path.startsWith(base) ? join(outDir, path.slice(base.length)) : path.startsWith('/') ? join(outDir, path) : join(pageFile, '..', path);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function measurePageWeight(outDir: string, base: string, worstCount = 5): PageWeightReport {
  const pages: PageWeight[] = [];
  for (const file of htmlFiles(outDir, join(outDir, 'pagefind'))) {
    const html = readFileSync(file, 'utf8');
    let gzipBytes = gzipSync(html).length;
    for (const link of html.match(STYLESHEET) ?? []) {
      const href = HREF.exec(link)?.[1];
      const css = href ? localFile(outDir, base, file, href) : null;
      if (css) gzipBytes += gzipSync(readFileSync(css)).length;
    }
    let jsBytes = 0;
    for (const match of html.matchAll(SCRIPT)) {
      const attributes = match[1] ?? '';
      if (DATA_TYPES.test(attributes)) continue;
      const src = SRC.exec(attributes)?.[1];
      if (src) {
        const script = localFile(outDir, base, file, src);
        jsBytes += script ? statSync(script).size : 0;
      } else {
        jsBytes += Buffer.byteLength(match[2] ?? '');
      }
    }
    for (const link of html.match(MODULEPRELOAD) ?? []) {
      const href = HREF.exec(link)?.[1];
      const script = href ? localFile(outDir, base, file, href) : null;
      if (script) jsBytes += statSync(script).size;
    }
    pages.push({ page: relative(outDir, file).split(sep).join('/'), htmlBytes: Buffer.byteLength(html), gzipBytes, jsBytes });
  }

  const isSearch = (page: PageWeight) => page.page === 'search/index.html';
  const byWeight = [...pages].sort((a, b) => b.gzipBytes - a.gzipBytes || a.page.localeCompare(b.page));
  const worstByKind: Record<string, PageWeight> = {};
  for (const page of byWeight) {
    const kind = page.page.includes('/') ? page.page.split('/')[0]! : page.page;
    worstByKind[kind] ??= page;
  }
  const outside = pages.filter((page) => !isSearch(page));
  return {
    pages: pages.length,
    budgetBytes: PAGE_BUDGET_BYTES,
    overBudget: pages.filter((page) => page.gzipBytes > PAGE_BUDGET_BYTES).length,
    worst: byWeight.slice(0, worstCount),
    medianGzipBytes: [...pages].sort((a, b) => a.gzipBytes - b.gzipBytes)[Math.floor(pages.length / 2)]?.gzipBytes ?? 0,
    worstByKind,
    jsBytesOutsideSearch: outside.reduce((sum, page) => sum + page.jsBytes, 0),
    pagesWithJs: outside.filter((page) => page.jsBytes > 0).map((page) => page.page),
    searchPageJsBytes: pages.filter(isSearch).reduce((sum, page) => sum + page.jsBytes, 0),
  };
}
