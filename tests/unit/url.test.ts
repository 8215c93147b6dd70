import { describe, expect, it } from 'vitest';
import remarkBaseLinks, { prefixBase } from '../../src/markdown/remark-base-links.ts';
import { normaliseBase, paths, withBase } from '../../src/routes/urls.ts';

describe('withBase', () => {
  it('joins base and path with trailing slashes for pages', () => {
    expect(withBase('/summit-archive/', paths.session('kafka-summit-2020/x'))).toBe('/summit-archive/sessions/kafka-summit-2020/x/');
    expect(withBase('/summit-archive', 'speakers')).toBe('/summit-archive/speakers/');
    expect(withBase('/', '')).toBe('/');
  });
  it('keeps file paths without a trailing slash', () => {
    expect(withBase('/summit-archive/', 'data/sessions.json')).toBe('/summit-archive/data/sessions.json');
  });
  it('normalises bases', () => {
    expect(normaliseBase('summit-archive')).toBe('/summit-archive/');
    expect(normaliseBase('')).toBe('/');
  });
});

describe('remark-base-links', () => {
  it('prefixes root-relative URLs once, and leaves others alone', () => {
    expect(prefixBase('/speakers/x/', '/summit-archive/')).toBe('/summit-archive/speakers/x/');
    expect(prefixBase('/summit-archive/speakers/x/', '/summit-archive/')).toBe('/summit-archive/speakers/x/');
    expect(prefixBase('https://kafka.apache.org/', '/summit-archive/')).toBe('https://kafka.apache.org/');
    expect(prefixBase('//cdn.example/x', '/summit-archive/')).toBe('//cdn.example/x');
    expect(prefixBase('#section', '/summit-archive/')).toBe('#section');
    expect(prefixBase('/x/', '/')).toBe('/x/');
  });

  it('rewrites links, images and definitions in a tree', () => {
    const tree = {
      type: 'root' as const,
      children: [
        { type: 'paragraph' as const, children: [{ type: 'link' as const, url: '/speakers/a/', children: [{ type: 'text' as const, value: 'a' }] }, { type: 'image' as const, url: '/img.png', alt: '' }] },
        { type: 'definition' as const, identifier: 'x', label: 'x', url: '/tracks/' },
      ],
    };
    remarkBaseLinks({ base: '/summit-archive/' })(tree);
    expect(JSON.stringify(tree)).toContain('"/summit-archive/speakers/a/"');
    expect(JSON.stringify(tree)).toContain('"/summit-archive/img.png"');
    expect(JSON.stringify(tree)).toContain('"/summit-archive/tracks/"');
  });
});
