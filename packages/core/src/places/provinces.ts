/**
 * Province-level units of Việt Nam before and after 1 July 2025. Nghị quyết
 * 202/2025/QH15 (adopted 12/6/2025, new local government from 1/7/2025)
 * reorganised the 63 provinces and centrally-run cities into 34 units: 6
 * cities and 28 provinces, 11 of them unchanged (domain-facts §8.1). The 63
 * former units keep their birth-registration codes (Phụ lục 1, Thông tư
 * 07/2016/TT-BCA, table in registration-codes.ts), and people's papers keep
 * naming them, so a birthplace may be written with a former name.
 * The seats given here are only those the sources state; three are inferred
 * and marked so.
 */
import type { Provenance } from '../config/types.js';
import { BIRTH_REGISTRATION_CODES } from './registration-codes.js';
import { compactKey, wordKey } from './fold.js';

export type ProvinceKind = 'city' | 'province';

/** One of the 34 province-level units in force since 1/7/2025. */
export interface CurrentProvince {
  /** ASCII slug, e.g. `lang-son`, `ho-chi-minh`. */
  id: string;
  /** Official Vietnamese name: "Lạng Sơn" for a province, "Thành phố Hồ Chí Minh" for a city. */
  name: string;
  /** The name without "Thành phố" (cities only), e.g. "Hà Nội". */
  shortName?: string;
  nameEn: string;
  kind: ProvinceKind;
  /** Ids of the former units (of the 63) that now form this one; a unit that was not merged lists itself. */
  formedFrom: readonly string[];
  /** Other ways people write the name ("TP HCM", "Sài Gòn"), used for lookups only. */
  aliases?: readonly string[];
  /** Where the administrative seat is, when a source says it is in another former unit than the one of the same name. */
  seat?: { formerId: string; provenance: Provenance };
}

/** One of the 63 province-level units before 1/7/2025. */
export interface FormerProvince {
  /** ASCII slug of the name, e.g. `ha-giang`, `ba-ria-vung-tau`. */
  id: string;
  /** Name as in the table of birth-registration codes, e.g. "Hà Giang". */
  name: string;
  /** Birth-registration code (first three digits of a personal identification number). */
  code: string;
  /** Id of the current unit the former one belongs to since 1/7/2025. */
  mergedInto: string;
}

const NQ202: Provenance = {
  confidence: 'C2',
  source: 'Nghị quyết 202/2025/QH15 (vnexpress.net, nghean24h.vn, baothanhhoa.vn)',
};
const SEAT_INFERRED: Provenance = {
  confidence: 'INF',
  source: 'domain-facts §8.1: seat in the merged-in province, not confirmed by a primary source',
};

const city = (
  id: string,
  shortName: string,
  nameEn: string,
  formedFrom: string[],
  aliases?: string[],
): CurrentProvince => ({
  id,
  name: `Thành phố ${shortName}`,
  shortName,
  nameEn,
  kind: 'city',
  formedFrom,
  ...(aliases ? { aliases } : {}),
});

const province = (
  id: string,
  name: string,
  nameEn: string,
  formedFrom: string[],
  extra: Pick<CurrentProvince, 'aliases' | 'seat'> = {},
): CurrentProvince => ({ id, name, nameEn, kind: 'province', formedFrom, ...extra });

