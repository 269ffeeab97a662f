/**
 * Cuts a free-text Vietnamese address into parts: separators (comma,
 * semicolon, new line, a dash between spaces) and the words that open an
 * administrative unit ("phường", "xã", "quận", "tỉnh", …, and the usual
 * abbreviations P., X., Q., H., TX., TT., TP., TP.HCM). Each part keeps where
 * it starts in the text, so that what lies before the commune (house number,
 * street, hamlet) can be returned as written.
 */
import { looseKey } from './keys.js';

export type PartKind = 'province' | 'city' | 'district-urban' | 'district-rural' | 'town' | 'ward' | 'commune' | 'township' | 'special-zone';

export interface AddressPart {
  /** The administrative word that opened the part, if any. */
  kind?: PartKind;
  /** The name as written (NFC, spacing folded), without the administrative word. */
  name: string;
  /** Offset in the NFC text where the part starts (its administrative word included). */
  start: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Marked and unmarked spellings of each administrative word (a lone unmarked word counts only when typed without any mark). */
const WORDS: [words: string[], kind: PartKind][] = [
  [['thị', 'trấn'], 'township'],
  [['thị', 'xã'], 'town'],
  [['thành', 'phố'], 'city'],
  [['thủ', 'đô'], 'province'],
  [['đặc', 'khu'], 'special-zone'],
  [['tỉnh'], 'province'],
  [['quận'], 'district-urban'],
  [['huyện'], 'district-rural'],
  [['phường'], 'ward'],
  [['xã'], 'commune'],
];

/** Abbreviations, matched on the token as typed (lower case, with its dot). */
const ABBREVIATIONS: [RegExp, PartKind][] = [
  [/^t\.?p\.?$/u, 'city'],
  [/^t\.?x\.?$/u, 'town'],
  [/^t\.?t\.?$/u, 'township'],
  [/^t\.$/u, 'province'],
  [/^q\.?$/u, 'district-urban'],
  [/^h\.?$/u, 'district-rural'],
  [/^p\.?$/u, 'ward'],
  [/^x\.?$/u, 'commune'],
];

const HCM = /^(tp\.?\s*)?(hcm|tphcm|h\.c\.m\.?|tp\.?hcm)$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}'’]+\.?|[.]/gu)) {
    tokens.push({ text: match[0], start: match.index!, end: match.index! + match[0].length });
  }
  return tokens;
}

const hasMarks = (word: string): boolean => looseKey(word) !== word.toLowerCase().replace(/[.]/gu, '');

/** How many tokens from `i` form an administrative word, and its kind. */
function wordAt(tokens: Token[], i: number, unmarkedText: boolean): { length: number; kind: PartKind; number?: string } | undefined {
  const lower = tokens[i]!.text.toLowerCase();
  if (HCM.test(lower)) return undefined;
  for (const [words, kind] of WORDS) {
    if (i + words.length > tokens.length) continue;
    const slice = tokens.slice(i, i + words.length).map((t) => t.text.toLowerCase().replace(/\.$/u, ''));
    const marked = slice.every((w, k) => w === words[k]);
    const unmarked = slice.every((w, k) => w === looseKey(words[k]!)) && (unmarkedText || words.length > 1);
    if (marked || unmarked) return { length: words.length, kind };
  }
  // a one-letter abbreviation ("P Bến Nghé") only opens a segment; inside one it is part of a name ("Thị trấn P Rao")
  const oneLetter = /^\p{L}$/u.test(lower);
  if (!oneLetter || i === 0) for (const [pattern, kind] of ABBREVIATIONS) if (pattern.test(lower)) return { length: 1, kind };
  // Q1, P.12, Q.Bình Thạnh written as one token: a letter and a number
  const glued = /^(q|p)\.?(\d+)$/u.exec(lower);
  if (glued) return { length: 1, kind: glued[1] === 'q' ? 'district-urban' : 'ward', number: glued[2]! };
  return undefined;
}

/** Splits a segment (no separator inside) at every administrative word that is followed by a name. */
function splitSegment(text: string, offset: number, unmarkedText: boolean): AddressPart[] {
  const tokens = tokenize(text);
  const parts: AddressPart[] = [];
  let current: { kind?: PartKind; start: number; nameFrom: number; number?: string } = { start: offset, nameFrom: 0 };
  const close = (endToken: number): void => {
    const nameTokens = tokens.slice(current.nameFrom, endToken).filter((t) => t.text !== '.');
    const name = [current.number, ...nameTokens.map((t) => t.text.replace(/\.$/u, ''))].filter(Boolean).join(' ');
    if (name !== '' || current.kind) parts.push({ ...(current.kind ? { kind: current.kind } : {}), name, start: current.start });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const lower = tokens[i]!.text.toLowerCase();
    if (HCM.test(lower) || (lower.replace(/\.$/u, '') === 'tp' && /^hcm\.?$/iu.test(tokens[i + 1]?.text ?? ''))) {
      if (i > 0) close(i);
      const length = HCM.test(lower) ? 1 : 2;
      parts.push({ kind: 'city', name: 'Hồ Chí Minh', start: offset + tokens[i]!.start });
      i += length - 1;
      current = { start: offset + (tokens[i + 1]?.start ?? text.length), nameFrom: i + 1 };
      continue;
    }
    const word = wordAt(tokens, i, unmarkedText);
    const followed = word && (word.number !== undefined || i + word.length < tokens.length);
    if (word && followed) {
      if (i > current.nameFrom || current.kind) close(i);
      current = { kind: word.kind, start: offset + tokens[i]!.start, nameFrom: i + word.length, ...(word.number ? { number: word.number } : {}) };
      i += word.length - 1;
    }
  }
  close(tokens.length);
  return parts;
}

/** The parts of an address, left to right. */
export function addressParts(nfcText: string): AddressPart[] {
  const unmarkedText = !hasMarks(nfcText.replace(/[^\p{L}]/gu, ''));
  const parts: AddressPart[] = [];
  // commas, semicolons and new lines separate; a dash between spaces only when an administrative
  // word follows ("Phường 2 - Quận 3"), not inside a name ("Văn Miếu - Quốc Tử Giám", "Bà Rịa - Vũng Tàu")
  const separator = /[,;\n]|\s[-–—]\s/gu;
  let from = 0;
  const segments: [string, number][] = [];
  for (const match of nfcText.matchAll(separator)) {
    if (match[0].trim() !== '' && /[-–—]/u.test(match[0])) {
      // a look at the next few words is enough (and keeps a long text linear)
      const after = nfcText.slice(match.index! + match[0].length, match.index! + match[0].length + 40);
      const tokens = tokenize(after.split(/[,;\n]/u)[0] ?? '');
      if (!tokens.length || !wordAt(tokens, 0, unmarkedText)) continue;
    }
    segments.push([nfcText.slice(from, match.index), from]);
    from = match.index! + match[0].length;
  }
  segments.push([nfcText.slice(from), from]);
  for (const [segment, offset] of segments) {
    const lead = segment.length - segment.trimStart().length;
    if (segment.trim() === '') continue;
    parts.push(...splitSegment(segment.trim(), offset + lead, unmarkedText));
  }
  return parts;
}
