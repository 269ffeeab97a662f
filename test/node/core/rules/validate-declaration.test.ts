import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatMessage,
  formVersionFor,
  formVersions,
  hasErrors,
  isMessageId,
  rulesMessages,
  sortIssues,
  validateDeclaration,
  validateField,
  writePath,
  type ValidationIssue,
} from '@hochieu/core';
import { example, invalidExamples, validExamples, type ValidExampleName } from '@hochieu/core/examples';

const errors = (issues: ValidationIssue[]) => issues.filter((i) => i.severity === 'error');
const ids = (issues: ValidationIssue[]) => issues.map((i) => `${i.path} ${i.id}`);

/** Warnings each valid example is expected to carry (and no others). */
const expectedWarnings: Record<ValidExampleName, string[]> = {
  minimalAdult: [],
  fullAdult: [],
  child: [],
  childWithoutId: ['applicant.personalId warning.personalId.childWithoutId'],
  lostPassport: [],
  onlinePostal: [],
};

for (const name of Object.keys(validExamples) as ValidExampleName[]) {
  test(`valid example ${name} has no error and only its expected warnings`, () => {
    const issues = validateDeclaration(validExamples[name]);
    assert.deepEqual(errors(issues), []);
    assert.deepEqual(ids(issues), expectedWarnings[name]);
  });
}

test('valid examples stay valid on both circulars (their date gives 69/2026; a host pin gives 31/2023)', () => {
  for (const config of [{}, { pinnedFormVersion: 'TT31_2023' as const }, { pinnedFormVersion: 'TT69_2026' as const }]) {
    for (const [name, d] of Object.entries(validExamples)) {
      assert.deepEqual(errors(validateDeclaration(d, { config })), [], `${name} ${JSON.stringify(config)}`);
    }
  }
  assert.equal(formVersionFor(validExamples.fullAdult).id, 'TK01@TT69_2026');
  assert.equal(formVersionFor(validExamples.child).id, 'TK01a@TT69_2026');
  assert.equal(formVersionFor(validExamples.child, { config: { pinnedFormVersion: 'TT31_2023' } }).id, 'TK01a@TT31_2023');
});

for (const [name, ex] of Object.entries(invalidExamples)) {
  test(`invalid example ${name} yields ${ex.expect.id} at "${ex.expect.path}"`, () => {
    const issues = validateDeclaration(ex.declaration, ex.options);
    const found = issues.find((i) => i.path === ex.expect.path && i.id === ex.expect.id);
    assert.ok(found, `got: ${ids(issues).join('; ')}`);
    assert.equal(found.severity, ex.expect.severity);
    if (ex.expect.severity === 'error') assert.ok(hasErrors(issues));
  });
}

test('there is an invalid example for every rule message (except unreadable input) and the common ones', () => {
  const covered = new Set<string>(Object.values(invalidExamples).map((e) => e.expect.id));
  const common = ['error.required', 'error.choiceRequired', 'error.date.invalid', 'error.date.future', 'error.text.tooLong', 'error.text.controlCharacters'];
  const ruleIds = Object.keys(rulesMessages).filter((id) => id !== 'error.declaration.notAnObject');
  for (const id of [...common, ...ruleIds]) assert.ok(covered.has(id), id);
});

test('input that is not an object gives one error with path ""', () => {
  for (const input of [null, undefined, 42, 'TK01', true, [], [{}]]) {
    assert.deepEqual(validateDeclaration(input), [{ path: '', id: 'error.declaration.notAnObject', severity: 'error' }]);
  }
});

test('an empty object lists the required fields of TK01 in the order of the form', () => {
  const issues = validateDeclaration({});
  assert.equal(issues[0]?.path, 'applicant.familyName');
  assert.ok(issues.every((i) => i.id === 'error.required' || i.id === 'error.choiceRequired'));
  assert.deepEqual(
    issues.filter((i) => i.id === 'error.choiceRequired').map((i) => i.path),
    ['applicant.sex', 'request.reason', 'request.chip', 'submission.channel', 'submission.delivery'],
  );
  assert.equal(issues.find((i) => i.path === 'applicant.familyName')?.params?.['field'], 'label.applicant.familyName');
});

