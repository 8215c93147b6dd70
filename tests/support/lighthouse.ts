/**
 * Lighthouse (the npm package's Node API) driving Debian's Chromium through chrome-launcher,
 * and a copy of the site built for it.
 *
 * - One fresh Chromium per run (Lighthouse's own advice): no cache, storage or service
 *   worker carries over between pages, and a crashed browser cannot poison the next run.
 * - Desktop preset by default: the site's score should not hinge on this shared 2-core
 *   machine's noise multiplied by the mobile preset's 4× CPU slowdown. Accessibility, best
 *   practices and SEO do not depend on the preset; `formFactor: 'mobile'` is available.
 * - Nothing leaves 127.0.0.1: Chromium's background services are off, and its host
 *   resolver fails every name except 127.0.0.1, so a stray third-party URL cannot load.
 *   Each run also lists any request to another origin (`externalRequests`) from
 *   Lighthouse's own network log, so a test can assert there are none.
 * - The canonical audit wants canonical URLs on the page's own origin: `serveLighthouseSite`
 *   starts the server first, then builds with SITE_URL set to the exact origin it serves.
 */
import { existsSync, rmSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { buildSite } from './build.ts';
import { CHROMIUM_PATH } from './browser.ts';
import { serveSite, type StaticSite } from './server.ts';

/** Debian's Chromium; CHROME_PATH (chrome-launcher's variable) or CHROMIUM_PATH override it. */
export const LIGHTHOUSE_CHROME_PATH = process.env.CHROME_PATH ?? CHROMIUM_PATH;

/** The project's Chromium flags, plus /dev/shm relief for containers and a loopback-only resolver. */
export const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORIES)[number];

export interface LighthouseOptions {
  /** `desktop` (default) or `mobile` preset. */
  formFactor?: 'desktop' | 'mobile';
  chromePath?: string;
  /** Further attempts when Lighthouse reports a runtime error (a timeout, no paint). Default 1. */
  retries?: number;
  /**
   * Categories to run (default all four). A test asserting accessibility and SEO runs only
   * those: the performance category's trace and simulated load are most of Lighthouse's time.
   */
  categories?: readonly CategoryId[];
}

export interface FailingAudit {
  id: string;
  title: string;
  category: CategoryId;
  /** 0–1, as Lighthouse scores the audit. */
  score: number;
  displayValue?: string;
  /** What the audit found, briefly (console messages, elements, URLs), at most five. */
  items: string[];
}

/** A category's score, 0–100; null when the run left the category out. */
export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Weighted audits scoring below 1, per category (an audit in two categories is listed twice). */
  failing: FailingAudit[];
  /** Requests to any origin but the page's own (data: and blob: aside); should be empty. */
  externalRequests: string[];
  /** Every request the page made, own origin included: above 0 shows the request list was gathered. */
  requestCount: number;
  lighthouseVersion: string;
  userAgent: string;
}

function missingChromium(path: string): Error {
  return new Error(`Chromium not found at ${path}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH / CHROME_PATH).`);
}

/** A one-line summary of each row of an audit's details table. */
function itemsOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, 5).map((item) => {
    const row = item as Record<string, unknown>;
    const node = row.node as { snippet?: string; selector?: string } | undefined;
    const source = row.sourceLocation as { url?: string; line?: number } | undefined;
    const parts = [row.source, row.description, row.url, node?.selector, node?.snippet, source?.url ? `${source.url}:${source.line ?? ''}` : undefined];
    return parts.filter((part) => typeof part === 'string' && part !== '').join(' ');
  });
}

