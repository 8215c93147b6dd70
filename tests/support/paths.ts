import { fileURLToPath } from 'node:url';

/** Project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the site tests' shared build goes (not dist/, so a developer's build is left alone):
 * one folder per `vitest` run, so two runs on one checkout (two engineers, or a run beside
 * a bench) never read each other's half-built site. The global setup (tests/site/build-site.ts)
 * names it in SITE_OUT, which test workers inherit.
 */
export const SITE_OUT = process.env.SUMMIT_ARCHIVE_SITE_OUT ?? fileURLToPath(new URL('../.output/site/', import.meta.url));

/** The tests always build under a non-root base, as on GitHub Pages. */
export const TEST_BASE = '/summit-archive/';
