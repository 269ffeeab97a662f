/**
 * Name keys of administrative units. Two folds:
 * - `toneKey` keeps every letter and mark but moves each syllable's tone mark
 *   to the end of the syllable, so that "Hoà"/"Hòa", "Thuỵ"/"Thụy" (old and
 *   new tone placement, both in use in the official lists) share a key while
 *   "Hòa" and "Hoa" do not; apostrophes of every kind are dropped.
 * - `looseKey` drops every mark (what a citizen typing without diacritics
 *   gives), from `foldVietnamese`.
 * Both lower-case, NFC in, and fold white space.
 */
import { wordKey } from '../fold.js';

/** The five tone marks of Vietnamese as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const APOSTROPHES = /['’‘`´]/gu;

export function toneKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const tones = decomposed.match(TONE)?.join('') ?? '';
      return decomposed.replace(TONE, '').normalize('NFC') + tones;
    })
    .join(' ');
}

export function looseKey(text: string): string {
  return wordKey(text.replace(APOSTROPHES, ''));
}

/** Kinds of commune-level units, old and new. */
export type CommuneKind = 'xa' | 'phuong' | 'thi-tran' | 'dac-khu';
/** Kinds of former district-level units. */
export type DistrictKind = 'quan' | 'huyen' | 'thi-xa' | 'thanh-pho';

/** The Vietnamese word of each kind, as printed before a name. */
export const KIND_WORDS: Record<CommuneKind | DistrictKind, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  'thi-tran': 'Thị trấn',
  'dac-khu': 'Đặc khu',
  quan: 'Quận',
  huyen: 'Huyện',
  'thi-xa': 'Thị xã',
  'thanh-pho': 'Thành phố',
};

const PREFIXES: [string, CommuneKind | DistrictKind][] = [
  ['Thị trấn', 'thi-tran'],
  ['Đặc khu', 'dac-khu'],
  ['Thị xã', 'thi-xa'],
  ['Thành phố', 'thanh-pho'],
  ['Phường', 'phuong'],
  ['Quận', 'quan'],
  ['Huyện', 'huyen'],
  ['Xã', 'xa'],
];
const TONE_PREFIXES = PREFIXES.map(([word, kind]) => [toneKey(word), kind] as const);
const LOOSE_PREFIXES = PREFIXES.map(([word, kind]) => [looseKey(word), kind] as const);

/**
 * Splits "Phường Chi Lăng" into kind `phuong` and the bare name "Chi Lăng"
 * (NFC, spacing folded). The kind word must carry its marks ("Phương Hải" is
 * a name, not a ward), unless `loose` is set for text typed without them.
 */
export function splitKind(fullName: string, loose = false): { kind?: CommuneKind | DistrictKind; name: string } {
  const text = fullName.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const key = loose ? looseKey(text) : toneKey(text);
  for (const [prefix, kind] of loose ? LOOSE_PREFIXES : TONE_PREFIXES) {
    if (key === prefix) break;
    if (key.startsWith(`${prefix} `)) {
      const words = prefix.split(' ').length;
      return { kind, name: text.split(' ').slice(words).join(' ') };
    }
  }
  return { name: text };
}
