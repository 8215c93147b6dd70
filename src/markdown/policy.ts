/**
 * The no-code policy for contributor Markdown and MDX, as a remark plugin.
 *
 * MDX is JavaScript: an `import`, an `export` or a `{expression}` runs at build time. This
 * plugin runs inside the same unified pipeline that compiles every `.md`/`.mdx` content file
 * (astro.config.mjs, src/markdown/pipeline.ts), on the very tree that pipeline parsed (GFM
 * included), so nothing is compiled that was not checked. `npm run check` runs that same
 * pipeline (src/markdown/check-file.ts) and reports every problem with its line and column.
 *
 * Allowed: Markdown (GFM), links to http(s), mailto, anchors and site paths, and the
 * components of src/markdown/components.ts with literal, typed attributes. Everything else
 * (ESM, expressions, other elements, raw HTML, images, deep nesting) is a problem.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { COMPONENT_NAMES, componentRule, isAllowedLink, isHttpUrl } from './components.ts';

/** Deepest nesting of Markdown containers (quotes, lists, emphasis) a content file may use. */
export const MAX_NESTING = 32;

export type PolicyRule = 'esm' | 'expression' | 'element' | 'attribute' | 'url' | 'html' | 'image' | 'nesting';

export interface PolicyProblem {
  line: number;
  column: number;
  rule: PolicyRule;
  /** What the problem is about: `import`, `<script>`, `Video.onClick`, `link`. */
  field: string;
  message: string;
  found: string;
  expected: string;
  hint: string;
}

/** Thrown by the plugin inside a build, so a file that breaks the policy can never compile. */
export class PolicyViolation extends Error {
  readonly problems: readonly PolicyProblem[];
  constructor(problems: readonly PolicyProblem[], path?: string) {
    const first = problems[0]!;
    super(`${path ?? 'content'}:${first.line}:${first.column} ${first.message} (${problems.length} problem(s); run \`npm run check\`)`);
    this.name = 'PolicyViolation';
    this.problems = problems;
  }
}

interface Positioned {
  type: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

const COMPONENT_LIST = COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** At most 60 characters of the source, on one line, for the "found" field. */
function snippet(text: string): string {
  let single = '';
  let space = false;
  for (const character of text.length > 400 ? text.slice(0, 400) : text) {
    const blank = character === ' ' || character === '\t' || character === '\n' || character === '\r';
    if (blank) {
      space = single.length > 0;
      continue;
    }
    if (space) single += ' ';
    space = false;
    single += character;
  }
  return single.length > 60 ? `${single.slice(0, 57)}…` : single;
}

/** Every problem in a parsed tree; `source` is the text the tree was parsed from (for snippets). */
export function policyProblems(tree: Root, source: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (node: Positioned) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const text = (node: Positioned) => snippet(source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0));
  const add = (node: Positioned, problem: Omit<PolicyProblem, 'line' | 'column'>) => problems.push({ ...at(node), ...problem });

  // Iterative walk: a hostile file must not overflow the stack of the check itself.
  const stack: Array<{ node: Positioned & { children?: Positioned[] }; depth: number }> = [{ node: tree as never, depth: 0 }];
  let nestingReported = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING && !nestingReported) {
      nestingReported = true;
      add(node, {
        rule: 'nesting',
        field: 'body',
        message: `Markdown nested more than ${MAX_NESTING} levels deep`,
        found: `${depth} levels of quotes, lists or emphasis`,
        expected: `at most ${MAX_NESTING} levels`,
        hint: 'Flatten the quotes or lists; a session description never needs this depth.',
      });
    }
    checkNode(node, add, text);
    const children = node.children;
    if (children) for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index] as never, depth: depth + 1 });
  }
  return problems;
}

type Add = (node: Positioned, problem: Omit<PolicyProblem, 'line' | 'column'>) => void;

