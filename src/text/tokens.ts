/**
 * Words of a text for matching and similarity, one implementation for every stage that
 * compares texts (related sessions, article mentions): NFKC, lower case, apostrophes
 * inside words removed (`NASA’s` → `nasas`), split at anything that is not a letter or
 * digit, English stop words dropped, plurals folded.
 */

/**
 * Common English function words (a standard short list, close to the Snowball English
 * list). Domain words such as `kafka` are not listed here: a series lists its own common
 * words in content/series/<id>.yaml.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each either etc even ever every few for from further get gets got had has have ' +
    'having he her here hers herself him himself his how however i if in into is it its itself just let lets like may me might more ' +
    'most much must my myself now of off on once one only or other our ours ourselves out over own per same she should since so ' +
    'some such than that the their theirs them themselves then there these they this those through thus to too under until up ' +
    'upon us use used uses using very via was we well were what when where whether which while who whom whose why will with ' +
    'within without would yet you your yours yourself yourselves no nor not cannot ' +
    // Contractions, as `words` writes them once the apostrophe is removed.
    'dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt im ive id youre youve youll youd ' +
    'hes shes weve wed theyre theyve theyll thats whats theres heres'
  ).split(' '),
);

/** Harman's S stemmer: plural folding only, with its three guarded rules. */
export function sStem(word: string): string {
  if (word.length > 3 && word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('es') && !/(?:aes|ees|oes)$/u.test(word)) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !/(?:us|ss)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** Normalised text for comparison: NFKC, lower case, quotes removed, every run of non-letters/digits one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´"“”]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word of a text, normalised, in order (stop words kept). */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The terms of a text: words of two or more characters, stop words (and `extraStopWords`) dropped, plurals folded. */
export function tokenize(text: string, extraStopWords: ReadonlySet<string> = new Set()): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || STOP_WORDS.has(word) || extraStopWords.has(word)) continue;
    terms.push(sStem(word));
  }
  return terms;
}
