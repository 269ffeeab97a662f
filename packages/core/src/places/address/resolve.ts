/**
 * `resolveAddress`: which of today's communes a free-text address lies in.
 * The text is cut into parts (parts.ts); read from the right, the last part
 * may name a province (current or former), the one before it a former
 * district, and the one before that the commune (or, without a district, the
 * part just before the province). A commune of today with that name and kind
 * in that province makes the address current; otherwise a former commune of
 * that name (in that district, when one is written) gives its current
 * commune(s) from the merger table, `partial` where it was split. A name that
 * matches several units (no province written, "Phường 2" without its
 * district) gives every candidate. Names match with or without diacritics;
 * when the text has them, a candidate spelt with the same marks (tone
 * placement aside) is preferred.
 *
 * Pure and synchronous; the tables are decoded once, on first use, from the
 * data passed in (the generated tables by default, see ./index.ts).
 */
import type { AdminUnits, CurrentCommune, FormerCommune, FormerDistrict, Target } from './decode.js';
import { looseKey, splitKind, toneKey, type CommuneKind, type DistrictKind } from './keys.js';
import { addressParts, type AddressPart, type PartKind } from './parts.js';
import { provinceNameOn, provinceNamesEver } from './province-names.js';

export interface AddressCandidate {
  /** 5-digit GSO code of a current commune. */
  code: string;
  /** Its full name, e.g. "Phường Lương Văn Tri". */
  name: string;
  province: { code: string; name: string };
  /** The former unit the text names was split: only part of it lies in this commune. */
  partial: boolean;
}

export interface AddressResolution {
  /** The text names a commune of today (in the province written, if any). */
  current: boolean;
  /** Today's commune(s) the address lies in; empty when nothing matched. */
  candidates: AddressCandidate[];
  /** What comes before the commune (house number, street, hamlet), as typed; the whole text when nothing matched. */
  rest: string;
  /** The former units the text names, when it names a former commune or district (e.g. "Phường Chi Lăng, Thành phố Lạng Sơn, Tỉnh Lạng Sơn"). */
  former?: string[];
}

export interface ResolveOptions {
  /** ISO date for province names (e.g. Tỉnh/Thành phố Đồng Nai); default: the latest names. */
  date?: string;
}

/** Longer texts are returned unresolved (the longest former "commune, district, province" is under 120 characters). */
export const MAX_ADDRESS_LENGTH = 1000;

const COMMUNE_PART: Partial<Record<PartKind, CommuneKind>> = { ward: 'phuong', commune: 'xa', township: 'thi-tran', 'special-zone': 'dac-khu' };
const DISTRICT_PART: Partial<Record<PartKind, DistrictKind>> = { 'district-urban': 'quan', 'district-rural': 'huyen', town: 'thi-xa', city: 'thanh-pho' };

interface ProvinceEntry {
  current: Set<string>;
  former: Set<string>;
}

export interface AddressIndex {
  units: AdminUnits;
  provinceName: Map<string, string>;
  provinceKeys: Map<string, ProvinceEntry>;
  formerOfCurrent: Map<string, string[]>;
  currentOfFormer: Map<string, string>;
  communesByKey: Map<string, CurrentCommune[]>;
  communeByCode: Map<string, CurrentCommune>;
  districtsByKey: Map<string, FormerDistrict[]>;
  districtByCode: Map<string, FormerDistrict>;
  formerByKey: Map<string, FormerCommune[]>;
  formerProvinceName: Map<string, string>;
}

const bare = (full: string): string => splitKind(full).name;
const provinceBare = (full: string): string => full.replace(/^(tỉnh|thành phố|thủ đô)\s+/iu, '');
/** Key of a province name: loose, without spaces ("Bà Rịa - Vũng Tàu" = "ba ria vung tau" = "BàRịa-VũngTàu"). */
const provinceKey = (name: string): string => looseKey(name).replace(/ /gu, '');
/** Key of a unit name: loose, with numbers unpadded ("Phường 02" = "Phường 2"). */
const unitKey = (name: string): string => looseKey(name).replace(/\b0+(\d)/gu, '$1');

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const PROVINCE_ALIASES: [string, string][] = [
  ['79', 'HCM'],
  ['79', 'TP HCM'],
  ['79', 'TPHCM'],
  ['79', 'Sài Gòn'],
  ['79', 'Hồ Chí Minh'],
];

