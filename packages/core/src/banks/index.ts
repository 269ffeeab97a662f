/** Vietnamese banks as data (banks.data.ts, with its source) and matching what people type. */
export { BANKS, BANK_LIST_SOURCE } from './banks.data.js';
export { bankOptionLabel, findBank, foldBankText, searchBanks } from './find-bank.js';
export type { Bank } from './types.js';
