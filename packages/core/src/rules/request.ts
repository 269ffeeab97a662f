/**
 * Cross-field rules of the request (item 14 "Nội dung đề nghị", footnote (4):
 * "đề nghị khác nếu có (ghi rõ lý do)"): another request needs its details;
 * a lost or damaged passport should be described (warning). A child under 14
 * is issued a chipless passport only (Luật Xuất cảnh, nhập cảnh của công dân
 * Việt Nam 49/2019/QH14, Điều 6 k2), so TK01a with `chip: true` is an error.
 */
import { booleanAt, type RuleContext, textAt } from './context.js';
import { error, warning, type ValidationIssue } from './issue.js';

export function checkRequestDetails(declaration: unknown): ValidationIssue[] {
  const reason = textAt(declaration, 'request.reason');
  if (textAt(declaration, 'request.details')) return [];
  if (reason === 'other') return [error('request.details', 'error.request.detailsRequired')];
  if (reason === 'lost') return [warning('request.details', 'warning.request.describeLoss')];
  if (reason === 'damaged') return [warning('request.details', 'warning.request.describeDamage')];
  return [];
}

export function checkChildChip(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (context.form !== 'TK01a' || booleanAt(declaration, 'request.chip') !== true) return [];
  return [error('request.chip', 'error.request.chipUnder14')];
}
