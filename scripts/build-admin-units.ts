// Builds packages/core/src/places/generated/admin-units.ts from the shared
// admin-unit files (../shared/reference/data/admin-units/, MIT, see
// LICENSE-admin-units.txt beside the output): today's 34 provinces and 3,321
// communes, the former provinces, districts and communes, and the resolved
// table "former commune → current commune(s)" parsed from the merger map's
// free text. Run by hand and commit the output:
//
//   node --import tsx scripts/build-admin-units.ts [--check]
//
// `--check` writes nothing and fails when the committed output differs from
// what the source files give now (the test suite runs it).
//
// The parse fails (exit 1) on any former commune that neither maps to a
// current one nor is listed in scripts/admin-units-unmapped.json with a reason.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KIND_WORDS, looseKey, splitKind, toneKey, type CommuneKind, type DistrictKind } from '../packages/core/src/places/address/keys.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIR = process.env.HOCHIEU_ADMIN_UNITS_DIR ?? `${ROOT}../shared/reference/data/admin-units/`;
const SOURCE_LABEL = '../shared/reference/data/admin-units/';
const OUT_DIR = `${ROOT}packages/core/src/places/generated/`;
const OUT = `${OUT_DIR}admin-units.ts`;
const LICENSE_OUT = `${OUT_DIR}LICENSE-admin-units.txt`;
const UNMAPPED_FILE = `${ROOT}scripts/admin-units-unmapped.json`;
const FILES = ['units-before-2025-07-01.json', 'units-current.json', 'merger-2025.json', 'LICENSE.txt'] as const;

interface BeforeProvince { Code: string; FullName: string; District: { Code: string; FullName: string; ProvinceCode: string; Ward: { Code: string; FullName: string; DistrictCode: string }[] | null }[] }
interface CurrentProvinceRow { Code: string; FullName: string; Wards: { Code: string; FullName: string; ProvinceCode: string }[] }
interface MergerRow { code: string; name: string; provinceCode: string | null; before: string }

const read = (name: string): string => readFileSync(`${SOURCE_DIR}${name}`, 'utf8');
const texts = Object.fromEntries(FILES.map((f) => [f, read(f)])) as Record<(typeof FILES)[number], string>;
const hashes = FILES.map((f) => `${f} sha256:${createHash('sha256').update(texts[f]).digest('hex')}`);
const before = JSON.parse(texts['units-before-2025-07-01.json']) as BeforeProvince[];
const current = JSON.parse(texts['units-current.json']) as CurrentProvinceRow[];
const merger = JSON.parse(texts['merger-2025.json']) as MergerRow[];
const nfc = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

// ---- former units -------------------------------------------------------
interface FormerCommune { code: string; name: string; kind?: CommuneKind; district: string; province: string; tone: string; loose: string }
interface FormerDistrict { code: string; name: string; kind?: DistrictKind; province: string; tone: string; loose: string }
const formerCommunes: FormerCommune[] = [];
const formerDistricts: FormerDistrict[] = [];
for (const p of before) {
  for (const d of p.District) {
    const dk = splitKind(d.FullName);
    formerDistricts.push({ code: d.Code, name: nfc(d.FullName), kind: dk.kind as DistrictKind, province: p.Code, tone: toneKey(dk.name), loose: looseKey(dk.name) });
    for (const w of d.Ward ?? []) {
      let wk = splitKind(w.FullName.replace(/^Thị trấn NT /u, 'Thị trấn Nông trường '));
      while (wk.kind && splitKind(wk.name).kind) wk = { kind: wk.kind, name: splitKind(wk.name).name };
      // the source doubles a kind word in a few names ("Phường Phường Đúc"): one is kept
      formerCommunes.push({ code: w.Code, name: wk.kind ? `${KIND_WORDS[wk.kind]} ${wk.name}` : nfc(w.FullName), kind: wk.kind as CommuneKind, district: d.Code, province: p.Code, tone: toneKey(wk.name), loose: looseKey(wk.name) });
    }
  }
}

