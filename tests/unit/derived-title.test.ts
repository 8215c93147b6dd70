import { describe, expect, it } from 'vitest';
import { deriveTitle, displayTitleOf, excerptOf } from '../../src/text/titles.ts';

describe('deriveTitle', () => {
  it('uses a short first sentence whole, without its full stop', () => {
    expect(deriveTitle("Let's begin a very unusual Kafka Summit by reflecting about change. Changes we've seen.")).toBe(
      "Let's begin a very unusual Kafka Summit by reflecting about change",
    );
    expect(deriveTitle('Who is the best?\nTo answer this question…')).toBe('Who is the best?');
  });

  it('clips a long first paragraph at a word boundary near 70 characters', () => {
    const title = deriveTitle('Humana is at the forefront of an industry-wide effort to improve health outcomes while keeping costs in check.');
    expect(title).toBe('Humana is at the forefront of an industry-wide effort to improve health…');
    expect(title!.length).toBeLessThanOrEqual(72);
  });

  it('does not end on a comma or dash before the ellipsis', () => {
    expect(deriveTitle('Running Apache Kafka sometimes presents interesting challenges, especially when operating at scale.')).toBe(
      'Running Apache Kafka sometimes presents interesting challenges…',
    );
  });

  it('returns null without text', () => {
    expect(deriveTitle('')).toBeNull();
  });
});

describe('displayTitleOf', () => {
  it('drops a trailing "| <summit name>…" page suffix', () => {
    expect(displayTitleOf("Q&A with Lowe's | Kafka Summit 2020 Keynote", ['Kafka Summit 2020'])).toBe("Q&A with Lowe's");
  });
  it('keeps a bar that does not name the summit', () => {
    expect(displayTitleOf('Streams | Tables', ['Kafka Summit 2020'])).toBe('Streams | Tables');
  });
  it('drops a suffix naming any of the page names (the summit or its series), and ignores empty names', () => {
    expect(displayTitleOf('Streams | Kafka Summit Keynote', ['Kafka Summit 2020', 'Kafka Summit'])).toBe('Streams');
    expect(displayTitleOf('Streams | Tables', [''])).toBe('Streams | Tables');
    expect(displayTitleOf('Streams | Tables', [])).toBe('Streams | Tables');
  });
});

describe('excerptOf', () => {
  it('collapses whitespace and clips at a word boundary', () => {
    expect(excerptOf('a\nb   c')).toBe('a b c');
    expect(excerptOf(`${'word '.repeat(60)}`, 20)).toBe('word word word word…');
  });
});
