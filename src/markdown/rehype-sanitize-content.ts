/**
 * rehype plugin, last of the content plugins: sanitise HTML from any Markdown or MDX source
 * with rehype-sanitize's GitHub-style schema, so no script, event handler, style or
 * `javascript:` URL from content reaches `dist/`.
 *
 * MDX trees also hold MDX nodes that rehype-sanitize does not know. They are cleaned here
 * too, as defence in depth behind the policy (src/markdown/policy.ts), which rejects them
 * first: ESM and expressions are removed; a JSX element keeps only if it is an allowed
 * component, and then only its declared attributes with literal values of the right type
 * (URLs must be http(s)); any other element is replaced by its (sanitised) children.
 * Nothing is parked and put back uncleaned.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { componentRule, isHttpUrl, stripUrlNoise } from './components.ts';

/** Stands in for an allowed component while the HTML sanitiser runs over its children. */
const PLACEHOLDER = 'mdx-component-placeholder';

const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), PLACEHOLDER],
  attributes: { ...defaultSchema.attributes, [PLACEHOLDER]: ['dataIndex'] },
  // Keep ids as written (headings get theirs after this plugin); only `name` can clobber globals.
  clobber: ['name'],
};

type AnyNode = Root | RootContent | ElementContent;
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: AnyNode[];
}

/** An allowed component with only its declared, literal, well-typed attributes; null when not allowed. */
export function cleanComponent(node: JsxNode): JsxNode | null {
  const rule = componentRule(node.name);
  if (!rule) return null;
  const attributes: JsxAttribute[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') continue;
    const spec = rule.attributes.get(attribute.name);
    if (!spec || typeof attribute.value !== 'string') continue;
    if (spec.kind === 'url') {
      if (!isHttpUrl(attribute.value)) continue;
      attributes.push({ type: 'mdxJsxAttribute', name: attribute.name, value: stripUrlNoise(attribute.value) });
    } else {
      attributes.push({ type: 'mdxJsxAttribute', name: attribute.name, value: attribute.value });
    }
  }
  return { type: node.type, name: node.name, attributes, children: node.children };
}

/** Replace MDX nodes: components become placeholders (children kept for the sanitiser), the rest go. */
function park(nodes: AnyNode[], parked: JsxNode[]): AnyNode[] {
  const out: AnyNode[] = [];
  for (const node of nodes) {
    const type = node.type as string;
    if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') continue;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = node as unknown as JsxNode;
      const children = park(jsx.children ?? [], parked);
      const clean = cleanComponent({ ...jsx, children });
      if (!clean) {
        out.push(...children);
        continue;
      }
      const index = parked.push(clean) - 1;
      out.push({ type: 'element', tagName: PLACEHOLDER, properties: { dataIndex: String(index) }, children: children as ElementContent[] });
      continue;
    }
    if ('children' in node) (node as { children: AnyNode[] }).children = park(node.children as AnyNode[], parked);
    out.push(node);
  }
  return out;
}

function restore(nodes: AnyNode[], parked: readonly JsxNode[]): AnyNode[] {
  return nodes.map((node) => {
    if ('children' in node) (node as { children: AnyNode[] }).children = restore(node.children as AnyNode[], parked);
    if (node.type === 'element' && node.tagName === PLACEHOLDER) {
      const component = parked[Number(node.properties?.dataIndex)];
      if (!component) return { type: 'text', value: '' };
      return { ...component, children: node.children } as unknown as AnyNode;
    }
    return node;
  });
}

export default function rehypeSanitizeContent() {
  const sanitize = rehypeSanitize(schema) as unknown as (tree: Root) => Root;
  return (tree: Root): Root => {
    const parked: JsxNode[] = [];
    tree.children = park(tree.children as AnyNode[], parked) as Root['children'];
    const clean = sanitize(tree);
    clean.children = restore(clean.children as AnyNode[], parked) as Root['children'];
    return clean;
  };
}
