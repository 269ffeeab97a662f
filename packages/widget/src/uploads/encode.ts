/**
 * Draws the cropped portrait onto a canvas and encodes it as a JPEG no larger
 * than the policy allows (core's `photoUploadPolicy`: 2 MB by default,
 * domain-facts §10). The quality steps down until the file fits; if even the
 * lowest step is too big the picture is made smaller (still exactly 2:3).
 * Drawing to a canvas and encoding anew keeps only pixels: the original's
 * EXIF segment, GPS position, camera data and embedded thumbnail are not
 * carried over (HTML Living Standard, "serialising bitmaps to a file" writes
 * image data only); `hasExifSegment` verifies it. Uses `OffscreenCanvas`
 * where the browser has it, else a detached `<canvas>`.
 */
import type { CropRect } from './crop.js';

/** JPEG qualities tried in order. */
export const QUALITY_STEPS: readonly number[] = [0.92, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.5, 0.44, 0.38];

export interface EncodedPhoto {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly quality: number;
}

export interface EncodeOptions {
  readonly maxBytes: number;
  /** Output height (the width is two thirds of it, exactly); made smaller in steps of 10% if needed to fit `maxBytes`. */
  readonly height: number;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toJpeg(canvas: AnyCanvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/jpeg', quality);
  });
}

/** Draws the crop of `source` at `width` × `height` on a white ground (a transparent PNG gets white, not black). */
export function drawCrop(source: CanvasImageSource, rect: CropRect, width: number, height: number): AnyCanvas {
  const canvas = makeCanvas(width, height);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2D canvas context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, rect.x, rect.y, rect.width, rect.height, 0, 0, width, height);
  return canvas;
}

/** The pixels of a canvas (for the advisory checks). */
export function pixelsOf(canvas: AnyCanvas): ImageData {
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2D canvas context');
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Encodes a canvas as JPEG within `maxBytes`, stepping the quality down; null if no step fits. */
export async function encodeWithin(canvas: AnyCanvas, maxBytes: number): Promise<{ blob: Blob; quality: number } | null> {
  for (const quality of QUALITY_STEPS) {
    const blob = await toJpeg(canvas, quality);
    if (blob.size <= maxBytes) return { blob, quality };
  }
  return null;
}

/**
 * Crops, scales and encodes. Tries the asked size first, then 90%, 80%… of
 * it (keeping 2:3 exactly) down to a third; null if nothing fits.
 */
export async function cropToJpeg(
  source: CanvasImageSource,
  rect: CropRect,
  options: EncodeOptions,
): Promise<{ photo: EncodedPhoto; canvas: AnyCanvas } | null> {
  const k0 = Math.max(1, Math.floor(options.height / 3));
  for (let scale = 1; scale >= 0.33; scale -= 0.1) {
    const k = Math.max(1, Math.floor(k0 * scale));
    const width = 2 * k;
    const height = 3 * k;
    const canvas = drawCrop(source, rect, width, height);
    const encoded = await encodeWithin(canvas, options.maxBytes);
    if (encoded) return { photo: { ...encoded, width, height }, canvas };
  }
  return null;
}
