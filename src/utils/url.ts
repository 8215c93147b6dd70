/**
 * Site paths under the configured base. Every internal link goes through here, so a
 * site deployed at `/summit-archive/` never links to `/`.
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

export const paths = {
  home: () => '',
  summit: (summitId: string) => `summits/${summitId}/`,
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
} as const;
