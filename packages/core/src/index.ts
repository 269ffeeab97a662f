/**
 * @hochieu/core: the domain of "Cấp hộ chiếu phổ thông ở trong nước" as data
 * and pure functions, with no DOM: form versions (TK01, TK01a), validation
 * rules returning message ids, procedure data, fees by date, the Vietnamese
 * working-day calendar, places and offices, and the message tables.
 */
export * from './dates/iso.js';
export * from './text/normalize.js';
export type * from './declaration/types.js';
export * from './declaration/representative-parent.js';
export type * from './config/types.js';
export * from './config/check-host-config.js';
export * from './messages/index.js';
export * from './rules/index.js';
export * from './schema/index.js';
export * from './calendar/index.js';
export * from './places/index.js';
export * from './procedure/index.js';
export * from './plan/index.js';
export * from './idcard/index.js';
export * from './files/index.js';
export * from './banks/index.js';
export * from './migrate/index.js';
export * from './freshness/index.js';
