/** Validation rules: pure functions returning message ids, and validateDeclaration. */
export * from './issue.js';
export * from './form-choice.js';
