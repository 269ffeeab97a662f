/**
 * The fee-refund account (item 15 of TK01 under Thông tư 69/2026/TT-BCA, "Số
 * tài khoản hoàn lệ phí (nếu có) / Tên chủ tài khoản / Tên ngân hàng",
 * domain-facts.md §1.3; reconstructed on TK01a): optional, but the three
 * parts go together. The account number is digits only (spaces, dots and
 * hyphens people copy from a banking app are ignored), 6 to 19 of them, the
 * range of Vietnamese account numbers and of the phone-number aliases banks
 * accept. The holder is a name in Vietnamese letters (printed in capitals, as
 * banks write it). The bank is best one of the bundled list (banks/); any
 * other name is accepted with a warning, since the list cannot be complete.
 */
import { findBank } from '../banks/find-bank.js';
import { hasField, type RuleContext, textAt } from './context.js';
import { error, warning, type ValidationIssue } from './issue.js';
import type { MessageId } from '../messages/index.js';

/** The account number as it is printed: digits only. */
export function compactAccountNumber(value: string): string {
  return value.replace(/[\s.\-]/gu, '');
}

export function checkBankAccount(value: string, path: string): ValidationIssue[] {
  const compact = compactAccountNumber(value);
  if (/\D/u.test(compact)) return [error(path, 'error.bankAccount.format')];
  return compact.length >= 6 && compact.length <= 19 ? [] : [error(path, 'error.bankAccount.length', { min: 6, max: 19 })];
}

/** A bank name that is not in the bundled list is a warning: check the spelling or keep it. */
export function checkBankName(value: string, path: string): ValidationIssue[] {
  return findBank(value) ? [] : [warning(path, 'warning.bankName.unknown')];
}

const PARTS: readonly [string, MessageId][] = [
  ['feeRefund.accountNumber', 'label.feeRefund.accountNumber'],
  ['feeRefund.accountHolder', 'label.feeRefund.accountHolder'],
  ['feeRefund.bankName', 'label.feeRefund.bankName'],
];

export function checkFeeRefundRow(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (!hasField(context, 'feeRefund.accountNumber')) return [];
  const filled = PARTS.map(([path]) => Boolean(textAt(declaration, path)));
  if (!filled.some(Boolean) || filled.every(Boolean)) return [];
  return PARTS.filter((_, i) => !filled[i]).map(([path, field]) => error(path, 'error.feeRefund.incomplete', { field }));
}
