/**
 * Fuzzing gate for core's DOM-free boundaries (issue 8, "Fuzzing"): every
 * function that takes what a citizen typed, scanned or stored is total. With
 * arbitrary Unicode (NFD, combining floods, emoji, bidi and zero-width
 * characters, lone surrogates, 10 000-character strings) and arbitrary JSON or
 * JavaScript values, `validateDeclaration`/`validateField` return issues with
 * message ids, `normalizeDeep` is idempotent and yields NFC strings only (UAX
 * #15) and keeps every key as data, `formatMessage` fills any parameters
 * literally, `parseCccdQr` answers ok (with no hidden character in the name or
 * address) or a reason with a message id, and
 * `planApplication` gives a plan. Bounded: fixed seeds, run counts and time
 * limits (see support/fuzz.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  charactersOutsideRepertoire,
  fieldsOf,
  formatMessage,
  formVersions,
  isMessageId,
  messages,
  normalizeDeep,
  parseCccdQr,
  planApplication,
  validateDeclaration,
  validateField,
  writePath,
  type DeclarationDraft,
  type MessageId,
} from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { ALL_FIELD_IDS, allNfc, anyValue, fuzz, hostileText, mutatedDeclaration } from './support/fuzz.js';

const VERSIONS = Object.values(formVersions);
const MESSAGE_IDS = Object.keys(messages) as MessageId[];

function assertIssues(issues: unknown): void {
  assert.ok(Array.isArray(issues));
  for (const i of issues as { path: unknown; id: unknown; severity: unknown }[]) {
    assert.equal(typeof i.path, 'string');
    assert.ok(typeof i.id === 'string' && isMessageId(i.id), `message id: ${String(i.id)}`);
    assert.ok(i.severity === 'error' || i.severity === 'warning');
  }
}

test('fuzz: validateDeclaration never throws on any JavaScript value', async () => {
  await fuzz(
    fc.property(anyValue, fc.option(fc.string(), { nil: undefined }), (value, date) => {
      assertIssues(validateDeclaration(value, date === undefined ? {} : { date }));
    }),
    { seed: 8001, numRuns: 400 },
  );
});

test('fuzz: any field of a valid example given hostile text gives issues with message ids, never a throw', async () => {
  await fuzz(
    fc.property(mutatedDeclaration, fc.constantFrom(...VERSIONS), fc.constantFrom(...ALL_FIELD_IDS), (declaration, version, fieldId) => {
      assertIssues(validateDeclaration(declaration, { date: '2026-11-21' }));
      assertIssues(validateDeclaration(declaration, { date: '2026-11-21', config: { enabledFormVersions: ['TT69_2026'] } }));
      assertIssues(validateField(version, fieldId, declaration, { date: '2026-11-21' }));
    }),
    { seed: 8002, numRuns: 400 },
  );
});

test('fuzz: text that validation accepts in a free-text field is printable (no Cc, Cf, Cs, Co; only the printable repertoire) and NFC after normalization', async () => {
  const textFields = fieldsOf(formVersions['TK01@TT31_2023']).filter((f) => f.validators.includes('text') && !f.showIf);
  await fuzz(
    fc.property(fc.constantFrom(...textFields), hostileText, (field, value) => {
      const d = writePath(example('fullAdult'), field.id, value);
      const errors = validateDeclaration(d, { date: '2026-11-21' }).filter((i) => i.severity === 'error' && i.path === field.id);
      if (errors.length > 0) return;
      const stored = normalizeDeep(value);
      assert.ok(!/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u.test(stored), `accepted unprintable text ${JSON.stringify(value)}`);
      assert.deepEqual(charactersOutsideRepertoire(stored), [], `accepted characters the form cannot print: ${JSON.stringify(value)}`);
      assert.equal(stored, stored.normalize('NFC'));
      assert.ok([...stored].length <= (field.maxLength ?? Infinity), 'within the length limit');
    }),
    { seed: 8003, numRuns: 400 },
  );
});

test('fuzz: normalizeDeep is idempotent and yields NFC strings, keys included', async () => {
  await fuzz(
    fc.property(fc.oneof(anyValue, mutatedDeclaration, fc.dictionary(hostileText, hostileText)), (value) => {
      const once = normalizeDeep(value);
      assert.ok(allNfc(once), 'every string NFC');
      assert.deepEqual(normalizeDeep(once), once);
    }),
    { seed: 8004, numRuns: 400 },
  );
});

test('normalizeDeep keeps an own "__proto__" key as data and never sets the prototype', () => {
  const parsed: unknown = JSON.parse('{"a":{"__proto__":{"polluted":"yes"},"b":"x"}}');
  const out = normalizeDeep(parsed) as { a: Record<string, unknown> };
  assert.equal(Object.getPrototypeOf(out.a), Object.prototype);
  assert.equal((out.a as { polluted?: unknown }).polluted, undefined, 'nothing inherited from the input');
  assert.ok(Object.prototype.hasOwnProperty.call(out.a, '__proto__'));
  assert.deepEqual(Object.getOwnPropertyDescriptor(out.a, '__proto__')?.value, { polluted: 'yes' });
  assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype untouched');
});

test('fuzz: formatMessage fills any parameters literally and never throws', async () => {
  await fuzz(
    fc.property(
      fc.constantFrom(...MESSAGE_IDS),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('field', 'max', 'char', 'year', 'date', '__proto__', 'constructor', 'toString')), fc.oneof(hostileText, fc.constantFrom(...MESSAGE_IDS), fc.double(), fc.integer(), fc.constantFrom('$&', '$1', "$'", '$`', '{field}'))),
      fc.constantFrom('vi' as const, 'en' as const),
      (id, params, locale) => {
        const text = formatMessage(id, params, locale);
        assert.equal(typeof text, 'string');
        // Each placeholder given a plain string (not itself a message id) shows that string verbatim.
        for (const name of messages[id][locale].match(/\{(\w+)\}/gu) ?? []) {
          const key = name.slice(1, -1);
          const value = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
          if (typeof value === 'string' && !isMessageId(value)) assert.ok(text.includes(value), `${id}: {${key}} = ${JSON.stringify(value)}`);
        }
      },
    ),
    { seed: 8005, numRuns: 500 },
  );
});

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const validQr = fc
  .tuple(
    fc.stringMatching(/^\d{12}$/u),
    fc.constantFrom('Nguyễn Văn An', 'Hoàng Thị Thu Hường', 'Lý Minh Châu'),
    fc.integer({ min: 1930, max: 2020 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom('Nam', 'Nữ'),
  )
  .map(([id, name, y, m, d, sex]) => [id, '', name, `${pad(d, 2)}${pad(m, 2)}${y}`, sex, 'Thôn Pò Mã, xã Đồng Đăng, tỉnh Lạng Sơn', `${pad(d, 2)}${pad(m, 2)}${y + 5}`]);

test('fuzz: parseCccdQr answers ok or a reason with a message id for any text', async () => {
  const qrText = fc.oneof(
    hostileText,
    fc.array(hostileText, { maxLength: 9 }).map((parts) => parts.join('|')),
    // A valid card text with one field replaced by hostile text.
    fc.tuple(validQr, fc.integer({ min: 0, max: 6 }), hostileText).map(([fields, i, v]) => fields.map((f, k) => (k === i ? v : f)).join('|')),
  );
  await fuzz(
    fc.property(qrText, fc.option(fc.constantFrom('2026-11-21', '1990-01-01', 'not a date'), { nil: undefined }), (text, today) => {
      const result = parseCccdQr(text, today === undefined ? {} : { today });
      if (result.ok) {
        assert.match(result.data.personalId, /^\d{12}$/u);
        assert.match(result.data.dateOfBirth, /^\d{4}-\d{2}-\d{2}$/u);
        assert.ok(allNfc(result.data), 'NFC data');
        for (const text of [result.data.fullName, result.data.permanentAddress]) {
          assert.ok(!/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u.test(text), `no control, format, surrogate or private-use character: ${JSON.stringify(text)}`);
        }
      } else {
        assert.ok(isMessageId(result.id), `message id ${result.id}`);
        assert.equal(result.id, `idcard.qr.${result.reason}`);
      }
    }),
    { seed: 8006, numRuns: 500 },
  );
});

test('fuzz: planApplication gives a plan for any draft and any date', async () => {
  await fuzz(
    fc.property(fc.oneof(anyValue, mutatedDeclaration), fc.oneof(fc.constant('2026-11-21'), fc.string({ maxLength: 12 })), fc.option(fc.boolean(), { nil: undefined }), (draft, date, hasChipId) => {
      const plan = planApplication(draft as DeclarationDraft, { date, ...(hasChipId === undefined ? {} : { hasChipId }) });
      assert.ok(plan && Array.isArray(plan.unknown) && Array.isArray(plan.documents));
      assert.ok(plan.form === null || plan.form === 'TK01' || plan.form === 'TK01a');
    }),
    { seed: 8007, numRuns: 300 },
  );
});