function scoresOf(lhr: Result, pageOrigin: string, categories: readonly CategoryId[]): LighthouseScores {
  const score = (id: CategoryId) => {
    if (!categories.includes(id)) return null;
    const value = lhr.categories[id]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${lhr.finalDisplayedUrl}`);
    return Math.round(value * 100);
  };
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({ id: audit.id, title: audit.title, category, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}), items: itemsOf(audit.details) });
    }
  }
  const requests = (lhr.audits['network-requests']?.details as { items?: Array<{ url?: string }> } | undefined)?.items ?? [];
  const externalRequests = requests
    .map((item) => item.url ?? '')
    .filter((url) => /^https?:/u.test(url) && new URL(url).origin !== pageOrigin);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
    externalRequests,
    requestCount: requests.length,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
  };
}

async function runOnce(url: string, formFactor: 'desktop' | 'mobile', chromePath: string, categories: readonly CategoryId[]): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...categories],
      // Not in any category, but it lists every request the page made (external ones must be none).
      onlyAudits: ['network-requests'],
      // The screenshot is for the HTML report only; skip the work.
      disableFullPageScreenshot: true,
    };
    const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return scoresOf(lhr, new URL(url).origin, categories);
  } finally {
    chrome.kill();
  }
}

/** Lighthouse scores (0–100) for one URL, in a fresh headless Chromium. */
export async function runLighthouse(url: string, options: LighthouseOptions = {}): Promise<LighthouseScores> {
  const chromePath = options.chromePath ?? LIGHTHOUSE_CHROME_PATH;
  // A missing browser is a failure, never a skip (CI installs it).
  if (!existsSync(chromePath)) throw missingChromium(chromePath);
  const attempts = 1 + (options.retries ?? 1);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await runOnce(url, options.formFactor ?? 'desktop', chromePath, options.categories ?? CATEGORIES);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Compact, log-friendly summary of one run. */
export function formatScores(label: string, scores: LighthouseScores): string {
  const lines = [
    `lighthouse ${label}: ${[['performance', scores.performance], ['accessibility', scores.accessibility], ['best practices', scores.bestPractices], ['SEO', scores.seo]].filter(([, value]) => value !== null).map(([name, value]) => `${name} ${value}`).join(', ')}`,
    ...scores.failing.map((audit) => `  failing [${audit.category}] ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}${audit.items.map((item) => `\n      ${item}`).join('')}`),
    ...scores.externalRequests.map((url) => `  external request: ${url}`),
  ];
  if (scores.failing.length === 0) lines.push('  failing: none');
  return lines.join('\n');
}

/**
 * Vitest workers export Vite's env (BASE_URL=/, MODE=test, NODE_ENV=test, …) into process.env,
 * and buildSite hands process.env to `astro build`, where BASE_URL=/ overrides the configured
 * base in `import.meta.env.BASE_URL` (links to /favicon.svg instead of /summit-archive/…).
 * Build without them; spawnSync blocks, so nothing else sees the gap.
 */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

function withoutVitestEnv<T>(run: () => T): T {
  const saved = new Map(VITEST_ENV.filter((key) => key in process.env).map((key) => [key, process.env[key]]));
  if (process.env.VITEST) for (const key of saved.keys()) delete process.env[key];
  try {
    return run();
  } finally {
    for (const [key, value] of saved) process.env[key] = value;
  }
}

/**
 * Serve `outDir` on a free 127.0.0.1 port, then build the site into it with SITE_URL set to
 * that very origin, so canonical and og:url links point at the pages Lighthouse loads.
 * The server reads files per request, so building after it starts is fine.
 */
export async function serveLighthouseSite(outDir: string, base: string, env: Record<string, string> = {}): Promise<StaticSite> {
  rmSync(outDir, { recursive: true, force: true });
  const site = await serveSite(outDir, base, { gzip: true });
  try {
    const result = withoutVitestEnv(() => buildSite(outDir, { ...env, SITE_URL: site.origin, SITE_BASE: base }));
    if (result.status !== 0) throw new Error(`lighthouse site build failed:\n${result.output.slice(-4000)}`);
  } catch (error) {
    await site.close();
    throw error;
  }
  return site;
}

/** The pages the Lighthouse budget covers (paths under the base). */
export const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '',
  summit: 'summits/kafka-summit-2020/',
  session: 'sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
  speaker: 'speakers/gwen-shapira/',
  search: 'search/?q=Kafka',
};
