/**
 * The neutral document model: the contract between the layout (which decides
 * what the declaration form says, item by item, as in the TK01/TK01a forms of
 * Thông tư 31/2023/TT-BCA) and the renderers (PDF and DOCX), which only draw
 * it. Every length is in millimetres and every text is plain Unicode (NFC at
 * render time); nothing here knows about pdf-lib or docx types. Blocks flow
 * from top to bottom inside the page margins; a `photoBox` sits at the right
 * margin with the blocks it lists in `beside` set in the column on its left.
 * Page layout follows Nghị định 30/2020/NĐ-CP (A4, Times New Roman or a
 * metric-compatible font).
 */

/** Page margins in millimetres. */
export interface MarginsMm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSpec {
  size: 'A4';
  marginsMm: MarginsMm;
}

export interface DocumentMetadata {
  title: string;
  subject: string;
  language: 'vi-VN';
  author?: string;
  keywords?: string[];
}

/** Font sizes in points and the line height as a multiple of the font size. */
export interface Typography {
  bodyPt: number;
  smallPt: number;
  titlePt: number;
  lineHeight: number;
  /**
   * Style of the filled-in values (field values, characters in digit boxes,
   * table cells, the place and date), so typed data stands out from the
   * printed labels as handwriting does on the paper form. Default 'regular'.
   */
  valueStyle?: 'regular' | 'bold' | 'italic';
}

export interface DocumentModel {
  page: PageSpec;
  metadata: DocumentMetadata;
  /** Optional; see DEFAULT_TYPOGRAPHY. */
  typography?: Typography;
  blocks: Block[];
}

/** One line of styled text. */
export interface TextLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * Top of an administrative form: the form code lines at the top left
 * ("Mẫu TK01", "Ban hành kèm theo …"), the national title and motto centred
 * (Quốc hiệu, Tiêu ngữ), and a short rule under the motto.
 */
export interface HeaderBlock {
  kind: 'header';
  formCode: TextLine[];
  nationalTitle: string;
  motto: string;
}

/** Centred title ("TỜ KHAI") and optional subtitle. */
export interface TitleBlock {
  kind: 'title';
  title: string;
  subtitle?: string;
}

export type ImageMediaType = 'image/jpeg' | 'image/png';

export interface PhotoImage {
  bytes: Uint8Array;
  mediaType: ImageMediaType;
}

/**
 * The photo frame, 40 × 60 mm on the paper form ("Ảnh (1)"), at the right
 * margin from the current position. The blocks in `beside` are set in the
 * column to its left (e.g. the title and the first items); the next block
 * starts below whichever is lower. The image, when given, is placed at exactly
 * the frame's size.
 */
export interface PhotoBoxBlock {
  kind: 'photoBox';
  /** Blocks set to the left of the frame; no photoBox or pageBreak inside. */
  beside: Block[];
  widthMm: number;
  heightMm: number;
  label: string;
  /** Footnote marker printed after the label, e.g. '1' → "Ảnh (1)". */
  footnote?: string;
  image?: PhotoImage;
}

/**
 * A labelled value on a form line. When `value` is null a dotted leader
 * stands for the blank (to the right edge, or `blankMm` wide inside a row).
 */
export interface FieldPart {
  kind: 'field';
  /** Official item number as printed, e.g. '1.'; omitted for sub-parts. */
  number?: string;
  label: string;
  /** Footnote marker after the label, e.g. '2' → "(2)". */
  footnote?: string;
  value: string | null;
  /** 'upper' prints the value in capitals (names, per the form's note). */
  case?: 'upper';
  /** Width of the dotted blank when the value is empty; omitted = rest of the line. */
  blankMm?: number;
}

export interface CheckboxOption {
  label: string;
  checked: boolean;
}

/** Checkboxes drawn as squares, an X drawn with two strokes when checked. */
export interface CheckboxesPart {
  kind: 'checkboxes';
  number?: string;
  label?: string;
  footnote?: string;
  options: CheckboxOption[];
}

