/**
 * Render a description from the mdast tree the listing parser built, instead of parsing its
 * Markdown again: the same HTML as Astro's `renderMarkdown()` for that Markdown, at a tenth
 * of the cost (parsing was nine tenths of rendering every description).
 *
 * The pipeline is the configured one (astro.config.mjs `markdown.processor`, built like
 * @astrojs/markdown-remark's `createMarkdownProcessor`), minus the parser: the same remark
 * plugins (the no-code policy, base links), remark-rehype with the same options, the same
 * rehype plugins (the sanitiser, last of the content plugins), heading ids, then HTML. What
 * is left out only acts on what a listing description never holds, and is only left out
 * when the tree shows it cannot matter:
 * - parsing (remark-parse, remark-gfm's syntax extensions): the tree is given;
 * - image collection and rewriting: a description has no images;
 * - rehype-raw: it re-parses raw HTML, and a description tree has none (listing text is
 *   escaped by construction: every character is a text node's value).
 * Parsing the Markdown also does one thing the tree does not: GFM turns a URL or an email
 * address written as text into a link (`https://…`, `www.…`, `a@b.c`), even where the
 * serialiser escaped it; and it replaces U+0000 with U+FFFD. So a tree whose text could
 * hold a link or holds U+0000, a tree with any other kind
 * of node (the parser's vocabulary is root, paragraph, text, break, list, listItem), or a
 * configuration this module does not mirror (smartypants, a plugin given by name), is not
 * rendered here: the caller renders the Markdown instead, as before.
 *
 * That the two agree byte for byte is tested over the seed archive, a synthetic archive
 * and generated listings (tests/unit/render-tree.test.ts).
 */
import { isUnifiedProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Nodes as MdastNodes, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

/** What Astro stores as an entry's `rendered` field (the shape `renderMarkdown()` returns). */
export interface RenderedContent {
  html: string;
  metadata: {
    headings: Array<{ depth: number; slug: string; text: string }>;
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    imagePaths: string[];
  };
}

export type TreeRenderer = (tree: Root) => Promise<RenderedContent | null>;

/** Node types a listing description tree is made of (src/parse/listing/description.ts). */
const DESCRIPTION_NODES = new Set(['root', 'paragraph', 'text', 'break', 'list', 'listItem']);

/**
 * Text GFM's autolink literals could start at (a protocol, `www.`, an `@`), found more
 * often than GFM would link it: a false alarm only costs a Markdown render.
 */
const AUTOLINK_HINT = /https?:\/\/|www\.|mailto:|xmpp:|@/iu;

/** U+0000, which CommonMark parsing replaces with U+FFFD. */
const NUL = '\u0000';

/** Whether the tree renders here: every node of the parser's vocabulary, and no text GFM could turn into a link. */
export function isDescriptionTree(tree: Root): boolean {
  const stack: MdastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!DESCRIPTION_NODES.has(node.type)) return false;
    if (node.type === 'text' && (AUTOLINK_HINT.test(node.value) || node.value.includes(NUL))) return false;
    if ('children' in node) stack.push(...(node.children as MdastNodes[]));
  }
  return true;
}

/** Plugins as the config lists them: a function, or `[function, options]`. Null when given otherwise (by name). */
function attachable(plugins: readonly unknown[]): Pluggable[] | null {
  const out: Pluggable[] = [];
  for (const plugin of plugins) {
    if (typeof plugin === 'function') out.push(plugin as Pluggable);
    else if (Array.isArray(plugin) && typeof plugin[0] === 'function') out.push(plugin as Pluggable);
    else return null;
  }
  return out;
}

/**
 * A renderer for description trees under `markdown` (the project's Astro config), or null
 * when the configuration is not one this module mirrors (then render the Markdown).
 */
export function createTreeRenderer(markdown: AstroConfig['markdown']): TreeRenderer | null {
  const processor = markdown.processor as unknown;
  if (!processor || !isUnifiedProcessor(processor as never)) return null;
  const options = (processor as { options: { remarkPlugins: unknown[]; rehypePlugins: unknown[]; remarkRehype: RemarkRehypeOptions; smartypants?: unknown } }).options;
  const smartypants = options.smartypants ?? (markdown as { smartypants?: unknown }).smartypants;
  if (smartypants !== false) return null;
  const remarkPlugins = attachable(options.remarkPlugins);
  const rehypePlugins = attachable(options.rehypePlugins);
  if (!remarkPlugins || !rehypePlugins) return null;

  const pipeline = unified()
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...options.remarkRehype })
    .use(rehypePlugins)
    .use(rehypeHeadingIds)
    .use(rehypeStringify, { allowDangerousHtml: true });

  return async (tree) => {
    if (!isDescriptionTree(tree)) return null;
    const file = new VFile({ data: { astro: { frontmatter: {} } } });
    // Plugins may change the tree they are given; the parser's tree stays as it was.
    const hast = await pipeline.run(structuredClone(tree), file);
    const html = pipeline.stringify(hast, file);
    const astro = (file.data as { astro?: { headings?: RenderedContent['metadata']['headings'] } }).astro;
    return {
      html: String(html),
      metadata: { headings: astro?.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: {}, imagePaths: [] },
    };
  };
}
