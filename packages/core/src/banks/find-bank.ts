/**
 * Finding a bank from what a person types: "vietcombank", "Ngân hàng TMCP
 * Ngoại Thương Việt Nam" or a former name ("LienVietPostBank") find their
 * bank. Matching folds case, Vietnamese
 * diacritics (đ included), spaces and punctuation, so "MB Bank" = "mbbank".
 */
import { BANKS } from './banks.data.js';
import type { Bank } from './types.js';

/** Lower case, without diacritics, spaces or punctuation. */
export function foldBankText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
}

/** The text without a branch after the bank ("…, chi nhánh Lạng Sơn", "… - CN Hà Nội"). */
function withoutBranch(text: string): string {
  return text.replace(/[\s,(–-]+(chi nhánh|cn)(?=[\s.]|$).*$/iu, '');
}

/** Words a bank is known by, folded. */
function namesOf(bank: Bank): string[] {
  return [bank.shortName, bank.name, ...bank.formerNames, ...bank.keywords].map(foldBankText).filter(Boolean);
}

const FOLDED: readonly { bank: Bank; names: string[] }[] = BANKS.map((bank) => ({ bank, names: namesOf(bank) }));

/** The bank whose short name, registered name, former name or keyword equals the text (after folding), if any. */
export function findBank(text: string): Bank | undefined {
  const q = foldBankText(withoutBranch(text));
  if (!q) return undefined;
  return FOLDED.find((b) => b.names.includes(q))?.bank;
}

/**
 * Banks for a combobox: short names that start with the typed text first,
 * then other names that start with it ("Ngân hàng …" skipped), then those
 * that contain it; at most `limit`. An empty query lists the first `limit`.
 */
export function searchBanks(query: string, limit = 8): Bank[] {
  const q = foldBankText(query);
  if (!q) return BANKS.slice(0, limit);
  const rank = (b: { names: string[] }): number => {
    if (b.names[0]!.startsWith(q)) return 0;
    if (b.names.some((n) => n.startsWith(q) || n.startsWith(`nganhang${q}`))) return 1;
    return b.names.some((n) => n.includes(q)) ? 2 : 3;
  };
  return FOLDED.map((b) => ({ b, r: rank(b) }))
    .filter((x) => x.r < 3)
    .sort((x, y) => x.r - y.r)
    .slice(0, limit)
    .map((x) => x.b.bank);
}

/** How an option reads in a list: "Vietcombank – Ngân hàng TMCP Ngoại Thương Việt Nam". */
export function bankOptionLabel(bank: Bank): string {
  return `${bank.shortName} – ${bank.name}`;
}
