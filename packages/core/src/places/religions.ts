/**
 * Religions for item "Tôn giáo" of TK01/TK01a. The list is the GSO
 * Danh mục tôn giáo (2008 codes 01–13, code 14 Mặc Môn added by Quyết định
 * 132/QĐ-TGCP of 30/5/2014; qcvn109.gov.vn, domain-facts §5.2 [S1]). The
 * Government Committee for Religious Affairs counted 16 recognised
 * religions in 2025 [C2]; the two not in the GSO list are probably Phật giáo
 * Hiếu Nghĩa Tà Lơn and Cơ đốc Phục lâm [INF], listed here without a code.
 * "Không" is the usual value for no religion [INF: common practice] and is
 * the default. The form field is free text: this list only suggests and
 * recognises names.
 */
import type { Confidence } from '../config/types.js';
import { compactKey } from './fold.js';

export interface Religion {
  /** Two-digit GSO code; absent for "Không" and for the two religions outside the GSO list. */
  code?: string;
  /** Display spelling to suggest and write on the form. */
  name: string;
  /** Entry of the GSO list when it is spelled differently from `name`. */
  officialName?: string;
  /** Other ways people write it, accepted by `findReligion`. */
  variants: readonly string[];
  /** How sure the entry is (see domain-facts §5.2). */
  confidence: Confidence;
}

/** The value meaning "no religion", and the default of the field. */
export const NO_RELIGION = 'Không';

export const RELIGIONS: readonly Religion[] = [
  {
    name: NO_RELIGION,
    variants: ['Không có', 'Không tôn giáo', 'Không theo tôn giáo', 'Không theo tôn giáo nào', 'Không theo đạo'],
    confidence: 'INF',
  },
  { code: '01', name: 'Phật giáo', variants: ['Đạo Phật', 'Phật', 'Buddhism'], confidence: 'S1' },
  {
    code: '02',
    name: 'Công giáo',
    variants: ['Thiên Chúa giáo', 'Đạo Thiên Chúa', 'Thiên Chúa', 'Công giáo La Mã', 'Catholic'],
    confidence: 'S1',
  },
  {
    code: '03',
    name: 'Phật giáo Hòa Hảo',
    officialName: 'Phật giáo Hoà Hảo',
    variants: ['Hòa Hảo', 'Đạo Hòa Hảo', 'PGHH'],
    confidence: 'S1',
  },
  { code: '04', name: 'Hồi giáo', variants: ['Đạo Hồi', 'Islam'], confidence: 'S1' },
  { code: '05', name: 'Cao Đài', variants: ['Đạo Cao Đài', 'Cao Đài giáo'], confidence: 'S1' },
  { code: '06', name: 'Minh Sư đạo', officialName: 'Minh sư đạo', variants: [], confidence: 'S1' },
  { code: '07', name: 'Minh Lý đạo', variants: ['Minh Lý đạo Tam Tông Miếu'], confidence: 'S1' },
  { code: '08', name: 'Tin Lành', variants: ['Đạo Tin Lành', 'Tin Lành giáo', 'Protestant'], confidence: 'S1' },
  {
    code: '09',
    name: 'Tịnh độ cư sĩ Phật hội Việt Nam',
    variants: ['Tịnh độ cư sĩ', 'Tịnh độ cư sĩ Phật hội'],
    confidence: 'S1',
  },
  {
    code: '10',
    name: 'Đạo Tứ Ân Hiếu Nghĩa',
    officialName: 'Đạo Tứ ấn hiếu nghĩa',
    variants: ['Tứ Ân Hiếu Nghĩa'],
    confidence: 'S1',
  },
  { code: '11', name: 'Bửu Sơn Kỳ Hương', officialName: 'Bửu sơn Kỳ hương', variants: [], confidence: 'S1' },
  {
    code: '12',
    name: "Đạo Baha'i",
    officialName: "Đạo Ba Ha'i",
    variants: ["Baha'i", "Bahá'í", "Tôn giáo Baha'i"],
    confidence: 'S1',
  },
  { code: '13', name: 'Bà La Môn', variants: ['Bà-la-môn', 'Đạo Bà La Môn', 'Bà La Môn giáo'], confidence: 'S1' },
  { code: '14', name: 'Mặc Môn', variants: ['Mormon'], confidence: 'S1' },
  { name: 'Phật giáo Hiếu Nghĩa Tà Lơn', variants: ['Hiếu Nghĩa Tà Lơn'], confidence: 'INF' },
  {
    name: 'Cơ đốc Phục lâm',
    variants: ['Giáo hội Cơ đốc Phục lâm', 'Cơ Đốc Phục Lâm Việt Nam', 'Adventist'],
    confidence: 'INF',
  },
];

let index: Map<string, Religion> | undefined;

function buildIndex(): Map<string, Religion> {
  const map = new Map<string, Religion>();
  for (const religion of RELIGIONS) {
    for (const text of [religion.name, religion.officialName, ...religion.variants]) {
      if (text === undefined) continue;
      const key = compactKey(text);
      if (key !== '' && !map.has(key)) map.set(key, religion);
    }
  }
  return map;
}

/**
 * The religion a typed text names (display spelling, GSO entry or variant),
 * tolerant of case, diacritics, hyphens and spaces. "không", "Không có" give
 * the no-religion entry. Undefined when nothing matches.
 */
export function findReligion(text: string): Religion | undefined {
  index ??= buildIndex();
  const key = compactKey(text);
  return key === '' ? undefined : index.get(key);
}
