/**
 * What a rule needs besides the value it checks: the form chosen by age, the
 * reference date for ages and "not in the future" (the submission date, or
 * today when the submission date is not usable), today, the fields of the
 * form version in use, and the host configuration. Also small readers that
 * take a value of a normalized draft only when it has the expected JSON type,
 * so that no rule can throw on odd input.
 */
import type { HostConfig } from '../config/types.js';
import type { AddressResolver } from './address.js';
import type { FormId } from '../declaration/types.js';
import { readPath } from '../schema/path.js';

export interface RuleContext {
  form: FormId;
  /** ISO date against which ages and "not in the future" are judged, or null when unknown. */
  referenceDate: string | null;
  /** ISO date of today (`options.date`, defaulting to the submission date), or null. */
  today: string | null;
  /** Ids of the fields shown by the form version in use; absent means every field. */
  fields?: ReadonlySet<string>;
  config?: HostConfig;
  /** Resolver of addresses to today's units (see address.ts); absent: former units are not checked. */
  addresses?: AddressResolver;
}

/** Whether the version in use shows this field. */
export function hasField(context: RuleContext, id: string): boolean {
  return context.fields === undefined || context.fields.has(id);
}

/** A non-empty string at `path`, or undefined. */
export function textAt(declaration: unknown, path: string): string | undefined {
  const value = readPath(declaration, path);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A boolean at `path`, or undefined. */
export function booleanAt(declaration: unknown, path: string): boolean | undefined {
  const value = readPath(declaration, path);
  return typeof value === 'boolean' ? value : undefined;
}

/** `male` / `female` at `path`, or undefined. */
export function sexAt(declaration: unknown, path: string): 'male' | 'female' | undefined {
  const value = readPath(declaration, path);
  return value === 'male' || value === 'female' ? value : undefined;
}