// ---- provinces: which former provinces form each current one -----------
const provinceKey = (s: string): string => looseKey(s.replace(/^(tỉnh|thành phố|thủ đô)\s+/iu, ''));
const formerByKey = new Map(before.map((p) => [provinceKey(p.FullName), p.Code]));
const formedFrom = new Map<string, string[]>();
for (const row of merger.filter((r) => r.provinceCode === null)) {
  const text = nfc(row.before).split('. ')[0]!;
  const names = /^giữ nguyên/iu.test(text) ? [row.name] : text.split(/,| và /u).map((s) => s.trim()).filter(Boolean);
  formedFrom.set(
    row.code,
    names.map((n) => {
      const key = /^tp\.?\s*hcm$/iu.test(n) ? 'ho chi minh' : provinceKey(n);
      const code = formerByKey.get(key);
      if (!code) throw new Error(`province ${row.code}: former province "${n}" not found`);
      return code;
    }),
  );
}
if (formedFrom.size !== current.length) throw new Error(`expected ${current.length} province rows in the merger map, got ${formedFrom.size}`);
const currentProvinceOfFormer = new Map<string, string>();
for (const [cur, formers] of formedFrom) for (const f of formers) currentProvinceOfFormer.set(f, cur);
for (const p of before) if (!currentProvinceOfFormer.has(p.Code)) throw new Error(`former province ${p.FullName} belongs to no current one`);

// ---- merger rows whose code is not a current code: match by name --------
const corrections: string[] = [];
{
  const currentRows = current.flatMap((p) => p.Wards);
  const known = new Set(currentRows.map((w) => w.Code));
  const used = new Set(merger.map((r) => r.code));
  for (const row of merger) {
    if (row.provinceCode === null || known.has(row.code)) continue;
    const byName = currentRows.filter((w) => w.ProvinceCode === row.provinceCode && !used.has(w.Code) && toneKey(w.FullName) === toneKey(row.name));
    if (byName.length !== 1) throw new Error(`merger row ${row.code} ${row.name}: no current commune has this code, and its name matches ${byName.length}`);
    corrections.push(`merger row ${row.code} ${row.name} is current code ${byName[0]!.Code} (${byName[0]!.FullName}), matched by name`);
    row.code = byName[0]!.Code;
  }
}

// ---- parse the merger text of each current commune ----------------------
interface Mention { raw: string; kind?: CommuneKind | DistrictKind; name: string; district?: string; province?: string; partial: boolean }

/** Last-resort spelling key: no marks, no spaces, i/y and roman numerals folded ("Quí"/"Quý", "Hòa Tú II"/"Hòa Tú 2", "Ea Bar"/"EaBar"). */
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };
const spellingKey = (name: string): string =>
  looseKey(name.replace(/^Nông trường /u, ''))
    .split(' ')
    .map((w) => ROMAN[w] ?? w)
    .join('')
    .replace(/y/gu, 'i');

/** Splits on commas at bracket depth 0, and on " và ". */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  items.push(cur);
  return items.flatMap((i) => i.split(/\s+và\s+/u)).map((i) => i.trim()).filter(Boolean);
}

const PARTIAL_LEAD = /^(sắp xếp\s+)?(một phần|phần còn lại|toàn bộ)\b[^]*?(của\s+(các\s+)?(phường|xã|thị trấn)?|diện tích tn|tự nhiên|\bTN\b)\s*/iu;
const POPULATION = /^(toàn bộ|toàn bố)?\s*quy mô dân số\s*(của\s+)?(các\s+)?(phường|xã|thị trấn)?\s*/iu;
const DISTRICT_BRACKET = /^(thuộc\s+)?(quận|huyện|thị xã|thành phố|tp\.?)\s+(.+)$/iu;

