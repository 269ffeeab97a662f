/**
 * Evaluates the small declarative condition language of `showIf` (see
 * `Condition` in types.ts) against a declaration or draft: `{ path, equals }`,
 * `{ path, in }`, `{ path, filled }`, and `all`, `any`, `not`. Conditions are
 * data, so the widget, docgen and the validator decide visibility the same way.
 */
import { isFilled, readPath } from './path.js';
import type { Condition } from './types.js';

export function evaluateCondition(condition: Condition, declaration: unknown): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, declaration));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, declaration));
  if ('not' in condition) return !evaluateCondition(condition.not, declaration);
  const value = readPath(declaration, condition.path);
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return condition.in.some((v) => v === value);
  return isFilled(value) === condition.filled;
}
