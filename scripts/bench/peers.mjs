// The peers of issue 9, on the same work as docgen, in Node and in the
// browser alike (plain functions; the libraries are passed in):
// - pdfmake draws the declaration from docgen's own layout (the neutral
//   document model of `declarationModel`: the same text, items, table, photo
//   and signature columns, A4 with the same margins and type sizes), with the
//   same Tinos TrueType files docgen embeds. Checkboxes are written "[x]" /
//   "[ ]" and the dotted blanks as dots, since pdfmake has no such drawing
//   primitives; the layout work is done before the clock starts, so pdfmake
//   is timed on rendering only (docgen is timed on validation, layout and
//   rendering).
// - docxtemplater fills a template made from our own DOCX output: every text
//   run of word/document.xml becomes a `{tN}` placeholder whose value is its
//   text, so the rendered file has the same text, layout and photo (the
//   picture stays in the template; docgen embeds it on every run).
const MM = 72 / 25.4;
const mm = (n) => n * MM;

function fieldRuns(part, valueStyle) {
  const runs = [];
  const lead = [part.number, part.label].filter(Boolean).join(' ');
  if (lead) runs.push({ text: lead });
  if (part.footnote) runs.push({ text: `(${part.footnote})`, sup: true });
  if (lead) runs.push({ text: part.label && /[:?]$/u.test(part.label) ? ' ' : ': ' });
  const value = part.value === null || part.value === undefined ? '…………………' : part.case === 'upper' ? part.value.toUpperCase() : part.value;
  runs.push({ text: value, bold: valueStyle === 'bold', italics: valueStyle === 'italic' });
  return runs;
}

function checkboxRuns(part) {
  const runs = [];
  const lead = [part.number, part.label].filter(Boolean).join(' ');
  if (lead) runs.push({ text: `${lead}${part.footnote ? `(${part.footnote})` : ''} ` });
  for (const o of part.options) runs.push({ text: `${o.checked ? '[x]' : '[ ]'} ${o.label}   ` });
  return runs;
}

function digitTable(part, valueStyle) {
  const chars = Array.from({ length: part.count }, (_, i) => (part.value ?? '')[i] ?? ' ');
  const lead = [part.number, part.label].filter(Boolean).join(' ');
  return {
    columns: [
      { text: `${lead}${part.footnote ? `(${part.footnote})` : ''}: `, width: 'auto' },
      { table: { widths: chars.map(() => mm(4)), body: [chars.map((c) => ({ text: c, alignment: 'center', bold: valueStyle === 'bold' }))] }, width: 'auto' },
    ],
    columnGap: 4,
  };
}

function rightColumn(stack) {
  return { columns: [{ text: '', width: '45%' }, { stack, width: '*', alignment: 'center' }] };
}

