/**
 * Lists split into pages, in a built site big enough to need it: a synthetic archive of
 * 1,000 sessions in the real listing format (bench/generate.ts, with the seed's topic and
 * organization taxonomies). Every page stays within 14 KB of gzipped HTML and CSS; a split
 * list keeps its first page at its own address and links every page with plain links; the
 * sitemap lists every page; and search indexes a list's first page only, so it shows one
 * result per summit, track or speaker.
 */
import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { measurePageWeight, PAGE_BUDGET_BYTES } from '../../bench/page-weight.ts';
import { buildSite } from '../support/build.ts';
import { ROOT, TEST_BASE } from '../support/paths.ts';

const WORK = join(ROOT, 'tests/.output/pagination');
const OUT = join(WORK, 'site');
const BUILD_TIMEOUT_MS = 10 * 60_000;

/** Every HTML page of the site (Pagefind's bundle excepted), by its path under the base. */
function htmlPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(OUT, 'pagefind')) walk(path);
      } else if (entry.name.endsWith('.html')) found.push(relative(OUT, path).split(sep).join('/'));
    }
  };
  walk(OUT);
  return found.sort();
}

const page = (path: string) => load(readFileSync(join(OUT, path), 'utf8'));
/** The file an address under the base is served from. */
const fileOf = (url: string) => join(OUT, url.slice(TEST_BASE.length), 'index.html');

describe('a 1,000-session archive, built', () => {
  let pages: string[] = [];
  let output = '';
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    const generated = generateArchive({ sessions: 1000, dir: join(WORK, 'content') });
    const result = buildSite(OUT, { CONTENT_DIR: generated.dir, ASTRO_CACHE_DIR: join(WORK, 'cache') });
    if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
    output = result.output;
    pages = htmlPages();
  }, BUILD_TIMEOUT_MS);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('keeps every page within 14 KB of gzipped HTML and CSS, with no script outside search', () => {
    const report = measurePageWeight(OUT, TEST_BASE, 3);
    expect(report.pages).toBe(pages.length);
    expect({ over: report.overBudget, heaviest: report.worst.map((weight) => `${weight.page} ${weight.gzipBytes} B`) }).toEqual({ over: 0, heaviest: expect.any(Array) });
    expect(report.worst[0]!.gzipBytes).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    expect(report.pagesWithJs).toEqual([]);
  });

  it('splits long lists at page/<n>/, linking every page from every page with plain links', () => {
    const later = pages.filter((path) => /\/page\/\d+\/index\.html$/u.test(path));
    // Summits, tracks, topics, organizations and speakers all have lists this long.
    const kinds = new Set(later.map((path) => path.replace(/\/page\/\d+\/index\.html$/u, '').replace(/\/[^/]+$/u, '').split('/')[0]));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['summits', 'topics']));
    for (const path of later) {
      const first = path.replace(/page\/\d+\/index\.html$/u, 'index.html');
      expect(existsSync(join(OUT, first)), `${path} has a first page`).toBe(true);
      const $ = page(path);
      const current = Number(/page\/(\d+)\//u.exec(path)![1]);
      const nav = $('nav.pages');
      expect(nav.attr('aria-label')).toMatch(new RegExp(`^Pages, ${current} of \\d+$`, 'u'));
      expect(nav.find('a[aria-current="page"]').text()).toBe(String(current));
      expect(nav.find('a[rel="prev"]').attr('href')).toBe(current === 2 ? `${TEST_BASE}${first.replace(/index\.html$/u, '')}` : `${TEST_BASE}${path.replace(/\d+\/index\.html$/u, `${current - 1}/`)}`);
      for (const link of nav.find('a').toArray()) expect(existsSync(fileOf($(link).attr('href')!)), `${path} links ${$(link).attr('href')}`).toBe(true);
      expect($('title').text()).toMatch(new RegExp(`\\(page ${current} of \\d+\\) · `, 'u'));
      expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
    const firstOfSplit = [...new Set(later.map((path) => path.replace(/page\/\d+\/index\.html$/u, 'index.html')))];
    for (const path of firstOfSplit) expect(page(path)('nav.pages a[rel="next"]').attr('href'), path).toBe(`${TEST_BASE}${path.replace(/index\.html$/u, 'page/2/')}`);
  });

  it('generates every path once (no route conflicts), feeds included', () => {
    expect(output).not.toMatch(/Could not render|conflicts with higher priority route/u);
    for (const path of pages.filter((page) => /^summits\/[^/]+\/index\.html$/u.test(page))) expect(existsSync(join(OUT, path.replace(/index\.html$/u, 'feed.xml')))).toBe(true);
  });

  it('lists every page in the sitemap', () => {
    const sitemap = readdirSync(OUT).filter((name) => /^sitemap-\d+\.xml$/u.test(name)).map((name) => readFileSync(join(OUT, name), 'utf8')).join('');
    const listed = new Set([...sitemap.matchAll(/<loc>https:\/\/example\.github\.io([^<]+)<\/loc>/gu)].map((match) => match[1]));
    const expected = pages.filter((path) => path !== '404.html').map((path) => `${TEST_BASE}${path.replace(/index\.html$/u, '')}`);
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
  });

  it('indexes a split list once: its first page', () => {
    const indexed = pages.filter((path) => page(path)('[data-pagefind-body]').length > 0);
    expect(indexed.filter((path) => /\/page\/\d+\//u.test(path))).toEqual([]);
    // The first pages of split summits, tracks and speakers are indexed, like any summit.
    const summits = pages.filter((path) => /^summits\/[^/]+\/index\.html$/u.test(path));
    for (const path of summits) expect(indexed, path).toContain(path);
    const entry = JSON.parse(readFileSync(join(OUT, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } };
    expect(entry.languages.en.page_count).toBe(indexed.length);
  });
});
