// Bounded structure (issue 15, item 6 and 7): hostile nesting, keys the
// published JSON Schema does not name, and a value where a group is expected
// come back as issues from every public entry point, never as an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkDeclarationStructure,
  formatMessage,
  MAX_DECLARATION_DEPTH,
  normalizeDeep,
  planApplication,
  validateDeclaration,
} from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { declarationJsonSchema } from '../../../../packages/core/src/declaration/json-schema.js';

/** `{ a: { a: … } }` nested `levels` deep, built without recursion. */
function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let i = 1; i < levels; i += 1) at = (at['a'] = {}) as Record<string, unknown>;
  return root;
}

test('3000 levels of nesting: one tooDeep issue from validateDeclaration, planApplication and normalizeDeep do not throw', () => {
  const hostile = { ...example('fullAdult'), applicant: { ...example('fullAdult').applicant, permanentAddress: nested(3000) } };
  const issues = validateDeclaration(hostile, { date: '2026-12-05' });
  assert.deepEqual(issues.map((i) => [i.path, i.id]), [['', 'error.value.tooDeep']]);
  assert.match(formatMessage(issues[0]!.id, issues[0]!.params ?? {}, 'en'), /nested more than 8 levels/u);
  assert.doesNotThrow(() => planApplication(hostile as never, { date: '2026-12-05' }));
  assert.doesNotThrow(() => normalizeDeep(nested(100_000)));
  assert.ok(!checkDeclarationStructure(nested(MAX_DECLARATION_DEPTH)).some((i) => i.id === 'error.value.tooDeep'), 'the limit itself is allowed');
  assert.ok(checkDeclarationStructure(nested(MAX_DECLARATION_DEPTH + 1)).some((i) => i.id === 'error.value.tooDeep'));
});

test('a key the JSON Schema does not name is an error at its place; a valid example has none', () => {
  assert.deepEqual(checkDeclarationStructure(example('fullAdult')), []);
  const d = { ...example('fullAdult'), notes: 'x'.repeat(1000), family: { ...example('fullAdult').family, uncle: null } };
  const errors = validateDeclaration(d, { date: '2026-12-05' }).filter((i) => i.id === 'error.value.unknownKey');
  assert.deepEqual(errors.map((i) => i.path).sort(), ['family.uncle', 'notes']);
  assert.match(formatMessage('error.value.unknownKey', errors[0]!.params ?? {}, 'vi'), /không thuộc mẫu/u);
});

test('a 50 MB unknown key name is shown cut short, and 10 000 unknown keys give 21 issues, quickly', () => {
  const many: Record<string, unknown> = { ...example('fullAdult') };
  for (let i = 0; i < 10_000; i += 1) many[`k${i}`] = i;
  many['y'.repeat(1_000_000)] = 1;
  const started = performance.now();
  const issues = checkDeclarationStructure(many);
  assert.ok(performance.now() - started < 2000);
  assert.equal(issues.length, 21);
  assert.equal(issues.at(-1)!.id, 'error.value.unknownKeys');
  assert.ok(issues.every((i) => i.path.length < 100));
});

test('previousPassport given as a string is an error (it used to be valid and printed blank)', () => {
  const d = { ...example('fullAdult'), previousPassport: 'C7654321' };
  const issues = validateDeclaration(d, { date: '2026-12-05' });
  assert.ok(issues.some((i) => i.path === 'previousPassport' && i.id === 'error.value.notAGroup' && i.severity === 'error'));
});

test('the allowed keys come from the published schema: a property added to it is allowed with no other change', () => {
  const props = (declarationJsonSchema.properties as Record<string, unknown>);
  const before = checkDeclarationStructure({ ...example('fullAdult'), feeRefundProbe: null });
  assert.equal(before.length, 1);
  (props as Record<string, unknown>)['feeRefundProbe'] = { type: ['object', 'null'], additionalProperties: false, properties: {} };
  try {
    assert.deepEqual(checkDeclarationStructure({ ...example('fullAdult'), feeRefundProbe: null }), []);
  } finally {
    delete (props as Record<string, unknown>)['feeRefundProbe'];
  }
});
