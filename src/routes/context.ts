/**
 * What every route module needs besides the records: where the site lives. Pages build it
 * from Astro (`routeContext(import.meta.env.BASE_URL, Astro.site)`); unit tests build it
 * with any base.
 */
import { urlsFor, type Urls } from './urls.ts';

export interface RouteContext {
  /** The configured base path (`/summit-archive/`). */
  base: string;
  urls: Urls;
  /** The configured site origin (`https://user.github.io`), for absolute URLs. */
  siteUrl: string;
  /** What the site calls itself (content/site.yaml). */
  siteName: string;
}

export function routeContext(base: string, site: URL | string | undefined, siteName: string): RouteContext {
  const siteUrl = site === undefined ? 'http://localhost:4321' : new URL(String(site)).origin;
  return { base, urls: urlsFor(base), siteUrl, siteName };
}
