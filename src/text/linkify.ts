/**
 * Plain text with the web addresses in it made into links: a correction's provenance names its
 * sources as URLs, and a reader (or reviewer) should be able to follow them. One linear scan
 * (no regular expression touches the text); only absolute http(s) URLs become links, and the
 * punctuation that ends a sentence or a bracket around the URL stays text.
 */
export type TextPart = { text: string } | { url: string };

const SCHEMES = ['https://', 'http://'];
/** Characters that end a sentence or close a bracket: not part of a URL at its very end. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', "'", '»', '”', '’']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** Where the next URL starts at or after `from`, or -1. */
function nextUrlStart(text: string, from: number): number {
  let best = -1;
  for (const scheme of SCHEMES) {
    const at = text.indexOf(scheme, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

/** Trim closing punctuation; a `)` stays when it closes a `(` of the URL's own (Wikipedia-style paths). */
function trimTrailing(candidate: string): string {
  // balance = "(" minus ")" in candidate[0, end): a trailing ")" with balance ≥ 0 closes one of the URL's own.
  let balance = 0;
  for (const char of candidate) {
    if (char === '(') balance += 1;
    else if (char === ')') balance -= 1;
  }
  let end = candidate.length;
  while (end > 0 && TRAILING.has(candidate[end - 1]!)) {
    if (candidate[end - 1] === ')') {
      if (balance >= 0) break;
      balance += 1;
    }
    end -= 1;
  }
  return candidate.slice(0, end);
}

function isHttpUrl(candidate: string): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
}

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plainFrom = 0;
  let searchFrom = 0;
  while (searchFrom < text.length) {
    const start = nextUrlStart(text, searchFrom);
    if (start === -1) break;
    let end = start;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
    const url = trimTrailing(text.slice(start, end));
    if (isHttpUrl(url)) {
      if (start > plainFrom) parts.push({ text: text.slice(plainFrom, start) });
      parts.push({ url });
      plainFrom = start + url.length;
    }
    searchFrom = Math.max(end, start + 1);
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom) });
  return parts;
}
