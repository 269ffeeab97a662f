/** Vietnamese working days: official day-off tables per year, statutory fallback, due dates. */
export {};
