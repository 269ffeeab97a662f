/**
 * @hochieu/docgen: DOM-free documents for the passport declaration (TK01 and
 * TK01a of Thông tư 31/2023/TT-BCA). This entry exports the neutral document
 * model (the contract between the layout and the renderers), its check, the
 * PDF and DOCX renderers of that model and the typed error they throw.
 */
export * from './model/index.js';
export { DocgenError, isDocgenError, type DocgenIssue } from './errors.js';
export { renderPdf, PDF_PRODUCER, PDF_CREATOR, type PdfOptions } from './pdf/render.js';
export { renderDocx, type DocxOptions } from './docx/render.js';
export { tinosFontSet, type FontSet } from './fonts/font-set.js';
export { layout, docgenStrings, docgenText, type LayoutOptions, type DocgenStringId } from './layout/index.js';
export {
  buildDeclarationPdf,
  buildDeclarationDocx,
  buildBlankFormPdf,
  buildBlankFormDocx,
  declarationModel,
  describeIssues,
  type DeclarationDocumentOptions,
  type BlankFormOptions,
} from './declaration.js';
export * from './dossier/index.js';
export {
  decodeDeclarationQr,
  encodeDeclarationQr,
  qrFieldOrder,
  qrModules,
  QR_FIELDS,
  QR_PREFIX,
  QR_ENCODING_VERSION,
  QR_V1_FORM_VERSIONS,
  QR_MAX_BODY_BYTES,
  QR_MAX_TEXT_LENGTH,
  base45Encode,
  base45Decode,
  crc32,
} from './qr/index.js';
export { docgenMessages, issueText, isDocgenMessageId, type DocgenMessageId } from './messages.js';
