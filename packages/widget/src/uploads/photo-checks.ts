/**
 * Advisory checks of the portrait against the photo rules (TK01 note (1):
 * "cỡ 4cm x 6cm, mặt nhìn thẳng, … phông ảnh nền trắng"; the portal's
 * standard "Tỉ lệ ảnh: rộng x dài = 4 x 6 … Phông nền trắng", domain-facts
 * §10). A program cannot judge a face; it can notice what often goes wrong:
 * the original is not 4:6 (so part of it is cut off), too few pixels, a photo
 * far too dark or washed out, a background near the top and side edges that
 * is not light or not even, and a tiny or heavily compressed file. Every
 * threshold is an engineering choice [INF], not a rule from a source, so
 * each finding only informs and the citizen may use the photo anyway. Each
 * finding is a message id (`photo.check.<id>`) with parameters.
 */

export type PhotoCheckId =
  | 'aspect'
  | 'lowResolution'
  | 'tooDark'
  | 'tooBright'
  | 'backgroundNotLight'
  | 'backgroundNotUniform'
  | 'smallFile'
  | 'compressed';

export interface PhotoFinding {
  readonly id: PhotoCheckId;
  readonly params: Readonly<Record<string, number>>;
}

/** The thresholds, each an engineering choice a host may change. */
export interface PhotoCheckThresholds {
  /** Relative difference from 2:3 of the original above which the crop cuts a visible part. */
  readonly aspectTolerance: number;
  /** Smallest frame, in original pixels (width × height), for a sharp print at 4 × 6 cm (about 250 dpi). */
  readonly minWidth: number;
  readonly minHeight: number;
  /** Mean luma (0-255) of the whole photo below which it is too dark, above which it is washed out. */
  readonly darkLuma: number;
  readonly brightLuma: number;
  /** Mean luma of the edge band below which the background is not white. */
  readonly backgroundLuma: number;
  /** Mean colourfulness (max − min of R, G, B) of the edge band above which it is not white. */
  readonly backgroundChroma: number;
  /** Standard deviation of the edge band's luma above which it is not even. */
  readonly backgroundSpread: number;
  /** Original files smaller than this (bytes) are probably heavily compressed copies. */
  readonly minSourceBytes: number;
  /** JPEG quality of the output below which compression shows. */
  readonly minQuality: number;
}

export const DEFAULT_PHOTO_CHECKS: PhotoCheckThresholds = {
  aspectTolerance: 0.03,
  minWidth: 400,
  minHeight: 600,
  darkLuma: 60,
  brightLuma: 235,
  backgroundLuma: 185,
  backgroundChroma: 40,
  backgroundSpread: 30,
  minSourceBytes: 30 * 1024,
  minQuality: 0.68,
};

/** Pixels as `ImageData` has them (RGBA, row by row). */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export interface PhotoFacts {
  /** The original photo's size (after EXIF rotation). */
  readonly sourceWidth: number;
  readonly sourceHeight: number;
  /** The frame, in original pixels. */
  readonly cropWidth: number;
  readonly cropHeight: number;
  /** Size of the original file. */
  readonly sourceBytes: number;
  /** JPEG quality the output needed to fit. */
  readonly quality: number;
}

function luma(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

interface BandStats {
  mean: number;
  spread: number;
  chroma: number;
}

/**
 * Statistics of the background band: the top tenth of the picture, and the
 * outer eighth on each side over the upper half (beside the head, above the
 * shoulders). Every second pixel is enough.
 */
export function backgroundStats(px: Pixels): BandStats {
  const top = Math.max(1, Math.round(px.height * 0.1));
  const side = Math.max(1, Math.round(px.width * 0.125));
  const upper = Math.round(px.height * 0.5);
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let chroma = 0;
  const add = (x: number, y: number): void => {
    const i = (y * px.width + x) * 4;
    const r = px.data[i]!;
    const g = px.data[i + 1]!;
    const b = px.data[i + 2]!;
    const l = luma(r, g, b);
    n += 1;
    sum += l;
    sumSq += l * l;
    chroma += Math.max(r, g, b) - Math.min(r, g, b);
  };
  for (let y = 0; y < top; y += 2) for (let x = 0; x < px.width; x += 2) add(x, y);
  for (let y = top; y < upper; y += 2) {
    for (let x = 0; x < side; x += 2) add(x, y);
    for (let x = px.width - side; x < px.width; x += 2) add(x, y);
  }
  const mean = n ? sum / n : 0;
  return { mean, spread: n ? Math.sqrt(Math.max(0, sumSq / n - mean * mean)) : 0, chroma: n ? chroma / n : 0 };
}

/** Mean luma of the whole picture (every fourth pixel). */
export function meanLuma(px: Pixels): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < px.data.length; i += 16) {
    sum += luma(px.data[i]!, px.data[i + 1]!, px.data[i + 2]!);
    n += 1;
  }
  return n ? sum / n : 0;
}

/** The advisory findings for a cropped portrait (empty when nothing looks wrong). */
export function checkPhoto(
  px: Pixels,
  facts: PhotoFacts,
  thresholds: PhotoCheckThresholds = DEFAULT_PHOTO_CHECKS,
): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  const aspect = facts.sourceWidth / facts.sourceHeight;
  if (Math.abs(aspect / (2 / 3) - 1) > thresholds.aspectTolerance) {
    findings.push({ id: 'aspect', params: { width: facts.sourceWidth, height: facts.sourceHeight } });
  }
  if (facts.cropWidth < thresholds.minWidth || facts.cropHeight < thresholds.minHeight) {
    findings.push({
      id: 'lowResolution',
      params: {
        width: Math.round(facts.cropWidth),
        height: Math.round(facts.cropHeight),
        minWidth: thresholds.minWidth,
        minHeight: thresholds.minHeight,
      },
    });
  }
  const mean = meanLuma(px);
  if (mean < thresholds.darkLuma) findings.push({ id: 'tooDark', params: {} });
  else if (mean > thresholds.brightLuma) findings.push({ id: 'tooBright', params: {} });
  const band = backgroundStats(px);
  if (band.mean < thresholds.backgroundLuma || band.chroma > thresholds.backgroundChroma) {
    findings.push({ id: 'backgroundNotLight', params: {} });
  }
  if (band.spread > thresholds.backgroundSpread) findings.push({ id: 'backgroundNotUniform', params: {} });
  if (facts.sourceBytes < thresholds.minSourceBytes) findings.push({ id: 'smallFile', params: { bytes: facts.sourceBytes } });
  if (facts.quality < thresholds.minQuality) findings.push({ id: 'compressed', params: {} });
  return findings;
}
