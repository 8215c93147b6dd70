/**
 * remark plugin: prefix root-relative links and images in Markdown with the site's
 * base (`/speakers/x/` → `/summit-archive/speakers/x/`). Astro does not rewrite links
 * written inside Markdown, and on GitHub Pages the site lives under `/<repo>/`.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normaliseBase } from '../routes/urls.ts';

export interface RemarkBaseLinksOptions {
  base: string;
}

/** The URL with the base prepended when it is root-relative and not already under the base. */
export function prefixBase(url: string, base: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix.slice(0, -1) || url.startsWith(prefix)) return url;
  return prefix + url.slice(1);
}

export default function remarkBaseLinks(options: RemarkBaseLinksOptions) {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        node.url = prefixBase(node.url, options.base);
      }
    });
  };
}
