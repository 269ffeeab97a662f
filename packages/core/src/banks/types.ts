/** A bank that can hold a fee-refund account (the list is data: banks.data.ts). */
export interface Bank {
  /** The name people use ("Vietcombank", "BIDV"). */
  readonly shortName: string;
  /** The registered Vietnamese name, printed on the form. */
  readonly name: string;
  /** The NAPAS bank identification number. */
  readonly bin: string;
  /** Names the bank had before a renaming ("LienVietPostBank"). */
  readonly formerNames: readonly string[];
  /** Extra search words without diacritics ("nongnghiep"). */
  readonly keywords: readonly string[];
}
