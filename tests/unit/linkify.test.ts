/** linkify: web addresses in provenance text become links, nothing else does. */
import { describe, expect, it } from 'vitest';
import { linkify } from '../../src/text/linkify.ts';

describe('linkify', () => {
  it('links an http(s) URL and keeps the words around it as text', () => {
    expect(linkify('Official page https://example.org/talks/a-b/ (its description matches).')).toEqual([
      { text: 'Official page ' },
      { url: 'https://example.org/talks/a-b/' },
      { text: ' (its description matches).' },
    ]);
  });

  it('leaves sentence punctuation and closing brackets out of the URL', () => {
    expect(linkify('See (https://example.org/x), then "https://example.org/y".')).toEqual([
      { text: 'See (' },
      { url: 'https://example.org/x' },
      { text: '), then "' },
      { url: 'https://example.org/y' },
      { text: '".' },
    ]);
  });

  it('keeps a bracket the URL itself opened', () => {
    expect(linkify('https://en.wikipedia.org/wiki/Kafka_(software).')).toEqual([{ url: 'https://en.wikipedia.org/wiki/Kafka_(software)' }, { text: '.' }]);
  });

  it('links nothing but absolute http(s) URLs', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', 'https://', 'http://localhost/x', 'www.example.org', 'listing.txt, line 4']) {
      expect(linkify(text), text).toEqual([{ text }]);
    }
  });

  it('returns the whole text, in order, with nothing lost', () => {
    const text = 'a https://a.example/1 b\nhttps://b.example/2, c https:// d http://c.example/3';
    const parts = linkify(text);
    expect(parts.map((part) => ('url' in part ? part.url : part.text)).join('')).toBe(text);
    expect(parts.filter((part) => 'url' in part)).toEqual([{ url: 'https://a.example/1' }, { url: 'https://b.example/2' }, { url: 'http://c.example/3' }]);
  });

  it('handles an empty text and a text of only spaces', () => {
    expect(linkify('')).toEqual([]);
    expect(linkify('   ')).toEqual([{ text: '   ' }]);
  });
});
