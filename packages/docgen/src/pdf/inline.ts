/**
 * Line breaking for the PDF renderer: a run of inline atoms (text in three
 * styles, dotted blanks, drawn checkboxes, digit boxes) is cut into lines no
 * wider than the column, by measured advance widths (pdf-lib places glyphs
 * by advance width only, so text is NFC before it gets here). Text breaks at
 * spaces, a word longer than the line breaks between characters, and a blank
 * without a fixed width fills the rest of its line, like the dotted leaders of
 * a paper form. Pure: measuring is passed in, nothing is drawn here.
 */

export type FontStyle = 'regular' | 'bold' | 'italic';

export interface TextAtom {
  t: 'text';
  text: string;
  style: FontStyle;
  size: number;
  /** Baseline shift in points (superscript footnote markers). */
  rise?: number;
}

export interface BlankAtom {
  t: 'blank';
  /** Width in points, or 'fill' for the rest of the line. */
  width: number | 'fill';
}

export interface CheckboxAtom {
  t: 'checkbox';
  checked: boolean;
  size: number;
  /** Never starts a line apart from the word before it (its caption). */
  glue?: boolean;
}

export interface BoxesAtom {
  t: 'boxes';
  chars: string[];
  count: number;
  cellWidth: number;
  cellHeight: number;
  size: number;
  /** Font style of the characters in the boxes. */
  style: FontStyle;
}

export interface GapAtom {
  t: 'gap';
  width: number;
}

export type Atom = TextAtom | BlankAtom | CheckboxAtom | BoxesAtom | GapAtom;

export interface PlacedAtom {
  atom: Atom;
  x: number;
  width: number;
}

export interface Line {
  items: PlacedAtom[];
  /** Width used, trailing spaces excluded. */
  width: number;
  /** Extra height needed above the normal line height (for tall boxes). */
  minHeight: number;
}

export type Measure = (text: string, style: FontStyle, size: number) => number;

/** Smallest dotted blank worth keeping at the end of a line before wrapping. */
const MIN_FILL_PT = 24;

interface Token {
  atom: Atom;
  width: number;
  /** Width without trailing white space. */
  trimmed: number;
}

function tokenize(atoms: Atom[], measure: Measure): Token[] {
  const tokens: Token[] = [];
  for (const atom of atoms) {
    if (atom.t === 'text') {
      for (const piece of atom.text.match(/\s+|\S+\s*/gu) ?? []) {
        const sub: TextAtom = { ...atom, text: piece };
        const width = measure(piece, atom.style, atom.size);
        const trimmed = measure(piece.trimEnd(), atom.style, atom.size);
        tokens.push({ atom: sub, width, trimmed });
      }
    } else if (atom.t === 'blank') {
      const w = atom.width === 'fill' ? 0 : atom.width;
      tokens.push({ atom, width: w, trimmed: w });
    } else if (atom.t === 'checkbox') {
      tokens.push({ atom, width: atom.size, trimmed: atom.size });
    } else if (atom.t === 'boxes') {
      const w = atom.cellWidth * atom.count;
      tokens.push({ atom, width: w, trimmed: w });
    } else {
      tokens.push({ atom, width: atom.width, trimmed: atom.width });
    }
  }
  return tokens;
}

function atomHeight(atom: Atom): number {
  if (atom.t === 'boxes') return atom.cellHeight;
  if (atom.t === 'checkbox') return atom.size;
  return 0;
}

/** Splits a word that is wider than a whole line into pieces that fit. */
function splitWord(token: Token, maxWidth: number, measure: Measure): Token[] {
  const atom = token.atom as TextAtom;
  const pieces: Token[] = [];
  let current = '';
  for (const ch of Array.from(atom.text)) {
    const next = current + ch;
    if (current !== '' && measure(next.trimEnd(), atom.style, atom.size) > maxWidth) {
      pieces.push({ atom: { ...atom, text: current }, width: measure(current, atom.style, atom.size), trimmed: measure(current.trimEnd(), atom.style, atom.size) });
      current = ch;
    } else {
      current = next;
    }
  }
  if (current !== '') pieces.push({ atom: { ...atom, text: current }, width: measure(current, atom.style, atom.size), trimmed: measure(current.trimEnd(), atom.style, atom.size) });
  return pieces;
}

