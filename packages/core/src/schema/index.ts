/** Form versions as data: TK01 and TK01a under Thông tư 31/2023 (until 30/6/2026) and Thông tư 69/2026 (from 1/7/2026). */
export type * from './types.js';
export { evaluateCondition } from './condition.js';
export { isFilled, readPath, writePath } from './path.js';
export { fieldsOf, findField, formVersions, selectFormVersion, visibleFields } from './registry.js';
export { circularNumber, circularOn, FORM_CIRCULARS, formVersionKey, formVersionMeta, selectFormVersionKey, type FormVersionMeta } from './versions.js';
export { tk01Tt31 } from './tk01-tt31.js';
export { tk01aTt31 } from './tk01a-tt31.js';
export { tk01Tt69 } from './tk01-tt69.js';
export { tk01aTt69 } from './tk01a-tt69.js';
export { schemaMessages } from './messages.js';
