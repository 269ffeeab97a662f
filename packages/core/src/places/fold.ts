/**
 * Folding and ranking used by every tolerant lookup of the places area
 * (provinces, countries, ethnic groups, religions). Vietnamese text is
 * brought to NFC (Unicode UAX #15), then stripped of its tone and vowel marks
 * by canonical decomposition, with đ/Đ mapped to d (it has no decomposition),
 * so that "Lạng Sơn", "Lang Son", "LẠNG SƠN" and an NFD-typed "Lạng Sơn"
 * compare equal. Ranking follows what a place chooser needs: an exact name
 * first, then a name that starts with the query, then a match at the start of
 * a word, then any substring.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** NFC, diacritics removed, đ→d, lower case, white space folded to single spaces and trimmed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Folded, with every run of characters other than letters and digits turned into one space. */
export function wordKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded with nothing but letters and digits: "Bà Rịa - Vũng Tàu", "ba ria vung tau" and "BàRịa-VũngTàu" share it. */
export function compactKey(text: string): string {
  return wordKey(text).replace(/ /gu, '');
}

/**
 * How well a query (already a `wordKey`) matches one name (also a `wordKey`):
 * 0 the same text, 1 the name starts with the query, 2 the query starts at a
 * word of the name, 3 every query word starts some word of the name, 4 the
 * query is a substring of the name, spaces ignored. `undefined`: no match.
 */
export type MatchTier = 0 | 1 | 2 | 3 | 4;

export function matchTier(query: string, name: string): MatchTier | undefined {
  if (query === '' || name === '') return undefined;
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  const nameWords = name.split(' ');
  const queryWords = query.split(' ');
  if (queryWords.length > 1 && allWordsArePrefixes(queryWords, nameWords)) return 3;
  if (name.replace(/ /gu, '').includes(query.replace(/ /gu, ''))) return 4;
  return undefined;
}

/** Each query word must start a different word of the name (order free). */
function allWordsArePrefixes(queryWords: string[], nameWords: string[]): boolean {
  const used = new Set<number>();
  for (const word of queryWords) {
    const index = nameWords.findIndex((candidate, i) => !used.has(i) && candidate.startsWith(word));
    if (index < 0) return false;
    used.add(index);
  }
  return true;
}

/** The best tier over several names of one entry (official name, short name, aliases). */
export function bestTier(query: string, names: readonly string[]): MatchTier | undefined {
  let best: MatchTier | undefined;
  for (const name of names) {
    const tier = matchTier(query, name);
    if (tier !== undefined && (best === undefined || tier < best)) best = tier;
    if (best === 0) break;
  }
  return best;
}
