/**
 * Base45 (RFC 9285): bytes as text in the 45-character set of the QR
 * alphanumeric mode (0-9, A-Z, space, $ % * + - . / :), so a QR code holds
 * them at 5.5 bits per character instead of 8. Each pair of bytes becomes
 * three characters, a final odd byte two.
 */
export const BASE45_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    const e = (n - d) / 45;
    out += BASE45_CHARSET[c]! + BASE45_CHARSET[d]! + BASE45_CHARSET[e]!;
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] ?? 0;
    out += BASE45_CHARSET[n % 45]! + BASE45_CHARSET[Math.floor(n / 45)]!;
  }
  return out;
}

/** Decodes Base45; null when the text is not valid Base45 (RFC 9285, section 4.2). */
export function base45Decode(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const values: number[] = [];
  for (const ch of text) {
    const v = BASE45_CHARSET.indexOf(ch);
    if (v < 0) return null;
    values.push(v);
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 3) {
    const c = values[i] ?? 0;
    const d = values[i + 1] ?? 0;
    if (i + 2 < values.length) {
      const n = c + d * 45 + (values[i + 2] ?? 0) * 45 * 45;
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      const n = c + d * 45;
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}
