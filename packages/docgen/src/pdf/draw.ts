/**
 * Drawing primitives of the PDF renderer on a pdf-lib page, in points with
 * y measured down from the top of the page: a line of placed atoms (text,
 * dotted leaders, checkboxes drawn as squares with two strokes for the X,
 * digit boxes as adjoining squares), rules, rectangles and a photo placed
 * exactly in its frame (scaled to cover it and clipped, never distorted).
 * Nothing is drawn as a font glyph except text, so the form prints the same
 * with any viewer font setup (ISO 32000-1, 8.5 path construction, 9.x text).
 */
import {
  FillRule,
  LineCapStyle,
  TextRenderingMode,
  clip,
  endPath,
  fill,
  setFillingColor,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { FontStyle, Line } from './inline.js';

export const INK = rgb(0, 0, 0);

/** Tinos/Times vertical metrics as fractions of the font size. */
export const ASCENT = 0.891;
export const DESCENT = 0.216;

export type Fonts = Record<FontStyle, PDFFont>;

/** A glyph outline as an SVG path (y down, font units) and its advance width. */
export interface Outline {
  path: string;
  advance: number;
  unitsPerEm: number;
}

export interface DrawContext {
  page: PDFPage;
  pageHeight: number;
  fonts: Fonts;
  /** Outline of a character in one of the fonts, for characters drawn in boxes. */
  outline: (ch: string, style: FontStyle) => Outline | null;
}

function yUp(ctx: DrawContext, top: number): number {
  return ctx.pageHeight - top;
}

export function drawDots(ctx: DrawContext, x: number, baselineTop: number, width: number): void {
  if (width < 3) return;
  const y = yUp(ctx, baselineTop) + 0.6;
  ctx.page.drawLine({
    start: { x: x + 1, y },
    end: { x: x + width - 1, y },
    thickness: 0.7,
    color: INK,
    dashArray: [0.01, 2.4],
    lineCap: LineCapStyle.Round,
  });
}

export function drawBox(ctx: DrawContext, x: number, top: number, width: number, height: number, thickness = 0.6): void {
  ctx.page.drawRectangle({ x, y: yUp(ctx, top + height), width, height, borderColor: INK, borderWidth: thickness });
}

/** A light grey ground under a table cell (days off on a calendar); light enough to keep black text readable in print. */
export function drawShade(ctx: DrawContext, x: number, top: number, width: number, height: number): void {
  ctx.page.drawRectangle({ x, y: yUp(ctx, top + height), width, height, color: rgb(0.85, 0.85, 0.85) });
}

export function drawRule(ctx: DrawContext, x1: number, x2: number, top: number, thickness = 0.6): void {
  ctx.page.drawLine({ start: { x: x1, y: yUp(ctx, top) }, end: { x: x2, y: yUp(ctx, top) }, thickness, color: INK });
}

export function drawCheckbox(ctx: DrawContext, x: number, top: number, size: number, checked: boolean): void {
  drawBox(ctx, x, top, size, size, 0.7);
  if (!checked) return;
  const inset = size * 0.2;
  const x1 = x + inset;
  const x2 = x + size - inset;
  const y1 = yUp(ctx, top + inset);
  const y2 = yUp(ctx, top + size - inset);
  ctx.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 1, color: INK, lineCap: LineCapStyle.Round });
  ctx.page.drawLine({ start: { x: x1, y: y2 }, end: { x: x2, y: y1 }, thickness: 1, color: INK, lineCap: LineCapStyle.Round });
}

export function drawText(ctx: DrawContext, text: string, x: number, baselineTop: number, style: FontStyle, size: number, invisible = false): void {
  if (text === '') return;
  ctx.page.drawText(text, { x, y: yUp(ctx, baselineTop), size, font: ctx.fonts[style], color: INK, ...(invisible ? { renderMode: TextRenderingMode.Invisible } : {}) });
}

/**
 * Characters in boxes: each drawn as its glyph outline centred in its box,
 * and the whole value once as invisible text (render mode 3, ISO 32000-1,
 * 9.3.6) over the boxes, so readers, search and copy get "020190001234"
 * rather than one word per box.
 */
