/**
 * The components contributor MDX may use, with the attributes each accepts and their type.
 * One table serves the policy (which rejects anything else with a positioned message) and
 * the sanitiser (which keeps only these attributes, whatever reached it). All three render
 * without client JavaScript (src/components/mdx/).
 */

export type AttributeKind = 'url' | 'text';

export interface AttributeRule {
  kind: AttributeKind;
  required: boolean;
}

export interface ComponentRule {
  attributes: ReadonlyMap<string, AttributeRule>;
}

const url = (required = false): AttributeRule => ({ kind: 'url', required });
const text = (): AttributeRule => ({ kind: 'text', required: false });

/** A Map, not an object literal: a tag named `constructor` or `__proto__` must find nothing. */
export const ALLOWED_COMPONENTS: ReadonlyMap<string, ComponentRule> = new Map([
  ['Video', { attributes: new Map([['url', url(true)], ['title', text()]]) }],
  ['Slides', { attributes: new Map([['url', url(true)], ['title', text()]]) }],
  ['Quote', { attributes: new Map([['author', text()], ['source', text()], ['url', url()]]) }],
]);

export const COMPONENT_NAMES: readonly string[] = [...ALLOWED_COMPONENTS.keys()];

export function componentRule(name: string | null | undefined): ComponentRule | undefined {
  return name ? ALLOWED_COMPONENTS.get(name) : undefined;
}

/**
 * Whether a URL written in content is an absolute http(s) address. The value is read as a
 * browser would: character references are already decoded by the parser, and ASCII
 * whitespace and control characters, which browsers strip from URLs, are removed first,
 * so `java\tscript:` or ` javascript:` cannot pass as something else.
 */
export function isHttpUrl(value: string): boolean {
  const cleaned = stripUrlNoise(value);
  if (!/^https?:\/\//iu.test(cleaned)) return false;
  try {
    const parsed = new URL(cleaned);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Remove what browsers ignore in a URL attribute: leading/trailing spaces and any tab, newline or control character. */
export function stripUrlNoise(value: string): string {
  let out = '';
  for (const character of value) {
    const code = character.codePointAt(0)!;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    out += character;
  }
  return out;
}

/** Links contributors may write: http(s), mailto, an in-page anchor, or a site path (`/speakers/x/`). */
export function isAllowedLink(value: string): boolean {
  const cleaned = stripUrlNoise(value);
  if (isHttpUrl(cleaned)) return true;
  if (/^mailto:[^\s@]+@[^\s@]+$/iu.test(cleaned)) return true;
  if (cleaned.startsWith('#')) return true;
  // A site path, never protocol-relative (`//evil.example`) or a backslash trick (`/\evil.example`).
  return cleaned.startsWith('/') && !cleaned.startsWith('//') && !cleaned.includes('\\');
}
