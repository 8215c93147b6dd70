// @ts-check
// Astro's floor for the scale benchmark: N trivial pages, same Astro, same output options
// as the archive (directory format, trailing slashes, a non-root base), nothing else.
// Copied into bench/.work/baseline by bench/baseline/site.ts and built there; not the archive's config.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.github.io',
  base: '/summit-archive/',
  outDir: process.env.OUT_DIR ?? './dist',
  // Keep every cache inside this folder: with the default, Astro and Vite would write into
  // the node_modules they resolve from, which is the archive's own.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
