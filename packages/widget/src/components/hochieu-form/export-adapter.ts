/**
 * The export adapter of `<hochieu-form>`: the one place that turns the
 * declaration into documents, through @hochieu/docgen's public functions
 * `buildDeclarationPdf` / `buildDeclarationDocx(declaration, options)` (with
 * the cropped portrait placed in the 40 × 60 mm box when there is one) and
 * `buildDossier(declaration, files, options)` (the dossier ZIP with the
 * uploads, its checklist and manifest). docgen is large (PDF library,
 * embedded font), so it is loaded with `import()` only on the first click
 * (conventions: "the export code is loaded with import() only when the user
 * asks for a document"); `formDocgen.load` is that single import, replaceable
 * so tests can make it fail. A failure is thrown as an `ExportFailure` that
 * carries docgen's issue ids (core message ids) and their descriptions in the
 * citizen's language (docgen's `describeDossierIssues`, which also words the
 * `docgen.file.*` ids of refused files) when it refused the data, or the
 * error's own message, so the form can say why. File names are ASCII
 * (`to-khai-TK01.pdf`, `ho-so-hochieu-TK01.zip`): some systems garble others.
 * Printing opens the PDF in a new browsing context (see `openPrintWindow`).
 */
import { isMessageId, type DeclarationDraft, type FormId, type HostConfig, type MessageId } from '@hochieu/core';
import type { DossierFileSet } from './uploads-plan.js';

export type DocumentKind = 'pdf' | 'docx';

/** Everything the adapter makes: a declaration document or the dossier ZIP. */
export type ExportFileKind = DocumentKind | 'zip';

export interface ExportOptions {
  /** Today (ISO, Vietnam). */
  readonly date: string;
  /** The host configuration; its `qr: true` switch prints docgen's machine-readable QR code of the data. */
  readonly config?: (HostConfig & { readonly qr?: boolean | undefined }) | undefined;
  /** The cropped portrait (JPEG bytes), placed in the photo box of the declaration. */
  readonly photo?: Uint8Array | undefined;
  /** Language of the failure descriptions and of the dossier's own notes (default `vi`). */
  readonly locale?: 'vi' | 'en' | undefined;
}

export interface ExportedFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mimeType: string;
}

const MIME: Record<ExportFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

const BUILDER: Record<DocumentKind, string> = { pdf: 'buildDeclarationPdf', docx: 'buildDeclarationDocx' };

/** Loads docgen. Replaceable for tests; the default is the lazy dynamic import. */
export const formDocgen: { load: () => Promise<unknown> } = {
  load: () => import('@hochieu/docgen'),
};

/** Why an export failed: docgen's issue ids when it refused the data, else a technical message. */
export class ExportFailure extends Error {
  override readonly name = 'ExportFailure';
  readonly kind: ExportFileKind;
  /** Core message ids of the problems docgen found in the data (empty for other failures). */
  readonly issues: readonly { readonly path: string; readonly id: MessageId; readonly params?: Record<string, string | number> }[];
  /** Every problem docgen found, in words (core's and docgen's own ids), when docgen could word them. */
  readonly descriptions: readonly string[];
  /** `load` (docgen could not be loaded), `invalid` (docgen refused the data or a file) or `render`. */
  readonly stage: 'load' | 'invalid' | 'render';

  constructor(
    kind: ExportFileKind,
    stage: ExportFailure['stage'],
    message: string,
    issues: ExportFailure['issues'] = [],
    descriptions: readonly string[] = [],
  ) {
    super(message);
    this.kind = kind;
    this.stage = stage;
    this.issues = issues;
    this.descriptions = descriptions;
  }
}

