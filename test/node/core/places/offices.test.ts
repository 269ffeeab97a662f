import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_PROVINCE,
  bundledProvinceConfigs,
  checkProvinceConfig,
  currentProvince,
  officeOf,
  provinceConfig,
} from '@hochieu/core';
import type { MessageId } from '@hochieu/core';

test('Lạng Sơn is the default province and has a bundled configuration', () => {
  assert.equal(DEFAULT_PROVINCE, 'lang-son');
  assert.equal(provinceConfig(DEFAULT_PROVINCE)?.province, 'lang-son');
  assert.deepEqual(Object.keys(bundledProvinceConfigs).sort(), ['ho-chi-minh', 'lang-son', 'phu-tho']);
});

test('the Lạng Sơn office uses the police headquarters address of the seed page, unverified', () => {
  const config = provinceConfig('lang-son');
  assert.ok(config);
  assert.equal(config.offices.length, 1);
  const office = officeOf(config);
  assert.ok(office);
  assert.equal(office.id, 'lang-son');
  assert.equal(office.name, 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Lạng Sơn');
  assert.equal(office.address, 'Số 15 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn');
  assert.equal(office.verified, false);
  assert.match(office.provenance.source, /headquarters/);
  assert.match(office.provenance.source, /not found/);
  assert.deepEqual(office.hours, { weekdays: true, saturdayMorning: false });
});

test('TP Hồ Chí Minh has the three intake points of domain-facts §8.2', () => {
  const config = provinceConfig('ho-chi-minh');
  assert.ok(config);
  assert.deepEqual(
    config.offices.map((o) => o.address.split(',')[0]),
    ['Số 196 Nguyễn Thị Minh Khai', 'Số 239 Ngô Gia Tự', 'Số 120 Phạm Hùng'],
  );
  assert.ok(config.offices.some((o) => o.address.includes('phường Thủ Dầu Một')));
});

test('Phú Thọ has three offices, in Việt Trì, Vĩnh Yên and Hòa Bình, with phone numbers', () => {
  const config = provinceConfig('phu-tho');
  assert.ok(config);
  assert.equal(config.offices.length, 3);
  for (const ward of ['phường Việt Trì', 'phường Vĩnh Yên', 'phường Hòa Bình']) {
    assert.equal(config.offices.filter((o) => o.address.includes(ward)).length, 1, ward);
  }
  assert.ok(config.offices.every((o) => o.phone !== undefined));
});

test('every bundled office belongs to its current province, is unverified and opens weekdays only', () => {
  const ids = new Set<string>();
  for (const [key, config] of Object.entries(bundledProvinceConfigs)) {
    assert.equal(config.province, key);
    assert.ok(currentProvince(key));
    assert.ok(config.offices.some((o) => o.id === config.defaultOffice));
    for (const office of config.offices) {
      assert.equal(office.province, key);
      assert.equal(office.verified, false);
      assert.deepEqual(office.hours, { weekdays: true, saturdayMorning: false });
      assert.ok(!ids.has(office.id), office.id);
      ids.add(office.id);
    }
  }
});

test('the three bundled configurations pass checkProvinceConfig unchanged', () => {
  for (const config of Object.values(bundledProvinceConfigs)) {
    const result = checkProvinceConfig(config);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.config, config);
  }
});

test('provinceConfig of a province without bundled data, or of a non-id, is undefined', () => {
  assert.equal(provinceConfig('ha-noi'), undefined);
  assert.equal(provinceConfig('toString'), undefined);
  assert.equal(provinceConfig(''), undefined);
});

test('bundled configurations cannot be changed by accident', () => {
  const config = provinceConfig('lang-son');
  assert.ok(config);
  assert.throws(() => {
    (config.offices[0] as { address: string }).address = 'elsewhere';
  }, TypeError);
  assert.throws(() => {
    config.offices.push(config.offices[0]!);
  }, TypeError);
});