function parseMentions(text: string, selfName: string): Mention[] {
  if (/^giữ nguyên/iu.test(text)) return [{ raw: selfName, ...splitKind(selfName), partial: false }];
  const mentions: Mention[] = [];
  let inherited: CommuneKind | undefined;
  let runStart = 0;
  for (let item of splitItems(text)) {
    let partial = false;
    let lead: RegExpMatchArray | null;
    while ((lead = item.match(PARTIAL_LEAD)) || (lead = item.match(POPULATION))) {
      if (lead[0] === '') break;
      partial = true;
      const plural = lead[0].match(/(phường|xã|thị trấn)\s*$/iu);
      if (plural) inherited = splitKind(`${plural[1]} x`).kind as CommuneKind;
      item = item.slice(lead[0].length).trim();
    }
    if (/^quy mô dân số/iu.test(item) || item === '') continue;
    let district: string | undefined;
    let provinceName: string | undefined;
    let endsRun = false;
    item = item.replace(/\(([^()]*)\)/gu, (_m, inner: string) => {
      const b = inner.trim();
      const d = b.match(DISTRICT_BRACKET);
      if (d) {
        const [dName, pName] = d[3]!.split(/\s*,\s*tỉnh\s+/u);
        district = `${d[2]} ${dName}`;
        if (pName) provinceName = pName;
        endsRun = true;
      } else if (/phần/iu.test(b)) partial = true;
      return ' ';
    });
    item = item.replace(/\s*(sau khi (sắp|sáp) (xếp|nhập).*)$/iu, '').replace(/\s*\(.*$/u, '').replace(/^(các|của|củ)\s+/iu, '').trim();
    if (/^(toàn bộ|một phần)\s+diện tích/iu.test(item)) continue;
    if (/^(phần còn (lại|lai)|một phần)/iu.test(item)) {
      partial = true;
      item = item.replace(/^(phần còn (lại|lai)|một phần)\s*(của\s+)?(các\s+)?/iu, '');
    }
    item = item.replace(/^[^,]*?\s(?=(Xã|Phường|Thị trấn) )/u, (lead) => (splitKind(lead).kind ? lead : ''));
    // "các phường Phường Cửa Nam": the plural word, then the full name
    let split = splitKind(item);
    while (split.kind && splitKind(split.name).kind) split = splitKind(split.name);
    if (!split.name) continue;
    const kind = split.kind ?? inherited;
    if (split.kind && split.kind !== inherited) inherited = undefined;
    mentions.push({ raw: item, kind, name: split.name, partial, ...(district ? { district } : {}), ...(provinceName ? { province: provinceName } : {}) });
    if (endsRun) {
      // a bracketed district qualifies the run of names before it (as a preference, see resolve)
      for (let i = runStart; i < mentions.length - 1; i += 1) mentions[i]!.district ??= `~${district}`;
      runStart = mentions.length;
    }
  }
  return mentions;
}

// ---- resolve mentions to former units -----------------------------------
const byProvinceTone = new Map<string, FormerCommune[]>();
const byProvinceLoose = new Map<string, FormerCommune[]>();
const byProvinceSpelling = new Map<string, FormerCommune[]>();
const push = <T>(m: Map<string, T[]>, k: string, v: T): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};
for (const c of formerCommunes) {
  push(byProvinceTone, `${c.province}|${c.tone}`, c);
  push(byProvinceLoose, `${c.province}|${c.loose}`, c);
  push(byProvinceSpelling, `${c.province}|${spellingKey(c.name.split(' ').slice(c.kind === 'thi-tran' ? 2 : 1).join(' '))}`, c);
}
const districtsOf = (provinces: string[], name: string): FormerDistrict[] => {
  const { kind, name: bare } = splitKind(name.replace(/^tp\.?\s/iu, 'Thành phố '));
  const t = toneKey(bare);
  const l = looseKey(bare);
  const all = formerDistricts.filter((d) => provinces.includes(d.province));
  let hit = all.filter((d) => d.tone === t && (!kind || d.kind === kind));
  if (!hit.length) hit = all.filter((d) => d.loose === l && (!kind || d.kind === kind));
  if (!hit.length) hit = all.filter((d) => d.loose === l);
  return hit;
};
const kindFits = (want: CommuneKind | DistrictKind | undefined, c: FormerCommune): boolean => !want || c.kind === want;

/** Former units a mention may name: exact tone key first, then loose key, then spelling key; of the mention's kind when any is. */
function lookup(m: Mention, provinces: string[]): FormerCommune[] {
  const tone = toneKey(m.name);
  const loose = looseKey(m.name);
  for (const [map, key] of [[byProvinceTone, tone], [byProvinceLoose, loose], [byProvinceSpelling, spellingKey(m.name)]] as const) {
    const hits = provinces.flatMap((p) => map.get(`${p}|${key}`) ?? []);
    if (hits.length) return hits;
  }
  return [];
}

