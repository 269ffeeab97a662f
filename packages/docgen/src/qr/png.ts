/**
 * A minimal PNG writer (ISO/IEC 15948) for a QR symbol: 1-bit greyscale,
 * each module `scale` pixels square, one IDAT chunk compressed with zlib
 * (fflate). The DOCX renderer embeds it as a picture; the PDF draws the
 * modules as rectangles instead. Deterministic: same modules, same bytes.
 */
import { zlibSync } from 'fflate';
import { crc32 } from './crc32.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG of the modules (true = dark), with `quiet` light modules around, `scale` pixels per module. */
export function modulesToPng(modules: readonly (readonly boolean[])[], scale: number, quiet: number): Uint8Array {
  const n = modules.length;
  const side = (n + 2 * quiet) * scale;
  const rowBytes = Math.ceil(side / 8);
  const raw = new Uint8Array((rowBytes + 1) * side);
  for (let y = 0; y < side; y++) {
    const my = Math.floor(y / scale) - quiet;
    const row = raw.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1));
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - quiet;
      const dark = my >= 0 && my < n && mx >= 0 && mx < n && modules[my]?.[mx] === true;
      // Greyscale 1 bit: 1 = white.
      if (!dark) row[x >> 3] = (row[x >> 3] ?? 0) | (0x80 >> (x & 7));
    }
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, side);
  hv.setUint32(4, side);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, filter 0, no interlace
  const parts = [Uint8Array.from(SIGNATURE), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
