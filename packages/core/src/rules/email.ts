/**
 * Email address (optional, not printed on the form): a simple sane check,
 * one "@" with a local part and a domain that has a dot, no spaces, at most
 * 254 characters (RFC 5321 path limit). Deliverability is not checked.
 */
import { error, type ValidationIssue } from './issue.js';

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function checkEmail(value: string, path: string): ValidationIssue[] {
  return isEmail(value) ? [] : [error(path, 'error.email.format')];
}