/** A row of square boxes, one character each (e.g. the 12-digit ID number). */
export interface DigitsPart {
  kind: 'digits';
  number?: string;
  label?: string;
  footnote?: string;
  count: number;
  /** Characters to print, at most `count`; null = empty boxes. */
  value: string | null;
}

export type RowPart = FieldPart | CheckboxesPart | DigitsPart;

/** One numbered item on its own line(s). */
export interface ItemBlock extends Omit<FieldPart, 'kind'> {
  kind: 'item';
}

/** Several parts on one line ("Sinh ngày … tháng … năm … Nơi sinh …"). */
export interface RowBlock {
  kind: 'row';
  parts: RowPart[];
}

/** A checkbox group: inline after its label, or one option per line. */
export interface CheckboxGroupBlock extends Omit<CheckboxesPart, 'kind'> {
  kind: 'checkboxGroup';
  layout?: 'inline' | 'stacked';
}

export interface DigitBoxesBlock extends Omit<DigitsPart, 'kind'> {
  kind: 'digitBoxes';
}

export interface TableColumn {
  header: string;
  /** Relative width (any positive numbers; they are scaled to the line width). */
  width: number;
}

/** A ruled table with a header row (e.g. family members). */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Each row has one cell per column; null = an empty cell to fill by hand. */
  rows: (string | null)[][];
  /** Body cells drawn on a light grey ground (e.g. the days off of a calendar); same shape as `rows`, missing = unshaded. */
  shaded?: boolean[][];
  /** Alignment of the body cells; default 'left'. */
  cellAlign?: 'left' | 'center';
}

/** A section heading, e.g. "A. Thông tin người đại diện hợp pháp:". */
export interface SectionHeadingBlock {
  kind: 'sectionHeading';
  text: string;
}

/** Running text, e.g. the commitment sentence. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  align?: 'left' | 'center' | 'justify';
  bold?: boolean;
  italic?: boolean;
  /** First-line indent in millimetres. */
  indentMm?: number;
}

/**
 * "<place>, ngày <d> tháng <m> năm <y>" in the signature column (right half).
 * The words come from the layout in `labels`; a null part is a dotted blank.
 */
export interface PlaceDateBlock {
  kind: 'placeDate';
  place: string | null;
  day: string | null;
  month: string | null;
  year: string | null;
  labels: { day: string; month: string; year: string };
}

/** Signature block in the right half: title, note, room to sign, name. */
export interface SignatureBlock {
  kind: 'signature';
  title: string;
  note?: string;
  name: string | null;
  /** Vertical room left for the handwritten signature (default 22 mm). */
  spaceMm?: number;
}

export interface Footnote {
  marker: string;
  text: string;
}

/** Numbered notes at the bottom ("Ghi chú: (1) …"). */
export interface FootnotesBlock {
  kind: 'footnotes';
  heading?: string;
  notes: Footnote[];
}

/**
 * A QR symbol at the left margin from the current position (the official
 * forms leave that room free beside the signature), with an optional caption
 * under it. The blocks in `beside` (place and date, signature) are set as
 * usual in their right-hand column; the next block starts below whichever is
 * lower. Modules are drawn as filled squares (PDF) or a picture (DOCX), with
 * the 4-module quiet zone inside `sizeMm`.
 */
export interface QrCodeBlock {
  kind: 'qrCode';
  /** Rows of modules, true = dark, without the quiet zone. */
  modules: boolean[][];
  /** Side of the printed symbol including its quiet zone, in millimetres. */
  sizeMm: number;
  caption?: string;
  /** Only `placeDate` and `signature` blocks, which leave the left part of the line free. */
  beside: Block[];
}

/** Forces the next block onto a new page. */
export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  | HeaderBlock
  | TitleBlock
  | PhotoBoxBlock
  | ItemBlock
  | RowBlock
  | CheckboxGroupBlock
  | DigitBoxesBlock
  | TableBlock
  | SectionHeadingBlock
  | ParagraphBlock
  | PlaceDateBlock
  | SignatureBlock
  | FootnotesBlock
  | QrCodeBlock
  | PageBreakBlock;

export type BlockKind = Block['kind'];