test('text typed in decomposed form (NFD) validates like NFC', () => {
  const d = example('fullAdult');
  const nfd = JSON.parse(JSON.stringify(d), (_k, v: unknown) => (typeof v === 'string' ? v.normalize('NFD') : v));
  assert.deepEqual(validateDeclaration(nfd), validateDeclaration(d));
});

test('surrounding spaces are ignored and a blank required value counts as missing', () => {
  const spaced = writePath(example('minimalAdult'), 'applicant.familyName', '  Nguyễn  ');
  assert.deepEqual(validateDeclaration(spaced), []);
  const blank = writePath(example('minimalAdult'), 'applicant.familyName', '   ');
  assert.deepEqual(ids(validateDeclaration(blank)), ['applicant.familyName error.required']);
});

test('the form is chosen by age: a 13-year-old without form needs TK01a fields', () => {
  const d = writePath(writePath(example('minimalAdult'), 'applicant.dateOfBirth', '2012-11-24'), 'applicant.personalId', '020212123456');
  const issues = validateDeclaration(d);
  assert.ok(ids(issues).includes('representative error.representative.missing'));
  assert.ok(ids(issues).includes('request.chip error.request.chipUnder14'));
  // One day later the same person is 14: TK01, no representative needed.
  const older = writePath(d, 'submission.date', '2026-11-24');
  assert.deepEqual(errors(validateDeclaration(older)), []);
});

test('options.date stands in for a missing submission date, and warns when the submission date is past', () => {
  const d = writePath(example('minimalAdult'), 'submission.date', undefined);
  const issues = validateDeclaration(d, { date: '2026-11-23' });
  assert.deepEqual(ids(issues), ['submission.date error.required']);
  const past = validateDeclaration(example('minimalAdult'), { date: '2026-12-01' });
  assert.deepEqual(ids(past), ['submission.date warning.submission.dateInPast']);
});

test('values of the wrong JSON type are reported, not thrown', () => {
  const d = writePath(writePath(example('minimalAdult'), 'applicant.familyName', ['Nguyễn']), 'request.chip', 'yes');
  assert.deepEqual(ids(errors(validateDeclaration(d))), [
    'applicant.familyName error.value.wrongType',
    'request.chip error.value.wrongType',
  ]);
});

test('the refund account is validated only on the 69/2026 forms', () => {
  const d = writePath(example('minimalAdult'), 'feeRefund', { accountNumber: '0123#', accountHolder: '', bankName: '' });
  assert.deepEqual(validateDeclaration(d, { config: { pinnedFormVersion: 'TT31_2023' } }), []);
  const onDate = validateDeclaration(d);
  assert.ok(ids(onDate).includes('feeRefund.accountNumber error.bankAccount.format'));
});

test('the office must be one of the host\'s offices when the host lists them', () => {
  const options = invalidExamples.unknownOffice.options;
  assert.deepEqual(validateDeclaration(example('fullAdult'), options), []);
  assert.deepEqual(validateDeclaration(invalidExamples.unknownOffice.declaration), [], 'without a list any office id is accepted');
});

test('a representative given on TK01 is ignored (not printed on TK01)', () => {
  const d = writePath(example('minimalAdult'), 'representative', { fullName: '123' });
  assert.deepEqual(validateDeclaration(d), []);
});

test('validateField returns the issues of one field, including cross-field ones', () => {
  const version = formVersions['TK01@TT31_2023'];
  const d = writePath(
    writePath(example('minimalAdult'), 'applicant.personalId', '020190123456'),
    'family.father',
    { fullName: 'Nguyễn Văn Bình', dateOfBirth: '' },
  );
  assert.deepEqual(ids(validateField(version, 'applicant.personalId', d)), ['applicant.personalId error.personalId.sexMismatch']);
  assert.deepEqual(ids(validateField(version, 'family.father.dateOfBirth', d)), ['family.father.dateOfBirth error.family.incompleteRow']);
  assert.deepEqual(validateField(version, 'applicant.familyName', d), []);
  assert.deepEqual(validateField(version, 'applicant.familyName', null), []);
});

