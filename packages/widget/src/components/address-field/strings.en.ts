/**
 * English strings of `<hochieu-address-field>`: a faithful translation of
 * strings.vi.ts, spread into the lazy English table (`localization/en.ts`).
 */
import type { addressStringsVi } from './strings.vi.js';

export const addressStringsEn: { readonly [K in keyof typeof addressStringsVi]: string } = {
  'address.pick.open': 'Choose the province and commune or ward from today’s units',
  'address.pick.close': 'Hide the province and commune choice',
  'address.pick.intro': 'Since 1 July 2025 Việt Nam has 34 provinces and cities and 3,321 communes, wards and special zones; districts are gone.',
  'address.pick.loading': 'Loading the list of administrative units…',
  'address.pick.failed': 'The list of administrative units could not be loaded. You can still write the address yourself.',
  'address.pick.province': 'Province or city',
  'address.pick.provinceNone': 'Choose a province or city',
  'address.pick.commune': 'Commune, ward or special zone',
  'address.pick.communeHint': 'Type a few letters of the name, with or without accents',
  'address.pick.street': 'House number, street, lane, hamlet',
  'address.pick.apply': 'Put into the address box',
  'address.pick.needCommune': 'Choose the province and the commune or ward first.',
  'address.former.one': '{unit} (former) is now part of {current}.',
  'address.former.split': '{unit} (former) was split between several new units. Choose the one where you live:',
  'address.former.use': 'Write the new name: {address}',
  'address.former.keep': 'Keep it as written',
  'address.former.note': 'Older papers may still show the former name; it is your choice how to write it.',
  'address.former.partial': '(part)',
  'address.applied': 'Address written: {address}',
};
