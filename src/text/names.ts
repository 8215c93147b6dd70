/**
 * Person names: one rule for citations (BibTeX, CSL-JSON), the Speakers A–Z index and the
 * likely-duplicate report. Pure: no I/O, no dependencies beyond the built-in `Intl`.
 *
 * Names come from session listings as display strings ("Robert T. Lang Jr.", "山田 太郎").
 * A display string does not say which part is the family name, so this module applies
 * the rule below, in this order. Whatever it cannot decide, it leaves unsplit rather
 * than guessing.
 *
 * 0. Clean-up. Unicode NFC, whitespace trimmed and collapsed (an ideographic space counts
 *    as a space).
 * 1. Unsplittable names. If any word has no letter at all ("50 Cent", "Smith (2)", "&"),
 *    the name is not treated as a person's name: the whole string is the family name,
 *    with no given name. It is filed by its first character (`50 Cent` → `#`, `Agent 7`
 *    → A).
 * 2. Suffixes. `Jr.`, `Sr.`, `II`, `III`, `IV`, `PhD`, `MBA`, `MD` (dots and case do not
 *    matter, except that `II`/`III`/`IV` must be upper case) at the end of the name, with
 *    or without a comma before them, are suffixes, never family or given names. Several
 *    suffixes are kept in written order, joined by ", ". At least one word always stays
 *    a name (`Jr.` alone is a family name).
 * 3. Inverted form. A comma that does not introduce suffixes is read as "Family, Given"
 *    (library-catalogue order: `Lang, Robert T.`). A name with two or more such commas is
 *    left unsplit.
 * 4. CJK scripts. A name whose letters are all Han, Hiragana, Katakana or Hangul is
 *    written family name first: `山田 太郎` → family 山田, given 太郎 (`familyFirst`).
 *    Without a space (`山田太郎`, `李小龍`, `김민준`) the boundary cannot be found
 *    reliably (Japanese family names have 1–3+ characters; Korean has two-syllable family
 *    names such as 남궁), so the whole name is one family name, cited as a CSL `literal`
 *    and braced in BibTeX. A transliterated Western name (`レオナルド・ダ・ヴィンチ`) is
 *    the same: unsplit.
 * 5. Romanised Korean/Chinese, family first. Letters alone cannot tell `Kim Min-jun` from
 *    Western order. The one pattern read as family-first is exactly two words where the
 *    first is in a short list of common Korean/Chinese family names and the second is a
 *    hyphenated given name whose part after the hyphen is lower case (`Min-jun`,
 *    `Jae-won`, `Ing-wen`): Western hyphenated names capitalise both parts (`Jean-Luc`,
 *    `Smith-Jones`), so `Kim Smith-Jones` stays Western. Everything else is Western order:
 *    `Min-jun Kim` → family Kim too, but `Kim Minjun`, `Xi Jinping` and `Yamada Taro` are
 *    read as given-first (family Minjun, Jinping, Taro). That is a known limit.
 * 6. Western order. The last word is the family name. Particle words just before it join
 *    it, as long as one word is left for the given name: `van`, `von`, `der`, `den`, `de`,
 *    `des`, `del`, `della`, `da`, `di`, `du`, `dos`, `das`, `le`, `la`, `ten`, `ter`,
 *    `bin`, `ibn`, `al`, `el`, `'t` (so `van der`, `de la`, `von der` too), and the Irish
 *    and Scottish `Ní`, `Nic`, `Mac`, `Mc`, `Ó`, `Uí`, `Mhic`.
 *    - Lower-case particles (`van`, `de la`, `al-` at the start of a word as in
 *      `al-Khwarizmi`) go into `particle`: the BibTeX "von" part and the CSL
 *      `non-dropping-particle`. The A–Z index files such a name under the word after the
 *      particle (`Ludwig van Beethoven` → B), as CSL does by default and as the archive
 *      already did for `Jan van der Berg`.
 *    - Capitalised particles (`De Niro`, `Le Guin`, `Van Dyke`, `Ní Bhriain`, `Mac
 *      Giolla`) are part of the family name itself and file under their first letter
 *      (D, L, V, N, M), as English-language indexes do.
 *    - Hyphenated words stay whole (`Jean-Luc Picard` → given `Jean-Luc`), as do
 *      apostrophes and inner capitals (`O'Brien`, `McDonald`, `DeWitt`) and initials
 *      (`J. R. R. Tolkien` → given `J. R. R.`). One word is a family name only
 *      (`Madonna`).
 *
 * A–Z index (`initialOf`, `compareNames`):
 * - The sort key is family name, then given name, then particle and suffix
 *   (`Beethoven Ludwig van`), with Latin letters folded to ASCII (accents removed; Ø→O,
 *   Ł→L, Đ/Ð→D, Æ→AE, Œ→OE, ß→ss, Þ→TH, ı→i, Ə→E …) and lower-cased. Other scripts are
 *   kept as written (the collator orders them).
 * - The group is the first character of the sort key: a Latin letter A–Z (a Latin letter
 *   the fold table does not know is filed with the A–Z letter the `en` collator sorts it
 *   after, so group and order never disagree); else the script of that letter, in this
 *   fixed order after Z: Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic, Devanagari,
 *   Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao,
 *   Myanmar, Khmer, Ethiopic, Hangul, Hiragana/Katakana, Han; then "Other scripts" for
 *   letters of any other script; then `#` last, for names that start with a digit or a
 *   symbol.
 * - Anchors are ASCII HTML ids: `letter-a` … `letter-z`, `script-greek` …
 *   `script-kana`, `script-han`, `script-other`, `symbols`.
 * - Order: group order first (so a group is always one contiguous run), then
 *   `Intl.Collator('en', { sensitivity: 'base', numeric: true })` on the sort key, then,
 *   for keys that are equal at base strength (`Zoe`/`Zoë`), an accent- and case-sensitive
 *   collator on the name as written, then code points: a total, deterministic order.
 * - Lists: `sortByName` and `groupByInitial` (sorted, grouped, for the Speakers A–Z page)
 *   and `GROUPS` (every group in order, for the letter navigation).
 *
 * Likely duplicates (`normaliseName`, `comparableName`): the same lower-casing, accent
 * stripping and dot dropping as before, applied to the family name (with its particle)
 * and the first given name that this rule finds, so `Robert Lang` and `Robert Lang Jr.`
 * or `Kim Min-jun` and `Min-jun Kim` compare by the same surname.
 */