interface Target { code: string; partial: boolean }
/** Reviewed spellings of the merger map that differ from the former list ("Xã Sà Phìn" for "Xã Xà Phìn"). */
const ALIASES_FILE = `${ROOT}scripts/admin-units-aliases.json`;
const aliases = JSON.parse(readFileSync(ALIASES_FILE, 'utf8')) as { current: string; mention: string; former: string; note: string }[];
const targets = new Map<string, Target[]>();
const districtTargets = new Map<string, Target[]>();
const unresolved: string[] = [];
const ambiguousLeft: string[] = [];
const addTarget = (map: Map<string, Target[]>, former: string, t: Target): void => {
  const list = map.get(former) ?? [];
  const same = list.find((x) => x.code === t.code);
  if (same) same.partial ||= t.partial;
  else list.push(t);
  map.set(former, list);
};

for (const row of merger.filter((r) => r.provinceCode !== null)) {
  const allProvinces = formedFrom.get(row.provinceCode!)!;
  const mentions = parseMentions(nfc(row.before), nfc(row.name));
  const resolved: { m: Mention; hits: FormerCommune[] }[] = [];
  for (const m of mentions) {
    const named = m.province ? formerByKey.get(provinceKey(m.province)) : undefined;
    const provinces = named ? [named] : allProvinces;
    if (m.kind && ['quan', 'huyen', 'thi-xa', 'thanh-pho'].includes(m.kind)) {
      const ds = districtsOf(provinces, `${m.raw}`);
      if (ds.length === 1) {
        const d = ds[0]!;
        const inside = formerCommunes.filter((c) => c.district === d.code);
        if (inside.length) resolved.push({ m, hits: inside });
        else addTarget(districtTargets, d.code, { code: row.code, partial: m.partial });
        continue;
      }
    }
    const alias = aliases.find((a) => a.current === row.code && looseKey(a.mention) === looseKey(m.raw));
    const own = m.raw === nfc(row.name) && /^giữ nguyên/iu.test(row.before) ? formerCommunes.filter((c) => c.code === row.code && c.loose === looseKey(m.name)) : [];
    let hits = alias ? formerCommunes.filter((c) => c.code === alias.former) : own.length ? own : lookup(m, provinces);
    if (m.district) {
      const strict = !m.district.startsWith('~');
      const ds = districtsOf(provinces, m.district.replace(/^~/u, '')).map((d) => d.code);
      const inD = hits.filter((h) => ds.includes(h.district));
      if (inD.length || strict) hits = inD;
    }
    if (!hits.length) unresolved.push(`${row.code} ${row.name}: "${m.raw}"`);
    resolved.push({ m, hits });
  }
  // ambiguous names: prefer the districts of the unambiguous names of the same unit
  const anchorDistricts = new Set(resolved.filter((r) => r.hits.length === 1).map((r) => r.hits[0]!.district));
  const anchorProvinces = new Set(resolved.filter((r) => r.hits.length === 1).map((r) => r.hits[0]!.province));
  for (const r of resolved) {
    let hits = r.hits;
    const isDistrict = r.m.kind && ['quan', 'huyen', 'thi-xa', 'thanh-pho'].includes(r.m.kind);
    if (hits.length > 1 && !isDistrict) {
      // the current unit usually keeps the code of the former unit of its name;
      // then the districts of the unambiguous names of the same unit; then the kind written
      const filters: ((h: FormerCommune) => boolean)[] = [
        (h) => kindFits(r.m.kind, h) && anchorDistricts.has(h.district),
        (h) => kindFits(r.m.kind, h) && h.code === row.code,
        (h) => kindFits(r.m.kind, h) && h.district === formerCommunes.find((c) => c.code === row.code)?.district,
        (h) => h.code === row.code,
        (h) => anchorDistricts.has(h.district),
        (h) => kindFits(r.m.kind, h),
        (h) => anchorProvinces.has(h.province),
      ];
      for (const keep of filters) {
        const kept = hits.filter(keep);
        if (kept.length) hits = kept;
        if (hits.length === 1) break;
      }
      if (hits.length > 1) {
        ambiguousLeft.push(`${row.code} ${row.name}: "${r.m.raw}" → ${hits.map((h) => `${h.code} ${h.name}`).join(' | ')}`);
        continue;
      }
    }
    for (const h of hits) addTarget(targets, h.code, { code: row.code, partial: r.m.partial });
  }
}
// a former commune named by several current units was split: partial in each
for (const list of targets.values()) if (list.length > 1) for (const t of list) t.partial = true;

