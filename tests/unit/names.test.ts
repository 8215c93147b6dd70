import { describe, expect, it } from 'vitest';
import {
  GROUPS,
  bibtexName,
  comparableName,
  compareNames,
  cslName,
  escapeBibtex,
  fullFamily,
  groupByInitial,
  initialOf,
  normaliseName,
  sortByName,
  sortKey,
  splitName,
} from '../../src/text/names.ts';

describe('suffixes are never family names', () => {
  it('reads Jr. with or without a comma (readers saw "Jr., Robert T. Lang")', () => {
    expect(splitName('Robert T. Lang Jr.')).toStrictEqual({ given: 'Robert T.', family: 'Lang', suffix: 'Jr.', familyFirst: false });
    expect(splitName('Robert T. Lang, Jr.')).toStrictEqual({ given: 'Robert T.', family: 'Lang', suffix: 'Jr.', familyFirst: false });
    expect(bibtexName('Robert T. Lang Jr.')).toBe('Lang, Jr., Robert T.');
    expect(bibtexName('Robert T. Lang, Jr.')).toBe('Lang, Jr., Robert T.');
    expect(cslName('Robert T. Lang Jr.')).toStrictEqual({ family: 'Lang', given: 'Robert T.', suffix: 'Jr.' });
  });

  it('knows Sr., II, III, IV, PhD, MBA and MD, dotted or not', () => {
    expect(splitName('John Smith Sr.').suffix).toBe('Sr.');
    expect(splitName('Martin Luther King III')).toStrictEqual({ given: 'Martin Luther', family: 'King', suffix: 'III', familyFirst: false });
    expect(splitName('Henry Ford II').family).toBe('Ford');
    expect(splitName('Pat Roe IV').suffix).toBe('IV');
    expect(splitName('Jane Doe PhD')).toStrictEqual({ given: 'Jane', family: 'Doe', suffix: 'PhD', familyFirst: false });
    expect(splitName('Jane Doe, Ph.D.').suffix).toBe('Ph.D.');
    expect(splitName('Sam Poe, MBA').family).toBe('Poe');
    expect(splitName('Ann Lee M.D.').suffix).toBe('M.D.');
    expect(splitName('Ann Lee MD').family).toBe('Lee');
  });

  it('keeps several suffixes in written order and braces them in BibTeX', () => {
    expect(splitName('Robert Lang, Jr., PhD')).toStrictEqual({ given: 'Robert', family: 'Lang', suffix: 'Jr., PhD', familyFirst: false });
    expect(splitName('Robert Lang Jr., PhD').suffix).toBe('Jr., PhD');
    expect(bibtexName('Robert Lang, Jr., PhD')).toBe('Lang, {Jr., PhD}, Robert');
  });

  it('does not take a lower-case roman numeral or a lone suffix word as a suffix', () => {
    expect(splitName('Ivy Iv').family).toBe('Iv');
    expect(splitName('Jr.')).toStrictEqual({ given: '', family: 'Jr.', familyFirst: false });
  });
});

