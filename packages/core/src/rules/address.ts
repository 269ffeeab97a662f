/**
 * Addresses that name a former unit (a commune or district from before the
 * reform of 1/7/2025): a warning, never an error, since citizens' papers and
 * ID cards still carry the old three-level address. The warning names the
 * unit as typed and today's candidate(s), with their codes in `params` so a
 * client can offer them. The check needs the admin-unit tables, which are
 * large and loaded apart (`@hochieu/core/address`): it runs only when the
 * caller passes `resolveAddress` as `options.addresses`.
 */
import type { AddressResolution, ResolveOptions } from '../places/address/resolve.js';
import type { RuleContext } from './context.js';
import { textAt } from './context.js';
import { warning, type ValidationIssue } from './issue.js';

export type AddressResolver = (text: string, options?: ResolveOptions) => AddressResolution;

/** The warnings for the address fields `ids` (visible fields of kind `address`). */
export function checkFormerAddressUnits(ids: readonly string[], labelOf: (id: string) => string, declaration: unknown, context: RuleContext): ValidationIssue[] {
  const resolve = context.addresses;
  if (!resolve) return [];
  const issues: ValidationIssue[] = [];
  for (const id of ids) {
    const text = textAt(declaration, id);
    if (!text) continue;
    const result = resolve(text, context.referenceDate ? { date: context.referenceDate } : {});
    if (result.current || result.candidates.length === 0 || !result.former?.length) continue;
    issues.push(
      warning(id, result.candidates.length > 1 ? 'warning.address.formerUnitSplit' : 'warning.address.formerUnit', {
        field: labelOf(id),
        unit: result.former[0]!.split(',')[0]!,
        current: result.candidates.map((c) => `${c.name}, ${c.province.name}`).join('; '),
        candidates: result.candidates.map((c) => c.code).join(' '),
      }),
    );
  }
  return issues;
}
