// @ts-check
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentProcessor, SHARED_MARKDOWN_OPTIONS } from './src/markdown/pipeline.ts';
import { normaliseBase } from './src/routes/urls.ts';

// Where the site is served. GitHub Pages: SITE_URL=https://<user>.github.io SITE_BASE=/<repo>/
// (the deploy workflow derives both from the repository). Local builds use /summit-archive/
// so that every build exercises a non-root base.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.SITE_BASE ?? '/summit-archive/');

const root = fileURLToPath(new URL('./', import.meta.url));
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content') + sep;
/** @param {string} path */
const isContent = (path) => path.startsWith(contentDir) || `${path}${sep}` === contentDir;
const OUTPUT_FOLDERS = ['dist', 'tests/.output', 'bench/.work', 'bench/results'].map((folder) => join(root, folder) + sep);

export default defineConfig({
  site,
  // Tests and benchmarks build into their own folders; `npm run build` into dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro's caches, the content store among them (Astro's default folder unless a test or
  // a benchmark keeps a store of its own, so that builds running beside it cannot swap it).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Astro 7 renders Markdown with a Rust processor by default; the archive's pipeline is
    // remark/unified, shared by Markdown and MDX and by `npm run check` (src/markdown/pipeline.ts).
    processor: contentProcessor(base),
    syntaxHighlight: SHARED_MARKDOWN_OPTIONS.syntaxHighlight,
  },
  // The sitemap lists every page under the base, but not the 404 page. The search index is
  // built after Astro exits, as the last step of `npm run build` (scripts/build.ts).
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  devToolbar: { enabled: false },
  // The dev server watches the project for changes; build, test and benchmark outputs hold tens
  // of thousands of files and would exhaust the system's file watchers (ENOSPC) for nothing.
  // The content folder is always watched, wherever CONTENT_DIR puts it (even inside those).
  vite: { server: { watch: { ignored: (path) => !isContent(path) && OUTPUT_FOLDERS.some((folder) => path.startsWith(folder)) } } },
});
