/**
 * File sizes for people: "1,5 MB" in Vietnamese (decimal comma), "1.5 MB" in
 * English, with binary multiples (1 MB = 1024 × 1024 bytes) as file managers
 * and the portals' "< 2MB" notes mean them. Uses `Intl.NumberFormat`.
 */
export function formatBytes(bytes: number, locale: 'vi' | 'en'): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const number = (value: number, digits: number): string =>
    new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