/** The 34 current units: the 6 cities first, then the 28 provinces in alphabetical order. */
export const CURRENT_PROVINCES: readonly CurrentProvince[] = [
  city('ha-noi', 'Hà Nội', 'Hanoi', ['ha-noi'], ['TP Hà Nội', 'Hanoi', 'HN']),
  city('hue', 'Huế', 'Hue City', ['thua-thien-hue'], ['TP Huế']),
  city('hai-phong', 'Hải Phòng', 'Hai Phong City', ['hai-phong', 'hai-duong'], ['TP Hải Phòng']),
  city('da-nang', 'Đà Nẵng', 'Da Nang City', ['da-nang', 'quang-nam'], ['TP Đà Nẵng']),
  city('ho-chi-minh', 'Hồ Chí Minh', 'Ho Chi Minh City', ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'], [
    'TP Hồ Chí Minh',
    'TP.HCM',
    'TP HCM',
    'TPHCM',
    'HCM',
    'HCMC',
    'Sài Gòn',
    'Saigon',
  ]),
  city('can-tho', 'Cần Thơ', 'Can Tho City', ['can-tho', 'soc-trang', 'hau-giang'], ['TP Cần Thơ']),
  province('an-giang', 'An Giang', 'An Giang', ['an-giang', 'kien-giang'], {
    seat: { formerId: 'kien-giang', provenance: SEAT_INFERRED },
  }),
  province('bac-ninh', 'Bắc Ninh', 'Bac Ninh', ['bac-ninh', 'bac-giang'], {
    seat: { formerId: 'bac-giang', provenance: NQ202 },
  }),
  province('ca-mau', 'Cà Mau', 'Ca Mau', ['ca-mau', 'bac-lieu']),
  province('cao-bang', 'Cao Bằng', 'Cao Bang', ['cao-bang']),
  province('dak-lak', 'Đắk Lắk', 'Dak Lak', ['dak-lak', 'phu-yen'], { aliases: ['Đăk Lăk', 'Daklak'] }),
  province('dien-bien', 'Điện Biên', 'Dien Bien', ['dien-bien']),
  province('dong-nai', 'Đồng Nai', 'Dong Nai', ['dong-nai', 'binh-phuoc']),
  province('dong-thap', 'Đồng Tháp', 'Dong Thap', ['dong-thap', 'tien-giang'], {
    seat: { formerId: 'tien-giang', provenance: SEAT_INFERRED },
  }),
  province('gia-lai', 'Gia Lai', 'Gia Lai', ['gia-lai', 'binh-dinh'], {
    seat: { formerId: 'binh-dinh', provenance: NQ202 },
  }),
  province('ha-tinh', 'Hà Tĩnh', 'Ha Tinh', ['ha-tinh']),
  province('hung-yen', 'Hưng Yên', 'Hung Yen', ['hung-yen', 'thai-binh']),
  province('khanh-hoa', 'Khánh Hòa', 'Khanh Hoa', ['khanh-hoa', 'ninh-thuan']),
  province('lai-chau', 'Lai Châu', 'Lai Chau', ['lai-chau']),
  province('lam-dong', 'Lâm Đồng', 'Lam Dong', ['lam-dong', 'dak-nong', 'binh-thuan']),
  province('lang-son', 'Lạng Sơn', 'Lang Son', ['lang-son']),
  province('lao-cai', 'Lào Cai', 'Lao Cai', ['lao-cai', 'yen-bai'], {
    seat: { formerId: 'yen-bai', provenance: NQ202 },
  }),
  province('nghe-an', 'Nghệ An', 'Nghe An', ['nghe-an']),
  province('ninh-binh', 'Ninh Bình', 'Ninh Binh', ['ninh-binh', 'ha-nam', 'nam-dinh']),
  province('phu-tho', 'Phú Thọ', 'Phu Tho', ['phu-tho', 'vinh-phuc', 'hoa-binh']),
  province('quang-ngai', 'Quảng Ngãi', 'Quang Ngai', ['quang-ngai', 'kon-tum']),
  province('quang-ninh', 'Quảng Ninh', 'Quang Ninh', ['quang-ninh']),
  province('quang-tri', 'Quảng Trị', 'Quang Tri', ['quang-tri', 'quang-binh'], {
    seat: { formerId: 'quang-binh', provenance: NQ202 },
  }),
  province('son-la', 'Sơn La', 'Son La', ['son-la']),
  province('tay-ninh', 'Tây Ninh', 'Tay Ninh', ['tay-ninh', 'long-an'], {
    seat: { formerId: 'long-an', provenance: SEAT_INFERRED },
  }),
  province('thai-nguyen', 'Thái Nguyên', 'Thai Nguyen', ['thai-nguyen', 'bac-kan']),
  province('thanh-hoa', 'Thanh Hóa', 'Thanh Hoa', ['thanh-hoa']),
  province('tuyen-quang', 'Tuyên Quang', 'Tuyen Quang', ['tuyen-quang', 'ha-giang']),
  province('vinh-long', 'Vĩnh Long', 'Vinh Long', ['vinh-long', 'ben-tre', 'tra-vinh']),
];