describe('particles', () => {
  it('puts lower-case particles in the BibTeX von part and the CSL non-dropping particle', () => {
    expect(splitName('Ludwig van Beethoven')).toStrictEqual({ given: 'Ludwig', family: 'Beethoven', particle: 'van', familyFirst: false });
    expect(bibtexName('Ludwig van Beethoven')).toBe('van Beethoven, Ludwig');
    expect(cslName('Ludwig van Beethoven')).toStrictEqual({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' });
    expect(bibtexName('Jan van der Berg')).toBe('van der Berg, Jan');
    expect(bibtexName('Oscar de la Hoya')).toBe('de la Hoya, Oscar');
    expect(bibtexName('Ludwig von Mises')).toBe('von Mises, Ludwig');
    expect(bibtexName('Pedro del Monte')).toBe('del Monte, Pedro');
    expect(bibtexName('Anna della Rovere')).toBe('della Rovere, Anna');
    expect(bibtexName('Paulo da Silva')).toBe('da Silva, Paulo');
    expect(bibtexName('Maria di Stefano')).toBe('di Stefano, Maria');
    expect(bibtexName('Pierre du Pont')).toBe('du Pont, Pierre');
    expect(bibtexName('João dos Santos')).toBe('dos Santos, João');
    expect(bibtexName('Ana das Neves')).toBe('das Neves, Ana');
    expect(bibtexName('Jean le Rond')).toBe('le Rond, Jean');
    expect(bibtexName('Marie la Roche')).toBe('la Roche, Marie');
    expect(bibtexName('Piet ten Brink')).toBe('ten Brink, Piet');
    expect(bibtexName('Joke ter Horst')).toBe('ter Horst, Joke');
    expect(bibtexName('Ahmed bin Salman')).toBe('bin Salman, Ahmed');
    expect(bibtexName('Ali ibn Rushd')).toBe('ibn Rushd, Ali');
    expect(bibtexName("Gerard 't Hooft")).toBe("'t Hooft, Gerard");
  });

  it('reads al- joined to the name as a particle', () => {
    expect(splitName('Muhammad al-Khwarizmi')).toStrictEqual({ given: 'Muhammad', family: 'Khwarizmi', particle: 'al-', familyFirst: false });
    expect(bibtexName('Muhammad al-Khwarizmi')).toBe('al-Khwarizmi, Muhammad');
    expect(cslName('Muhammad al-Khwarizmi')).toStrictEqual({ family: 'Khwarizmi', given: 'Muhammad', 'non-dropping-particle': 'al-' });
    expect(fullFamily(splitName('Muhammad al-Khwarizmi'))).toBe('al-Khwarizmi');
    expect(fullFamily(splitName('Jan van der Berg'))).toBe('van der Berg');
  });

  it('keeps capitalised particles and Irish prefixes inside the family name', () => {
    expect(splitName('Robert De Niro')).toStrictEqual({ given: 'Robert', family: 'De Niro', familyFirst: false });
    expect(splitName('Ursula K. Le Guin')).toStrictEqual({ given: 'Ursula K.', family: 'Le Guin', familyFirst: false });
    expect(splitName('Dick Van Dyke').family).toBe('Van Dyke');
    expect(splitName('Sinéad Ní Bhriain')).toStrictEqual({ given: 'Sinéad', family: 'Ní Bhriain', familyFirst: false });
    expect(splitName('Áine Nic Giolla').family).toBe('Nic Giolla');
    expect(splitName('Seán Mac Giolla').family).toBe('Mac Giolla');
    expect(splitName('Dara Ó Briain')).toStrictEqual({ given: 'Dara', family: 'Ó Briain', familyFirst: false });
    expect(bibtexName('Dara Ó Briain')).toBe('Ó Briain, Dara');
    expect(cslName('Robert De Niro')).toStrictEqual({ family: 'De Niro', given: 'Robert' });
  });

  it('braces a capitalised family name with a lower-case word inside, so BibTeX keeps it whole', () => {
    expect(splitName('Jan Van der Berg').family).toBe('Van der Berg');
    expect(bibtexName('Jan Van der Berg')).toBe('{Van der Berg}, Jan');
  });

  it('always leaves a given name: a leading particle word is not swallowed', () => {
    expect(splitName('van Beethoven')).toStrictEqual({ given: 'van', family: 'Beethoven', familyFirst: false });
  });
});

describe('Western shapes', () => {
  it('keeps hyphenated names whole', () => {
    expect(splitName('Jean-Luc Picard')).toStrictEqual({ given: 'Jean-Luc', family: 'Picard', familyFirst: false });
    expect(splitName('Mary Smith-Jones')).toStrictEqual({ given: 'Mary', family: 'Smith-Jones', familyFirst: false });
    expect(bibtexName('Jean-Luc Picard')).toBe('Picard, Jean-Luc');
  });

  it('reads a single word as a family name only', () => {
    expect(splitName('Madonna')).toStrictEqual({ given: '', family: 'Madonna', familyFirst: false });
    expect(bibtexName('Madonna')).toBe('Madonna');
    expect(cslName('Madonna')).toStrictEqual({ family: 'Madonna' });
  });

  it('keeps initials in the given name', () => {
    expect(splitName('J. R. R. Tolkien')).toStrictEqual({ given: 'J. R. R.', family: 'Tolkien', familyFirst: false });
    expect(splitName('J.R.R. Tolkien').given).toBe('J.R.R.');
    expect(bibtexName('J. R. R. Tolkien')).toBe('Tolkien, J. R. R.');
  });

  it('keeps apostrophes and inner capitals', () => {
    expect(splitName("Conan O'Brien")).toStrictEqual({ given: 'Conan', family: "O'Brien", familyFirst: false });
    expect(splitName('Ronald McDonald').family).toBe('McDonald');
    expect(splitName('Dana DeWitt').family).toBe('DeWitt');
    expect(initialOf("Conan O'Brien").group).toBe('O');
    expect(initialOf('Ronald McDonald').group).toBe('M');
    expect(initialOf('Dana DeWitt').group).toBe('D');
  });

  it('reads "Family, Given" as inverted', () => {
    expect(splitName('Lang, Robert T.')).toStrictEqual({ given: 'Robert T.', family: 'Lang', familyFirst: false });
    expect(splitName('Lang, Robert T., Jr.')).toStrictEqual({ given: 'Robert T.', family: 'Lang', suffix: 'Jr.', familyFirst: false });
    expect(splitName('van Beethoven, Ludwig')).toStrictEqual({ given: 'Ludwig', family: 'Beethoven', particle: 'van', familyFirst: false });
  });

  it('leaves names it cannot read unsplit (a word without letters, or two commas)', () => {
    expect(splitName('50 Cent')).toStrictEqual({ given: '', family: '50 Cent', familyFirst: false });
    expect(bibtexName('50 Cent')).toBe('{50 Cent}');
    expect(cslName('50 Cent')).toStrictEqual({ literal: '50 Cent' });
    expect(splitName('Doe, Jane, Acme').family).toBe('Doe, Jane, Acme');
    expect(bibtexName('Doe, Jane, Acme')).toBe('{Doe, Jane, Acme}');
  });

  it('cleans up whitespace and Unicode form', () => {
    expect(splitName('  Mickae\u0308l   Maison ')).toStrictEqual({ given: 'Mickaël', family: 'Maison', familyFirst: false });
    expect(splitName('')).toStrictEqual({ given: '', family: '', familyFirst: false });
  });
});

describe('family name first', () => {
  it('reads CJK names with a space family first (readers saw "太郎, 山田")', () => {
    expect(splitName('山田 太郎')).toStrictEqual({ given: '太郎', family: '山田', familyFirst: true });
    expect(bibtexName('山田 太郎')).toBe('山田, 太郎');
    expect(cslName('山田 太郎')).toStrictEqual({ family: '山田', given: '太郎' });
    expect(splitName('山田\u3000太郎').family).toBe('山田');
    expect(splitName('やまだ たろう')).toStrictEqual({ given: 'たろう', family: 'やまだ', familyFirst: true });
    expect(splitName('ヤマダ タロー').family).toBe('ヤマダ');
    expect(splitName('김 민준')).toStrictEqual({ given: '민준', family: '김', familyFirst: true });
    expect(splitName('李 小龍').family).toBe('李');
    expect(splitName('山田, 太郎')).toStrictEqual({ given: '太郎', family: '山田', familyFirst: true });
  });

  it('leaves CJK names without a space unsplit: a CSL literal, braced in BibTeX', () => {
    expect(splitName('山田太郎')).toStrictEqual({ given: '', family: '山田太郎', familyFirst: true });
    expect(cslName('山田太郎')).toStrictEqual({ literal: '山田太郎' });
    expect(bibtexName('山田太郎')).toBe('{山田太郎}');
    expect(cslName('李小龍')).toStrictEqual({ literal: '李小龍' });
    expect(cslName('김민준')).toStrictEqual({ literal: '김민준' });
    expect(cslName('レオナルド・ダ・ヴィンチ')).toStrictEqual({ literal: 'レオナルド・ダ・ヴィンチ' });
  });

  it('reads a common Korean/Chinese family name before a hyphenated given name as family first (readers saw "Min-jun, Kim")', () => {
    expect(splitName('Kim Min-jun')).toStrictEqual({ given: 'Min-jun', family: 'Kim', familyFirst: true });
    expect(bibtexName('Kim Min-jun')).toBe('Kim, Min-jun');
    expect(cslName('Kim Min-jun')).toStrictEqual({ family: 'Kim', given: 'Min-jun' });
    expect(splitName('Cho Jae-won')).toStrictEqual({ given: 'Jae-won', family: 'Cho', familyFirst: true });
    expect(splitName('Tsai Ing-wen')).toStrictEqual({ given: 'Ing-wen', family: 'Tsai', familyFirst: true });
    expect(splitName('Kim Min-jun Jr.')).toStrictEqual({ given: 'Min-jun', family: 'Kim', suffix: 'Jr.', familyFirst: true });
  });

  it('keeps Western order everywhere else (documented limit for unhyphenated romanisations)', () => {
    expect(splitName('Min-jun Kim')).toStrictEqual({ given: 'Min-jun', family: 'Kim', familyFirst: false });
    expect(splitName('Kim Smith-Jones')).toStrictEqual({ given: 'Kim', family: 'Smith-Jones', familyFirst: false });
    expect(splitName('Lee Jean-Paul').family).toBe('Jean-Paul');
    expect(splitName('Kim Min-jun Park').family).toBe('Park');
    expect(splitName('Kim Minjun')).toStrictEqual({ given: 'Kim', family: 'Minjun', familyFirst: false });
    expect(splitName('Xi Jinping').family).toBe('Jinping');
    expect(splitName('Yamada Taro').family).toBe('Taro');
  });
});

describe('BibTeX protection', () => {
  it('escapes TeX specials and braces a part containing the word "and"', () => {
    expect(bibtexName('Jane O_Brien')).toBe('O\\_Brien, Jane');
    expect(bibtexName('Anna and Elsa Frost')).toBe('Frost, {Anna and Elsa}');
    expect(bibtexName('Alexander Andersen')).toBe('Andersen, Alexander');
    expect(escapeBibtex('a\\{b}')).toBe('a\\textbackslash{}\\{b\\}');
  });
});

describe('ported from tests/unit/cite.test.ts', () => {
  it('cites the seed speakers as before', () => {
    expect(bibtexName('Mickael Maison')).toBe('Maison, Mickael');
    expect(bibtexName('Ryanne Dolan')).toBe('Dolan, Ryanne');
    expect(['Jan van der Berg', 'Prince'].map(bibtexName).join(' and ')).toBe('van der Berg, Jan and Prince');
    expect(cslName('Mickael Maison')).toStrictEqual({ family: 'Maison', given: 'Mickael' });
    expect(cslName('Ryanne Dolan')).toStrictEqual({ family: 'Dolan', given: 'Ryanne' });
    expect(cslName('Matthias J. Sax')).toStrictEqual({ family: 'Sax', given: 'Matthias J.' });
  });

  it('takes the last word (with particles) as the family name', () => {
    expect(splitName('Navinder Pal Singh Brar')).toStrictEqual({ given: 'Navinder Pal Singh', family: 'Brar', familyFirst: false });
    // Was { family: 'von Mises', given: 'Ludwig' }: the particle is now its own field.
    expect(splitName('Ludwig von Mises')).toStrictEqual({ given: 'Ludwig', family: 'Mises', particle: 'von', familyFirst: false });
    expect(fullFamily(splitName('Ludwig von Mises'))).toBe('von Mises');
    expect(splitName('Prince')).toStrictEqual({ given: '', family: 'Prince', familyFirst: false });
    expect(cslName('Prince')).toStrictEqual({ family: 'Prince' });
  });
});

describe('A–Z groups', () => {
  it('folds accents and special Latin letters to A–Z (readers saw Zoë Ødegaard under #)', () => {
    expect(initialOf('Zoë Ødegaard')).toStrictEqual({ group: 'O', label: 'O', anchor: 'letter-o', order: 14 });
    expect(initialOf('Émile Zola')).toStrictEqual({ group: 'Z', label: 'Z', anchor: 'letter-z', order: 25 });
    expect(initialOf('Anna Öberg').group).toBe('O');
    expect(initialOf('Paul Éluard').group).toBe('E');
    expect(initialOf('Łukasz Nowak').group).toBe('N');
    expect(initialOf('Jan Łukasiewicz').group).toBe('L');
    expect(initialOf('Björn Ærø').group).toBe('A');
    expect(initialOf('Anna SSmith').group).toBe('S');
    expect(initialOf('Ola Đorđević').group).toBe('D');
    expect(initialOf('Jón Þórsson').group).toBe('T');
    expect(initialOf('Ilham Əliyev').group).toBe('E');
    expect(initialOf('Ａｎｎａ Ｆｕｌｌ').group).toBe('F');
  });

  it('files by the family name: after a lower-case particle, with a capitalised one', () => {
    expect(initialOf('Ludwig van Beethoven').group).toBe('B');
    expect(initialOf('Jan van der Berg').group).toBe('B');
    expect(initialOf('Muhammad al-Khwarizmi').group).toBe('K');
    expect(initialOf('Robert De Niro').group).toBe('D');
    expect(initialOf('Sinéad Ní Bhriain').group).toBe('N');
    expect(initialOf('Robert T. Lang Jr.').group).toBe('L');
    expect(initialOf('Kim Min-jun').group).toBe('K');
    expect(initialOf('Madonna').group).toBe('M');
  });

  it('groups other scripts by script after Z (readers saw 山田 太郎 under #)', () => {
    expect(initialOf('山田 太郎')).toStrictEqual({ group: 'Han', label: 'Han', anchor: 'script-han', order: 48 });
    expect(initialOf('李小龍').group).toBe('Han');
    expect(initialOf('やまだ たろう')).toStrictEqual({ group: 'Hiragana/Katakana', label: 'Hiragana/Katakana', anchor: 'script-kana', order: 47 });
    expect(initialOf('ヤマダ タロー').group).toBe('Hiragana/Katakana');
    expect(initialOf('김 민준')).toStrictEqual({ group: 'Hangul', label: 'Hangul', anchor: 'script-hangul', order: 46 });
    expect(initialOf('Фёдор Достоевский')).toStrictEqual({ group: 'Cyrillic', label: 'Cyrillic', anchor: 'script-cyrillic', order: 27 });
    expect(initialOf('Νίκος Καζαντζάκης')).toStrictEqual({ group: 'Greek', label: 'Greek', anchor: 'script-greek', order: 26 });
    expect(initialOf('דוד בן-גוריון').group).toBe('Hebrew');
    expect(initialOf('نجيب محفوظ').group).toBe('Arabic');
    expect(initialOf('रवि शंकर').group).toBe('Devanagari');
    expect(initialOf('สมชาย ใจดี').group).toBe('Thai');
    expect(initialOf('ᏌᏊ ᎤᏍᏗ')).toStrictEqual({ group: 'Other', label: 'Other scripts', anchor: 'script-other', order: 49 });
    for (const name of ['山田 太郎', 'Фёдор Достоевский', 'ᏌᏊ ᎤᏍᏗ']) expect(initialOf(name).order).toBeGreaterThan(initialOf('Émile Zola').order);
  });

  it('uses # only for digits and symbols, and files it last', () => {
    expect(initialOf('50 Cent')).toStrictEqual({ group: '#', label: '#', anchor: 'symbols', order: 50 });
    expect(initialOf('@dril').group).toBe('#');
    expect(initialOf('').group).toBe('#');
    expect(Math.max(...GROUPS.map((group) => group.order))).toBe(initialOf('50 Cent').order);
  });

  it('has one valid ASCII HTML id per group, in a stable order', () => {
    expect(GROUPS.map((group) => group.group)).toStrictEqual([
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil',
      'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Myanmar', 'Khmer', 'Ethiopic', 'Hangul', 'Hiragana/Katakana', 'Han',
      'Other', '#',
    ]);
    expect(GROUPS.map((group) => group.order)).toStrictEqual(GROUPS.map((_, index) => index));
    for (const group of GROUPS) expect(group.anchor).toMatch(/^[a-z][a-z0-9-]*$/u);
    expect(new Set(GROUPS.map((group) => group.anchor)).size).toBe(GROUPS.length);
    expect(GROUPS[0]?.anchor).toBe('letter-a');
  });
});

describe('A–Z order', () => {
  it('builds the sort key from family, given, particle and suffix, folded', () => {
    expect(sortKey('Matthias J. Sax')).toBe('sax matthias j.');
    expect(sortKey('Ludwig van Beethoven')).toBe('beethoven ludwig van');
    expect(sortKey('Robert T. Lang Jr.')).toBe('lang robert t. jr.');
    expect(sortKey('Zoë Ødegaard')).toBe('odegaard zoe');
    expect(sortKey('Þóra Ægisdóttir')).toBe('aegisdottir thora');
    expect(sortKey('山田 太郎')).toBe('山田 太郎');
    expect(sortKey('Kim Min-jun')).toBe('kim min-jun');
    expect(sortKey('Фёдор Достоевский')).toBe('достоевский фёдор');
  });

  it('sorts a mixed list: A–Z, then scripts in order, then #; ties broken deterministically', () => {
    const names = [
      'Иван Петров',
      '山田 太郎',
      'Zoë Ødegaard',
      '50 Cent',
      'Émile Zola',
      'Anna Oz',
      'Ludwig van Beethoven',
      'やまだ はなこ',
      'Zoe Odegaard',
      'Łukasz Nowak',
      'Νίκος Καζαντζάκης',
      '@dril',
      '김 민준',
      'Kim Min-jun',
      'Robert T. Lang Jr.',
      'Ada Lovelace',
      'Robert Lang',
      'Agent 7',
      'Anna Zola',
    ];
    const expected = [
      'Agent 7', // unsplit (a word without letters), filed by its first letter
      'Ludwig van Beethoven',
      'Kim Min-jun',
      'Robert Lang',
      'Robert T. Lang Jr.',
      'Ada Lovelace',
      'Łukasz Nowak',
      'Zoe Odegaard',
      'Zoë Ødegaard',
      'Anna Oz',
      'Anna Zola',
      'Émile Zola',
      'Νίκος Καζαντζάκης',
      'Иван Петров',
      '김 민준',
      'やまだ はなこ',
      '山田 太郎',
      '@dril',
      '50 Cent',
    ];
    expect([...names].sort(compareNames)).toStrictEqual(expected);
    expect([...names].reverse().sort(compareNames)).toStrictEqual(expected);
    expect(sortByName(names.map((name) => ({ name })), (item) => item.name).map((item) => item.name)).toStrictEqual(expected);
  });

  it('is a total order: 0 only for the same string, antisymmetric', () => {
    expect(compareNames('Zoe Odegaard', 'Zoë Ødegaard')).toBe(-1);
    expect(compareNames('Zoë Ødegaard', 'Zoe Odegaard')).toBe(1);
    expect(compareNames('Anna Oz', 'Anna Oz')).toBe(0);
    expect(compareNames('anna oz', 'Anna Oz')).not.toBe(0);
  });

  it('orders numbers in names numerically', () => {
    expect(['Agent 10', 'Agent 9'].sort(compareNames)).toStrictEqual(['Agent 9', 'Agent 10']);
  });

  it('groups a speaker list for the A–Z page: contiguous groups, # last', () => {
    const groups = groupByInitial(['山田 太郎', 'Zoë Ødegaard', 'Paul Pry', 'Anna Oz', '50 Cent', 'Émile Zola'], (name) => name);
    expect(groups.map((group) => [group.anchor, group.label, group.items])).toStrictEqual([
      ['letter-o', 'O', ['Zoë Ødegaard', 'Anna Oz']],
      ['letter-p', 'P', ['Paul Pry']],
      ['letter-z', 'Z', ['Émile Zola']],
      ['script-han', 'Han', ['山田 太郎']],
      ['symbols', '#', ['50 Cent']],
    ]);
  });
});

describe('likely duplicates (ported from tests/unit/speaker-identity.test.ts)', () => {
  it('normalises names as before', () => {
    expect(normaliseName('  Mickaël  J. Maison ')).toBe('mickael j maison');
    expect(normaliseName('Mickaël Maison')).toBe(normaliseName('Mickael Maison'));
    expect(normaliseName('J. Rao')).toBe('j rao');
  });

  it('gives the surname and first given name the report compares', () => {
    expect(comparableName('Matthias J. Sax')).toStrictEqual({ surname: 'sax', given: 'matthias' });
    expect(comparableName('Mattias Sax')).toStrictEqual({ surname: 'sax', given: 'mattias' });
    expect(comparableName('Kate Stanley')).toStrictEqual({ surname: 'stanley', given: 'kate' });
    expect(comparableName('Katherine Stanley')).toStrictEqual({ surname: 'stanley', given: 'katherine' });
    expect(comparableName('J. Rao')).toStrictEqual({ surname: 'rao', given: 'j' });
    expect(comparableName('Jun Rao')).toStrictEqual({ surname: 'rao', given: 'jun' });
    expect(comparableName('Leon Stiehl')).toStrictEqual({ surname: 'stiehl', given: 'leon' });
  });

  it('compares by the same family name as citations and A–Z', () => {
    expect(comparableName('Robert T. Lang Jr.')).toStrictEqual(comparableName('Robert Lang'));
    expect(comparableName('Kim Min-jun')).toStrictEqual({ surname: 'kim', given: 'min-jun' });
    expect(comparableName('Min-jun Kim')).toStrictEqual(comparableName('Kim Min-jun'));
    expect(comparableName('Ludwig van Beethoven')).toStrictEqual({ surname: 'van beethoven', given: 'ludwig' });
    expect(comparableName('山田 太郎')).toStrictEqual({ surname: '山田', given: '太郎' });
    expect(comparableName('Madonna')).toStrictEqual({ surname: 'madonna', given: '' });
  });
});

describe('order properties on generated names', () => {
  // A fixed pseudo-random sample (no dependency, same every run).
  const pool = [
    'Zoë', 'Zoe', 'Ødegaard', 'Odegaard', 'van', 'de la', 'De', 'Ní', 'Lang', 'Jr.', 'III', 'J.', 'Jean-Luc', "O'Brien", 'McDonald',
    '山田', '太郎', 'Kim', 'Min-jun', 'Иван', 'Петров', 'Νίκος', '7', '@x', 'Émile', 'Łukasz', 'Æsa', 'ß', 'al-Farabi', 'Agent',
  ];
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const names = Array.from({ length: 160 }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pool[Math.floor(next() * pool.length)]).join(' '));

  it('is antisymmetric and transitive, keeps groups contiguous, and sortByName agrees with compareNames', () => {
    const sorted = [...names].sort(compareNames);
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const a = sorted[i] as string;
        const b = sorted[j] as string;
        expect(compareNames(a, b)).toBeLessThanOrEqual(0);
        expect(compareNames(b, a) + compareNames(a, b)).toBe(0);
      }
    }
    const orders = sorted.map((name) => initialOf(name).order);
    expect(orders).toStrictEqual([...orders].sort((x, y) => x - y));
    expect(sortByName(names, (name) => name)).toStrictEqual(sorted);
  });

  it('always gives a family name and an ASCII anchor', () => {
    for (const name of names) {
      expect(splitName(name).family).not.toBe('');
      expect(initialOf(name).anchor).toMatch(/^[a-z][a-z0-9-]*$/u);
      expect(bibtexName(name)).not.toBe('');
    }
  });
});
