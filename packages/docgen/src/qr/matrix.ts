/**
 * The QR symbol (ISO/IEC 18004) of a text, as a square matrix of modules
 * (true = dark) without the quiet zone, made by `uqr` (DOM-free, Node and
 * browser). Error correction level M (about 15 % of the symbol may be
 * damaged or smudged on a printed, handled paper and still scan).
 */
import { encode } from 'uqr';

export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data.map((row) => [...row]);
}