// ---- check completeness -------------------------------------------------
const unmappedListed = existsSync(UNMAPPED_FILE)
  ? (JSON.parse(readFileSync(UNMAPPED_FILE, 'utf8')) as { code: string; name: string; reason: string; targets?: string[] }[])
  : [];
const listed = new Map(unmappedListed.map((u) => [u.code, u]));
for (const u of unmappedListed) {
  if (u.targets) for (const code of u.targets) addTarget(targets, u.code, { code, partial: u.targets.length > 1 });
}
const missing = formerCommunes.filter((c) => !targets.has(c.code) && !listed.has(c.code));
const stale = unmappedListed.filter((u) => !u.targets && targets.has(u.code));
const report = process.argv.includes('--report');
if (report) {
  console.log(`unresolved mentions (${unresolved.length}):\n  ${unresolved.join('\n  ')}`);
  console.log(`ambiguous mentions left out (${ambiguousLeft.length}):\n  ${ambiguousLeft.join('\n  ')}`);
}
if (process.argv.includes('--propose')) {
  const dist = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
    for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
    for (let i = 1; i <= a.length; i += 1) for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const out = [];
  for (const u of unresolved) {
    const [, code, raw] = u.match(/^(\d+) .*?: "(.*)"$/u)!;
    const provinces = formedFrom.get(merger.find((r) => r.code === code)!.provinceCode!)!;
    const name = splitKind(raw!).name;
    const best = missing.filter((c) => provinces.includes(c.province)).map((c) => ({ c, d: dist(spellingKey(name), spellingKey(splitKind(c.name).name)) })).sort((a, b) => a.d - b.d)[0];
    if (best && best.d <= 3) out.push({ current: code, mention: raw, former: best.c.code, note: `${best.c.name} (${formerDistricts.find((d) => d.code === best.c.district)!.name}): distance ${best.d}` });
  }
  console.log(JSON.stringify(out, null, 1));
  process.exit(0);
}
if (missing.length || stale.length) {
  for (const c of missing) {
    const d = formerDistricts.find((x) => x.code === c.district)!;
    console.error(`unmapped former commune ${c.code} ${c.name}, ${d.name}, province ${c.province}`);
  }
  for (const u of stale) console.error(`listed as unmapped but mapped now: ${u.code} ${u.name}`);
  console.error(`${missing.length} former communes map to no current one and are not in scripts/admin-units-unmapped.json; ${stale.length} listed ones map now`);
  process.exit(1);
}

// ---- emit ----------------------------------------------------------------
const currentCodes = new Set(current.flatMap((p) => p.Wards.map((w) => w.Code)));
for (const [former, list] of [...targets, ...districtTargets]) {
  for (const t of list) if (!currentCodes.has(t.code)) throw new Error(`former ${former} maps to unknown current code ${t.code}`);
}
// Compact text (see packages/core/src/places/address/decode.ts): codes as base-36
// deltas, kinds as one letter, targets as base-36 indexes into today's communes
// (empty when the only target keeps the former code), "*" after a partial one.
const KIND_LETTER: Record<string, string> = { xa: 'X', phuong: 'P', 'thi-tran': 'T', 'dac-khu': 'D', quan: 'Q', huyen: 'H', 'thi-xa': 'S', 'thanh-pho': 'C' };
const kinded = (full: string): string => {
  const { kind, name } = splitKind(full);
  if (!kind || /[;|\n]/u.test(name)) throw new Error(`cannot encode unit name "${full}"`);
  return KIND_LETTER[kind] + name;
};
const communeRows = current.flatMap((p) => p.Wards.map((w) => ({ code: w.Code, province: p.Code, name: nfc(w.FullName) })));
const communeIndex = new Map(communeRows.map((c, i) => [c.code, i]));
const enc = (former: string, list: Target[] | undefined): string =>
  list && list.length === 1 && list[0]!.code === former && !list[0]!.partial
    ? ''
    : (list ?? []).map((t) => communeIndex.get(t.code)!.toString(36) + (t.partial ? '*' : '')).join(' ');
