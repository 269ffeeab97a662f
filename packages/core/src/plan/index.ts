/** planApplication: form, version, fee, due date, documents and offices for one case. */
export * from './plan.js';
