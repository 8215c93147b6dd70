/**
 * URL slugs and ids.
 *
 * Session id rule (documented in README): `<summit id>/<slug of the display title>`,
 * where the display title is the source title without its page suffix, or for an
 * untitled session the title derived from its own description. An id depends only on
 * the session's own text, never on its position, so adding or removing another session
 * never changes it. Two sessions of one summit that would share an id are an error for
 * a reviewer to settle, not something to number silently.
 */
import slugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 60;

/** ASCII slug (transliterated: `Don’t` → `dont`, `Q&A` → `q-and-a`, Japanese dropped), at most 60 characters, cut at a hyphen. */
export function slug(text: string): string {
  const full = slugify(text, {
    // `MirrorMaker` stays `mirrormaker`, not `mirror-maker`; apostrophes join (`you’re` → `youre`).
    decamelize: false,
    customReplacements: [['@', ' at '], ['’', ''], ["'", '']],
  });
  if (full.length <= MAX_SLUG_LENGTH) return full;
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 20 ? cut.slice(0, hyphen) : full.slice(0, MAX_SLUG_LENGTH);
}

export function sessionId(summitId: string, displayTitle: string): string {
  return `${summitId}/${slug(displayTitle) || 'session'}`;
}

export function speakerId(name: string): string {
  return slug(name) || 'speaker';
}

export function trackId(displayName: string): string {
  return slug(displayName) || 'track';
}
