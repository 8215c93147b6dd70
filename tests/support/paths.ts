import { fileURLToPath } from 'node:url';

/** Project root, and where the site tests build the site (not dist/, so a developer's build is left alone). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE_OUT = fileURLToPath(new URL('../.output/site/', import.meta.url));
/** The tests always build under a non-root base, as on GitHub Pages. */
export const TEST_BASE = '/summit-archive/';