export function buildAddressIndex(units: AdminUnits): AddressIndex {
  const provinceKeys = new Map<string, ProvinceEntry>();
  const entry = (key: string): ProvinceEntry => {
    let e = provinceKeys.get(key);
    if (!e) provinceKeys.set(key, (e = { current: new Set(), former: new Set() }));
    return e;
  };
  const provinceName = new Map(units.provinces.map((p) => [p.code, p.name]));
  for (const p of units.provinces) for (const name of provinceNamesEver(p.code, p.name)) entry(provinceKey(provinceBare(name))).current.add(p.code);
  for (const [code, alias] of PROVINCE_ALIASES) entry(provinceKey(alias)).current.add(code);
  const formerOfCurrent = new Map<string, string[]>();
  const currentOfFormer = new Map<string, string>();
  for (const p of units.formerProvinces) {
    entry(provinceKey(provinceBare(p.name))).former.add(p.code);
    add(formerOfCurrent, p.current, p.code);
    currentOfFormer.set(p.code, p.current);
  }
  const communesByKey = new Map<string, CurrentCommune[]>();
  for (const c of units.communes) add(communesByKey, unitKey(bare(c.name)), c);
  const districtsByKey = new Map<string, FormerDistrict[]>();
  for (const d of units.formerDistricts) add(districtsByKey, unitKey(bare(d.name)), d);
  const formerByKey = new Map<string, FormerCommune[]>();
  for (const c of units.formerCommunes) add(formerByKey, unitKey(bare(c.name)), c);
  return {
    units,
    provinceName,
    provinceKeys,
    formerOfCurrent,
    currentOfFormer,
    communesByKey,
    communeByCode: new Map(units.communes.map((c) => [c.code, c])),
    districtsByKey,
    districtByCode: new Map(units.formerDistricts.map((d) => [d.code, d])),
    formerByKey,
    formerProvinceName: new Map(units.formerProvinces.map((p) => [p.code, p.name])),
  };
}

/** When the text carries marks, keep the units spelt with the same marks (tone placement aside), if any. */
let textHasMarks = false;
function preferSpelling<T extends { name: string }>(units: T[], typed: string): T[] {
  if (!textHasMarks || units.length < 2) return units;
  const key = toneKey(typed);
  const same = units.filter((u) => toneKey(bare(u.name)) === key);
  return same.length ? same : units;
}

interface ProvinceScope {
  /** Current province codes the text may mean. */
  current: Set<string>;
  /** Former province codes the text may mean (a current province includes all it was formed from). */
  former: Set<string>;
}

function provinceScope(index: AddressIndex, part: AddressPart): ProvinceScope | undefined {
  if (part.kind && !['province', 'city'].includes(part.kind)) return undefined;
  const found = index.provinceKeys.get(provinceKey(part.name));
  if (!found) return undefined;
  const current = new Set(found.current);
  const former = new Set(found.former);
  for (const c of found.current) for (const f of index.formerOfCurrent.get(c) ?? []) former.add(f);
  for (const f of found.former) current.add(index.currentOfFormer.get(f)!);
  return { current, former };
}

function districtsIn(index: AddressIndex, part: AddressPart, scope: ProvinceScope | undefined): FormerDistrict[] {
  if (part.kind && !DISTRICT_PART[part.kind]) return [];
  const kind = part.kind ? DISTRICT_PART[part.kind] : undefined;
  const found = (index.districtsByKey.get(unitKey(part.name)) ?? []).filter(
    (d) => (!scope || scope.former.has(d.province)) && (!kind || d.kind === kind),
  );
  return preferSpelling(found, part.name);
}

function currentCommunes(index: AddressIndex, part: AddressPart, scope: ProvinceScope | undefined): CurrentCommune[] {
  if (part.kind && !COMMUNE_PART[part.kind]) return [];
  const kind = part.kind ? COMMUNE_PART[part.kind] : undefined;
  const found = (index.communesByKey.get(unitKey(part.name)) ?? []).filter(
    (c) => (!scope || scope.current.has(c.province)) && (!kind || c.kind === kind),
  );
  return preferSpelling(found, part.name);
}

