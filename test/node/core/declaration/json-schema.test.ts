import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { declarationJsonSchema } from '../../../../packages/core/src/declaration/json-schema.js';
import { validExamples } from '@hochieu/core/examples';

const published = JSON.parse(
  readFileSync(new URL('../../../../packages/core/src/declaration/declaration.schema.json', import.meta.url), 'utf8'),
);

test('the published declaration.schema.json is the one generated from the source', () => {
  assert.deepEqual(published, JSON.parse(JSON.stringify(declarationJsonSchema)));
});

test('the schema pins schemaVersion 1 and names every top-level key of the contract', () => {
  assert.deepEqual(published.properties.schemaVersion, { const: 1 });
  assert.deepEqual(
    Object.keys(published.properties).sort(),
    ['applicant', 'family', 'feeRefund', 'form', 'previousPassport', 'representative', 'request', 'schemaVersion', 'submission'],
  );
});

test('every key used by the valid examples is declared in the schema', () => {
  const undeclared: string[] = [];
  const walk = (value: unknown, schema: { properties?: Record<string, unknown> } | undefined, path: string) => {
    if (value === null || typeof value !== 'object' || !schema?.properties) return;
    for (const [key, inner] of Object.entries(value)) {
      const sub = schema.properties[key] as { properties?: Record<string, unknown> } | undefined;
      if (!sub) undeclared.push(`${path}${key}`);
      else walk(inner, sub, `${path}${key}.`);
    }
  };
  for (const [name, d] of Object.entries(validExamples)) walk(d, published, `${name}: `);
  assert.deepEqual(undeclared, []);
});
