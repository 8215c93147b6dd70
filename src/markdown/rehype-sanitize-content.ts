/**
 * rehype plugin, last of the content plugins: sanitise HTML from any Markdown or MDX
 * source with rehype-sanitize's GitHub-style schema, so no script, event handler or
 * `javascript:` URL from content reaches `dist/`.
 *
 * MDX trees also hold MDX nodes (components, and exports Astro adds itself) that
 * rehype-sanitize does not know and would drop. They are parked as placeholder elements
 * while sanitising, so their HTML children are still cleaned, and restored afterwards.
 * Contributor MDX cannot add scripts through them: the loader rejects imports, exports,
 * expressions and every component outside the allow-list before a build starts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const PLACEHOLDER = 'mdx-node-placeholder';

const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), PLACEHOLDER],
  attributes: { ...defaultSchema.attributes, [PLACEHOLDER]: ['dataIndex'] },
  // Keep ids as written (headings get theirs after this plugin); only `name` can clobber globals.
  clobber: ['name'],
};

type AnyNode = Root | RootContent | ElementContent;

function park(node: AnyNode, parked: AnyNode[]): AnyNode {
  if (node.type.startsWith('mdx')) {
    const index = parked.push(node) - 1;
    const children = 'children' in node ? (node.children as AnyNode[]).map((child) => park(child, parked)) : [];
    return { type: 'element', tagName: PLACEHOLDER, properties: { dataIndex: String(index) }, children: children as ElementContent[] };
  }
  if ('children' in node) (node as { children: AnyNode[] }).children = (node.children as AnyNode[]).map((child) => park(child, parked));
  return node;
}

function restore(node: AnyNode, parked: readonly AnyNode[]): AnyNode {
  if ('children' in node) (node as { children: AnyNode[] }).children = (node.children as AnyNode[]).map((child) => restore(child, parked));
  if (node.type === 'element' && (node as Element).tagName === PLACEHOLDER) {
    const original = parked[Number((node as Element).properties?.dataIndex)];
    if (!original) return { type: 'text', value: '' };
    if ('children' in original) (original as { children: AnyNode[] }).children = (node as Element).children;
    return original;
  }
  return node;
}

export default function rehypeSanitizeContent() {
  const sanitize = rehypeSanitize(schema) as unknown as (tree: Root) => Root;
  return (tree: Root): Root => {
    const parked: AnyNode[] = [];
    const clean = sanitize(park(tree, parked) as Root);
    return restore(clean, parked) as Root;
  };
}
