/**
 * Astro integration: index the built site with Pagefind's Node API after the build.
 * The index is a build artefact of the pages themselves (they mark what is indexed with
 * data-pagefind-* attributes), so search and pages cannot disagree. Any error Pagefind
 * reports fails the build with its cause; the service is closed in every case.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface PagefindIntegrationOptions {
  /** Folder inside the output directory for the search bundle. */
  bundleDir?: string;
}

/** Throw with every error Pagefind reported for one step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export default function pagefindIntegration(options: PagefindIntegrationOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  return {
    name: 'summit-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({
            // Pages are English with Japanese track headings; one index keeps both searchable together.
            forceLanguage: 'en',
          });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body');
          const written = await index.writeFiles({ outputPath: join(site, bundleDir) });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
