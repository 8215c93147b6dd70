import { describe, expect, it } from 'vitest';
import { aliasMap, canonicalName, likelyDuplicates, similarGivenNames } from '../../src/link/identity.ts';
import { normaliseName } from '../../src/text/names.ts';

const none = { people: [], distinct: [] };

describe('likelyDuplicates', () => {
  it('reports a shortened given name with the same surname (Kate / Katherine Stanley)', () => {
    expect(likelyDuplicates(['Kate Stanley', 'Katherine Stanley', 'Grace Jansen'], none)).toEqual([
      { names: ['Kate Stanley', 'Katherine Stanley'], reason: 'same surname, similar given names (kate / katherine)' },
    ]);
  });

  it('reports a near-spelling with a middle initial (Mattias Sax / Matthias J. Sax)', () => {
    expect(likelyDuplicates(['Matthias J. Sax', 'Mattias Sax'], none).map((entry) => entry.names)).toEqual([['Matthias J. Sax', 'Mattias Sax']]);
  });

  it('reports accents, initials and a surname one letter off', () => {
    expect(likelyDuplicates(['Mickaël Maison', 'Mickael Maison'], none)[0]?.reason).toBe('same name apart from accents, case or dots');
    expect(likelyDuplicates(['J. Rao', 'Jun Rao'], none)).toHaveLength(1);
    expect(likelyDuplicates(['Leon Stiel', 'Leon Stiehl'], none)[0]?.reason).toBe('same given name, surnames one letter apart');
  });

  it('does not report different people who share a surname or a given name', () => {
    expect(likelyDuplicates(['Rob Brown', 'Robert Cole', 'Andrew Jones', 'Andrew Schofield', 'Neil Adamson', 'Neil Buesing'], none)).toEqual([]);
  });

  it('leaves out pairs settled in the alias file, either way', () => {
    const decisions = { people: [{ name: 'Kate Stanley', aliases: ['Katherine Stanley'] }], distinct: [{ names: ['Jun Rao', 'J. Rao'] as [string, string] }] };
    expect(likelyDuplicates(['Kate Stanley', 'Katherine Stanley', 'Jun Rao', 'J. Rao'], decisions)).toEqual([]);
  });
});

describe('aliases', () => {
  it('maps aliases to the shown name and leaves other names alone', () => {
    const map = aliasMap({ people: [{ name: 'Kate Stanley', aliases: ['Katherine Stanley'] }], distinct: [] });
    expect(canonicalName('Katherine Stanley', map)).toBe('Kate Stanley');
    expect(canonicalName('Grace Jansen', map)).toBe('Grace Jansen');
  });

  it('normalises names for comparison', () => {
    expect(normaliseName('  Mickaël  J. Maison ')).toBe('mickael j maison');
    expect(similarGivenNames('j', 'jun')).toBe(true);
    expect(similarGivenNames('rob', 'bob')).toBe(true);
    expect(similarGivenNames('andrew', 'neil')).toBe(false);
  });
});

describe('likely duplicates read names by the one name rule', () => {
  it('pairs a name with its suffixed or family-first spelling', () => {
    expect(likelyDuplicates(['Robert Lang', 'Robert Lang Jr.'], { people: [], distinct: [] }).map((pair) => pair.names)).toEqual([['Robert Lang', 'Robert Lang Jr.']]);
    expect(likelyDuplicates(['Kim Min-jun', 'Min-jun Kim'], { people: [], distinct: [] }).map((pair) => pair.names)).toEqual([['Kim Min-jun', 'Min-jun Kim']]);
  });
});
