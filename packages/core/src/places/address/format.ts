/**
 * `formatAddress`: the printed style of an address in today's units,
 * "Số 8 ngõ 12 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn": the street
 * line as given, then the commune and the province with their administrative
 * word in lower case, as in running text on Vietnamese forms. NFC; empty
 * parts are left out.
 */
const KIND_WORD = /^(thị trấn|thị xã|thành phố|thủ đô|đặc khu|tỉnh|phường|xã|quận|huyện)(\s)/iu;

function lowerKindWord(name: string): string {
  return name.replace(KIND_WORD, (_m, word: string, space: string) => word.toLowerCase() + space);
}

export function formatAddress(street: string, commune: string, province: string): string {
  const clean = (part: unknown): string => (typeof part === 'string' ? part.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/,+$/u, '').trim() : '');
  return [clean(street), lowerKindWord(clean(commune)), lowerKindWord(clean(province))]
    .filter((part) => part !== '')
    .join(', ');
}
