/**
 * The fee-refund account (item 15 of TK01 under Thông tư 69/2026/TT-BCA, "Số
 * tài khoản hoàn lệ phí (nếu có) / Tên chủ tài khoản / Tên ngân hàng",
 * domain-facts.md §1.3): optional, but all three parts go together. Vietnamese
 * bank account numbers are usually 6 to 19 digits; some banks allow chosen
 * alphanumeric numbers, so other letters-and-digits shapes are a warning.
 */
import { hasField, type RuleContext, textAt } from './context.js';
import { error, warning, type ValidationIssue } from './issue.js';
import type { MessageId } from '../messages/index.js';

export function checkBankAccount(value: string, path: string): ValidationIssue[] {
  const compact = value.replace(/[\s.\-]/gu, '');
  if (/[^A-Za-z0-9]/u.test(compact)) return [error(path, 'error.bankAccount.format')];
  return /^\d{6,19}$/u.test(compact) ? [] : [warning(path, 'warning.bankAccount.unusual')];
}

const PARTS: readonly [string, MessageId][] = [
  ['refundAccount.accountNumber', 'label.refundAccount.accountNumber'],
  ['refundAccount.accountHolder', 'label.refundAccount.accountHolder'],
  ['refundAccount.bankName', 'label.refundAccount.bankName'],
];

export function checkRefundAccountRow(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (!hasField(context, 'refundAccount.accountNumber')) return [];
  const filled = PARTS.map(([path]) => Boolean(textAt(declaration, path)));
  if (!filled.some(Boolean) || filled.every(Boolean)) return [];
  return PARTS.filter((_, i) => !filled[i]).map(([path, field]) => error(path, 'error.refundAccount.incomplete', { field }));
}