/**
 * Breaks atoms into lines. `lineWidth(i)` is the width available to line i
 * and `indent` the first line's indent (both in points).
 */
export function breakLines(atoms: Atom[], lineWidth: number, measure: Measure, indent = 0): Line[] {
  const lines: Line[] = [];
  let items: PlacedAtom[] = [];
  let x = indent;
  let used = indent;
  let minHeight = 0;
  /** For each placed item: its token's index in the queue and `used` before it. */
  let placedFrom: { index: number; used: number }[] = [];
  const flush = (): void => {
    lines.push({ items, width: used, minHeight });
    items = [];
    placedFrom = [];
    x = 0;
    used = 0;
    minHeight = 0;
  };
  let current = 0;
  const place = (token: Token, width: number): void => {
    placedFrom.push({ index: current, used });
    items.push({ atom: token.atom, x, width });
    used = x + (token.atom.t === 'text' ? token.trimmed : width);
    x += width;
    minHeight = Math.max(minHeight, atomHeight(token.atom));
  };
  const queue = tokenize(atoms, measure);
  for (let i = 0; i < queue.length; i++) {
    current = i;
    const token = queue[i] as Token;
    const atom = token.atom;
    if (items.length === 0 && lines.length > 0 && (atom.t === 'gap' || (atom.t === 'text' && /^\s+$/u.test(atom.text)))) continue; // no leading space on a wrapped line
    if (atom.t === 'gap' && x + atom.width > lineWidth) continue; // a gap never wraps on its own
    if (atom.t === 'blank' && atom.width === 'fill') {
      if (lineWidth - x < MIN_FILL_PT && items.length > 0) flush();
      place(token, Math.max(0, lineWidth - x));
      continue;
    }
    if (x + token.trimmed <= lineWidth + 0.01 || items.length === 0) {
      if (atom.t === 'text' && token.trimmed > lineWidth - x + 0.01) {
        const pieces = splitWord(token, lineWidth - x, measure);
        const first = pieces.shift();
        if (first) place(first, first.width);
        queue.splice(i + 1, 0, ...pieces);
        if (pieces.length > 0) flush();
        continue;
      }
      place(token, token.width);
    } else {
      const previous = items[items.length - 1];
      const from = placedFrom[placedFrom.length - 1];
      if (atom.t === 'checkbox' && atom.glue && items.length > 1 && previous?.atom.t === 'text' && from) {
        // Carry the caption's last word to the new line with its box.
        items.pop();
        placedFrom.pop();
        used = from.used;
        minHeight = items.reduce((h, p) => Math.max(h, atomHeight(p.atom)), 0);
        flush();
        i = from.index - 1;
        continue;
      }
      flush();
      i -= 1; // retry this token on the new line
    }
  }
  if (items.length > 0 || lines.length === 0) flush();
  return lines;
}

/**
 * Breaks centred text (titles) into as few lines as at full width, but with
 * lines of even length: the narrowest width giving the same line count, so a
 * title never ends with one orphaned word.
 */
export function balancedLines(atoms: Atom[], lineWidth: number, measure: Measure): Line[] {
  const full = breakLines(atoms, lineWidth, measure);
  if (full.length < 2) return full;
  let low = 0;
  let high = lineWidth;
  for (let step = 0; step < 20 && high - low > 0.5; step++) {
    const mid = (low + high) / 2;
    if (breakLines(atoms, mid, measure).length <= full.length) high = mid;
    else low = mid;
  }
  return breakLines(atoms, high, measure);
}