test('validateField on TK01a reports the chip rule and a missing representative', () => {
  const version = formVersions['TK01a@TT31_2023'];
  const d = writePath(writePath(example('child'), 'request.chip', true), 'representative', null);
  assert.deepEqual(ids(validateField(version, 'request.chip', d)), ['request.chip error.request.chipUnder14']);
  assert.deepEqual(ids(validateField(version, 'representative', d)), ['representative error.representative.missing']);
});

test('sortIssues: whole-declaration issues first, then the form order, errors before warnings', () => {
  const version = formVersions['TK01a@TT31_2023'];
  const shuffled: ValidationIssue[] = [
    { path: 'submission.date', id: 'error.required', severity: 'error' },
    { path: 'applicant.personalId', id: 'warning.personalId.childWithoutId', severity: 'warning' },
    { path: 'applicant.personalId', id: 'error.personalId.format', severity: 'error' },
    { path: 'request.chip', id: 'error.request.chipUnder14', severity: 'error' },
    { path: 'representative', id: 'error.representative.missing', severity: 'error' },
    { path: 'form', id: 'error.form.mustBeTK01', severity: 'error' },
    { path: 'representative.phone', id: 'error.phone.format', severity: 'error' },
  ];
  assert.deepEqual(
    sortIssues(shuffled, version).map((i) => `${i.path} ${i.severity}`),
    [
      'form error',
      'representative error',
      'representative.phone error',
      'applicant.personalId error',
      'applicant.personalId warning',
      'request.chip error',
      'submission.date error',
    ],
  );
});

test('every issue id has a message and every message formats in both languages', () => {
  for (const ex of Object.values(invalidExamples)) {
    for (const issue of validateDeclaration(ex.declaration, ex.options)) {
      assert.ok(isMessageId(issue.id));
      for (const locale of ['vi', 'en'] as const) {
        const text = formatMessage(issue.id, issue.params, locale);
        assert.ok(!/\{\w+\}/u.test(text), `${issue.id}: ${text}`);
        assert.ok(!/(label|hint)\.\w/u.test(text), `${issue.id}: untranslated label in ${text}`);
      }
    }
  }
});

test('property: arbitrary JSON never throws and always gives an array of well-formed issues', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const issues = validateDeclaration(value);
      assert.ok(Array.isArray(issues));
      for (const i of issues) assert.ok(typeof i.path === 'string' && isMessageId(i.id));
    }),
    { numRuns: 500 },
  );
});

test('property: a valid example with any one value replaced by arbitrary JSON never throws', () => {
  const paths = [
    'applicant',
    'applicant.dateOfBirth',
    'applicant.personalId',
    'applicant.sex',
    'family',
    'family.father',
    'family.spouse.dateOfBirth',
    'previousPassport',
    'previousPassport.issueDate',
    'request',
    'request.reason',
    'representative',
    'representative.dateOfBirth',
    'submission',
    'submission.date',
    'form',
    'schemaVersion',
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...(Object.keys(validExamples) as ValidExampleName[])),
      fc.constantFrom(...paths),
      fc.jsonValue(),
      fc.option(fc.constantFrom('2026-11-23', '2000-01-01', 'not a date'), { nil: undefined }),
      (name, path, value, date) => {
        const d = writePath(example(name), path, value);
        const options = date === undefined ? {} : { date };
        assert.ok(Array.isArray(validateDeclaration(d, options)));
        assert.ok(Array.isArray(validateField(formVersions['TK01a@TT31_2023'], path, d, options)));
      },
    ),
    { numRuns: 500 },
  );
});