export interface PersonName {
  given: string;
  family: string;
  /** Lower-case particle(s) before the family name: `van`, `van der`, `de la`, `al-`. */
  particle?: string;
  suffix?: string;
  /** The name is written family name first (CJK script, or rule 5 above). */
  familyFirst: boolean;
}

// ---------------------------------------------------------------------------------------
// Word classes

const ROMAN_SUFFIXES = new Set(['II', 'III', 'IV']);
const OTHER_SUFFIXES = new Set(['jr', 'sr', 'phd', 'mba', 'md']);

/** `Jr.`, `jr`, `Ph.D.`, `III` … (a word, without commas). */
function isSuffix(word: string): boolean {
  const bare = word.replace(/\./gu, '');
  return ROMAN_SUFFIXES.has(bare) || OTHER_SUFFIXES.has(bare.toLowerCase());
}

/** Particles that can stand before a family name (compared in lower case). */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'des', 'del', 'della', 'da', 'di', 'du', 'dos', 'das',
  'le', 'la', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', "'t",
]);
/** Irish and Scottish Gaelic patronymic prefixes: always capitalised, always part of the family name. */
const GAELIC = new Set(['Ní', 'Nic', 'Mac', 'Mc', 'Ó', 'Uí', 'Mhic']);

function isParticleWord(word: string): boolean {
  return PARTICLES.has(word.replace(/’/gu, "'").toLowerCase()) || GAELIC.has(word);
}
function isLowerParticle(word: string): boolean {
  return PARTICLES.has(word.replace(/’/gu, "'")) && !/^\p{Lu}/u.test(word);
}
/** `al-Khwarizmi` → [`al-`, `Khwarizmi`]: a lower-case Arabic article joined by a hyphen. */
const ATTACHED_ARTICLE = /^(al|el)-(?=\p{L})/u;

