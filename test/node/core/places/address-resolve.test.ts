// resolveAddress over the whole admin-unit tables: every former commune of the
// shared source, written "<commune>, <district>, <province>", resolves to the
// current commune(s) the merger map gives it; every current commune written
// "<commune>, <province>" resolves to itself. Plus the worked examples of the
// issue (abbreviations, no diacritics, rest, splits, made-up units, dates).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adminUnits, formatAddress, resolveAddress, currentCommune } from '@hochieu/core/address';

const units = adminUnits();

test('the tables hold 34 provinces, 3,321 communes and the 63 former provinces with their communes', () => {
  assert.equal(units.provinces.length, 34);
  assert.equal(units.communes.length, 3321);
  assert.equal(units.formerProvinces.length, 63);
  assert.ok(units.formerCommunes.length > 10000, `${units.formerCommunes.length} former communes`);
  const codes = new Set(units.communes.map((c) => c.code));
  for (const f of units.formerCommunes) for (const t of f.targets) assert.ok(codes.has(t.code), `${f.code} → ${t.code}`);
});

test('every former commune resolves from "<commune>, <district>, <province>" to its current unit(s)', () => {
  const district = new Map(units.formerDistricts.map((d) => [d.code, d]));
  const province = new Map(units.formerProvinces.map((p) => [p.code, p]));
  const failures: string[] = [];
  let unmapped = 0;
  for (const c of units.formerCommunes) {
    const text = `${c.name}, ${district.get(c.district)!.name}, ${province.get(c.province)!.name}`;
    const result = resolveAddress(text);
    const got = result.candidates.map((x) => x.code).sort().join(' ');
    const want = c.targets.map((t) => t.code).sort().join(' ');
    if (c.targets.length === 0) {
      unmapped += 1;
      assert.ok(units.unmapped.has(c.code), `${c.code} has no target and no reason`);
    }
    if (got !== want || result.current) failures.push(`${text}: got [${got}] want [${want}]`);
    else for (const t of c.targets) if (result.candidates.find((x) => x.code === t.code)!.partial !== t.partial) failures.push(`${text}: partial of ${t.code}`);
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} former communes do not resolve`);
  assert.equal(unmapped, units.unmapped.size);
});

test('every current commune resolves from "<commune>, <province>" to itself, and from its name alone among the same-named units', () => {
  const provinceName = new Map(units.provinces.map((p) => [p.code, p.name]));
  const failures: string[] = [];
  for (const c of units.communes) {
    const result = resolveAddress(`${c.name}, ${provinceName.get(c.province)!}`);
    const codes = result.candidates.map((x) => x.code);
    if (!result.current || !codes.includes(c.code) || result.candidates.some((x) => x.name !== c.name)) failures.push(`${c.name}: ${codes.join(' ')}`);
    // its name alone: itself among the current units of that name (the same name may exist in other provinces)
    const alone = resolveAddress(c.name);
    if (!alone.current || !alone.candidates.some((x) => x.code === c.code)) failures.push(`${c.name} alone: ${alone.candidates.map((x) => x.code).join(' ')}`);
  }
  assert.deepEqual(failures, []);
});

test('Phường Chi Lăng of the former city of Lạng Sơn is Phường Lương Văn Tri today; Xã Chi Lăng is another unit', () => {
  const old = resolveAddress('Số 15 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn');
  assert.equal(old.current, false);
  assert.deepEqual(old.candidates, [{ code: '05983', name: 'Phường Lương Văn Tri', province: { code: '20', name: 'Tỉnh Lạng Sơn' }, partial: false }]);
  assert.equal(old.rest, 'Số 15 đường Hoàng Văn Thụ');
  assert.deepEqual(old.former, ['Phường Chi Lăng, Thành phố Lạng Sơn, Tỉnh Lạng Sơn']);
  // without the district, the kind word still says it is the former ward
  assert.deepEqual(resolveAddress('phường Chi Lăng, tỉnh Lạng Sơn').candidates.map((c) => c.code), ['05983']);
  const rural = resolveAddress('Thôn Khánh Khê, xã Chi Lăng, tỉnh Lạng Sơn');
  assert.equal(rural.current, true);
  assert.deepEqual(rural.candidates.map((c) => c.code), ['06463']);
  assert.equal(rural.rest, 'Thôn Khánh Khê');
});

test('abbreviations and text without diacritics', () => {
  const withMarks = resolveAddress('12 Nguyễn Huệ, P. Bến Nghé, Q.1, TP.HCM');
  const without = resolveAddress('12 Nguyen Hue, P Ben Nghe, Q1, TPHCM');
  assert.deepEqual(without.candidates, withMarks.candidates);
  assert.equal(withMarks.candidates.length, 1);
  assert.equal(withMarks.candidates[0]!.province.code, '79');
  assert.equal(without.rest, '12 Nguyen Hue');
  const lowered = resolveAddress('so 8 ngo 12 duong ba trieu, p. dong kinh, tp lang son, lang son');
  assert.deepEqual(lowered.candidates.map((c) => c.name), ['Phường Đông Kinh']);
  assert.equal(lowered.rest, 'so 8 ngo 12 duong ba trieu');
  const tx = resolveAddress('TT. Đồng Đăng, H. Cao Lộc, T. Lạng Sơn');
  const spelled = resolveAddress('Thị trấn Đồng Đăng, Huyện Cao Lộc, Tỉnh Lạng Sơn');
  assert.ok(spelled.candidates.length >= 1);
  assert.deepEqual(tx.candidates, spelled.candidates);
});

test('numbered wards are told apart by their district', () => {
  const q3 = resolveAddress('Phường 2, Quận 3, Thành phố Hồ Chí Minh');
  const q5 = resolveAddress('Phường 2, Quận 5, Thành phố Hồ Chí Minh');
  assert.equal(q3.candidates.length, 1);
  assert.equal(q5.candidates.length, 1);
  assert.notEqual(q3.candidates[0]!.code, q5.candidates[0]!.code);
  // without a district, every former Phường 2 of the city is a candidate
  assert.ok(resolveAddress('Phường 2, TP.HCM').candidates.length > 5);
});

test('a split former unit gives every part as a partial candidate', () => {
  const split = units.formerCommunes.find((c) => c.targets.length >= 2)!;
  const district = units.formerDistricts.find((d) => d.code === split.district)!;
  const province = units.formerProvinces.find((p) => p.code === split.province)!;
  const result = resolveAddress(`${split.name}, ${district.name}, ${province.name}`);
  assert.ok(result.candidates.length >= 2);
  assert.ok(result.candidates.every((c) => c.partial));
});

test('a made-up unit gives nothing, and the whole text as rest', () => {
  assert.deepEqual(resolveAddress('Xã Không Có, tỉnh Lạng Sơn'), { current: false, candidates: [], rest: 'Xã Không Có, tỉnh Lạng Sơn' });
  assert.deepEqual(resolveAddress(''), { current: false, candidates: [], rest: '' });
});

test('island districts resolve to their special zone', () => {
  const result = resolveAddress('huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu');
  assert.deepEqual(result.candidates.map((c) => c.name), ['Đặc khu Côn Đảo']);
});

test('province names follow the date: Tỉnh Đồng Nai until 29/4/2026, Thành phố Đồng Nai from 30/4/2026', () => {
  const before = resolveAddress('Phường Trấn Biên, Đồng Nai', { date: '2026-04-29' });
  const after = resolveAddress('Phường Trấn Biên, Đồng Nai', { date: '2026-04-30' });
  assert.equal(before.candidates[0]!.province.name, 'Tỉnh Đồng Nai');
  assert.equal(after.candidates[0]!.province.name, 'Thành phố Đồng Nai');
  assert.equal(resolveAddress('Phường Trấn Biên, Tỉnh Đồng Nai').candidates[0]!.code, after.candidates[0]!.code);
  assert.equal(currentCommune(after.candidates[0]!.code, '2025-08-01')!.province.name, 'Tỉnh Đồng Nai');
});

test('NFD input is read as NFC', () => {
  const nfd = resolveAddress('Phường Chi Lăng, Thành phố Lạng Sơn, Tỉnh Lạng Sơn'.normalize('NFD'));
  assert.deepEqual(nfd.candidates.map((c) => c.code), ['05983']);
});

test('formatAddress prints the address in running text', () => {
  assert.equal(formatAddress('Số 8 ngõ 12 đường Bà Triệu', 'Phường Đông Kinh', 'Tỉnh Lạng Sơn'), 'Số 8 ngõ 12 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn');
  assert.equal(formatAddress('', 'Xã Chi Lăng', 'Tỉnh Lạng Sơn'), 'xã Chi Lăng, tỉnh Lạng Sơn');
  assert.equal(formatAddress(' 12 Nguyễn Huệ, ', 'Phường Sài Gòn', 'Thành phố Hồ Chí Minh'), '12 Nguyễn Huệ, phường Sài Gòn, thành phố Hồ Chí Minh');
  assert.equal(formatAddress('Số 1'.normalize('NFD'), 'Phường Đông Kinh'.normalize('NFD'), 'Tỉnh Lạng Sơn'), 'Số 1, phường Đông Kinh, tỉnh Lạng Sơn');
});

test('dashes separate parts only before an administrative word; long or odd input never throws and stays fast', () => {
  assert.deepEqual(resolveAddress('Phường 2 - Quận 3 - TP.HCM').candidates.map((c) => c.name), resolveAddress('Phường 2, Quận 3, TP.HCM').candidates.map((c) => c.name));
  assert.equal(resolveAddress('Phường Văn Miếu - Quốc Tử Giám, Hà Nội').current, true);
  const started = performance.now();
  for (const text of ['a - '.repeat(240), 'a, '.repeat(300), 'P. '.repeat(300), `${'x'.repeat(5000)}, Lạng Sơn`]) {
    const result = resolveAddress(text);
    assert.equal(result.candidates.length, 0);
    assert.equal(result.rest, text.trim());
  }
  assert.ok(performance.now() - started < 2000, 'linear in the length');
  for (const odd of [undefined, null, 42, {}] as unknown[]) assert.deepEqual(resolveAddress(odd as string).candidates, []);
});
