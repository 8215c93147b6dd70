/**
 * URL slugs and ids, for titles and names in any script.
 *
 * Rule (README, "Ids and URLs"): text is transliterated to ASCII words by a well-kept library
 * (`@sindresorhus/slugify`: Latin with accents, Greek, Cyrillic, Arabic, …), so
 * `Zoë Ødegaard` → `zoe-odegaard` and `Анна Петрова` → `anna-petrova`. When that leaves
 * nothing (a title or name wholly in Han, kana, Hangul, Thai, Hebrew, …), the words are kept
 * in their own script, lower-cased and NFC-normalised: `山田 太郎` → `山田-太郎`. Words are
 * joined by single hyphens; at most 60 characters, cut at a hyphen.
 *
 * Session id rule: `<summit id>/<slug of the display title>`, where the display title is
 * the source title without its page suffix, or for an untitled session the title derived
 * from its own description. An id depends only on the session's own text, never on its
 * position, so adding or removing another session never changes it.
 */
import slugify from '@sindresorhus/slugify';
import transliterate from '@sindresorhus/transliterate';

const MAX_SLUG_LENGTH = 60;

const SLUGIFY_OPTIONS = {
  // `MirrorMaker` stays `mirrormaker`, not `mirror-maker`; apostrophes join (`you’re` → `youre`).
  decamelize: false,
  customReplacements: [['@', ' at '], ['’', ''], ["'", '']] as Array<[string, string]>,
};

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** A letter the transliteration library leaves in its own script. */
function isNative(character: string): boolean {
  return LETTER.test(character) && !/[a-z0-9]/iu.test(transliterate(character));
}

/** Cut at most `limit` characters (code points), at a hyphen when one is far enough in. */
function clip(slug: string, limit: number): string {
  const characters = [...slug];
  if (characters.length <= limit) return slug;
  const cut = characters.slice(0, limit + 1).join('');
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 20 ? cut.slice(0, hyphen) : characters.slice(0, limit).join('');
}

/** Slug of a title or name in any script (see the rule above). */
export function slug(text: string): string {
  const normal = text.normalize('NFC');
  const latin = clip(slugify(normal, SLUGIFY_OPTIONS), MAX_SLUG_LENGTH);
  // Ids of existing pages never change: a text with any transliterable words keeps its ASCII slug.
  if (latin || isAscii(normal)) return latin;
  return clip(nativeSlug(normal), MAX_SLUG_LENGTH);
}

/** Words of letters the library cannot transliterate, kept in their script, lower-cased. */
function nativeSlug(text: string): string {
  const words: string[] = [];
  let word = '';
  for (const character of text) {
    if (LETTER.test(character) && (isNative(character) || (word !== '' && /\p{M}/u.test(character)))) {
      word += character;
      continue;
    }
    if (word) words.push(word.toLocaleLowerCase('und'));
    word = '';
  }
  if (word) words.push(word.toLocaleLowerCase('und'));
  return words.join('-');
}

export function sessionId(summitId: string, displayTitle: string): string {
  return `${summitId}/${slug(displayTitle) || 'session'}`;
}

/** A speaker's id: the slug of the name; names that give no slug at all fall back to a stable code-point form. */
export function speakerId(name: string): string {
  return slug(name) || `speaker-${[...name].map((character) => character.codePointAt(0)!.toString(36)).join('').slice(0, 40)}`;
}

export function trackId(displayName: string): string {
  return slug(displayName) || 'track';
}