/**
 * Common Korean (Revised Romanization and older spellings) and Chinese (Wade–Giles, Hong
 * Kong, Singapore, pinyin) family names, used only by rule 5 together with a hyphenated
 * given name whose second part is lower case.
 */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  (
    // Korean
    'Kim Gim Lee Yi Rhee Ri Park Pak Bak Choi Choe Jung Jeong Chung Cheong Kang Gang Cho Jo Yoon Yun Jang ' +
    'Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Ryu Yoo Yu Hong Jeon Jun Chun Ko Go ' +
    'Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Seong Cha Ju Joo Woo Min Na Ji ' +
    'Jin Um Eom Byun Chae Won Cheon Bang Gong Hyun Ham Yeo Yeom Namgung Hwangbo Jegal Seonwoo Dokgo ' +
    // Chinese
    'Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Xie Tang Feng Deng ' +
    'Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan ' +
    'Fan Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Shao Wan Qian ' +
    'Tao Gu Mao Hao Kong Chan Cheung Chiang Chou Chow Chu Ho Hsieh Hsu Hung Kao Kuo Lai Lam Lau Leung Liang ' +
    'Lo Ng Shih Tsai Tsang Tseng Tung Wong Yeh Yen Yip Teo Kwan Kwok Mak Poon Siu Tse Tsui Yeung Fung Choy'
  ).split(' '),
);
/** `Min-jun`, `Jae-won`, `Ing-wen`: capital, lower-case letters, hyphen, lower-case letters. */
const HYPHENATED_SYLLABLES = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

// ---------------------------------------------------------------------------------------
// Scripts

const CJK_LETTER = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Hangul}]/u;

/** Every letter of the name is Han, Hiragana, Katakana or Hangul (and there is at least one). */
function isCjkName(name: string): boolean {
  const letters = name.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.every((letter) => CJK_LETTER.test(letter));
}

// ---------------------------------------------------------------------------------------
// Splitting

function person(given: string, family: string, familyFirst: boolean, particle?: string, suffix?: string): PersonName {
  const result: PersonName = { given, family, familyFirst };
  if (particle) result.particle = particle;
  if (suffix) result.suffix = suffix;
  return result;
}

/** Splits the family-name words into a lower-case particle and the family name proper. */
function familyParts(words: readonly string[]): { particle: string; family: string } {
  let cut = 0;
  while (cut < words.length - 1 && isLowerParticle(words[cut] as string)) cut += 1;
  const particleWords = words.slice(0, cut);
  let family = words.slice(cut).join(' ');
  const article = ATTACHED_ARTICLE.exec(family);
  if (article) {
    // `al-Khwarizmi`: the article is a particle joined to the name by its hyphen.
    particleWords.push(article[0]);
    family = family.slice(article[0].length);
  }
  return { particle: particleWords.join(' '), family };
}

/** Takes suffix words off the end of `words` (keeping at least one word); returns them in written order. */
function takeSuffixes(words: string[]): string[] {
  const taken: string[] = [];
  while (words.length > 1 && isSuffix(words[words.length - 1] as string)) taken.unshift(words.pop() as string);
  return taken;
}

