// checkHostConfig: the whole host configuration a webmaster writes in JSON
// (province and offices, days off, working days, fees, form versions, QR
// opt-in). Every problem is reported with its path; the configuration is
// returned only when there is none, and a checked configuration changes what
// core computes (due date, fee, form version).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FORM_VERSION_IDS,
  checkHostConfig,
  dueDate,
  feeOn,
  planApplication,
  provinceConfig,
  selectFormVersion,
  type HostConfigProblem,
} from '@hochieu/core';

const quangNinh = {
  province: 'quang-ninh',
  offices: [
    {
      id: 'quang-ninh-ha-long',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Quảng Ninh',
      address: 'Số 1 đường Ví dụ, phường Hồng Gai, tỉnh Quảng Ninh',
    },
  ],
};

function ids(problems: HostConfigProblem[]): string[] {
  return problems.map((p) => `${p.path} ${p.id}`);
}

test('an empty object is a valid configuration that changes nothing', () => {
  const check = checkHostConfig({});
  assert.deepEqual(check.problems, []);
  assert.deepEqual(check.config, {});
});

test('something other than an object is one problem at the root', () => {
  for (const value of [null, [], 'lang-son', 3]) {
    const check = checkHostConfig(value);
    assert.equal(check.config, undefined);
    assert.deepEqual(ids(check.problems), [' config.notObject']);
  }
});

test('a flat province with its offices becomes a ProvinceConfig with defaults filled in', () => {
  const check = checkHostConfig(quangNinh);
  assert.deepEqual(check.problems, []);
  const province = check.config?.province;
  assert.equal(province?.province, 'quang-ninh');
  assert.equal(province?.defaultOffice, 'quang-ninh-ha-long');
  assert.equal(province?.offices[0]?.province, 'quang-ninh');
  assert.equal(province?.offices[0]?.provenance.confidence, 'host');
});

test('the id of a bundled province alone selects the bundled offices', () => {
  const check = checkHostConfig({ province: 'ho-chi-minh' });
  assert.deepEqual(check.problems, []);
  assert.deepEqual(check.config?.province, provinceConfig('ho-chi-minh'));
});

test('a province that is not bundled needs offices', () => {
  const check = checkHostConfig({ province: 'quang-ninh' });
  assert.equal(check.config, undefined);
  assert.deepEqual(ids(check.problems), ['offices places.config.noOffices']);
});

test('a ProvinceConfig object is accepted and its problems are reported under province.', () => {
  assert.deepEqual(checkHostConfig({ province: { ...quangNinh } }).problems, []);
  const bad = checkHostConfig({ province: { province: 'quang-ninh', offices: [{ id: 'Bad Id', name: 'x', address: 'y' }] } });
  assert.deepEqual(ids(bad.problems), ['province.offices[0].id places.config.officeIdInvalid']);
});

test('days off and working days must be real ISO dates, each once, never both', () => {
  const check = checkHostConfig({
    daysOff: ['2026-02-30', '2026-09-01', '2026-09-01', 20260902],
    workingDays: ['2026-09-01', '2026-09-05'],
  });
  assert.equal(check.config, undefined);
  assert.deepEqual(ids(check.problems), [
    'daysOff[0] config.dateInvalid',
    'daysOff[2] config.dateRepeated',
    'daysOff[3] config.dateInvalid',
    'workingDays[0] config.dateBothOffAndWorking',
  ]);
});

test('a list written as a single value is reported', () => {
  assert.deepEqual(ids(checkHostConfig({ daysOff: '2026-09-02' }).problems), ['daysOff config.notList']);
  assert.deepEqual(ids(checkHostConfig({ fees: {} }).problems), ['fees config.notList']);
});

test('an extra day off moves the due date computed with the checked configuration', () => {
  // Monday 2026-11-23 (24/11 is Vietnamese Culture Day, a day off from 2026):
  // the eighth working day after it is Friday 2026-12-04; with Wednesday 25/11
  // off as well, it is Monday 2026-12-07.
  const plain = dueDate('2026-11-23').date;
  const check = checkHostConfig({ daysOff: ['2026-11-25'] });
  assert.deepEqual(check.problems, []);
  const moved = dueDate('2026-11-23', { daysOff: check.config?.daysOff ?? [] }).date;
  assert.equal(plain, '2026-12-04');
  assert.equal(moved, '2026-12-07');
  const plan = planApplication({ submission: { date: '2026-11-23' } }, { date: '2026-11-23', config: check.config ?? {} });
  assert.equal(plan.dueDate, '2026-12-07');
});

test('a valid fee rule overrides the bundled fee', () => {
  const check = checkHostConfig({
    fees: [{ id: 'host-2027', validFrom: '2027-01-01', amounts: { issue: 150000, replacement: 300000 }, basis: 'Thông tư giả định' }],
  });
  assert.deepEqual(check.problems, []);
  const rule = check.config?.fees?.[0];
  assert.equal(rule?.priority, 100);
  assert.equal(rule?.provenance.confidence, 'host');
  const quote = feeOn({ date: '2027-03-01', reason: 'first', channel: 'in-person' }, check.config?.fees);
  assert.equal(quote?.amount, 150000);
});

