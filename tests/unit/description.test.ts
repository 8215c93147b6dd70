import { describe, expect, it } from 'vitest';
import { descriptionMarkdown, descriptionText, descriptionTree } from '../../src/parse/listing/description.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
const markdown = (...texts: string[]) => descriptionMarkdown(descriptionTree(lines(...texts)));

describe('descriptionTree / descriptionMarkdown', () => {
  it('keeps paragraphs separated by blank lines', () => {
    expect(markdown('First paragraph.', '', 'Second paragraph.')).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('keeps line breaks inside a paragraph', () => {
    expect(markdown('What guarantees?', 'What factor?')).toBe('What guarantees?\\\nWhat factor?');
  });

  it('makes • lines a bullet list, also right after a paragraph line', () => {
    expect(markdown('We will cover:', '    • one', '    • two')).toBe('We will cover:\n\n- one\n- two');
  });

  it('makes numbered lines an ordered list that keeps its start number (Markdown writes `1)` as `1.`)', () => {
    expect(markdown('1) first;', '2) second')).toBe('1. first;\n2. second');
    expect(markdown('3. third', '4. fourth')).toBe('3. third\n4. fourth');
  });

  it('keeps one list across blank lines between its items', () => {
    expect(markdown('– a', '', '– b', '', '– c')).toBe('- a\n- b\n- c');
  });

  it('ends a list at a plain line', () => {
    expect(markdown('• a', '• b', 'After the list.')).toBe('- a\n- b\n\nAfter the list.');
  });

  it('escapes Markdown syntax in the source text', () => {
    expect(markdown('Use *args and _kwargs_ with <T> and [x](y)')).toBe('Use \\*args and \\_kwargs\\_ with \\<T> and \\[x]\\(y)');
    expect(markdown('# not a heading')).toBe('\\# not a heading');
  });

  it('does not treat a dash inside a sentence as a list', () => {
    expect(markdown('Apache Pinot - a datastore - for analytics.')).toBe('Apache Pinot - a datastore - for analytics.');
  });

  it('returns an empty string for no text', () => {
    expect(markdown('', '   ')).toBe('');
  });
});

describe('descriptionText', () => {
  it('gives one line per paragraph line and per list item, without markers', () => {
    expect(descriptionText(descriptionTree(lines('Intro:', '• a', '• b', '', 'Line one', 'line two')))).toBe('Intro:\na\nb\nLine one\nline two');
  });
});
