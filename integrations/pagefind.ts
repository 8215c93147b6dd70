/**
 * The search index: Pagefind's Node API over a finished site, the last step of
 * `npm run build` (scripts/build.ts), after Astro has exited.
 *
 * It used to run inside Astro's `astro:build:done` hook, where the Pagefind binary (about
 * 1.2 GiB at 10,000 sessions) and Astro's own process (about 1.5 GiB, holding every page's
 * data) were resident at the same time. Run afterwards, the build's peak memory is the
 * larger of the two, not their sum.
 *
 * The index is a build artefact of the pages themselves (they mark what is indexed with
 * data-pagefind-* attributes), so search and pages cannot disagree. Any error Pagefind
 * reports throws with its cause; the service is closed in every case.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexOptions {
  /** Folder inside the site for the search bundle. */
  bundleDir?: string;
}

export interface IndexResult {
  pages: number;
  ms: number;
  /** Reading and parsing the pages (`addDirectory`). */
  readMs: number;
  /** Building the index and writing the bundle (`writeFiles`). */
  writeMs: number;
}

/** Throw with every error Pagefind reported for one step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Index the built site in `site` (an absolute folder) into `<site>/<bundleDir>/`. */
export async function indexSite(site: string, options: IndexOptions = {}): Promise<IndexResult> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({
      // Pages are English with Japanese track headings; one index keeps both searchable together.
      forceLanguage: 'en',
    });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const reading = performance.now();
    const added = await index.addDirectory({ path: site });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body');
    const writing = performance.now();
    const written = await index.writeFiles({ outputPath: join(site, options.bundleDir ?? 'pagefind') });
    check('writeFiles', written.errors);
    const done = performance.now();
    return { pages: added.page_count, ms: Math.round(done - started), readMs: Math.round(writing - reading), writeMs: Math.round(done - writing) };
  } finally {
    await pagefind.close();
  }
}