/** Splits a display name by the rule at the top of this file. */
export function splitName(name: string): PersonName {
  const clean = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (clean === '') return person('', '', false);
  const cjk = isCjkName(clean);

  // Rule 1: a word without any letter means this is not a splittable person's name.
  if (clean.split(/[ ,]+/u).some((word) => word !== '' && !/\p{L}/u.test(word))) return person('', clean, cjk);

  // Rules 2 and 3: comma segments; trailing segments of suffixes only are suffixes.
  const segments = clean.split(/ ?, ?/u).filter((segment) => segment !== '');
  const commaSuffixes: string[] = [];
  while (segments.length > 1 && (segments[segments.length - 1] as string).split(' ').every(isSuffix)) {
    commaSuffixes.unshift(segments.pop() as string);
  }
  if (segments.length > 2) return person('', clean, cjk);

  if (segments.length === 2) {
    // "Family, Given" (suffix words may end the family segment: "Lang Jr., Robert").
    const familyWords = (segments[0] as string).split(' ');
    const suffixes = [...takeSuffixes(familyWords), ...commaSuffixes];
    const { particle, family } = familyParts(familyWords);
    return person(segments[1] as string, family, cjk, particle, suffixes.join(', '));
  }

  const words = (segments[0] as string).split(' ');
  const suffix = [...takeSuffixes(words), ...commaSuffixes].join(', ');

  // Rule 4: CJK script, family name first; unsplit without a space.
  if (cjk) return person(words.slice(1).join(' '), words[0] as string, true, undefined, suffix);

  // Rule 5: romanised Korean/Chinese, family name first.
  if (words.length === 2 && EAST_ASIAN_FAMILY_NAMES.has(words[0] as string) && HYPHENATED_SYLLABLES.test(words[1] as string)) {
    return person(words[1] as string, words[0] as string, true, undefined, suffix);
  }

  // Rule 6: Western order; particles before the last word join the family name.
  let start = words.length - 1;
  while (start > 1 && isParticleWord(words[start - 1] as string)) start -= 1;
  const { particle, family } = familyParts(words.slice(start));
  return person(words.slice(0, start).join(' '), family, false, particle, suffix);
}

/** The family name with its particle, as written: `van Beethoven`, `al-Khwarizmi`, `De Niro`. */
export function fullFamily(name: PersonName): string {
  if (!name.particle) return name.family;
  return name.particle.endsWith('-') || name.particle.endsWith("'") ? `${name.particle}${name.family}` : `${name.particle} ${name.family}`;
}

/** A name left whole: CJK without a space, or a name rule 1 or 3 would not split. Cited as a CSL `literal`. */
function isUnsplit(parts: PersonName, name: string): boolean {
  if (parts.given !== '' || parts.particle || parts.suffix) return false;
  return /[ ,]/u.test(parts.family) || (parts.familyFirst && isCjkName(name));
}

// ---------------------------------------------------------------------------------------
// Citations

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes (La)TeX special characters in one pass (so inserted braces are not re-escaped). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/gu, (c) => BIBTEX_SPECIALS[c] as string);
}

/**
 * BibTeX author form: "von Last, Jr, First" (or "{山田 太郎}"-style braces where BibTeX cannot split).
 *
 * A part is braced when BibTeX would misread it: it contains the word "and" (the author
 * separator) or a comma; a family name with a lower-case word inside (`Van der Berg`),
 * which BibTeX would cut into "von" and "Last"; and a name left unsplit (`{山田太郎}`).
 * A family-first name is given as `Family, Given` like any other: BibTeX has no way to
 * mark the display order, so styles print `Min-jun Kim` (CJK names: `太郎 山田`).
 */
export function bibtexName(name: string): string {
  const parts = splitName(name);
  const braced = (text: string): string => `{${escapeBibtex(text)}}`;
  const protect = (text: string): string => (/\band\b|,/iu.test(text) ? braced(text) : escapeBibtex(text));
  if (isUnsplit(parts, name)) return braced(parts.family);
  const family = parts.family.split(/[\s-]+/u).slice(1).some((word) => /^\p{Ll}/u.test(word)) ? braced(parts.family) : protect(parts.family);
  const last = parts.particle ? fullFamily({ ...parts, family }) : family;
  const fields = [last];
  if (parts.suffix) fields.push(protect(parts.suffix));
  if (parts.given) fields.push(protect(parts.given));
  return fields.join(', ');
}

/** CSL-JSON name object: { family, given, 'non-dropping-particle'?, suffix? } (or { literal } where appropriate). */
export function cslName(name: string): Record<string, string> {
  const parts = splitName(name);
  if (isUnsplit(parts, name)) return { literal: parts.family };
  const csl: Record<string, string> = { family: parts.family };
  if (parts.given) csl.given = parts.given;
  if (parts.particle) csl['non-dropping-particle'] = parts.particle;
  if (parts.suffix) csl.suffix = parts.suffix;
  return csl;
}

