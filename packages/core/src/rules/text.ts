/**
 * Free text: every value the product prints is Unicode NFC (UAX #15; values
 * are normalized before this check, so decomposed input is accepted and stored
 * composed), contains no control, format, surrogate or private-use characters
 * (they do not print, or print as boxes), holds only characters of the
 * declaration's printable repertoire, and fits its length limit, counted in
 * characters (code points) after normalization.
 *
 * The printable repertoire is what may appear on the official Vietnamese form
 * TK01/TK01a, which is written in Vietnamese (Latin script) and printed in
 * Times New Roman (Nghị định 30/2020/NĐ-CP on administrative documents):
 * - Basic Latin, printable (U+0020–U+007E);
 * - Latin-1 Supplement letters and punctuation (U+00A0–U+00FF, without the
 *   soft hyphen U+00AD, a format character);
 * - Latin Extended-A (U+0100–U+017F: Ă ă Đ đ Ĩ ĩ Ũ ũ, and č ĕ ĭ ŏ ŭ of the
 *   Latin-script orthographies of ethnic minorities, e.g. Ê-đê, Jrai);
 * - from Latin Extended-B only the letters used in Vietnam: Ơ ơ Ư ư and ƀ Ƀ
 *   (Jrai, Bahnar). The other 202 letters of the block belong to African and
 *   other orthographies: no Vietnamese paper has them, and they would make the
 *   embedded font 60 % larger;
 * - the modifier letter apostrophe ʼ (U+02BC), which the name rule accepts
 *   between two letters (HʼHen);
 * - the combining marks that remain after NFC in Vietnamese text: the five
 *   tone marks (U+0300, U+0301, U+0303, U+0309, U+0323) and the breve U+0306
 *   (over ô and ơ in minority names, which have no precomposed form);
 * - the Vietnamese part of Latin Extended Additional (U+1EA0–U+1EF9: Ạ … ỹ);
 * - general punctuation: hyphens and dashes (‐ ‑ ‒ – — ―), ‖ ‗, single and
 *   double quotation marks (‘ ’ ‚ ‛ “ ” „ ‟), † ‡ •, the ellipsis … and ‰
 *   (U+2010–U+2022, U+2026, U+2030);
 * - the đồng sign ₫ and the euro sign € (U+20AB–U+20AC), and № (U+2116).
 *
 * This is a decision of the project, not a legal list: no circular lists the
 * characters of the form. docgen embeds a subset of Tinos that covers exactly
 * these characters, and its tests check that every one of them has a glyph.
 */
import type { MessageId } from '../messages/index.js';
import { error, type ValidationIssue } from './issue.js';

/** Characters that must not appear in printed text: Unicode categories Cc, Cf, Cs, Co. */
export const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;

/** The printable repertoire of the declaration, as inclusive code point ranges in ascending order (see the module comment). */
export const PRINTABLE_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0020, 0x007e], // Basic Latin, printable
  [0x00a0, 0x00ac], // Latin-1 Supplement, before the soft hyphen
  [0x00ae, 0x00ff], // Latin-1 Supplement, after the soft hyphen
  [0x0100, 0x017f], // Latin Extended-A
  [0x0180, 0x0180], // ƀ
  [0x01a0, 0x01a1], // Ơ ơ
  [0x01af, 0x01b0], // Ư ư
  [0x0243, 0x0243], // Ƀ
  [0x02bc, 0x02bc], // ʼ modifier letter apostrophe
  [0x0300, 0x0301], // combining grave and acute (huyền, sắc)
  [0x0303, 0x0303], // combining tilde (ngã)
  [0x0306, 0x0306], // combining breve (ô̆, ơ̆)
  [0x0309, 0x0309], // combining hook above (hỏi)
  [0x0323, 0x0323], // combining dot below (nặng)
  [0x1ea0, 0x1ef9], // Latin Extended Additional: the Vietnamese letters
  [0x2010, 0x2022], // hyphens, dashes, quotation marks, daggers, bullet
  [0x2026, 0x2026], // …
  [0x2030, 0x2030], // ‰
  [0x20ab, 0x20ac], // ₫ €
  [0x2116, 0x2116], // №
];

/** Whether one character (a single code point) belongs to the printable repertoire. */
export function isInPrintableRepertoire(char: string): boolean {
  const cp = char.codePointAt(0);
  if (cp === undefined || String.fromCodePoint(cp) !== char) return false;
  for (const [first, last] of PRINTABLE_RANGES) {
    if (cp < first) return false;
    if (cp <= last) return true;
  }
  return false;
}

/** Every character of the printable repertoire, in code point order. */
export function printableRepertoire(): string[] {
  const out: string[] = [];
  for (const [first, last] of PRINTABLE_RANGES) for (let cp = first; cp <= last; cp++) out.push(String.fromCodePoint(cp));
  return out;
}

/** The distinct characters of `text` outside the printable repertoire, in the order they first appear. */
export function charactersOutsideRepertoire(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) if (!isInPrintableRepertoire(ch) && !found.includes(ch)) found.push(ch);
  return found;
}

/** How many offending characters a message names; more are shown as "…". */
const NAMED_AT_MOST = 5;
/** Characters that show by themselves (letters, digits, punctuation, symbols); others are named by code point. */
const VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/** The offending characters as a message parameter: each visible one as itself, others as `U+` and four hex digits, separated by spaces. */
export function nameCharacters(chars: readonly string[]): string {
  const named = chars
    .slice(0, NAMED_AT_MOST)
    .map((ch) => (VISIBLE.test(ch) ? ch : `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`));
  return chars.length > NAMED_AT_MOST ? `${named.join(' ')} …` : named.join(' ');
}

export function characterCount(value: string): number {
  return [...value.normalize('NFC')].length;
}

export function checkText(value: string, path: string, field: MessageId, maxLength?: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const text = value.normalize('NFC');
  if (UNPRINTABLE.test(text)) issues.push(error(path, 'error.text.controlCharacters', { field }));
  else {
    const outside = charactersOutsideRepertoire(text);
    if (outside.length > 0) issues.push(error(path, 'error.text.unsupportedCharacters', { field, characters: nameCharacters(outside) }));
  }
  if (maxLength !== undefined && characterCount(text) > maxLength) {
    issues.push(error(path, 'error.text.tooLong', { field, max: maxLength }));
  }
  return issues;
}