function drawBoxedCharacters(ctx: DrawContext, chars: string[], x: number, cellWidth: number, baseline: number, size: number, style: FontStyle): void {
  chars.forEach((ch, i) => {
    const outline = ctx.outline(ch, style);
    if (!outline) return;
    const scale = size / outline.unitsPerEm;
    const left = x + cellWidth * i + (cellWidth - outline.advance * scale) / 2;
    ctx.page.drawSvgPath(outline.path, { x: left, y: yUp(ctx, baseline), scale, color: INK, fillRule: FillRule.NonZero });
  });
  drawText(ctx, chars.join(''), x + (cellWidth - size * 0.5) / 2, baseline, 'regular', size, true);
}

/**
 * Draws one broken line at `left`, its top at `top`, `height` high. Adjacent
 * text pieces of one style are drawn as one string (so readers extract the
 * words with their spaces); `justifyExtra` spreads extra room over the spaces.
 */
export function drawLine(ctx: DrawContext, line: Line, left: number, top: number, height: number, bodySize: number, justifyExtra = 0): void {
  const textHeight = bodySize * (ASCENT + DESCENT);
  const baseline = top + (height - textHeight) / 2 + bodySize * ASCENT;
  const gaps = justifyExtra > 0 ? line.items.filter((p, i) => i < line.items.length - 1 && p.atom.t === 'text' && /\s$/u.test(p.atom.text)).length : 0;
  const perGap = gaps > 0 ? justifyExtra / gaps : 0;
  let shift = 0;
  let pending: { text: string; x: number; style: FontStyle; size: number; rise: number } | null = null;
  const flushText = (): void => {
    if (pending) drawText(ctx, pending.text.trimEnd(), pending.x, baseline - pending.rise, pending.style, pending.size);
    pending = null;
  };
  line.items.forEach((placed, index) => {
    const atom = placed.atom;
    const x = left + placed.x + shift;
    if (atom.t === 'text') {
      const rise = atom.rise ?? 0;
      if (pending && perGap === 0 && pending.style === atom.style && pending.size === atom.size && pending.rise === rise) {
        pending.text += atom.text;
      } else {
        flushText();
        pending = { text: atom.text, x, style: atom.style, size: atom.size, rise };
      }
      if (perGap > 0 && index < line.items.length - 1 && /\s$/u.test(atom.text)) {
        flushText();
        shift += perGap;
      }
      return;
    }
    flushText();
    if (atom.t === 'blank') drawDots(ctx, x, baseline, placed.width);
    else if (atom.t === 'checkbox') drawCheckbox(ctx, x + 0.5, baseline - atom.size + 0.8, atom.size - 1, atom.checked);
    else if (atom.t === 'boxes') {
      const boxTop = baseline - bodySize * 0.34 - atom.cellHeight / 2;
      drawBox(ctx, x, boxTop, atom.cellWidth * atom.count, atom.cellHeight, 0.7);
      for (let i = 1; i < atom.count; i++) {
        const cx = x + atom.cellWidth * i;
        ctx.page.drawLine({ start: { x: cx, y: yUp(ctx, boxTop) }, end: { x: cx, y: yUp(ctx, boxTop + atom.cellHeight) }, thickness: 0.7, color: INK });
      }
      drawBoxedCharacters(ctx, atom.chars, x, atom.cellWidth, baseline, atom.size, atom.style);
    }
  });
  flushText();
}

/** Places an image exactly over the frame: scaled to cover it, centred, clipped to it. */
export function drawPhoto(ctx: DrawContext, image: PDFImage, x: number, top: number, width: number, height: number): void {
  const scale = Math.max(width / image.width, height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const y = yUp(ctx, top + height);
  ctx.page.pushOperators(pushGraphicsState(), rectangle(x, y, width, height), clip(), endPath());
  ctx.page.drawImage(image, { x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h });
  ctx.page.pushOperators(popGraphicsState());
}

/**
 * A QR symbol at (x, top), `size` points square including the 4-module
 * quiet zone: each horizontal run of dark modules is one filled rectangle,
 * all filled at once (ISO 32000-1, 8.5.2 `re`, 8.5.3.3 `f`).
 */
export function drawQr(ctx: DrawContext, modules: readonly (readonly boolean[])[], x: number, top: number, size: number): void {
  const n = modules.length;
  const unit = size / (n + 8);
  const ops = [pushGraphicsState(), setFillingColor(INK)];
  modules.forEach((row, r) => {
    let c = 0;
    while (c < n) {
      if (!row[c]) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c += 1;
      ops.push(rectangle(x + (4 + start) * unit, yUp(ctx, top + (4 + r + 1) * unit), (c - start) * unit, unit));
    }
  });
  ops.push(fill(), popGraphicsState());
  ctx.page.pushOperators(...ops);
}