// ---------------------------------------------------------------------------------------
// A–Z

/** Latin letters that do not decompose to an ASCII letter plus accents. */
const LATIN_FOLD: Record<string, string> = {
  Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', ß: 'ss', ẞ: 'SS', Þ: 'TH', þ: 'th', Ð: 'D', ð: 'd', Đ: 'D', đ: 'd',
  Ø: 'O', ø: 'o', Ł: 'L', ł: 'l', Ħ: 'H', ħ: 'h', ı: 'i', Ŋ: 'N', ŋ: 'n', Ə: 'E', ə: 'e', Ɛ: 'E', ɛ: 'e',
  Ɔ: 'O', ɔ: 'o', ĸ: 'k', Ŧ: 'T', ŧ: 't', Ƶ: 'Z', ƶ: 'z',
};

/** Folds Latin letters to ASCII (accents removed, table above); other scripts are left as they are. */
function foldLatin(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Script=Latin}\p{M}*/gu, (letter) => LATIN_FOLD[letter.charAt(0)] ?? letter.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** Sort key for A–Z by family name, then given name. */
export function sortKey(name: string): string {
  const parts = splitName(name);
  return foldLatin([parts.family, parts.given, parts.particle ?? '', parts.suffix ?? ''].filter((part) => part !== '').join(' ')).toLowerCase();
}

