/**
 * PNG building blocks for the test file factories (ISO/IEC 15948, 5.3): a
 * chunk is its data length (4 bytes, big-endian), its type, its data and the
 * CRC-32 (ISO 3309, reflected polynomial 0xEDB88320) of type and data. Kept
 * independent of the code under test (which has its own CRC-32), DOM-free and
 * dependency-free, so Node and browser tests can both import it.
 */

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: readonly number[]): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A 32-bit unsigned number as four big-endian bytes. */
export function be32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** One chunk: length, type (four ASCII letters), data, CRC-32 of type and data. */
export function pngChunk(type: string, data: readonly number[]): number[] {
  const body = [...Array.from(type, (c) => c.charCodeAt(0)), ...data];
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}