test('officeOf picks the named office, or the default one', () => {
  const config = provinceConfig('phu-tho');
  assert.ok(config);
  assert.equal(officeOf(config, 'phu-tho-hoa-binh')?.id, 'phu-tho-hoa-binh');
  assert.equal(officeOf(config, 'no-such-office')?.id, config.defaultOffice);
  assert.equal(officeOf(config)?.id, config.defaultOffice);
});

const office = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'xnc',
  name: 'Phòng Quản lý xuất nhập cảnh',
  address: 'Số 1 đường A',
  ...extra,
});

test('a minimal host configuration is completed with defaults and normalised to NFC', () => {
  const result = checkProvinceConfig({
    province: 'lang-son',
    offices: [office({ name: '  Phòng  Quản lý xuất nhập cảnh ', address: 'Số 1 đường Lê Lợi'.normalize('NFD') })],
  });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.config, {
    province: 'lang-son',
    defaultOffice: 'xnc',
    offices: [
      {
        id: 'xnc',
        province: 'lang-son',
        name: 'Phòng Quản lý xuất nhập cảnh',
        address: 'Số 1 đường Lê Lợi',
        hours: { weekdays: true, saturdayMorning: false },
        verified: true,
        provenance: { confidence: 'host', source: 'host configuration' },
      },
    ],
  });
});

test('periods at the edges of the day are accepted', () => {
  const result = checkProvinceConfig({
    province: 'phu-tho',
    offices: [office({ hours: { weekdays: true, saturdayMorning: true, periods: [{ days: [6, 1], from: '00:00', to: '23:59' }] } })],
  });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.config?.offices[0]?.hours.periods, [{ days: [1, 6], from: '00:00', to: '23:59' }]);
});

const periodConfig = (period: Record<string, unknown>): unknown => ({
  province: 'lang-son',
  offices: [office({ hours: { weekdays: true, saturdayMorning: false, periods: [period] } })],
});