const deltas = <T extends { code: string }>(rows: T[], line: (row: T, delta: string) => string): string => {
  let previous = 0;
  return rows
    .map((row) => {
      const value = Number.parseInt(row.code, 10);
      const delta = (value - previous).toString(36);
      previous = value;
      return line(row, delta);
    })
    .join(';');
};
const communesText = current
  .map((p) => `${p.Code}${nfc(p.FullName)}\n${deltas(communeRows.filter((c) => c.province === p.Code), (c, d) => d + kinded(c.name))}`)
  .join('\n');
const formerText = before
  .map((p) => {
    const districts = formerDistricts.filter((d) => d.province === p.Code);
    return [
      `P${p.Code}|${nfc(p.FullName)}|${currentProvinceOfFormer.get(p.Code)!}`,
      ...districts.map((d) => `D${d.code}|${kinded(d.name)}|${enc('', districtTargets.get(d.code))}\n${deltas(formerCommunes.filter((c) => c.district === d.code), (c, delta) => `${delta}${kinded(c.name)}|${enc(c.code, targets.get(c.code))}`)}`),
    ].join('\n');
  })
  .join('\n');
const unmappedText = unmappedListed.filter((u) => !u.targets).map((u) => `${u.code}|${u.reason}`).join('\n');
const data = { provinces: current.length, communes: communeRows.length, formerProvinces: before.length, formerDistricts: formerDistricts.length, formerCommunes: formerCommunes.length, unmapped: unmappedListed.filter((u) => !u.targets).length };
const header = [
  '// GENERATED by scripts/build-admin-units.ts: do not edit by hand.',
  `// Source: ${SOURCE_LABEL} (from the open dataset thanglequoc/vietnamese-provinces-database,`,
  '// MIT licence, notice in ./LICENSE-admin-units.txt, which must ship with this file).',
  ...hashes.map((h) => `// ${h}`),
  ...corrections.map((c) => `// Correction: ${c}.`),
  `// ${data.provinces} provinces, ${data.communes} communes today; ${data.formerProvinces} provinces,`,
  `// ${data.formerDistricts} districts, ${data.formerCommunes} communes before 1/7/2025; ${data.unmapped} former communes unmapped.`,
  '',
].join('\n');
const body = [
  'import type { AdminUnitsText } from \'../address/decode.js\';',
  '',
  'export const ADMIN_UNITS_TEXT: AdminUnitsText = {',
  `  communes: ${JSON.stringify(communesText)},`,
  `  former: ${JSON.stringify(formerText)},`,
  `  unmapped: ${JSON.stringify(unmappedText)},`,
  '};',
  '',
].join('\n');
const output = header + body;
const licence = `The data in admin-units.ts is derived from the open dataset\nthanglequoc/vietnamese-provinces-database (via ${SOURCE_LABEL}),\npublished under the following licence:\n\n${texts['LICENSE.txt']}`;
if (process.argv.includes('--check')) {
  const ok = existsSync(OUT) && readFileSync(OUT, 'utf8') === output && existsSync(LICENSE_OUT) && readFileSync(LICENSE_OUT, 'utf8') === licence;
  if (!ok) {
    console.error('packages/core/src/places/generated/admin-units.ts is out of date: run node --import tsx scripts/build-admin-units.ts');
    process.exit(1);
  }
  console.log('admin-units.ts is up to date with its sources');
} else {
  writeFileSync(OUT, output);
  writeFileSync(LICENSE_OUT, licence);
  console.log(`wrote ${OUT} (${output.length} chars), ${data.formerCommunes} former communes, ${unresolved.length} unresolved mentions, ${ambiguousLeft.length} ambiguous left`);
}

