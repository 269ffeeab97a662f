/**
 * The public document functions: a declaration in, a file out. Each checks
 * its input at the edge with core's `validateDeclaration` (errors only;
 * warnings do not block) and refuses invalid data with one DocgenError that
 * lists every `{ path, id, params }`, so nothing is ever produced from
 * invalid data. The form and its version follow the age and the submission
 * date (Thông tư 31/2023/TT-BCA; Thông tư 69/2026 only when the host enables
 * it). The same functions run in the browser and in Node.
 */
import {
  chooseForm,
  normalizeDeep,
  selectFormVersion,
  validateDeclaration,
  vietnamDateOf,
  type Declaration,
  type FormId,
  type FormVersion,
  type HostConfig,
} from '@hochieu/core';
import { DocgenError, type DocgenIssue } from './errors.js';
import { checkImageBytes } from './model/check.js';
import { layout } from './layout/index.js';
import { describeIssues } from './messages.js';
import type { DocumentModel, PhotoImage } from './model/types.js';
import { renderDocx } from './docx/render.js';
import { renderPdf } from './pdf/render.js';

export interface DeclarationDocumentOptions {
  /** Today (`YYYY-MM-DD`, Vietnam time) for validation; default: the clock's date in UTC+7. */
  date?: string;
  config?: HostConfig;
  /** The portrait photo, placed at 40 × 60 mm in the photo box. */
  photo?: PhotoImage;
  /** Document dates (metadata); default a fixed epoch so the output is reproducible. */
  clock?: () => Date;
  /** Print the declaration data as a machine-readable QR code (HCVN2, see decodeDeclarationQr). Default false. */
  qr?: boolean;
}

export interface BlankFormOptions {
  form: FormId;
  /** Chooses the form version (default today in Vietnam). */
  date?: string;
  config?: HostConfig;
  clock?: () => Date;
}

export { describeIssues };

function today(options: { date?: string; clock?: () => Date }): string {
  return options.date ?? vietnamDateOf(options.clock ? options.clock() : new Date());
}

/** Validates and lays out a declaration; throws DocgenError on any validation error. */
export function declarationModel(input: unknown, options: DeclarationDocumentOptions = {}): { model: DocumentModel; version: FormVersion; declaration: Declaration } {
  const issues = validateDeclaration(input, { date: today(options), ...(options.config ? { config: options.config } : {}) });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new DocgenError(
      errors.map((e) => ({ path: e.path, id: e.id, ...(e.params ? { params: e.params } : {}) })),
      `Invalid declaration: ${describeIssues(errors, 'en').slice(0, 5).join('; ')}`,
    );
  }
  if (options.photo) {
    // The photo's header before any renderer decodes it (model/check.ts): a decompression bomb is refused here.
    const photoIssues: DocgenIssue[] = [];
    const bytes: unknown = options.photo.bytes;
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) photoIssues.push({ path: 'photo', id: 'docgen.model.imageBytes' });
    else checkImageBytes(photoIssues, bytes, options.photo.mediaType, 'photo');
    if (photoIssues.length > 0) throw new DocgenError(photoIssues, `Invalid photo: ${photoIssues.map((i) => i.id).join(', ')}`);
  }
  const declaration = normalizeDeep(input) as Declaration;
  const choice = chooseForm(declaration.applicant.dateOfBirth, declaration.submission.date);
  // Validation guarantees a decided form; keep a defensive error instead of a non-null assertion.
  if (!choice.form) throw new DocgenError([{ path: 'applicant.dateOfBirth', id: 'error.date.invalid' }]);
  const version = selectFormVersion(choice.form, declaration.submission.date, options.config);
  const layoutOptions = { ...(options.photo ? { photo: options.photo } : {}), ...(options.qr ? { qr: true } : {}) };
  return { model: layout(declaration, version, layoutOptions), version, declaration };
}

export async function buildDeclarationPdf(input: unknown, options: DeclarationDocumentOptions = {}): Promise<Uint8Array> {
  const { model } = declarationModel(input, options);
  return renderPdf(model, options.clock ? { clock: options.clock } : {});
}

export async function buildDeclarationDocx(input: unknown, options: DeclarationDocumentOptions = {}): Promise<Uint8Array> {
  const { model } = declarationModel(input, options);
  return renderDocx(model, options.clock ? { clock: options.clock } : {});
}

function blankModel(options: BlankFormOptions): DocumentModel {
  const version = selectFormVersion(options.form, today(options), options.config);
  return layout(null, version);
}

/** The blank form (every value a dotted blank), to fill by hand. */
export async function buildBlankFormPdf(options: BlankFormOptions): Promise<Uint8Array> {
  return renderPdf(blankModel(options), options.clock ? { clock: options.clock } : {});
}

export async function buildBlankFormDocx(options: BlankFormOptions): Promise<Uint8Array> {
  return renderDocx(blankModel(options), options.clock ? { clock: options.clock } : {});
}
