/**
 * The language a short text is written in, where its script alone says so, for `lang`
 * attributes (screen readers switch voice). Only scripts tied to one language are named;
 * anything else is left unmarked.
 */
export function languageOfScript(text: string): string | undefined {
  if (/[\u3040-\u30ff]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  if (/\p{Script=Hebrew}/u.test(text)) return 'he';
  if (/\p{Script=Greek}/u.test(text)) return 'el';
  return undefined;
}