/** pdfmake content for one block of docgen's model. */
function blockContent(block, t, photoDataUrl) {
  const valueStyle = t.valueStyle ?? 'regular';
  switch (block.kind) {
    case 'header':
      return {
        columns: [
          { stack: block.formCode.map((l) => ({ text: l.text, bold: l.bold, italics: l.italic, fontSize: t.smallPt })), width: '38%' },
          { stack: [{ text: block.nationalTitle, bold: true }, { text: block.motto, bold: true }, { canvas: [{ type: 'line', x1: 60, y1: 2, x2: 180, y2: 2, lineWidth: 0.5 }] }], width: '*', alignment: 'center' },
        ],
        margin: [0, 0, 0, 8],
      };
    case 'title':
      return { stack: [{ text: block.title, bold: true, fontSize: t.titlePt }, ...(block.subtitle ? [{ text: block.subtitle, italics: true }] : [])], alignment: 'center', margin: [0, 4, 0, 6] };
    case 'photoBox':
      return {
        columns: [
          { stack: block.beside.map((b) => blockContent(b, t, photoDataUrl)), width: '*' },
          {
            width: mm(block.widthMm),
            stack: [
              photoDataUrl && block.image
                ? { image: photoDataUrl, width: mm(block.widthMm), height: mm(block.heightMm) }
                : { canvas: [{ type: 'rect', x: 0, y: 0, w: mm(block.widthMm), h: mm(block.heightMm), lineWidth: 0.5 }] },
              { text: `${block.label}${block.footnote ? ` (${block.footnote})` : ''}`, alignment: 'center', fontSize: t.smallPt },
            ],
          },
        ],
        columnGap: 8,
      };
    case 'item':
      return { text: fieldRuns(block, valueStyle) };
    case 'row':
      return {
        text: block.parts.flatMap((p, i) => [
          ...(i > 0 ? [{ text: '  ' }] : []),
          ...(p.kind === 'field' ? fieldRuns(p, valueStyle) : p.kind === 'checkboxes' ? checkboxRuns(p) : [{ text: `${p.label ?? ''} ${p.value ?? ''}` }]),
        ]),
      };
    case 'checkboxGroup':
      return block.layout === 'stacked'
        ? { stack: [{ text: [block.number, block.label].filter(Boolean).join(' ') }, ...block.options.map((o) => ({ text: `${o.checked ? '[x]' : '[ ]'} ${o.label}` }))] }
        : { text: checkboxRuns(block) };
    case 'digitBoxes':
      return digitTable(block, valueStyle);
    case 'table':
      return {
        table: {
          headerRows: 1,
          widths: block.columns.map((c) => `${(100 * c.width) / block.columns.reduce((s, x) => s + x.width, 0)}%`),
          body: [block.columns.map((c) => ({ text: c.header, bold: true, alignment: 'center' })), ...block.rows.map((r) => r.map((c) => ({ text: c ?? '' })))],
        },
        margin: [0, 2, 0, 4],
      };
    case 'sectionHeading':
      return { text: block.text, bold: true, margin: [0, 4, 0, 2] };
    case 'paragraph':
      return { text: block.text, alignment: block.align ?? 'justify', bold: block.bold, italics: block.italic, leadingIndent: block.indentMm ? mm(block.indentMm) : 0 };
    case 'placeDate': {
      const blank = (v) => v ?? '……';
      return rightColumn([{ text: `${block.place ?? '…………'}, ${block.labels.day} ${blank(block.day)} ${block.labels.month} ${blank(block.month)} ${block.labels.year} ${blank(block.year)}`, italics: true }]);
    }
    case 'signature':
      return rightColumn([
        { text: block.title, bold: true },
        ...(block.note ? [{ text: block.note, italics: true }] : []),
        { text: ' ', margin: [0, mm(block.spaceMm ?? 22) / 2, 0, mm(block.spaceMm ?? 22) / 2] },
        { text: block.name ?? '', bold: true },
      ]);
    case 'footnotes':
      return { stack: [...(block.heading ? [{ text: block.heading, bold: true, italics: true }] : []), ...block.notes.map((n) => ({ text: `(${n.marker}) ${n.text}` }))], fontSize: t.smallPt, margin: [0, 6, 0, 0] };
    case 'qrCode':
      return { stack: block.beside.map((b) => blockContent(b, t, photoDataUrl)) };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
    default:
      return { text: '' };
  }
}

/** A pdfmake document definition of docgen's model (font family `Tinos`). */
export function pdfmakeDefinition(model, typography, photoDataUrl) {
  const t = { ...typography, ...model.typography };
  const m = model.page.marginsMm;
  return {
    pageSize: 'A4',
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    info: { title: model.metadata.title, subject: model.metadata.subject },
    defaultStyle: { font: 'Tinos', fontSize: t.bodyPt, lineHeight: t.lineHeight * 0.87 },
    content: model.blocks.map((b) => blockContent(b, t, photoDataUrl)),
  };
}

/** pdfmake's font table for the Tinos files registered under these names. */
export const PDFMAKE_FONTS = {
  Tinos: { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', bolditalics: 'Tinos-Bold.ttf' },
};

const XML_TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu;
const unescapeXml = (s) => s.replace(/&(lt|gt|quot|apos|amp);/gu, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]);

/** A docxtemplater template from a DOCX: each text run becomes `{tN}`; returns the template and the data that fills it back. */
export function docxTemplate(docxBytes, PizZip) {
  const zip = new PizZip(docxBytes);
  const xml = zip.file('word/document.xml').asText();
  const data = {};
  let n = 0;
  const templated = xml.replace(XML_TEXT, (_, text) => {
    const key = `t${n++}`;
    data[key] = unescapeXml(text);
    return `<w:t xml:space="preserve">{${key}}</w:t>`;
  });
  zip.file('word/document.xml', templated);
  return { template: zip.generate({ type: 'uint8array', compression: 'DEFLATE' }), data, runs: n };
}

/** docxtemplater's whole job for one document: open the template, fill it, write the DOCX. */
export function renderDocxTemplate(Docxtemplater, PizZip, template, data) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true });
  doc.render(data);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
