/**
 * The inline atoms of a form line, built from the model's parts: item number,
 * label and superscript footnote marker, then the value (in the model's value
 * style) or a dotted blank, checkboxes (each glued to its caption), and digit
 * boxes. Pure and shared: the PDF renderer draws these atoms, and the layout
 * measures them (with the same Tinos metrics) to decide how many lines fit
 * beside the photo frame and how wide an inline blank may be.
 */
import { mmToPt } from '../model/defaults.js';
import type { CheckboxesPart, DigitsPart, FieldPart, RowPart } from '../model/types.js';
import type { Atom, FontStyle, Measure, TextAtom } from './inline.js';

export interface AtomStyle {
  bodyPt: number;
  smallPt: number;
  /** Style of filled-in values (Typography.valueStyle). */
  valueStyle: FontStyle;
  measure: Measure;
}

type Head = { number?: string; label?: string; footnote?: string };

export function textAtom(text: string, style: FontStyle, size: number): TextAtom {
  return { t: 'text', text, style, size };
}

export function markerAtoms(footnote: string | undefined, s: AtomStyle): Atom[] {
  if (footnote === undefined) return [];
  return [{ t: 'text', text: `(${footnote})`, style: 'regular', size: s.smallPt * 0.85, rise: s.bodyPt * 0.33 }];
}

export function headAtoms(part: Head, s: AtomStyle): Atom[] {
  const atoms: Atom[] = [];
  if (part.number !== undefined) atoms.push(textAtom(`${part.number} `, 'regular', s.bodyPt));
  if (part.label !== undefined && part.label !== '') atoms.push(textAtom(part.label, 'regular', s.bodyPt));
  atoms.push(...markerAtoms(part.footnote, s));
  return atoms;
}

export function fieldAtoms(part: Omit<FieldPart, 'kind'>, s: AtomStyle): Atom[] {
  const atoms = headAtoms(part, s);
  if (part.value !== null && part.value !== '') {
    atoms.push(textAtom(' ', 'regular', s.bodyPt), textAtom(part.value, s.valueStyle, s.bodyPt));
    // A filled part keeps at least its blank's width, so the parts after it stay where the form has them.
    if (part.blankMm !== undefined) {
      const rest = mmToPt(part.blankMm) + 2 - s.measure(' ', 'regular', s.bodyPt) - s.measure(part.value, s.valueStyle, s.bodyPt);
      if (rest > 0) atoms.push({ t: 'gap', width: rest });
    }
  } else {
    atoms.push({ t: 'gap', width: 2 });
    atoms.push({ t: 'blank', width: part.blankMm !== undefined ? mmToPt(part.blankMm) : 'fill' });
  }
  return atoms;
}

export function checkboxSize(s: AtomStyle): number {
  return s.bodyPt * 0.8;
}

export function checkboxAtoms(part: Omit<CheckboxesPart, 'kind'>, s: AtomStyle): Atom[] {
  const atoms = headAtoms(part, s);
  part.options.forEach((option, i) => {
    atoms.push(textAtom(`${atoms.length > 0 ? ' ' : ''}${option.label} `, 'regular', s.bodyPt));
    atoms.push({ t: 'checkbox', checked: option.checked, size: checkboxSize(s), glue: true });
    if (i < part.options.length - 1) atoms.push({ t: 'gap', width: mmToPt(5) });
  });
  return atoms;
}

export function digitAtoms(part: Omit<DigitsPart, 'kind'>, s: AtomStyle): Atom[] {
  const atoms = headAtoms(part, s);
  if (atoms.length > 0) atoms.push({ t: 'gap', width: mmToPt(2) });
  const chars = Array.from(part.value ?? '');
  atoms.push({ t: 'boxes', chars, count: part.count, cellWidth: s.bodyPt * 1.15, cellHeight: s.bodyPt * 1.3, size: s.bodyPt, style: s.valueStyle });
  return atoms;
}

export function partAtoms(part: RowPart, s: AtomStyle): Atom[] {
  if (part.kind === 'field') return fieldAtoms(part, s);
  if (part.kind === 'checkboxes') return checkboxAtoms(part, s);
  return digitAtoms(part, s);
}

/** The parts of a row, separated by a space. */
export function rowAtoms(parts: readonly RowPart[], s: AtomStyle): Atom[] {
  const atoms: Atom[] = [];
  parts.forEach((part, i) => {
    if (i > 0) atoms.push(textAtom(' ', 'regular', s.bodyPt));
    atoms.push(...partAtoms(part, s));
  });
  return atoms;
}
