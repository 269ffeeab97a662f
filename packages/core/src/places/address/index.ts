/**
 * Addresses in today's administrative units (34 provinces, 3,321 communes
 * since 1/7/2025): `resolveAddress` maps a free-text address, old or new, to
 * today's commune(s); `formatAddress` prints one; `adminUnits` gives the
 * decoded tables (for pickers). This module imports the generated tables
 * (~85 kB gzip): the widget loads it with `import()` only when needed; Node
 * callers import it from `@hochieu/core/address`.
 */
import { ADMIN_UNITS_TEXT } from '../generated/admin-units.js';
import { decodeAdminUnits, type AdminUnits } from './decode.js';
import { buildAddressIndex, communeOf, resolveWithIndex, type AddressIndex, type AddressCandidate, type AddressResolution, type ResolveOptions } from './resolve.js';

export type { AddressCandidate, AddressResolution, ResolveOptions } from './resolve.js';
export type { AdminUnits, CurrentCommune, CurrentProvinceUnit, FormerCommune, FormerDistrict, FormerProvinceUnit, Target } from './decode.js';
export { formatAddress } from './format.js';
export { PROVINCE_NAME_CHANGES, provinceNameOn } from './province-names.js';
export { looseKey, toneKey } from './keys.js';

let index: AddressIndex | undefined;

function addressIndex(): AddressIndex {
  index ??= buildAddressIndex(decodeAdminUnits(ADMIN_UNITS_TEXT));
  return index;
}

/** The decoded tables: today's provinces and communes, the former provinces, districts and communes with their targets. */
export function adminUnits(): AdminUnits {
  return addressIndex().units;
}

/**
 * Finds the commune, district and province in a free-text address (with or
 * without diacritics, with the usual abbreviations) and returns today's
 * commune(s) it lies in. See resolve.ts for the rules.
 */
export function resolveAddress(text: string, options: ResolveOptions = {}): AddressResolution {
  return resolveWithIndex(addressIndex(), text, options);
}

/** Today's commune with this code, with its province named as on `date`. */
export function currentCommune(code: string, date?: string): AddressCandidate | undefined {
  return communeOf(addressIndex(), code, date);
}
