// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkBaseLinks from './src/markdown/remark-base-links.ts';
import rehypeSanitizeContent from './src/markdown/rehype-sanitize-content.ts';
import pagefind from './integrations/pagefind.ts';
import { normaliseBase } from './src/utils/url.ts';

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
    // Astro 7 renders Markdown with a Rust processor by default; the archive's
    // pipeline is remark/unified so parsed sessions and contributor MDX share plugins.
    processor: unified({
      remarkPlugins: [[remarkBaseLinks, { base }]],
      // Sanitise HTML from any content source; it runs after every other content plugin.
      rehypePlugins: [rehypeSanitizeContent],
      // Keep the source's punctuation exactly as written.
      smartypants: false,
    }),
  },
  // The sitemap lists every page under the base, but not the 404 page.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
  devToolbar: { enabled: false },
});