/** The ASCII file name of a declaration document or of the dossier ZIP. */
export function exportFileName(kind: ExportFileKind, form: FormId): string {
  return kind === 'zip' ? `ho-so-hochieu-${form}.zip` : `to-khai-${form}.${kind}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function docgenIssues(error: unknown): { path: string; id: string; params?: Record<string, string | number> }[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i: { path?: unknown; id?: unknown; params?: unknown }) =>
    typeof i.id === 'string'
      ? [{ path: typeof i.path === 'string' ? i.path : '', id: i.id, ...(i.params ? { params: i.params as Record<string, string | number> } : {}) }]
      : [],
  );
}

function coreIssues(issues: ReturnType<typeof docgenIssues>): ExportFailure['issues'] {
  return issues.flatMap((i) => (isMessageId(i.id) ? [{ ...i, id: i.id }] : []));
}

type Describe = (issues: readonly { path: string; id: string; params?: Record<string, string | number> }[], locale: 'vi' | 'en') => string[];

/** docgen's words for its issues (paths left out: they are for programs, not citizens). */
function describe(module: Record<string, unknown>, issues: ReturnType<typeof docgenIssues>, locale: 'vi' | 'en'): string[] {
  const words = module['describeDossierIssues'];
  if (typeof words !== 'function' || issues.length === 0) return [];
  try {
    return (words as Describe)(
      issues.map((i) => ({ ...i, path: '' })),
      locale,
    );
  } catch {
    return [];
  }
}

async function loadDocgen(kind: ExportFileKind): Promise<Record<string, unknown>> {
  try {
    return (await formDocgen.load()) as Record<string, unknown>;
  } catch (error) {
    throw new ExportFailure(kind, 'load', messageOf(error));
  }
}

function failure(kind: ExportFileKind, module: Record<string, unknown>, error: unknown, locale: 'vi' | 'en'): ExportFailure {
  const issues = docgenIssues(error);
  if (issues.length === 0) return new ExportFailure(kind, 'render', messageOf(error));
  return new ExportFailure(kind, 'invalid', messageOf(error), coreIssues(issues), describe(module, issues, locale));
}

function formOf(declaration: DeclarationDraft): FormId {
  return (declaration as { form?: unknown }).form === 'TK01a' ? 'TK01a' : 'TK01';
}

type Builder = (declaration: unknown, options: Record<string, unknown>) => Promise<Uint8Array>;

/** Makes the PDF or DOCX of a declaration (with the photo when given); throws `ExportFailure` with the reason. */
export async function exportDeclaration(kind: DocumentKind, declaration: DeclarationDraft, options: ExportOptions): Promise<ExportedFile> {
  const module = await loadDocgen(kind);
  const build = module[BUILDER[kind]];
  if (typeof build !== 'function') throw new ExportFailure(kind, 'load', `${BUILDER[kind]} is missing`);
  const locale = options.locale ?? 'vi';
  let bytes: unknown;
  try {
    bytes = await (build as Builder)(declaration, {
      date: options.date,
      ...(options.config ? { config: options.config } : {}),
      ...(options.photo ? { photo: { bytes: options.photo, mediaType: 'image/jpeg' } } : {}),
      ...(options.config?.qr === true ? { qr: true } : {}),
    });
  } catch (error) {
    throw failure(kind, module, error, locale);
  }
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new ExportFailure(kind, 'render', 'empty document');
  return { bytes, fileName: exportFileName(kind, formOf(declaration)), mimeType: MIME[kind] };
}

/**
 * Makes the dossier ZIP (`buildDossier`): the declaration as PDF and DOCX,
 * the checklist, the read-me, the manifest and the files given (already
 * limited to what the plan of the case asks for). Throws `ExportFailure`.
 */
export async function exportDossier(declaration: DeclarationDraft, files: DossierFileSet, options: ExportOptions): Promise<ExportedFile> {
  const module = await loadDocgen('zip');
  const build = module['buildDossier'];
  if (typeof build !== 'function') throw new ExportFailure('zip', 'load', 'buildDossier is missing');
  const locale = options.locale ?? 'vi';
  let bytes: unknown;
  try {
    bytes = await (build as (d: unknown, f: unknown, o: Record<string, unknown>) => Promise<Uint8Array>)(declaration, files, {
      date: options.date,
      locale,
      ...(options.config ? { config: options.config } : {}),
    });
  } catch (error) {
    throw failure('zip', module, error, locale);
  }
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new ExportFailure('zip', 'render', 'empty archive');
  return { bytes, fileName: exportFileName('zip', formOf(declaration)), mimeType: MIME.zip };
}

/**
 * Printing, made to work on phones too: a new browsing context is opened at
 * once, inside the click (later, a popup blocker would stop it), showing
 * `waitText` while the PDF is made; then the PDF is shown there
 * (`showInWindow`), where the browser's own viewer prints it (desktop
 * browsers' print button, the share sheet's "Print" on iOS, the PDF app on
 * Android, which cannot show a PDF inside a page). Printing a PDF from a
 * hidden iframe or printing the page itself fails on phones, and the page
 * belongs to the host, so neither is used. Null when the browser blocked the
 * window: the caller then offers the PDF as a download.
 */
export function openPrintWindow(waitText: string, lang: string): Window | null {
  let win: Window | null = null;
  try {
    win = window.open('', '_blank');
  } catch {
    win = null;
  }
  if (!win) return null;
  try {
    win.opener = null;
    const doc = win.document;
    doc.documentElement.lang = lang;
    doc.title = waitText;
    const p = doc.createElement('p');
    p.textContent = waitText;
    p.style.font = '1.25rem/1.5 system-ui, sans-serif';
    p.style.margin = '2rem';
    doc.body.append(p);
  } catch {
    // A browser that isolates the new window still gets the PDF below.
  }
  return win;
}

/** Shows the PDF in the window opened for printing; false when that window is gone (closed meanwhile). */
export function showInWindow(win: Window, file: { bytes: Uint8Array; mimeType: string }): boolean {
  if (win.closed) return false;
  const url = URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }));
  try {
    win.location.href = url;
  } catch {
    URL.revokeObjectURL(url);
    return false;
  }
  // The viewer has read the file by then; a reload after this asks for a new export.
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  return true;
}

/** Offers bytes as a download (Blob URL and `<a download>`), the link placed in `container` for the click. */
export function downloadFile(file: { bytes: Uint8Array; fileName: string; mimeType: string }, container: Element | ShadowRoot): void {
  const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.hidden = true;
  container.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
