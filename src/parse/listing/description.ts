/**
 * Session descriptions: source lines → an mdast tree → Markdown.
 *
 * Building mdast and serialising it with mdast-util-to-markdown (rather than gluing
 * strings) means every Markdown-significant character in the source (`*`, `_`, `<`,
 * `#`, a line starting with `1.`…) is escaped correctly, so the text renders as written.
 *
 * Rules:
 * - a blank line separates paragraphs; lines of one paragraph keep their line breaks;
 * - a line starting with `•`, `–`, `-`, `*` or `1.`/`1)` is a list item; items of one
 *   kind form one list, also across blank lines, until a paragraph line intervenes;
 * - a run-in list (`…by: - a - b - c`) inside a line becomes a list (see run-in-list.ts).
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { findRunInList } from './run-in-list.ts';

import type { SourceLine } from '../../text/lines.ts';

type Item = { kind: 'bullet' } | { kind: 'ordered'; number: number; delimiter: '.' | ')' };

const BULLET_ITEM = /^[•–*-]\s+(?=\S)/u;
const ORDERED_ITEM = /^(\d{1,3})([.)])\s+(?=\S)/u;

/** Whether a (trimmed or indented) description line starts a list item: `•`, `–`, `-`, `*` or `1.`/`1)`. */
export function isListItemLine(text: string): boolean {
  const trimmed = text.trim();
  return BULLET_ITEM.test(trimmed) || ORDERED_ITEM.test(trimmed);
}

function classify(text: string): { item: Item | null; content: string } {
  const bullet = BULLET_ITEM.exec(text);
  if (bullet) return { item: { kind: 'bullet' }, content: text.slice(bullet[0].length) };
  const ordered = ORDERED_ITEM.exec(text);
  if (ordered) {
    return {
      item: { kind: 'ordered', number: Number(ordered[1]), delimiter: ordered[2] as '.' | ')' },
      content: text.slice(ordered[0].length),
    };
  }
  return { item: null, content: text };
}

function paragraph(lines: string[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((text, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: text });
  });
  return { type: 'paragraph', children };
}

function listItem(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph([text])] };
}

function list(ordered: boolean, start: number, items: string[]): List {
  return { type: 'list', ordered, start: ordered ? start : null, spread: false, children: items.map(listItem) };
}

/** Split a paragraph's lines further wherever a line holds a run-in list. */
function expandRunIns(lines: string[]): RootContent[] {
  const blocks: RootContent[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push(paragraph(pending));
    pending = [];
  };
  for (const text of lines) {
    const runIn = findRunInList(text);
    if (!runIn) {
      pending.push(text);
      continue;
    }
    pending.push(runIn.lead);
    flush();
    blocks.push(list(runIn.ordered, runIn.start, runIn.items));
    if (runIn.tail) pending.push(runIn.tail);
  }
  flush();
  return blocks;
}

/** Build the mdast tree of a description from its source lines (blank lines included). */
export function descriptionTree(lines: readonly SourceLine[]): Root {
  const children: RootContent[] = [];
  let paragraphLines: string[] = [];
  let openList: { node: List; kind: Item['kind']; delimiter: string } | null = null;

  const closeParagraph = () => {
    if (paragraphLines.length > 0) children.push(...expandRunIns(paragraphLines));
    paragraphLines = [];
  };

  for (const { text: raw } of lines) {
    const text = raw.trim();
    if (text === '') {
      // A blank line ends a paragraph; a list goes on if its next item follows.
      closeParagraph();
      continue;
    }
    const { item, content } = classify(text);
    if (!item) {
      openList = null;
      paragraphLines.push(text);
      continue;
    }
    closeParagraph();
    const delimiter = item.kind === 'ordered' ? item.delimiter : '';
    if (!openList || openList.kind !== item.kind || openList.delimiter !== delimiter) {
      const node = list(item.kind === 'ordered', item.kind === 'ordered' ? item.number : 1, []);
      children.push(node);
      openList = { node, kind: item.kind, delimiter };
    }
    openList.node.children.push(listItem(content));
  }
  closeParagraph();
  return { type: 'root', children };
}

/** Serialise a description tree to Markdown. */
export function descriptionMarkdown(tree: Root): string {
  if (tree.children.length === 0) return '';
  const markdown = toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', listItemIndent: 'one' }).trimEnd();
  collecting?.set(markdown, tree);
  return markdown;
}

let collecting: Map<string, Root> | null = null;

/**
 * Run `parse` (synchronous) and keep the tree behind every description Markdown it
 * serialised, keyed by that Markdown: a renderer can then render the tree the parser built
 * instead of parsing the Markdown again (the archive loader does). Outside such a run
 * nothing is kept.
 */
export function collectDescriptionTrees<T>(parse: () => T): { result: T; trees: ReadonlyMap<string, Root> } {
  const previous = collecting;
  const trees = new Map<string, Root>();
  collecting = trees;
  try {
    return { result: parse(), trees };
  } finally {
    collecting = previous;
  }
}

function phrasingText(block: Paragraph): string {
  return block.children.map((child) => (child.type === 'text' ? child.value : child.type === 'break' ? '\n' : '')).join('');
}

/** The plain text of a tree: one line per paragraph line and per list item (for titles, search and tests). */
export function descriptionText(tree: Root): string {
  return tree.children
    .flatMap((block) => {
      if (block.type === 'paragraph') return [phrasingText(block)];
      if (block.type === 'list') return block.children.map((item) => phrasingText(item.children[0] as Paragraph));
      return [];
    })
    .join('\n');
}
