/**
 * Page and type constants of the document model. A4 is 210 × 297 mm (ISO 216);
 * the default margins are those of Nghị định 30/2020/NĐ-CP, Phụ lục I for
 * administrative documents (top and bottom 20-25 mm, left 30-35 mm, right
 * 15-20 mm), taken at their smallest so a form fits on one sheet.
 */
import type { MarginsMm, Typography } from './types.js';

export const A4_MM = { width: 210, height: 297 } as const;

/** Points per millimetre (1 pt = 1/72 in, 1 in = 25.4 mm). */
export const PT_PER_MM = 72 / 25.4;

export const ADMINISTRATIVE_MARGINS_MM: Readonly<MarginsMm> = { top: 20, right: 15, bottom: 20, left: 30 };

export const DEFAULT_TYPOGRAPHY: Readonly<Typography> = { bodyPt: 12, smallPt: 10, titlePt: 14, lineHeight: 1.3, valueStyle: 'regular' };

/** The photo frame of the passport declaration: 4 × 6 cm. */
export const PHOTO_MM = { width: 40, height: 60 } as const;


export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

/** Widths of the dotted blanks of an empty place-and-date line, in millimetres. */
export const PLACE_DATE_BLANKS_MM = { place: 28, day: 8, month: 8, year: 12 } as const;
