// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './integrations/pagefind.ts';
import { contentProcessor, SHARED_MARKDOWN_OPTIONS } from './src/markdown/pipeline.ts';
import { normaliseBase } from './src/routes/urls.ts';

// Where the site is served. GitHub Pages: SITE_URL=https://<user>.github.io SITE_BASE=/<repo>/
// (the deploy workflow derives both from the repository). Local builds use /summit-archive/
// so that every build exercises a non-root base.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');

export default defineConfig({
  site,
  // Tests and benchmarks build into their own folders; `npm run build` into dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Astro 7 renders Markdown with a Rust processor by default; the archive's pipeline is
    // remark/unified, shared by Markdown and MDX and by `npm run check` (src/markdown/pipeline.ts).
    processor: contentProcessor(base),
    syntaxHighlight: SHARED_MARKDOWN_OPTIONS.syntaxHighlight,
  },
  // The sitemap lists every page under the base, but not the 404 page.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
  devToolbar: { enabled: false },
});
