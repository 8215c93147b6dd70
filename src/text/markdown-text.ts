/**
 * Plain text of Markdown or MDX, taken from the parsed tree, never from a regular
 * expression over markup (which leaks link targets and can take quadratic time on
 * hostile input). Blocks are separated by a line break and inline breaks by a space, so
 * words of different elements never run together.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'code', 'thematicBreak', 'mdxJsxFlowElement', 'footnoteDefinition']);

/** Text of a tree: text, inline code and code values; ESM, expressions, HTML and URLs left out. */
export function treeText(tree: Root | Nodes): string {
  let out = '';
  const stack: Array<Nodes | 'block-end' | 'cell-end'> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'block-end') {
      if (out && !out.endsWith('\n')) out += '\n';
      continue;
    }
    if (node === 'cell-end') {
      if (out && !/\s$/u.test(out.slice(-1))) out += ' ';
      continue;
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        out += node.value;
        break;
      case 'break':
        out += ' ';
        break;
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'definition':
        break;
      default:
        break;
    }
    if (BLOCKS.has(node.type)) {
      if (out && !out.endsWith('\n')) out += '\n';
      stack.push('block-end');
    } else if (node.type === 'tableCell') {
      stack.push('cell-end');
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    }
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text of a Markdown (or, with `mdx`, an MDX) document: one line per block. */
export function markdownText(markdown: string, options: { mdx?: boolean } = {}): string {
  const parser = options.mdx ? mdxParser : markdownParser;
  return treeText(parser.parse(markdown));
}
