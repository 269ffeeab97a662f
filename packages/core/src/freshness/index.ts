/** Freshness: every dated fact with the day its source was checked, and whether the bundle is stale on a day. */
export type * from './types.js';
export * from './data-date.js';
export * from './registry.js';
export * from './status.js';
export * from './summary.js';