const badCases: [string, unknown, { path: string; id: MessageId }[]][] = [
  ['not an object', null, [{ path: '', id: 'places.config.notObject' }]],
  ['an array', [], [{ path: '', id: 'places.config.notObject' }]],
  ['a string', 'lang-son', [{ path: '', id: 'places.config.notObject' }]],
  [
    'a former province id',
    { province: 'ha-giang', offices: [office()] },
    [{ path: 'province', id: 'places.config.unknownProvince' }],
  ],
  ['no province', { offices: [office()] }, [{ path: 'province', id: 'places.config.unknownProvince' }]],
  ['no offices', { province: 'lang-son', offices: [] }, [{ path: 'offices', id: 'places.config.noOffices' }]],
  ['offices not a list', { province: 'lang-son', offices: {} }, [{ path: 'offices', id: 'places.config.noOffices' }]],
  [
    'an office that is not an object',
    { province: 'lang-son', offices: ['xnc'] },
    [{ path: 'offices[0]', id: 'places.config.officeNotObject' }],
  ],
  [
    'an office without a name',
    { province: 'lang-son', offices: [office({ name: undefined })] },
    [{ path: 'offices[0].name', id: 'places.config.officeNameMissing' }],
  ],
  [
    'an office with a blank address',
    { province: 'lang-son', offices: [office({ address: '   ' })] },
    [{ path: 'offices[0].address', id: 'places.config.officeAddressMissing' }],
  ],
  [
    'an office without an id',
    { province: 'lang-son', offices: [office({ id: '' })] },
    [{ path: 'offices[0].id', id: 'places.config.officeIdMissing' }],
  ],
  [
    'an office id with accents and spaces',
    { province: 'lang-son', offices: [office({ id: 'Lạng Sơn' })] },
    [{ path: 'offices[0].id', id: 'places.config.officeIdInvalid' }],
  ],
  [
    'two offices with the same id',
    { province: 'lang-son', offices: [office(), office()] },
    [{ path: 'offices[1].id', id: 'places.config.officeIdDuplicate' }],
  ],
  [
    'an office of another province',
    { province: 'lang-son', offices: [office({ province: 'phu-tho' })] },
    [{ path: 'offices[0].province', id: 'places.config.officeProvinceMismatch' }],
  ],
  [
    'a default office not in the list',
    { province: 'lang-son', offices: [office()], defaultOffice: 'elsewhere' },
    [{ path: 'defaultOffice', id: 'places.config.defaultOfficeUnknown' }],
  ],
  [
    'a phone number given as a number',
    { province: 'lang-son', offices: [office({ phone: 2053812345 })] },
    [{ path: 'offices[0].phone', id: 'places.config.fieldNotText' }],
  ],
  [
    'verified given as text',
    { province: 'lang-son', offices: [office({ verified: 'yes' })] },
    [{ path: 'offices[0].verified', id: 'places.config.verifiedInvalid' }],
  ],
  [
    'a provenance with an unknown confidence',
    { province: 'lang-son', offices: [office({ provenance: { confidence: 'sure', source: 'me' } })] },
    [{ path: 'offices[0].provenance', id: 'places.config.provenanceInvalid' }],
  ],
  [
    'hours without the two flags',
    { province: 'lang-son', offices: [office({ hours: { weekdays: 'yes' } })] },
    [{ path: 'offices[0].hours', id: 'places.config.hoursInvalid' }],
  ],
  [
    'a time without the leading zero',
    periodConfig({ days: [1], from: '7:30', to: '11:30' }),
    [{ path: 'offices[0].hours.periods[0].from', id: 'places.config.timeInvalid' }],
  ],
  [
    'an hour of 24',
    periodConfig({ days: [1], from: '13:00', to: '24:00' }),
    [{ path: 'offices[0].hours.periods[0].to', id: 'places.config.timeInvalid' }],
  ],
  [
    'a minute of 60',
    periodConfig({ days: [1], from: '07:60', to: '11:00' }),
    [{ path: 'offices[0].hours.periods[0].from', id: 'places.config.timeInvalid' }],
  ],
  [
    'a period that ends before it starts',
    periodConfig({ days: [1], from: '11:30', to: '07:30' }),
    [{ path: 'offices[0].hours.periods[0].to', id: 'places.config.periodOrder' }],
  ],
  [
    'a period of no length',
    periodConfig({ days: [1], from: '07:30', to: '07:30' }),
    [{ path: 'offices[0].hours.periods[0].to', id: 'places.config.periodOrder' }],
  ],
  [
    'a weekday 0',
    periodConfig({ days: [0, 1], from: '07:30', to: '11:30' }),
    [{ path: 'offices[0].hours.periods[0].days', id: 'places.config.periodDaysInvalid' }],
  ],
  [
    'a weekday 8',
    periodConfig({ days: [8], from: '07:30', to: '11:30' }),
    [{ path: 'offices[0].hours.periods[0].days', id: 'places.config.periodDaysInvalid' }],
  ],
];

for (const [name, value, expected] of badCases) {
  test(`checkProvinceConfig reports ${name}, and returns no configuration`, () => {
    const result = checkProvinceConfig(value);
    assert.deepEqual(result.problems, expected);
    assert.equal(result.config, undefined);
  });
}

test('several problems are all reported, in document order', () => {
  const result = checkProvinceConfig({
    province: 'atlantis',
    offices: [office({ name: '' }), office({ id: 'b', address: null })],
    defaultOffice: 'c',
  });
  assert.deepEqual(result.problems, [
    { path: 'province', id: 'places.config.unknownProvince' },
    { path: 'offices[0].name', id: 'places.config.officeNameMissing' },
    { path: 'offices[1].address', id: 'places.config.officeAddressMissing' },
    { path: 'defaultOffice', id: 'places.config.defaultOfficeUnknown' },
  ]);
});

test('every bundled office address names one commune of today (no former unit), and stays unverified', async () => {
  const { resolveAddress } = await import('@hochieu/core/address');
  for (const config of Object.values(bundledProvinceConfigs)) {
    for (const office of config.offices) {
      const result = resolveAddress(office.address);
      assert.equal(result.current, true, `${office.id}: ${office.address}`);
      assert.equal(result.candidates.length, 1, `${office.id}: ${JSON.stringify(result.candidates)}`);
      assert.equal(office.verified, false);
    }
  }
});
