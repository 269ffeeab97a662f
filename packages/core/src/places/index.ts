/** Places: provinces (34 current, 63 former), birth-registration codes, countries, search, ethnicities, religions, offices. */
export * from './registration-codes.js';
export * from './provinces.js';
export * from './countries.js';
export * from './search.js';
export * from './ethnicities.js';
export * from './religions.js';
export * from './offices.js';
export * from './validate-config.js';

