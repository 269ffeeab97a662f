/**
 * Decodes the compact text of the generated admin-unit tables
 * (../generated/admin-units.ts, written by scripts/build-admin-units.ts).
 *
 * `communes`: per current province a header line "<2-digit code><full name>"
 * and a line of entries separated by ";", each "<base-36 code delta><kind
 * letter><name>".
 * `former`: per former province a line "P<code>|<full name>|<current province
 * code>", then per district a line "D<code>|<kind letter><name>|<targets>"
 * and a line of its communes "<delta><kind letter><name>|<targets>".
 * Targets: space-separated base-36 indexes into today's communes (in their
 * order), "*" after a partial one; empty for a commune means "the current
 * commune with the same code" (for a district: none).
 * `unmapped`: lines "<former commune code>|<reason>".
 */
import type { CommuneKind, DistrictKind } from './keys.js';

export interface AdminUnitsText {
  communes: string;
  former: string;
  unmapped: string;
}

export interface Target {
  /** Code of a current commune. */
  code: string;
  /** The former unit was split and only part of it lies in this one. */
  partial: boolean;
}

export interface CurrentProvinceUnit { code: string; name: string }
export interface CurrentCommune { code: string; name: string; kind: CommuneKind; province: string }
export interface FormerProvinceUnit { code: string; name: string; current: string }
export interface FormerDistrict { code: string; name: string; kind: DistrictKind; province: string; targets: Target[] }
export interface FormerCommune { code: string; name: string; kind: CommuneKind; district: string; province: string; targets: Target[] }

export interface AdminUnits {
  provinces: CurrentProvinceUnit[];
  communes: CurrentCommune[];
  formerProvinces: FormerProvinceUnit[];
  formerDistricts: FormerDistrict[];
  formerCommunes: FormerCommune[];
  /** Former commune code → why it maps to no current commune. */
  unmapped: Map<string, string>;
}

const KINDS: Record<string, [CommuneKind | DistrictKind, string]> = {
  X: ['xa', 'Xã'],
  P: ['phuong', 'Phường'],
  T: ['thi-tran', 'Thị trấn'],
  D: ['dac-khu', 'Đặc khu'],
  Q: ['quan', 'Quận'],
  H: ['huyen', 'Huyện'],
  S: ['thi-xa', 'Thị xã'],
  C: ['thanh-pho', 'Thành phố'],
};

function kinded(text: string): { kind: CommuneKind | DistrictKind; name: string } {
  const entry = KINDS[text[0]!];
  if (!entry) throw new Error(`admin units: unknown kind in "${text}"`);
  return { kind: entry[0], name: `${entry[1]} ${text.slice(1)}` };
}

/** Splits "<delta>X<name>…" at the first kind letter after the base-36 digits (digits and lower case only). */
function entries(line: string, each: (code: string, rest: string) => void, width: number): void {
  if (line === '') return;
  let previous = 0;
  for (const entry of line.split(';')) {
    let end = 0;
    while (end < entry.length && isDeltaChar(entry.charCodeAt(end))) end += 1;
    if (end === 0) throw new Error(`admin units: bad entry "${entry}"`);
    previous += Number.parseInt(entry.slice(0, end), 36);
    each(String(previous).padStart(width, '0'), entry.slice(end));
  }
}

/** "-", 0–9 or a–z: the base-36 delta before the upper-case kind letter. */
function isDeltaChar(c: number): boolean {
  return c === 45 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

export function decodeAdminUnits(text: AdminUnitsText): AdminUnits {
  const provinces: CurrentProvinceUnit[] = [];
  const communes: CurrentCommune[] = [];
  const lines = text.communes.split('\n');
  for (let i = 0; i < lines.length; i += 2) {
    const header = lines[i]!;
    const province = header.slice(0, 2);
    provinces.push({ code: province, name: header.slice(2) });
    entries(lines[i + 1]!, (code, rest) => {
      const { kind, name } = kinded(rest);
      communes.push({ code, name, kind: kind as CommuneKind, province });
    }, 5);
  }
  const targetsOf = (former: string, field: string): Target[] => {
    if (field === '') return former ? [{ code: former, partial: false }] : [];
    return field.split(' ').map((t) => ({
      code: communes[Number.parseInt(t.replace('*', ''), 36)]!.code,
      partial: t.endsWith('*'),
    }));
  };
  const formerProvinces: FormerProvinceUnit[] = [];
  const formerDistricts: FormerDistrict[] = [];
  const formerCommunes: FormerCommune[] = [];
  const former = text.former.split('\n');
  let province = '';
  for (let i = 0; i < former.length; i += 1) {
    const line = former[i]!;
    if (line.startsWith('P')) {
      const [code, name, current] = line.slice(1).split('|') as [string, string, string];
      formerProvinces.push({ code, name, current });
      province = code;
    } else if (line.startsWith('D')) {
      const [code, named, targets] = line.slice(1).split('|') as [string, string, string];
      const { kind, name } = kinded(named);
      formerDistricts.push({ code, name, kind: kind as DistrictKind, province, targets: targetsOf('', targets) });
      i += 1;
      entries(former[i]!, (communeCode, rest) => {
        const bar = rest.lastIndexOf('|');
        const k = kinded(rest.slice(0, bar));
        formerCommunes.push({ code: communeCode, name: k.name, kind: k.kind as CommuneKind, district: code, province, targets: targetsOf(communeCode, rest.slice(bar + 1)) });
      }, 5);
    }
  }
  const unmapped = new Map<string, string>();
  for (const line of text.unmapped.split('\n')) {
    if (!line) continue;
    const bar = line.indexOf('|');
    unmapped.set(line.slice(0, bar), line.slice(bar + 1));
  }
  for (const c of formerCommunes) if (unmapped.has(c.code)) c.targets = [];
  return { provinces, communes, formerProvinces, formerDistricts, formerCommunes, unmapped };
}
