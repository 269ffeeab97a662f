// Writes packages/core/src/declaration/declaration.schema.json from the TS source.
import { writeFileSync } from 'node:fs';
import { declarationJsonSchema } from '../packages/core/src/declaration/json-schema.ts';

const file = new URL('../packages/core/src/declaration/declaration.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(declarationJsonSchema, null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
