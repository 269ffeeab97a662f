/**
 * Text widths from the advance widths of Tinos, which has the same metrics as
 * Times New Roman. The DOCX renderer uses them to place tab stops (dotted
 * leaders of blanks inside a row) where Word, laying the text out in Times New
 * Roman, will find them; it also tells which characters the embedded font can
 * print at all, so both renderers refuse the same texts.
 */
import { TINOS_BOLD_WIDTHS, TINOS_REGULAR_WIDTHS, TINOS_UNITS_PER_EM, type WidthRuns } from '../fonts/generated/tinos-metrics.js';

function expand(runs: WidthRuns): Map<number, number> {
  const map = new Map<number, number>();
  for (const run of runs) {
    const first = run[0] ?? 0;
    for (let i = 1; i < run.length; i++) map.set(first + i - 1, run[i] ?? 0);
  }
  return map;
}

let regular: Map<number, number> | null = null;
let bold: Map<number, number> | null = null;

function table(isBold: boolean): Map<number, number> {
  if (isBold) return (bold ??= expand(TINOS_BOLD_WIDTHS));
  return (regular ??= expand(TINOS_REGULAR_WIDTHS));
}

/** Width in points of `text` at `sizePt` (italic is measured as regular; Tinos italic is close). */
export function textWidthPt(text: string, sizePt: number, isBold = false): number {
  const widths = table(isBold);
  let units = 0;
  for (const ch of text) units += widths.get(ch.codePointAt(0) ?? 0) ?? TINOS_UNITS_PER_EM / 2;
  return (units / TINOS_UNITS_PER_EM) * sizePt;
}

/** Characters of `text` that the bundled font cannot print (distinct, in order). */
export function unsupportedCharacters(text: string): string[] {
  const widths = table(false);
  const found: string[] = [];
  for (const ch of text) {
    if (ch === '\n') continue;
    if (!widths.has(ch.codePointAt(0) ?? 0) && !found.includes(ch)) found.push(ch);
  }
  return found;
}
