/**
 * Measures form blocks before they are drawn, with the same atoms and line
 * breaker as the PDF renderer and the Tinos advance widths (metric-compatible
 * with Times New Roman, so Word lays the DOCX out alike). The layout uses it
 * for two presentation choices that keep the official one-sheet shape: how
 * many lines run beside the 4 × 6 cm photo frame (as on the paper form, the
 * first items sit to its left), and how narrow an inline blank may become so
 * that the label after it stays on the same line. Estimates only; nothing is
 * drawn here.
 */
import { mmToPt } from '../model/defaults.js';
import type { Block, RowBlock, Typography } from '../model/types.js';
import { checkboxAtoms, checkboxSize, digitAtoms, fieldAtoms, headAtoms, rowAtoms, textAtom, type AtomStyle } from '../pdf/atoms.js';
import { balancedLines, breakLines, type Atom, type Measure } from '../pdf/inline.js';
import { textWidthPt } from '../text/metrics.js';

const measure: Measure = (text, style, size) => textWidthPt(text, size, style === 'bold');

function atomStyle(typo: Typography): AtomStyle {
  return { bodyPt: typo.bodyPt, smallPt: typo.smallPt, valueStyle: typo.valueStyle ?? 'regular', measure };
}

/** Height in points of atoms broken to `widthPt`, as the PDF flow sets them. */
function flowHeight(atoms: Atom[], widthPt: number, typo: Typography, size = typo.bodyPt, indent = 0, balance = false): number {
  const lines = balance ? balancedLines(atoms, widthPt, measure) : breakLines(atoms, widthPt, measure, indent);
  return lines.reduce((h, line) => h + Math.max(size * typo.lineHeight, line.minHeight + 3), 0);
}

/** Number of lines a row takes at `widthMm`. */
export function rowLineCount(block: RowBlock, widthMm: number, typo: Typography): number {
  return breakLines(rowAtoms(block.parts, atomStyle(typo)), mmToPt(widthMm), measure).length;
}

/** Estimated height in millimetres of a block set in a column `widthMm` wide (form blocks only). */
export function blockHeightMm(block: Block, widthMm: number, typo: Typography): number {
  const s = atomStyle(typo);
  const w = mmToPt(widthMm);
  let pt = 0;
  switch (block.kind) {
    case 'title':
      pt = flowHeight([textAtom(block.title, 'bold', typo.titlePt)], w, typo, typo.titlePt, 0, true);
      if (block.subtitle) pt += flowHeight([textAtom(block.subtitle, 'bold', typo.bodyPt)], w, typo, typo.bodyPt, 0, true);
      pt += mmToPt(2);
      break;
    case 'item':
      pt = flowHeight(fieldAtoms(block, s), w, typo);
      break;
    case 'row':
      pt = flowHeight(rowAtoms(block.parts, s), w, typo);
      break;
    case 'digitBoxes':
      pt = flowHeight(digitAtoms(block, s), w, typo);
      break;
    case 'checkboxGroup':
      if (block.layout === 'stacked') {
        const head = headAtoms(block, s);
        if (head.length > 0) pt += flowHeight(head, w, typo);
        for (const o of block.options) {
          pt += flowHeight([textAtom(`${o.label} `, 'regular', typo.bodyPt), { t: 'checkbox', checked: o.checked, size: checkboxSize(s), glue: true }], w, typo, typo.bodyPt, mmToPt(5));
        }
      } else pt = flowHeight(checkboxAtoms(block, s), w, typo);
      break;
    case 'sectionHeading':
      pt = mmToPt(1) + flowHeight([textAtom(block.text, 'bold', typo.bodyPt)], w, typo);
      break;
    default:
      return Number.POSITIVE_INFINITY; // not a block that goes beside the photo
  }
  return pt / mmToPt(1);
}