function checkNode(node: Positioned, add: Add, text: (node: Positioned) => string): void {
  switch (node.type) {
    case 'mdxjsEsm': {
      const value = (node as unknown as { value: string }).value;
      const kind = value.trimStart().startsWith('export') ? 'export' : 'import';
      add(node, {
        rule: 'esm',
        field: kind,
        message: `\`${kind}\` is not allowed in contributor content`,
        found: text(node),
        expected: `Markdown and the components ${COMPONENT_LIST}, which need no import`,
        hint: `Remove the ${kind} line; the allowed components are available without importing them.`,
      });
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      add(node, {
        rule: 'expression',
        field: 'expression',
        message: 'JavaScript expressions `{…}` are not allowed in contributor content',
        found: text(node),
        expected: 'plain text',
        hint: 'Remove the braces, or escape a literal brace as "\\{".',
      });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node as unknown as MdxJsxFlowElement | MdxJsxTextElement, add, text);
      return;
    case 'html':
      add(node, {
        rule: 'html',
        field: 'html',
        message: 'Raw HTML is not allowed in contributor content',
        found: text(node),
        expected: 'Markdown',
        hint: 'Write the same thing in Markdown; a literal "<" can be escaped as "\\<".',
      });
      return;
    case 'image':
    case 'imageReference':
      add(node, {
        rule: 'image',
        field: 'image',
        message: 'Images are not allowed in contributor content',
        found: text(node),
        expected: 'text and links',
        hint: 'Link to the image instead: [description](https://…). Images would load from third parties or from the build machine.',
      });
      return;
    case 'link':
    case 'definition': {
      const url = (node as unknown as { url: string }).url;
      if (isAllowedLink(url)) return;
      add(node, {
        rule: 'url',
        field: node.type === 'link' ? 'link' : 'definition',
        message: `Links must use http(s), found "${snippet(url)}"`,
        found: snippet(url),
        expected: 'an absolute http(s) URL, mailto:, #anchor, or a site path starting with / such as /speakers/jun-rao/',
        hint: 'Link to the full https:// address or a site path; javascript:, data: and other schemes are not accepted.',
      });
      return;
    }
    default:
      return;
  }
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, add: Add, text: (node: Positioned) => string): void {
  const positioned = node as unknown as Positioned;
  const name = node.name ?? '(fragment)';
  const rule = componentRule(node.name);
  if (!rule) {
    add(positioned, {
      rule: 'element',
      field: `<${name}>`,
      message: `<${name}> is not allowed in contributor content`,
      found: text(positioned),
      expected: `Markdown, or one of ${COMPONENT_LIST}`,
      hint: /^[a-z]/u.test(name) ? 'Raw HTML is not accepted; write the same thing in Markdown.' : `Use one of ${COMPONENT_LIST}, or plain Markdown.`,
    });
    return;
  }
  const allowed = [...rule.attributes.keys()];
  const given = new Set<string>();
  for (const attribute of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(positioned, {
        rule: 'attribute',
        field: name,
        message: `Spread attributes are not allowed on <${name}>`,
        found: snippet(attribute.value),
        expected: `literal attributes: ${allowed.join(', ')}`,
        hint: 'Write each attribute as name="value".',
      });
      continue;
    }
    const field = `${name}.${attribute.name}`;
    const spec = rule.attributes.get(attribute.name);
    if (!spec) {
      const suggestion = closestAttribute(attribute.name, allowed);
      add(positioned, {
        rule: 'attribute',
        field,
        message: /^on/iu.test(attribute.name) ? `Event handler "${attribute.name}" is not allowed on <${name}>` : `Unknown attribute "${attribute.name}" on <${name}>`,
        found: attribute.name,
        expected: `one of ${allowed.join(', ')}`,
        hint: suggestion ? `Did you mean ${suggestion}="…"? Rename "${attribute.name}" to "${suggestion}".` : `Remove "${attribute.name}".`,
      });
      continue;
    }
    given.add(attribute.name);
    if (attribute.value !== null && typeof attribute.value === 'object') {
      add(positioned, {
        rule: 'attribute',
        field,
        message: 'Attribute values must be literal text, not JavaScript',
        found: `{${snippet(attribute.value.value)}}`,
        expected: 'a quoted value, such as url="https://…"',
        hint: `Write ${attribute.name}="…" with the value in quotes.`,
      });
      continue;
    }
    if (spec.kind === 'url' && !isHttpUrl(attribute.value ?? '')) {
      add(positioned, {
        rule: 'url',
        field,
        message: `"${attribute.name}" must be an http(s) URL`,
        found: snippet(String(attribute.value ?? '(no value)')),
        expected: 'an absolute http(s) URL such as https://www.youtube.com/watch?v=…',
        hint: 'Use the full https:// address of the video or slides.',
      });
    }
  }
  for (const [attribute, spec] of rule.attributes) {
    if (!spec.required || given.has(attribute)) continue;
    add(positioned, {
      rule: 'attribute',
      field: `${name}.${attribute}`,
      message: `<${name}> needs a "${attribute}" attribute`,
      found: text(positioned),
      expected: `<${name} ${attribute}="https://…" />`,
      hint: `Add ${attribute}="https://…" with the full address.`,
    });
  }
}

/** The allowed attribute a misspelt or familiar one most likely means (`src`/`href` → `url`). */
function closestAttribute(name: string, allowed: readonly string[]): string | null {
  const lower = name.toLowerCase();
  if (['src', 'href', 'link', 'uri'].includes(lower) && allowed.includes('url')) return 'url';
  if (['alt', 'label', 'name', 'caption'].includes(lower) && allowed.includes('title')) return 'title';
  if (['by', 'speaker', 'cite'].includes(lower) && allowed.includes('author')) return 'author';
  return allowed.find((candidate) => candidate.toLowerCase() === lower) ?? null;
}

/** The remark plugin: throws when the tree breaks the policy, so a build cannot compile it. */
export default function remarkContentPolicy() {
  return (tree: Root, file: { value?: unknown; path?: string }): void => {
    const problems = policyProblems(tree, typeof file.value === 'string' ? file.value : String(file.value ?? ''));
    if (problems.length > 0) throw new PolicyViolation(problems, file.path);
  };
}