/**
 * Former unit id → code → current unit. The names come from the table of
 * birth-registration codes, so the two tables cannot drift apart.
 */
const FORMER_TABLE: readonly (readonly [id: string, code: string, mergedInto: string])[] = [
  ['ha-noi', '001', 'ha-noi'],
  ['ha-giang', '002', 'tuyen-quang'],
  ['cao-bang', '004', 'cao-bang'],
  ['bac-kan', '006', 'thai-nguyen'],
  ['tuyen-quang', '008', 'tuyen-quang'],
  ['lao-cai', '010', 'lao-cai'],
  ['dien-bien', '011', 'dien-bien'],
  ['lai-chau', '012', 'lai-chau'],
  ['son-la', '014', 'son-la'],
  ['yen-bai', '015', 'lao-cai'],
  ['hoa-binh', '017', 'phu-tho'],
  ['thai-nguyen', '019', 'thai-nguyen'],
  ['lang-son', '020', 'lang-son'],
  ['quang-ninh', '022', 'quang-ninh'],
  ['bac-giang', '024', 'bac-ninh'],
  ['phu-tho', '025', 'phu-tho'],
  ['vinh-phuc', '026', 'phu-tho'],
  ['bac-ninh', '027', 'bac-ninh'],
  ['hai-duong', '030', 'hai-phong'],
  ['hai-phong', '031', 'hai-phong'],
  ['hung-yen', '033', 'hung-yen'],
  ['thai-binh', '034', 'hung-yen'],
  ['ha-nam', '035', 'ninh-binh'],
  ['nam-dinh', '036', 'ninh-binh'],
  ['ninh-binh', '037', 'ninh-binh'],
  ['thanh-hoa', '038', 'thanh-hoa'],
  ['nghe-an', '040', 'nghe-an'],
  ['ha-tinh', '042', 'ha-tinh'],
  ['quang-binh', '044', 'quang-tri'],
  ['quang-tri', '045', 'quang-tri'],
  ['thua-thien-hue', '046', 'hue'],
  ['da-nang', '048', 'da-nang'],
  ['quang-nam', '049', 'da-nang'],
  ['quang-ngai', '051', 'quang-ngai'],
  ['binh-dinh', '052', 'gia-lai'],
  ['phu-yen', '054', 'dak-lak'],
  ['khanh-hoa', '056', 'khanh-hoa'],
  ['ninh-thuan', '058', 'khanh-hoa'],
  ['binh-thuan', '060', 'lam-dong'],
  ['kon-tum', '062', 'quang-ngai'],
  ['gia-lai', '064', 'gia-lai'],
  ['dak-lak', '066', 'dak-lak'],
  ['dak-nong', '067', 'lam-dong'],
  ['lam-dong', '068', 'lam-dong'],
  ['binh-phuoc', '070', 'dong-nai'],
  ['tay-ninh', '072', 'tay-ninh'],
  ['binh-duong', '074', 'ho-chi-minh'],
  ['dong-nai', '075', 'dong-nai'],
  ['ba-ria-vung-tau', '077', 'ho-chi-minh'],
  ['ho-chi-minh', '079', 'ho-chi-minh'],
  ['long-an', '080', 'tay-ninh'],
  ['tien-giang', '082', 'dong-thap'],
  ['ben-tre', '083', 'vinh-long'],
  ['tra-vinh', '084', 'vinh-long'],
  ['vinh-long', '086', 'vinh-long'],
  ['dong-thap', '087', 'dong-thap'],
  ['an-giang', '089', 'an-giang'],
  ['kien-giang', '091', 'an-giang'],
  ['can-tho', '092', 'can-tho'],
  ['hau-giang', '093', 'can-tho'],
  ['soc-trang', '094', 'can-tho'],
  ['bac-lieu', '095', 'ca-mau'],
  ['ca-mau', '096', 'ca-mau'],
];

