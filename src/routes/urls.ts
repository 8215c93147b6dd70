/**
 * Ids to addresses: the one module that knows where every page lives under the configured
 * base, for pages, JSON-LD, feeds, citations and the export. Records carry ids only.
 */

/** Normalise a base to `/` or `/name/` (leading and trailing slash). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * `withBase('/summit-archive/', 'sessions/x')` → `/summit-archive/sessions/x/`.
 * Paths without a file extension get a trailing slash (`trailingSlash: 'always'`).
 */
export function withBase(base: string, path = ''): string {
  const clean = path.replace(/^\/+/u, '');
  const hasExtension = /\.[a-z0-9]+$/iu.test(clean);
  const suffix = clean === '' || hasExtension || clean.endsWith('/') ? '' : '/';
  return `${normaliseBase(base)}${clean}${suffix}`;
}

/** Site paths of every page, relative to the base. */
export const paths = {
  home: () => '',
  summit: (summitId: string) => `summits/${summitId}/`,
  summitFeed: (summitId: string) => `summits/${summitId}/feed.xml`,
  track: (summitId: string, trackId: string) => `summits/${summitId}/${trackId}/`,
  session: (sessionId: string) => `sessions/${sessionId}/`,
  speakers: () => 'speakers/',
  speaker: (speakerId: string) => `speakers/${speakerId}/`,
  tracks: () => 'tracks/',
  search: () => 'search/',
  article: (articleId: string) => `articles/${articleId}/`,
  topics: () => 'topics/',
  topic: (topicId: string) => `topics/${topicId}/`,
  trends: () => 'trends/',
  organizations: () => 'organizations/',
  organization: (organizationId: string) => `organizations/${organizationId}/`,
  presentation: (presentationId: string) => `presentations/${presentationId}/`,
  feed: () => 'feed.xml',
  data: (name: string) => `data/${name}.json`,
  favicon: () => 'favicon.svg',
  sitemap: () => 'sitemap-index.xml',
} as const;

type PathOf = typeof paths;
/** The same functions as `paths`, returning addresses under one base. */
export type Urls = { [K in keyof PathOf]: (...args: Parameters<PathOf[K]>) => string };

/** Addresses under `base`: `urlsFor('/summit-archive/').session(id)` → `/summit-archive/sessions/<id>/`. */
export function urlsFor(base: string): Urls {
  const entries = Object.entries(paths).map(([name, path]) => [name, (...args: string[]) => withBase(base, (path as (...parts: string[]) => string)(...args))]);
  return Object.fromEntries(entries) as Urls;
}

/** An absolute URL for a site path, on the configured site (`https://user.github.io`). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