function formerCommunes(index: AddressIndex, part: AddressPart, scope: ProvinceScope | undefined, districts?: FormerDistrict[]): FormerCommune[] {
  if (part.kind && !COMMUNE_PART[part.kind]) return [];
  const kind = part.kind ? COMMUNE_PART[part.kind] : undefined;
  const inDistricts = districts ? new Set(districts.map((d) => d.code)) : undefined;
  const found = (index.formerByKey.get(unitKey(part.name)) ?? []).filter(
    (c) => (!scope || scope.former.has(c.province)) && (!kind || c.kind === kind) && (!inDistricts || inDistricts.has(c.district)),
  );
  return preferSpelling(found, part.name);
}

function candidatesOf(index: AddressIndex, targets: Target[], date: string | undefined): AddressCandidate[] {
  const byCode = new Map<string, AddressCandidate>();
  for (const t of targets) {
    const c = index.communeByCode.get(t.code);
    if (!c) continue;
    const seen = byCode.get(t.code);
    if (seen) {
      seen.partial &&= t.partial;
      continue;
    }
    byCode.set(t.code, {
      code: c.code,
      name: c.name,
      province: { code: c.province, name: provinceNameOn(c.province, index.provinceName.get(c.province)!, date) },
      partial: t.partial,
    });
  }
  return [...byCode.values()];
}

const restBefore = (text: string, part: AddressPart | undefined): string =>
  (part ? text.slice(0, part.start) : text).replace(/[\s,;\-–—]+$/u, '').trim();

function formerLabel(index: AddressIndex, c: FormerCommune): string {
  const d = index.districtByCode.get(c.district)!;
  return `${c.name}, ${d.name}, ${index.formerProvinceName.get(c.province)!}`;
}

/** Resolves with a prebuilt index (see ./index.ts for the version bound to the generated tables). */
export function resolveWithIndex(index: AddressIndex, input: string, options: ResolveOptions = {}): AddressResolution {
  const text = typeof input === 'string' ? input.normalize('NFC').trim() : '';
  const none: AddressResolution = { current: false, candidates: [], rest: text };
  // an address is a line or two; a longer text (a paste gone wrong) is not searched
  if (text.length > MAX_ADDRESS_LENGTH) return none;
  const parts = addressParts(text);
  textHasMarks = looseKey(text) !== text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (parts.length === 0) return none;
  const date = options.date;
  let last = parts.length - 1;
  const scope = provinceScope(index, parts[last]!);
  if (scope) last -= 1;
  if (last < 0) return none;

  // with a former district: "<commune>, <district>[, <province>]"
  if (last >= 1) {
    const districts = districtsIn(index, parts[last]!, scope);
    if (districts.length) {
      const communePart = parts[last - 1]!;
      const formers = formerCommunes(index, communePart, scope, districts);
      if (formers.length) {
        return {
          current: false,
          candidates: candidatesOf(index, formers.flatMap((f) => f.targets), date),
          rest: restBefore(text, communePart),
          former: formers.map((f) => formerLabel(index, f)),
        };
      }
      // a commune of today written with its former district ("phường Bến Thành, quận 1"): the district is dropped
      const today = currentCommunes(index, communePart, scope).filter((c) => districts.some((d) => index.currentOfFormer.get(d.province) === c.province));
      if (today.length) {
        return { current: false, candidates: candidatesOf(index, today.map((c) => ({ code: c.code, partial: false })), date), rest: restBefore(text, communePart) };
      }
    }
  }
  const communePart = parts[last]!;
  const today = currentCommunes(index, communePart, scope);
  if (today.length) {
    return { current: true, candidates: candidatesOf(index, today.map((c) => ({ code: c.code, partial: false })), date), rest: restBefore(text, communePart) };
  }
  const formers = formerCommunes(index, communePart, scope);
  if (formers.length) {
    return {
      current: false,
      candidates: candidatesOf(index, formers.flatMap((f) => f.targets), date),
      rest: restBefore(text, communePart),
      former: formers.map((f) => formerLabel(index, f)),
    };
  }
  // a former district that became one unit (island districts now special zones)
  const districts = districtsIn(index, communePart, scope).filter((d) => d.targets.length);
  if (districts.length) {
    return {
      current: false,
      candidates: candidatesOf(index, districts.flatMap((d) => d.targets), date),
      rest: restBefore(text, communePart),
      former: districts.map((d) => `${d.name}, ${index.formerProvinceName.get(d.province)!}`),
    };
  }
  return none;
}

/** The province of today's commune `code` and its name on `date`, for callers holding a candidate code. */
export function communeOf(index: AddressIndex, code: string, date?: string): AddressCandidate | undefined {
  return candidatesOf(index, [{ code, partial: false }], date)[0];
}