test('every fault of a fee rule is reported with its path', () => {
  const check = checkHostConfig({
    fees: [
      {
        id: '',
        validFrom: '2027-13-01',
        validTo: 'soon',
        amounts: { issue: -1, replacement: 1.5 },
        basis: ' ',
        priority: 'high',
        channels: ['post'],
        endDateUncertain: 'yes',
        provenance: { confidence: 'sure', source: 'x' },
        amount: 1,
      },
      'not a rule',
    ],
  });
  assert.equal(check.config, undefined);
  assert.deepEqual(ids(check.problems), [
    'fees[0].id config.feeIdMissing',
    'fees[0].validFrom config.feeDateInvalid',
    'fees[0].validTo config.feeDateInvalid',
    'fees[0].amounts.issue config.feeAmountInvalid',
    'fees[0].amounts.replacement config.feeAmountInvalid',
    'fees[0].basis config.feeBasisMissing',
    'fees[0].priority config.feePriorityInvalid',
    'fees[0].channels config.feeChannelInvalid',
    'fees[0].endDateUncertain config.feeFlagInvalid',
    'fees[0].provenance config.feeProvenanceInvalid',
    'fees[0].amount config.unknownKey',
    'fees[1] config.feeNotObject',
  ]);
});

test('a fee window ending before it starts, and a repeated fee id, are reported', () => {
  const rule = { id: 'a', validFrom: '2027-02-01', validTo: '2027-01-31', amounts: { issue: 1, replacement: 2 }, basis: 'b' };
  const check = checkHostConfig({ fees: [rule, { ...rule, validTo: '2027-02-01' }] });
  assert.deepEqual(ids(check.problems), ['fees[0].validTo config.feeDateOrder', 'fees[1].id config.feeIdDuplicate']);
});

test('a one-day fee window is valid (validTo equal to validFrom)', () => {
  const check = checkHostConfig({ fees: [{ id: 'a', validFrom: '2027-02-01', validTo: '2027-02-01', amounts: { issue: 0, replacement: 0 }, basis: 'b' }] });
  assert.deepEqual(check.problems, []);
});

test('form versions must be known ids; a pinned version is applied by core', () => {
  assert.deepEqual(FORM_VERSION_IDS, ['TT31_2023', 'TT69_2026']);
  assert.deepEqual(ids(checkHostConfig({ enabledFormVersions: ['TT69_2026', 'TT99'] }).problems), [
    'enabledFormVersions[1] config.formVersionUnknown',
  ]);
  assert.deepEqual(ids(checkHostConfig({ pinnedFormVersion: 'latest' }).problems), ['pinnedFormVersion config.formVersionUnknown']);
  const check = checkHostConfig({ pinnedFormVersion: 'TT69_2026' });
  assert.deepEqual(check.problems, []);
  assert.equal(selectFormVersion('TK01', '2026-01-01', check.config).id, selectFormVersion('TK01', '2026-01-01', { pinnedFormVersion: 'TT69_2026' }).id);
  assert.notEqual(selectFormVersion('TK01', '2026-01-01', check.config).id, selectFormVersion('TK01', '2026-01-01', {}).id);
});

test('the QR opt-in is a boolean', () => {
  assert.equal(checkHostConfig({ qr: true }).config?.qr, true);
  assert.deepEqual(ids(checkHostConfig({ qr: 'yes' }).problems), ['qr config.flagInvalid']);
});

test('a misspelt key is reported; $ and _ keys are comments', () => {
  assert.deepEqual(ids(checkHostConfig({ dayOff: ['2026-09-02'] }).problems), ['dayOff config.unknownKey']);
  assert.deepEqual(checkHostConfig({ $schema: 'x', _note: 'Cập nhật 2027' }).problems, []);
});

test('problems from several parts are all reported, and nothing is returned', () => {
  const check = checkHostConfig({ province: 'atlantis', offices: [], daysOff: ['x'], qr: 1 });
  assert.equal(check.config, undefined);
  assert.deepEqual(ids(check.problems), [
    'province places.config.unknownProvince',
    'offices places.config.noOffices',
    'daysOff[0] config.dateInvalid',
    'qr config.flagInvalid',
  ]);
});

test('every JSON configuration in the README Configuration section passes the check', async () => {
  const { readFileSync } = await import('node:fs');
  const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Configuration');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const blocks = [...section.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? '');
  assert.ok(blocks.length >= 2, 'the README shows a short and a complete example');
  for (const block of blocks) {
    const check = checkHostConfig(JSON.parse(block));
    assert.deepEqual(check.problems, []);
  }
  const complete = checkHostConfig(JSON.parse(blocks[blocks.length - 1]!));
  assert.equal(complete.config?.province?.province, 'quang-ninh');
  assert.equal(complete.config?.province?.offices.length, 2);
});