/** The 63 former units, in the order of their codes. */
export const FORMER_PROVINCES: readonly FormerProvince[] = FORMER_TABLE.map(([id, code, mergedInto]) => {
  const name = BIRTH_REGISTRATION_CODES[code];
  if (name === undefined) throw new Error(`places: no birth-registration code ${code}`);
  return { id, name, code, mergedInto };
});

const currentById = new Map(CURRENT_PROVINCES.map((p) => [p.id, p]));
const formerById = new Map(FORMER_PROVINCES.map((p) => [p.id, p]));
const formerByCode = new Map(FORMER_PROVINCES.map((p) => [p.code, p]));

export function currentProvince(id: string): CurrentProvince | undefined {
  return currentById.get(id);
}

export function formerProvince(id: string): FormerProvince | undefined {
  return formerById.get(id);
}

/** The former unit of a birth-registration code (`'002'` → Hà Giang). */
export function formerProvinceOfCode(code: string): FormerProvince | undefined {
  return formerByCode.get(code);
}

/** The current unit that the former province of a birth-registration code now belongs to (`'002'` → Tuyên Quang). */
export function currentProvinceOfCode(code: string): CurrentProvince | undefined {
  const former = formerByCode.get(code);
  return former ? currentById.get(former.mergedInto) : undefined;
}

/** The former units that now form a current one, in code order. */
export function formerProvincesOf(currentId: string): FormerProvince[] {
  return FORMER_PROVINCES.filter((p) => p.mergedInto === currentId);
}

/** Words written before a province name: "tỉnh", "thành phố", "TP", "T.P.", "TP." (already folded). */
const ADMINISTRATIVE_PREFIX = /^(?:tinh|thanh pho|tp|t p)\s+/u;

/** A folded name without its administrative word ("thanh pho ha noi" → "ha noi"). */
export function withoutAdministrativePrefix(key: string): string {
  const stripped = key.replace(ADMINISTRATIVE_PREFIX, '');
  return stripped === '' ? key : stripped;
}

/** A typed name resolved to a current unit, and to the former unit it names if it is one of the 63 names. */
export interface PlaceNameMatch {
  current: CurrentProvince;
  former?: FormerProvince;
}

function buildNameIndex(): Map<string, PlaceNameMatch> {
  const index = new Map<string, PlaceNameMatch>();
  const add = (text: string, match: PlaceNameMatch): void => {
    const key = compactKey(withoutAdministrativePrefix(wordKey(text)));
    if (key !== '' && !index.has(key)) index.set(key, match);
  };
  // Former names first, so that "Lạng Sơn" or "Thừa Thiên Huế" also names the former unit.
  for (const former of FORMER_PROVINCES) {
    const current = currentById.get(former.mergedInto);
    if (current) add(former.name, { current, former });
  }
  // Other names of a unit that was not merged away also name its former self ("TP.HCM").
  for (const current of CURRENT_PROVINCES) {
    const sameFormer = formerById.get(current.id);
    const match: PlaceNameMatch = sameFormer ? { current, former: sameFormer } : { current };
    for (const text of [current.name, current.shortName, current.nameEn, ...(current.aliases ?? [])]) {
      if (text !== undefined) add(text, match);
    }
  }
  return index;
}

let nameIndex: Map<string, PlaceNameMatch> | undefined;

/**
 * Resolves a typed province or city name, current or former, tolerant of
 * case, missing or NFD diacritics, "tỉnh"/"thành phố"/"TP" in front, and
 * hyphens or spaces ("Bà Rịa Vũng Tàu", "TP.HCM", "thanh pho ha noi").
 * Returns undefined for anything that is not one of the names (a country, a
 * commune, a typo).
 */
export function provinceOfPlaceName(text: string): PlaceNameMatch | undefined {
  nameIndex ??= buildNameIndex();
  const words = wordKey(text);
  if (words === '') return undefined;
  return nameIndex.get(compactKey(withoutAdministrativePrefix(words))) ?? nameIndex.get(compactKey(words));
}
