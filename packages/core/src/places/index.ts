/** Places: provinces (34 current, 63 former), birth-registration codes, countries, offices, ethnicities, religions. */
export * from './registration-codes.js';
