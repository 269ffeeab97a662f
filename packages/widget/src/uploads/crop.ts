/**
 * The geometry of the portrait crop: a frame of fixed 2:3 proportion (the
 * 4 cm × 6 cm photo of TK01 note (1) and the portal's "rộng x dài = 4 x 6",
 * domain-facts §10) moved and zoomed over the photo. At zoom 1 the frame is
 * the largest 2:3 rectangle inside the photo; zooming in shrinks it around its
 * centre. The frame always stays inside the photo, so the output never has
 * empty borders. Pure functions on plain numbers, shared by the drag, the
 * keyboard and the output.
 */

/** Where the frame is: its centre in photo pixels and the zoom (1 = largest frame). */
export interface CropState {
  readonly imageWidth: number;
  readonly imageHeight: number;
  readonly centerX: number;
  readonly centerY: number;
  readonly zoom: number;
}

/** The frame in photo pixels (width : height = 2 : 3). */
export interface CropRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Width : height of the photo (4 : 6). */
export const CROP_ASPECT = 2 / 3;

/** The frame never gets smaller than this many photo pixels high. */
export const MIN_CROP_HEIGHT = 60;

/** The largest zoom for a photo (at most 8, and never a frame under `MIN_CROP_HEIGHT`). */
export function maxZoom(imageWidth: number, imageHeight: number): number {
  const base = baseSize(imageWidth, imageHeight).height;
  return Math.max(1, Math.min(8, base / MIN_CROP_HEIGHT));
}

function baseSize(imageWidth: number, imageHeight: number): { width: number; height: number } {
  return imageWidth / imageHeight > CROP_ASPECT
    ? { width: imageHeight * CROP_ASPECT, height: imageHeight }
    : { width: imageWidth, height: imageWidth / CROP_ASPECT };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Puts the zoom and centre back inside their limits. */
export function clampCrop(state: CropState): CropState {
  const zoom = clamp(state.zoom, 1, maxZoom(state.imageWidth, state.imageHeight));
  const base = baseSize(state.imageWidth, state.imageHeight);
  const halfW = base.width / zoom / 2;
  const halfH = base.height / zoom / 2;
  return {
    ...state,
    zoom,
    centerX: clamp(state.centerX, halfW, state.imageWidth - halfW),
    centerY: clamp(state.centerY, halfH, state.imageHeight - halfH),
  };
}

/**
 * The starting frame: the largest 2:3 frame, centred across and, on a tall
 * photo, placed a little above the middle, where a head usually is.
 */
export function initialCrop(imageWidth: number, imageHeight: number): CropState {
  const base = baseSize(imageWidth, imageHeight);
  return clampCrop({
    imageWidth,
    imageHeight,
    zoom: 1,
    centerX: imageWidth / 2,
    centerY: Math.min(imageHeight / 2, base.height / 2 + (imageHeight - base.height) * 0.35),
  });
}

/** The frame of a state, in photo pixels. */
export function cropRect(state: CropState): CropRect {
  const base = baseSize(state.imageWidth, state.imageHeight);
  const width = base.width / state.zoom;
  const height = base.height / state.zoom;
  return { x: state.centerX - width / 2, y: state.centerY - height / 2, width, height };
}

/** Moves the frame by a fraction of its own size (keyboard: 0.05 a press, 0.25 with Shift). */
export function moveCropBy(state: CropState, dxFraction: number, dyFraction: number): CropState {
  const rect = cropRect(state);
  return clampCrop({
    ...state,
    centerX: state.centerX + dxFraction * rect.width,
    centerY: state.centerY + dyFraction * rect.height,
  });
}

/** Moves the frame by photo pixels (dragging). */
export function moveCropByPixels(state: CropState, dx: number, dy: number): CropState {
  return clampCrop({ ...state, centerX: state.centerX + dx, centerY: state.centerY + dy });
}

/** Sets the zoom, keeping the frame's centre. */
export function zoomCropTo(state: CropState, zoom: number): CropState {
  return clampCrop({ ...state, zoom });
}

/**
 * The output size for a frame: exactly 2k × 3k pixels, with 3k at most
 * `maxHeight` (rounded down to a multiple of 3) and never more than the
 * frame's own pixels (no upscaling).
 */
export function outputSize(rect: CropRect, maxHeight: number): { width: number; height: number } {
  const k = Math.max(1, Math.floor(Math.min(maxHeight, rect.height) / 3));
  return { width: 2 * k, height: 3 * k };
}

/** Where the frame is, in percent of the room it can move in (0 = left/top edge, 100 = right/bottom). */
export function cropPosition(state: CropState): { x: number; y: number; zoomPercent: number } {
  const rect = cropRect(state);
  const roomX = state.imageWidth - rect.width;
  const roomY = state.imageHeight - rect.height;
  return {
    x: roomX > 0.5 ? Math.round((rect.x / roomX) * 100) : 50,
    y: roomY > 0.5 ? Math.round((rect.y / roomY) * 100) : 50,
    zoomPercent: Math.round(state.zoom * 100),
  };
}
