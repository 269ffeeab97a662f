// The published JSON Schema checked by an independent validator (Ajv, draft 2020-12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validExamples, example } from '@hochieu/core/examples';

const schema = JSON.parse(
  readFileSync(new URL('../../../../packages/core/src/declaration/declaration.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

test('every valid example conforms to the published schema', () => {
  for (const [name, d] of Object.entries(validExamples)) {
    assert.equal(validate(d), true, `${name}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the schema refuses an unknown key, a wrong enum value and a malformed date', () => {
  const extra = { ...example('minimalAdult'), nickname: 'x' };
  assert.equal(validate(extra), false);
  const reason = example('minimalAdult') as unknown as { request: { reason: string } };
  reason.request.reason = 'holiday';
  assert.equal(validate(reason), false);
  const date = example('minimalAdult');
  date.submission.date = '23/11/2026';
  assert.equal(validate(date), false);
  const version = { ...example('minimalAdult'), schemaVersion: 2 };
  assert.equal(validate(version), false);
});
