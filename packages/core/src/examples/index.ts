/**
 * Entry of `@hochieu/core/examples`: the named valid example declarations
 * (valid.ts) and the named invalid ones with the issue each must produce
 * (invalid.ts), one set reused by every package, the demo, the CLI and the
 * tests. Names and numbers are invented; personal ID numbers follow the
 * structure of Nghị định 137/2015.
 */
export { validExamples, example } from './valid.js';
export type { ValidExampleName } from './valid.js';
export * from './invalid.js';