/** An A–Z group: `group` is its key, `label` its heading, `anchor` an ASCII HTML id, `order` its place. */
export interface NameGroup {
  group: string;
  label: string;
  anchor: string;
  order: number;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTER_GROUPS: NameGroup[] = [...LETTERS].map((letter, order) => ({ group: letter, label: letter, anchor: `letter-${letter.toLowerCase()}`, order }));

/** Script groups after Z, in this order. `test` matches the first letter of the sort key. */
const SCRIPTS: Array<[group: string, anchor: string, test: RegExp]> = [
  ['Greek', 'greek', /\p{Script=Greek}/u],
  ['Cyrillic', 'cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', 'armenian', /\p{Script=Armenian}/u],
  ['Georgian', 'georgian', /\p{Script=Georgian}/u],
  ['Hebrew', 'hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', 'arabic', /\p{Script=Arabic}/u],
  ['Devanagari', 'devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', 'bengali', /\p{Script=Bengali}/u],
  ['Gurmukhi', 'gurmukhi', /\p{Script=Gurmukhi}/u],
  ['Gujarati', 'gujarati', /\p{Script=Gujarati}/u],
  ['Tamil', 'tamil', /\p{Script=Tamil}/u],
  ['Telugu', 'telugu', /\p{Script=Telugu}/u],
  ['Kannada', 'kannada', /\p{Script=Kannada}/u],
  ['Malayalam', 'malayalam', /\p{Script=Malayalam}/u],
  ['Sinhala', 'sinhala', /\p{Script=Sinhala}/u],
  ['Thai', 'thai', /\p{Script=Thai}/u],
  ['Lao', 'lao', /\p{Script=Lao}/u],
  ['Myanmar', 'myanmar', /\p{Script=Myanmar}/u],
  ['Khmer', 'khmer', /\p{Script=Khmer}/u],
  ['Ethiopic', 'ethiopic', /\p{Script=Ethiopic}/u],
  ['Hangul', 'hangul', /\p{Script_Extensions=Hangul}/u],
  ['Hiragana/Katakana', 'kana', /[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u],
  ['Han', 'han', /\p{Script_Extensions=Han}/u],
];
const SCRIPT_GROUPS: NameGroup[] = SCRIPTS.map(([group, anchor], index) => ({ group, label: group, anchor: `script-${anchor}`, order: LETTERS.length + index }));
const OTHER_SCRIPTS: NameGroup = { group: 'Other', label: 'Other scripts', anchor: 'script-other', order: LETTERS.length + SCRIPTS.length };
const SYMBOLS: NameGroup = { group: '#', label: '#', anchor: 'symbols', order: LETTERS.length + SCRIPTS.length + 1 };

/** Every group in A–Z order (for a page's letter navigation). */
export const GROUPS: readonly NameGroup[] = [...LETTER_GROUPS, ...SCRIPT_GROUPS, OTHER_SCRIPTS, SYMBOLS];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const tieBreaker = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

/**
 * The A–Z group a name is filed under: a Latin letter A–Z with accents folded (Ø→O, Ö→O,
 * Æ→A, Ł→L, ß→S…), or a script group name such as 'Cyrillic', 'Greek', 'Arabic', 'Hebrew',
 * 'Han', 'Hiragana/Katakana', or '#' only for names starting with digits/symbols.
 */
export function initialOf(name: string): NameGroup {
  const first = [...sortKey(name)][0] ?? '';
  if (!/\p{L}/u.test(first)) return SYMBOLS;
  const upper = first.toUpperCase();
  const index = LETTERS.indexOf(upper);
  if (index >= 0 && upper.length === 1) return LETTER_GROUPS[index] as NameGroup;
  if (/\p{Script=Latin}/u.test(first)) {
    // A Latin letter the fold table does not know: the letter the en collator files it with.
    const letter = [...LETTERS].filter((l) => collator.compare(l, first) <= 0).pop() ?? 'A';
    return LETTER_GROUPS[LETTERS.indexOf(letter)] as NameGroup;
  }
  const script = SCRIPTS.findIndex(([, , test]) => test.test(first));
  return script >= 0 ? (SCRIPT_GROUPS[script] as NameGroup) : OTHER_SCRIPTS;
}

/** Compare two names for A–Z: group order, then Intl.Collator('en', …) on sortKey, then a deterministic tie-break. */
export function compareNames(a: string, b: string): number {
  return compareKeyed(keyOf(a), keyOf(b));
}

interface Keyed {
  name: string;
  order: number;
  key: string;
}
/** Keys by name, so that `sort(compareNames)` parses each name once; cleared when large (values never go stale). */
const keyCache = new Map<string, Keyed>();
function keyOf(name: string): Keyed {
  let keyed = keyCache.get(name);
  if (!keyed) {
    if (keyCache.size >= 50_000) keyCache.clear();
    keyed = { name, order: initialOf(name).order, key: sortKey(name) };
    keyCache.set(name, keyed);
  }
  return keyed;
}
function compareKeyed(a: Keyed, b: Keyed): number {
  return (
    Math.sign(a.order - b.order) ||
    collator.compare(a.key, b.key) ||
    tieBreaker.compare(a.name, b.name) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** `items` sorted A–Z by `nameOf` (keys computed once per item; the input is not changed). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, keyed: keyOf(nameOf(item)) }))
    .sort((x, y) => compareKeyed(x.keyed, y.keyed))
    .map(({ item }) => item);
}

/** `items` sorted A–Z and grouped, groups in order (only groups that have items). */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): Array<NameGroup & { items: T[] }> {
  const groups = new Map<string, NameGroup & { items: T[] }>();
  for (const item of sortByName(items, nameOf)) {
    const group = initialOf(nameOf(item));
    const entry = groups.get(group.group) ?? { ...group, items: [] };
    entry.items.push(item);
    groups.set(group.group, entry);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------
// Likely duplicates

/** Lower-case, accents removed, dots dropped (for likely-duplicate detection) — same behaviour as normaliseName today. */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Surname (family name with its particle) and first given name, each normalised, for the
 * likely-duplicate report: `Matthias J. Sax` → { surname: 'sax', given: 'matthias' },
 * `Robert T. Lang Jr.` → { surname: 'lang', given: 'robert' }.
 */
export function comparableName(name: string): { surname: string; given: string } {
  const parts = splitName(name);
  return { surname: normaliseName(fullFamily(parts)), given: normaliseName(parts.given).split(' ')[0] ?? '' };
}
