/**
 * Personal names (họ, chữ đệm và tên; họ và tên of parents, spouse and the
 * legal representative). A name is written in Vietnamese letters: the 134
 * precomposed letters of Vietnamese (67 lower case, 67 upper case, Unicode
 * NFC) and plain Latin letters, plus the letters of the Latin-script
 * orthographies of ethnic minorities (Ê-đê, Jrai, Bahnar: ƀ, č, ĕ, ĭ, ŏ, ŭ,
 * ñ, and a combining breve over ô or ơ, which has no precomposed form). Words
 * are separated by single spaces; a hyphen or an apostrophe may join two
 * letters (H’Hen, Ka-sô). Digits and other symbols are refused. The value may
 * be typed in any case: the form prints names in capitals (footnote (2),
 * domain-facts.md §1.4), which `toPrintedCapitals` does at print time.
 */
import type { MessageId } from '../messages/index.js';
import { error, type ValidationIssue } from './issue.js';
import { checkText } from './text.js';

const VIETNAMESE_LOWER =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';

/** The 134 precomposed Vietnamese letters outside ASCII (67 lower case, then their 67 capitals). */
export const VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.toLocaleUpperCase('vi-VN');

/** Letters of ethnic-minority orthographies written in Latin script (lower and upper case). */
export const MINORITY_LETTERS = 'ƀčĕĭŏŭñɃČĔĬŎŬÑ';

const COMBINING_BREVE = '\u0306';
const JOINERS = "-'’ʼ";

const LETTER_SET = new Set([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', ...VIETNAMESE_LETTERS, ...MINORITY_LETTERS]);

/** Whether a single character (code point) is a letter accepted in names. */
export function isNameLetter(char: string): boolean {
  return LETTER_SET.has(char);
}

export function checkPersonName(value: string, path: string, field: MessageId, maxLength?: number): ValidationIssue[] {
  const name = value.normalize('NFC');
  const general = checkText(name, path, field, maxLength);
  // A character that cannot be printed at all is named by the text rule; the name rule speaks of printable text only.
  if (general.some((i) => i.id === 'error.text.controlCharacters' || i.id === 'error.text.unsupportedCharacters')) return general;
  if (/\p{Nd}/u.test(name)) return [...general, error(path, 'error.name.digits', { field })];
  const chars = [...name];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i] ?? '';
    if (isNameLetter(c) || c === ' ' || JOINERS.includes(c)) continue;
    if (c === COMBINING_BREVE && i > 0 && isNameLetter(chars[i - 1] ?? '')) continue;
    return [...general, error(path, 'error.name.characters', { field, char: c })];
  }
  // Every word: letters, optionally joined by single hyphens or apostrophes.
  for (const word of name.split(' ')) {
    const parts = word.split(/[-'’ʼ]/u);
    if (word === '' || parts.some((p) => p === '')) {
      return [...general, error(path, 'error.name.punctuation', { field })];
    }
  }
  return general;
}
