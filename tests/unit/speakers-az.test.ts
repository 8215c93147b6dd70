/**
 * The Speakers A–Z page's data (`speakersIndexPage`) files names in any script by the rule
 * of src/text/names.ts (issue 16): initials fold accents (Ø → O, Ł → L, É → E); within a
 * letter, Intl.Collator order on family name then given name; other scripts grouped after
 * Z in a fixed, documented order (Greek, Cyrillic, …, Hangul, Hiragana/Katakana, Han,
 * other scripts), and # (digits, symbols) last; every group has an ASCII anchor the page
 * links to. Fails if the grouping, the group order or the order within a group regresses.
 */
import { describe, expect, it } from 'vitest';
import { archiveDataOf } from '../../src/routes/archive-data.ts';
import { routeContext } from '../../src/routes/context.ts';
import { speakersIndexPage } from '../../src/routes/pages/speakers.ts';
import type { Speaker } from '../../src/schemas/records.ts';
import { speakerId } from '../../src/text/slug.ts';
import { seedArchive } from '../support/seed.ts';

const archive = await seedArchive();
const ctx = routeContext('/summit-archive/', 'https://example.github.io', archive.site.name);

function speaker(name: string): Speaker {
  return { id: speakerId(name), name, aliases: [], affiliations: [], sessions: [], bio: null, links: [], profile: null, presentations: [], mentionedIn: [] };
}

/** Accented, Cyrillic, Greek, CJK and digit-first names, in no particular order. */
const NAMES = [
  '山田 太郎',
  'Olaf Olsen',
  '50 Cent',
  'Анна Петрова',
  'Zoë Ødegaard',
  'Émile Zola',
  'Ada Lovelace',
  '김 민준',
  'Борис Андреев',
  'Anna Österberg',
  'Ludwig van Beethoven',
  '9 Lives',
  'Łukasz Łęcki',
  'Νίκος Καζαντζάκης',
  'Zoe Odegaard',
  'やまだ たろう',
  'Kari Ødegaard',
  'Zoë Zimmermann',
  '李 小龍',
];

function index(names: readonly string[]) {
  const data = archiveDataOf({ ...archive, speakers: names.map((name) => speaker(name)) });
  return speakersIndexPage(data, ctx);
}

describe('Speakers A–Z for names in any script', () => {
  const page = index(NAMES);

  it('groups letters A–Z with accents folded, then scripts after Z in the documented order, then #', () => {
    expect(page.groups.map((group) => [group.label, group.anchor])).toEqual([
      ['B', 'letter-b'],
      ['L', 'letter-l'],
      ['O', 'letter-o'],
      ['Z', 'letter-z'],
      ['Greek', 'script-greek'],
      ['Cyrillic', 'script-cyrillic'],
      ['Hangul', 'script-hangul'],
      ['Hiragana/Katakana', 'script-kana'],
      ['Han', 'script-han'],
      ['#', 'symbols'],
    ]);
  });

  it('orders each group by family name, then given name, with Intl.Collator (accents and case only break ties)', () => {
    expect(Object.fromEntries(page.groups.map((group) => [group.label, group.people.map((person) => person.name)]))).toEqual({
      B: ['Ludwig van Beethoven'],
      L: ['Łukasz Łęcki', 'Ada Lovelace'],
      O: ['Kari Ødegaard', 'Zoe Odegaard', 'Zoë Ødegaard', 'Olaf Olsen', 'Anna Österberg'],
      Z: ['Zoë Zimmermann', 'Émile Zola'],
      Greek: ['Νίκος Καζαντζάκης'],
      Cyrillic: ['Борис Андреев', 'Анна Петрова'],
      Hangul: ['김 민준'],
      'Hiragana/Katakana': ['やまだ たろう'],
      Han: ['山田 太郎', '李 小龍'],
      // Numbers compare as numbers: 9 before 50.
      '#': ['9 Lives', '50 Cent'],
    });
    expect(page.total).toBe(NAMES.length);
  });

  it('lists everyone exactly once, whatever order the records come in', () => {
    const again = index([...NAMES].reverse());
    expect(again.groups).toEqual(page.groups);
    expect(page.groups.flatMap((group) => group.people.map((person) => person.name)).sort()).toEqual([...NAMES].sort());
  });

  it('gives every group a unique ASCII anchor, usable as an HTML id and a #fragment', () => {
    const anchors = page.groups.map((group) => group.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z][a-z0-9-]*$/u);
  });

  it('links each person to their page under the base', () => {
    const han = page.groups.find((group) => group.label === 'Han')!;
    expect(han.people[0]!.url).toMatch(/^\/summit-archive\/speakers\/[^/]+\/$/u);
  });
});
