/**
 * Province kind and name by date. The generated tables carry each current
 * province's name as of the source's release (25/7/2026); a province whose
 * kind or name changed since 1/7/2025 lists its earlier names here, each valid
 * until (excluding) the date of the change. Add a row when the next change
 * comes.
 */
export interface ProvinceNameChange {
  /** 2-digit GSO code of the current province. */
  code: string;
  /** The full name in force before `until`. */
  name: string;
  /** ISO date from which the next name (a later row, or the generated one) applies. */
  until: string;
  source: string;
}

export const PROVINCE_NAME_CHANGES: readonly ProvinceNameChange[] = [
  {
    code: '75',
    name: 'Tỉnh Đồng Nai',
    until: '2026-04-30',
    source:
      'Nghị quyết 30/2026/QH16: Tỉnh Đồng Nai (merged with Bình Phước on 1/7/2025) became the centrally run ' +
      'Thành phố Đồng Nai from 30/4/2026 (as recorded in ../shared/reference/data/admin-units/README.md, checked 2026-12-05)',
  },
];

/** The full name of a current province on `date` (ISO), given its name in the generated tables. */
export function provinceNameOn(code: string, latestName: string, date?: string): string {
  if (!date) return latestName;
  const earlier = PROVINCE_NAME_CHANGES.filter((c) => c.code === code && date < c.until).sort((a, b) => (a.until < b.until ? -1 : 1));
  return earlier[0]?.name ?? latestName;
}

/** Every full name a current province has had since 1/7/2025 (for matching typed text). */
export function provinceNamesEver(code: string, latestName: string): string[] {
  return [latestName, ...PROVINCE_NAME_CHANGES.filter((c) => c.code === code).map((c) => c.name)];
}
