/**
 * The one unified pipeline every piece of content is rendered with: Markdown descriptions,
 * bios and articles through Astro's `renderMarkdown()`, contributor MDX through
 * @astrojs/mdx. astro.config.mjs installs it; `npm run check` runs the very same renderers
 * (src/markdown/check-file.ts), so what check accepts is exactly what the build compiles.
 *
 * Order matters: the no-code policy sees the tree the parser made (GFM included) before
 * any other plugin; the sanitiser is the last content plugin.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkContentPolicy from './policy.ts';
import remarkBaseLinks from './remark-base-links.ts';
import rehypeSanitizeContent from './rehype-sanitize-content.ts';

/** Options Astro passes to every renderer besides the processor's own (astro.config.mjs `markdown`). */
export const SHARED_MARKDOWN_OPTIONS = {
  // No highlighter: its inline styles would be removed by the sanitiser anyway.
  syntaxHighlight: false,
  gfm: true,
  // Keep the source's punctuation exactly as written.
  smartypants: false,
} as const;

export function contentProcessor(base: string) {
  return unified({
    remarkPlugins: [remarkContentPolicy, [remarkBaseLinks, { base }]],
    rehypePlugins: [rehypeSanitizeContent],
    smartypants: SHARED_MARKDOWN_OPTIONS.smartypants,
    gfm: SHARED_MARKDOWN_OPTIONS.gfm,
  });
}
