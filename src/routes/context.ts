/**
 * What every route module needs besides the records: where the site lives. Pages build it
 * from Astro (`routeContext(import.meta.env.BASE_URL, Astro.site)`); unit tests build it
 * with any base.
 *
 * A local build (`SITE_URL` unset) gets astro.config.mjs's default site,
 * http://localhost:4321: its pages still work, but no reader elsewhere can follow an
 * absolute URL to it. `siteConfigured` is false then, so formats meant to be copied and
 * kept (citations) say so instead of pointing at localhost.
 */
import { urlsFor, type Urls } from './urls.ts';

/** The site astro.config.mjs uses when SITE_URL is unset (also `astro dev`'s address). */
export const LOCAL_SITE = 'http://localhost:4321';

export interface RouteContext {
  /** The configured base path (`/summit-archive/`). */
  base: string;
  urls: Urls;
  /** The configured site origin (`https://user.github.io`), for absolute URLs. */
  siteUrl: string;
  /** False for a local build: the site is the default http://localhost:4321 (or none), not a published address. */
  siteConfigured: boolean;
  /** What the site calls itself (content/site.yaml). */
  siteName: string;
}

export function routeContext(base: string, site: URL | string | undefined, siteName: string): RouteContext {
  const siteUrl = site === undefined ? LOCAL_SITE : new URL(String(site)).origin;
  return { base, urls: urlsFor(base), siteUrl, siteConfigured: siteUrl !== LOCAL_SITE, siteName };
}
