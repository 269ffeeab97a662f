/**
 * Reads a QR code from a picture that is already on the device. Where the
 * browser has the Shape Detection API's `BarcodeDetector` with the `qr_code`
 * format (WICG Shape Detection API), it is used; otherwise, or when it finds
 * nothing, the JavaScript decoder `jsqr` is loaded with a dynamic `import()`
 * at that moment only, so pages that never read a QR code never download it.
 * The picture is scaled so that one decoding pass handles at most about two
 * megapixels, and the page gets a turn between passes (each pass is one
 * short task). Byte-mode content is decoded as UTF-8 (ISO/IEC 18004 byte
 * mode; the chip ID card writes Vietnamese letters this way), strictly: bytes
 * that are not UTF-8 are reported, never shown as replacement characters.
 * Nothing is sent anywhere.
 */

export type QrSource = ImageBitmap | HTMLCanvasElement | OffscreenCanvas | HTMLVideoElement | HTMLImageElement;

export type QrReadFailure = 'notFound' | 'notText';

export type QrReadResult =
  | { readonly ok: true; readonly text: string; readonly via: 'native' | 'js' }
  | { readonly ok: false; readonly reason: QrReadFailure };

export interface ReadQrOptions {
  /** Use `BarcodeDetector` when the browser has it (default true). */
  readonly native?: boolean;
}

interface DetectedBarcode {
  readonly rawValue: string;
}

interface BarcodeDetectorLike {
  detect(source: QrSource): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorConstructor {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The longer sides (pixels) tried, largest first, by the JavaScript decoder. */
export const JS_DECODE_SIDES: readonly number[] = [1600, 1000, 2400];

function sizeOf(source: QrSource): { width: number; height: number } {
  if ('videoWidth' in source) return { width: source.videoWidth, height: source.videoHeight };
  if ('naturalWidth' in source) return { width: source.naturalWidth, height: source.naturalHeight };
  return { width: source.width, height: source.height };
}

let nativeDetector: Promise<BarcodeDetectorLike | null> | undefined;

/** The browser's QR detector, or null when it has none. */
export function qrNativeDetector(): Promise<BarcodeDetectorLike | null> {
  nativeDetector ??= (async () => {
    const ctor = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
    if (!ctor) return null;
    try {
      const formats = await ctor.getSupportedFormats();
      return formats.includes('qr_code') ? new ctor({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return nativeDetector;
}

function pixelsAt(source: QrSource, width: number, height: number, side: number): ImageData | null {
  const scale = Math.min(1, side / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(w, h) : Object.assign(document.createElement('canvas'), { width: w, height: h });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as
    | OffscreenCanvasRenderingContext2D
    | CanvasRenderingContext2D
    | null;
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(source, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Text of the decoded bytes as strict UTF-8, or null. */
export function utf8OrNull(bytes: ArrayLike<number>): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

async function readWithJs(source: QrSource): Promise<QrReadResult> {
  const { default: jsQR } = await import('jsqr');
  const { width, height } = sizeOf(source);
  const longest = Math.max(width, height);
  const tried = new Set<number>();
  for (const side of JS_DECODE_SIDES) {
    const effective = Math.min(side, longest);
    if (tried.has(effective)) continue;
    tried.add(effective);
    const pixels = pixelsAt(source, width, height, effective);
    if (!pixels) break;
    const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' });
    if (found) {
      const text = utf8OrNull(found.binaryData);
      return text === null ? { ok: false, reason: 'notText' } : { ok: true, text, via: 'js' };
    }
    await nextTurn();
  }
  return { ok: false, reason: 'notFound' };
}

/** Reads the first QR code found in `source`. */
export async function readQr(source: QrSource, options: ReadQrOptions = {}): Promise<QrReadResult> {
  if (options.native !== false) {
    const detector = await qrNativeDetector();
    if (detector) {
      try {
        const codes = await detector.detect(source);
        const first = codes.find((c) => c.rawValue !== '');
        if (first) return { ok: true, text: first.rawValue, via: 'native' };
      } catch {
        // Fall through to the JavaScript decoder.
      }
    }
  }
  return readWithJs(source);
}
