/**
 * The result of a validation rule: never a sentence, always a message id with
 * parameters, so that the widget (vi, en), docgen and the CLI can each say it
 * in their own words. `path` is the JSON path of the field in the declaration
 * (e.g. `applicant.personalId`, `family.father.dateOfBirth`).
 */
import type { MessageId } from '../messages/index.js';

export type Severity = 'error' | 'warning';

export type MessageParams = Record<string, string | number>;

export interface ValidationIssue {
  path: string;
  id: MessageId;
  params?: MessageParams;
  severity: Severity;
}

export function error(path: string, id: MessageId, params?: MessageParams): ValidationIssue {
  return params ? { path, id, params, severity: 'error' } : { path, id, severity: 'error' };
}

export function warning(path: string, id: MessageId, params?: MessageParams): ValidationIssue {
  return params ? { path, id, params, severity: 'warning' } : { path, id, severity: 'warning' };
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
