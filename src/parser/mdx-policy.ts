/**
 * The policy for contributor MDX. MDX is JavaScript: an `import`, an `export` or a
 * `{expression}` runs arbitrary code at build time. Contributor files are parsed with
 * remark-mdx and may use Markdown plus an allow-list of project components, with
 * literal attribute values only. Everything else is reported with its line and column.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Components contributors may use, with the attributes each accepts. All render without client JavaScript. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Video: ['url', 'title'],
  Slides: ['url', 'title'],
  Quote: ['author', 'source', 'url'],
};

/** Attributes whose value is a URL and so must be absolute http(s). */
const URL_ATTRIBUTES = new Set(['url']);

export interface MdxProblem {
  line: number;
  column: number;
  /** What the problem is about: `import`, `<script>`, `Video.onClick`, `link`. */
  field: string;
  message: string;
  found: string;
  expected: string;
  hint: string;
}

const SAFE_URL = /^https?:\/\//iu;

function snippet(text: string): string {
  const single = text.replace(/\s+/gu, ' ').trim();
  return single.length > 60 ? `${single.slice(0, 57)}…` : single;
}

/** Parse an MDX document (with frontmatter) and list every construct the policy forbids. */
export function checkMdx(source: string): MdxProblem[] {
  const problems: MdxProblem[] = [];
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    return [
      {
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        field: 'body',
        message: `This is not valid MDX: ${(error as Error).message.split('\n')[0]}`,
        found: 'a syntax error',
        expected: 'Markdown, optionally with <Video>, <Slides> or <Quote>',
        hint: 'Write plain Markdown. A literal "<" or "{" must be escaped as "\\<" or "\\{".',
      },
    ];
  }
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const text = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    snippet(source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0));

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/u.test(node.value) ? 'export' : 'import';
        problems.push({
          ...at(node),
          field: kind,
          message: `\`${kind}\` is not allowed in contributor MDX`,
          found: text(node),
          expected: 'Markdown and the components <Video>, <Slides>, <Quote>, which need no import',
          hint: `Remove the ${kind} line; the allowed components are available without importing them.`,
        });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          ...at(node),
          field: 'expression',
          message: 'JavaScript expressions `{…}` are not allowed in contributor MDX',
          found: text(node),
          expected: 'plain text',
          hint: 'Remove the braces, or escape a literal brace as "\\{".',
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '(fragment)';
        const allowed = ALLOWED_COMPONENTS[name];
        if (!allowed) {
          problems.push({
            ...at(node),
            field: `<${name}>`,
            message: `<${name}> is not allowed in contributor MDX`,
            found: text(node),
            expected: `Markdown, or one of ${Object.keys(ALLOWED_COMPONENTS).map((component) => `<${component}>`).join(', ')}`,
            hint: /^[a-z]/u.test(name)
              ? 'Raw HTML is not accepted in MDX files; write the same thing in Markdown.'
              : `Use one of the allowed components, or plain Markdown.`,
          });
          return;
        }
        for (const attribute of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            problems.push({
              ...at(node),
              field: `${name}`,
              message: `Spread attributes are not allowed on <${name}>`,
              found: snippet(attribute.value),
              expected: `literal attributes: ${allowed.join(', ')}`,
              hint: 'Write each attribute as name="value".',
            });
            continue;
          }
          const field = `${name}.${attribute.name}`;
          if (!allowed.includes(attribute.name)) {
            problems.push({
              ...at(node),
              field,
              message: /^on/iu.test(attribute.name) ? `Event handler "${attribute.name}" is not allowed on <${name}>` : `Unknown attribute "${attribute.name}" on <${name}>`,
              found: attribute.name,
              expected: `one of ${allowed.join(', ')}`,
              hint: `Remove "${attribute.name}".`,
            });
            continue;
          }
          if (attribute.value !== null && typeof attribute.value === 'object') {
            problems.push({
              ...at(node),
              field,
              message: `Attribute values must be literal text, not JavaScript`,
              found: `{${snippet(attribute.value.value)}}`,
              expected: 'a quoted value, such as url="https://…"',
              hint: `Write ${attribute.name}="…" with the value in quotes.`,
            });
            continue;
          }
          if (URL_ATTRIBUTES.has(attribute.name) && !SAFE_URL.test(String(attribute.value ?? ''))) {
            problems.push({
              ...at(node),
              field,
              message: `"${attribute.name}" must be an http(s) URL`,
              found: String(attribute.value),
              expected: 'an absolute http(s) URL such as https://www.youtube.com/watch?v=…',
              hint: 'Use the full https:// address of the video or slides.',
            });
          }
        }
        return;
      }
      case 'link':
      case 'image':
      case 'definition': {
        // Site-internal links (`/speakers/x/`) are fine: the remark base plugin prefixes them.
        const internal = node.url.startsWith('/') && !node.url.startsWith('//');
        if (SAFE_URL.test(node.url) || /^mailto:/iu.test(node.url) || node.url.startsWith('#') || internal) return;
        problems.push({
          ...at(node),
          field: node.type,
          message: `Links must use http(s), found "${snippet(node.url)}"`,
          found: node.url,
          expected: 'an absolute http(s) URL, or a site path starting with / such as /speakers/jun-rao/',
          hint: 'Link to the full https:// address or a site path; javascript:, data: and other schemes are not accepted.',
        });
        return;
      }
      default:
        return;
    }
  });
  return problems;
}
