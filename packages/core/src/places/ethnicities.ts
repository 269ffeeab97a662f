/**
 * The 54 ethnic groups of Việt Nam with the codes of the Danh mục các dân tộc
 * Việt Nam of the General Statistics Office (Quyết định 1019/QĐ-TCTK,
 * 12/11/2008; domain-facts §5.1: codes 01–20 confirmed by two sources, 21–54
 * by one). Do not mix these codes with the older 1979 list (Quyết định
 * 121-TCTK/PPCĐ), which numbers the groups differently. "Dân tộc" is free
 * text on TK01/TK01a, and spellings vary between sources and papers
 * (H'Mông / Hmông / Mông, Khơ-me / Khmer, Ê-đê / Êđê, Xtiêng / X'tiêng), so
 * each group has one display spelling to suggest and the variants a lookup
 * accepts. The display spelling follows the GSO list, hyphenated the way the
 * list hyphenates and without its bracketed other names; those other names
 * ("Việt", "Hán", "Chàm", "Mèo", "Cao Lan", "Sán Chỉ") are variants.
 */
import { compactKey } from './fold.js';

export interface Ethnicity {
  /** Two-digit GSO 2008 code, `01`…`54`. */
  code: string;
  /** Display spelling to suggest and write on the form. */
  name: string;
  /** Entry of the GSO list when it differs from `name`, e.g. "Kinh (Việt)". */
  officialName?: string;
  /** Other spellings accepted by `findEthnicity`. */
  variants: readonly string[];
}

type Row = readonly [code: string, name: string, variants?: readonly string[], officialName?: string];

const ROWS: readonly Row[] = [
  ['01', 'Kinh', ['Việt', 'Người Kinh', 'Kinh (Việt)'], 'Kinh (Việt)'],
  ['02', 'Tày'],
  ['03', 'Thái'],
  ['04', 'Mường'],
  ['05', 'Khơ-me', ['Khmer', 'Khơ me', 'Khơme', 'Khơ-me Krôm', 'Khmer Krom'], 'Khơ me'],
  ['06', 'Hoa', ['Hán', 'Người Hoa', 'Hoa (Hán)'], 'Hoa (Hán)'],
  ['07', 'Nùng'],
  ['08', "H'Mông", ['Mông', 'Hmông', "H'mông", 'Hmong', 'Mèo', "H'mông (Mèo)"], "H'mông (Mèo)"],
  ['09', 'Dao'],
  ['10', 'Gia-rai', ['Gia Rai', 'Jrai', 'Giarai'], 'Gia - rai'],
  ['11', 'Ê-đê', ['Êđê', 'Ê Đê', 'Ede', 'Rhađê']],
  ['12', 'Ba-na', ['Ba Na', 'Bana', 'Bahnar']],
  ['13', 'Sán Chay', ['Cao Lan', 'Sán Chỉ', 'Cao Lan-Sán Chỉ', 'Sán Chay (Cao Lan-Sán Chỉ)'], 'Sán Chay (Cao Lan-Sán Chỉ)'],
  ['14', 'Chăm', ['Chàm', 'Chăm (Chàm)', 'Cham'], 'Chăm (Chàm)'],
  ['15', 'Cơ-ho', ['Cơ Ho', "K'Ho", 'Kơ Ho', 'Koho']],
  ['16', 'Xơ-đăng', ['Xơ Đăng', 'Sedang']],
  ['17', 'Sán Dìu'],
  ['18', 'Hrê', ["H'rê"]],
  ['19', 'Ra-glai', ['Raglai', 'Ra Glai', 'Roglai']],
  ['20', 'Mnông', ["M'Nông"]],
  ['21', 'Thổ'],
  ['22', 'Xtiêng', ["X'tiêng", 'Stiêng', 'Xa Điêng']],
  ['23', 'Khơ-mú', ['Khơ Mú', 'Khmú', 'Kmhmu', 'Xá Cẩu']],
  ['24', 'Bru-Vân Kiều', ['Bru Vân Kiều', 'Vân Kiều', 'Bru']],
  ['25', 'Cơ-tu', ['Cơ Tu', 'Katu', 'Ka Tu']],
  ['26', 'Giáy', ['Nhắng']],
  ['27', 'Tà-ôi', ['Tà Ôi', 'Pa Kô']],
  ['28', 'Mạ'],
  ['29', 'Gié-Triêng', ['Gié Triêng', 'Giẻ-Triêng', 'Giẻ Triêng']],
  ['30', 'Co', ['Cor', 'Col']],
  ['31', 'Chơ-ro', ['Chơ Ro', 'Châu Ro']],
  ['32', 'Xinh-mun', ['Xinh Mun']],
  ['33', 'Hà Nhì'],
  ['34', 'Chu-ru', ['Chu Ru', 'Churu']],
  ['35', 'Lào'],
  ['36', 'La Chí'],
  ['37', 'Kháng'],
  ['38', 'Phù Lá'],
  ['39', 'La Hủ'],
  ['40', 'La Ha'],
  ['41', 'Pà Thẻn', ['Pà Hưng']],
  ['42', 'Lự'],
  ['43', 'Ngái'],
  ['44', 'Chứt'],
  ['45', 'Lô Lô'],
  ['46', 'Mảng'],
  ['47', 'Cơ Lao'],
  ['48', 'Bố Y'],
  ['49', 'Cống'],
  ['50', 'Si La'],
  ['51', 'Pu Péo'],
  ['52', 'Rơ-măm', ['Rơ Măm']],
  ['53', 'Brâu', ['Brao']],
  ['54', 'Ơ Đu', ['Ơ-đu']],
];

export const ETHNICITIES: readonly Ethnicity[] = ROWS.map(([code, name, variants = [], officialName]) =>
  officialName === undefined ? { code, name, variants } : { code, name, officialName, variants },
);

/** Words people put before the name: "dân tộc Kinh", "người Tày". */
const LEADING_WORDS = /^(?:dantoc|nguoi)/u;

let index: Map<string, Ethnicity> | undefined;

function buildIndex(): Map<string, Ethnicity> {
  const map = new Map<string, Ethnicity>();
  for (const ethnicity of ETHNICITIES) {
    const texts = [ethnicity.name, ethnicity.officialName, ...ethnicity.variants];
    for (const text of texts) {
      if (text === undefined) continue;
      const key = compactKey(text);
      if (key !== '' && !map.has(key)) map.set(key, ethnicity);
    }
  }
  return map;
}

/**
 * The ethnic group a typed text names, by display spelling, official entry
 * or variant; tolerant of case, diacritics, hyphens, apostrophes and spaces,
 * and of "dân tộc" or "người" in front. Undefined when nothing matches.
 */
export function findEthnicity(text: string): Ethnicity | undefined {
  index ??= buildIndex();
  const key = compactKey(text);
  if (key === '') return undefined;
  const direct = index.get(key);
  if (direct) return direct;
  const stripped = key.replace(LEADING_WORDS, '');
  return stripped !== key && stripped !== '' ? index.get(stripped) : undefined;
}

/** By two-digit GSO 2008 code. */
export function ethnicityByCode(code: string): Ethnicity | undefined {
  return ETHNICITIES.find((e) => e.code === code);
}
