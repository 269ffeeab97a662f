import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkEmail, checkPhone, FIXED_LINE_SOURCES, KNOWN_MOBILE_PREFIXES, normalizePhone, phoneKind, type ValidationIssue } from '@hochieu/core';

const ids = (issues: ValidationIssue[]) => issues.map((i) => `${i.severity}:${i.id}`);

test('normalizePhone accepts 0, 84 and +84 forms with spaces, dots, dashes and brackets', () => {
  for (const input of [
    '0912345678',
    '0912 345 678',
    '0912.345.678',
    '0912-345-678',
    '+84912345678',
    '+84 912 345 678',
    '84912345678',
    '(+84) 912-345-678',
  ]) {
    assert.equal(normalizePhone(input), '0912345678', input);
  }
});

test('normalizePhone refuses old 11-digit mobiles, short fixed numbers and wrong lengths', () => {
  for (const input of ['0205381234', '020538123456', '01234567890', '091234567', '09123456789', '0212345678', '+8412345678', '0912a45678', '']) {
    assert.equal(normalizePhone(input), null, input);
  }
});

test('checkPhone: a known prefix passes, an unknown one is a warning naming it', () => {
  assert.deepEqual(checkPhone('0354 111 222', 'applicant.phone'), []);
  const unknown = checkPhone('0312345678', 'applicant.phone');
  assert.deepEqual(ids(unknown), ['warning:warning.phone.unknownPrefix']);
  assert.deepEqual(unknown[0]?.params, { prefix: '031' });
  assert.deepEqual(ids(checkPhone('12345', 'applicant.phone')), ['error:error.phone.format']);
});

test('known prefixes: every listed one passes; 095 (not allocated) warns', () => {
  for (const prefix of KNOWN_MOBILE_PREFIXES) assert.deepEqual(checkPhone(`${prefix}1234567`, 'p'), [], prefix);
  assert.deepEqual(ids(checkPhone('0951234567', 'p')), ['warning:warning.phone.unknownPrefix']);
});

// Issue 13 item 7: a Vietnamese fixed number with its area code is a phone number too
// (0 + 2X + 8 digits in Hà Nội / TP.HCM, 0 + 2XX + 7 digits elsewhere: 11 digits).
test('fixed numbers with their area code are accepted, in every written form, with no prefix warning', () => {
  for (const [input, local] of [
    ['024 3826 1234', '02438261234'],
    ['(028) 3829 5678', '02838295678'],
    ['+84 24 3826 1234', '02438261234'],
    ['0205.3812.345', '02053812345'],
    ['84-263-3822-111', '02633822111'],
  ] as const) {
    assert.equal(normalizePhone(input), local, input);
    assert.equal(phoneKind(input), 'fixed', input);
    assert.deepEqual(checkPhone(input, 'applicant.phone'), [], input);
  }
  assert.equal(phoneKind('0912 345 678'), 'mobile');
  assert.equal(phoneKind('0243826123'), null, 'one digit short');
  assert.ok(FIXED_LINE_SOURCES.length > 0);
});

test('property: every accepted phone normalizes to 0 + 9 digits, and +84 gives the same as 0', () => {
  fc.assert(
    fc.property(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/u), (first, rest) => {
      const local = `0${first}${rest}`;
      assert.equal(normalizePhone(local), local);
      assert.equal(normalizePhone(`+84 ${first}${rest.slice(0, 4)} ${rest.slice(4)}`), local);
    }),
  );
});

test('email: simple sane addresses pass, others are an error', () => {
  for (const ok of ['huong.hoang@example.vn', 'a+b@mail.co.uk', 'x@y.z']) assert.deepEqual(checkEmail(ok, 'e'), [], ok);
  for (const bad of ['an.nguyen@', '@example.vn', 'an nguyen@example.vn', 'an@example', 'an@@example.vn', 'an@example..vn']) {
    assert.deepEqual(ids(checkEmail(bad, 'e')), ['error:error.email.format'], bad);
  }
  assert.deepEqual(ids(checkEmail(`${'a'.repeat(250)}@b.vn`, 'e')), ['error:error.email.format']);
});
