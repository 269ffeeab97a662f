/**
 * The export adapter of `<hochieu-form>`: the one place that turns the
 * declaration into documents, through @hochieu/docgen's public functions
 * `buildDeclarationPdf` / `buildDeclarationDocx(declaration, options)` (with
 * the cropped portrait placed in the 40 × 60 mm box when there is one) and
 * `buildDossier(declaration, files, options)` (the dossier ZIP with the
 * uploads, its checklist and manifest). The work runs in a module worker
 * (export-worker.ts, issue 16) so the page stays responsive; where the host
 * forbids workers it runs on the main thread in steps. docgen is large (PDF
 * library, embedded font), so it is loaded only when the citizen reaches the
 * review step (`warmExport`) or asks for a document (conventions: "the export
 * code is loaded with import() only when the user asks for a document");
 * `formDocgen.load` is the main thread's import, replaceable so tests can
 * make it fail (a replaced loader keeps the work on the main thread). The
 * uploads travel as Blobs and the result is a Blob, downloaded as it is. A failure is thrown as an `ExportFailure` that
 * carries docgen's issue ids (core message ids) and their descriptions in the
 * citizen's language (docgen's `describeDossierIssues`, which also words the
 * `docgen.file.*` ids of refused files) when it refused the data, or the
 * error's own message, so the form can say why. File names are ASCII
 * (`to-khai-TK01.pdf`, `ho-so-hochieu-TK01.zip`): some systems garble others.
 * Printing opens the PDF in a new browsing context (see `openPrintWindow`).
 */
import { isMessageId, type DeclarationDraft, type FormId, type HostConfig, type MessageId } from '@hochieu/core';
import { EXPORT_MIME, runExportJob, type DossierUploads, type ExportJob, type ExportJobResult } from './export-job.js';
import { exportWorker } from './export-worker-client.js';

export type DocumentKind = 'pdf' | 'docx';

/** Everything the adapter makes: a declaration document or the dossier ZIP. */
export type ExportFileKind = DocumentKind | 'zip';

export interface ExportOptions {
  /** Today (ISO, Vietnam). */
  readonly date: string;
  /** The host configuration; its `qr: true` switch prints docgen's machine-readable QR code of the data. */
  readonly config?: (HostConfig & { readonly qr?: boolean | undefined }) | undefined;
  /** The cropped portrait (JPEG), placed in the photo box of the declaration. */
  readonly photo?: Uint8Array | Blob | undefined;
  /** Language of the failure descriptions and of the dossier's own notes (default `vi`). */
  readonly locale?: 'vi' | 'en' | undefined;
}

/** A made document: a Blob (what the download link points at; no second copy as an array). */
export interface ExportedFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly mimeType: string;
}

const defaultLoad = (): Promise<unknown> => import('@hochieu/docgen');

/**
 * Loads docgen on the page's main thread. Replaceable for tests; while it is
 * replaced, exports run on the main thread with the replacement (a worker
 * cannot use a module object of the page).
 */
export const formDocgen: { load: () => Promise<unknown> } = {
  load: defaultLoad,
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

function formOf(declaration: DeclarationDraft): FormId {
  return (declaration as { form?: unknown }).form === 'TK01a' ? 'TK01a' : 'TK01';
}

/** Gives the page a turn between the steps of a main-thread export (typing, progress, cancel). */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where jobs run: in the worker unless workers are impossible here or a test replaced the loader. */
function useWorker(): boolean {
  return formDocgen.load === defaultLoad && exportWorker.available();
}

/** Jobs run on the page's main thread (the fallback), for tests and diagnostics. */
export const mainThreadExports = { count: 0 };

async function runOnMainThread(job: ExportJob): Promise<ExportJobResult> {
  mainThreadExports.count++;
  let module: Record<string, unknown>;
  try {
    module = (await formDocgen.load()) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, stage: 'load', message: error instanceof Error ? error.message : String(error), issues: [], descriptions: [] };
  }
  await pause();
  return runExportJob(module, job, pause);
}

async function run(job: ExportJob): Promise<ExportJobResult> {
  if (useWorker()) {
    const result = await exportWorker.run(job);
    if (result) return result;
  }
  return runOnMainThread(job);
}

function fileOf(kind: ExportFileKind, declaration: DeclarationDraft, result: ExportJobResult): ExportedFile {
  if (!result.ok) {
    const issues = result.issues.flatMap((i) => (isMessageId(i.id) ? [{ ...i, id: i.id }] : []));
    throw new ExportFailure(kind, result.stage, result.message, issues, result.descriptions);
  }
  return { blob: result.blob, fileName: exportFileName(kind, formOf(declaration)), mimeType: EXPORT_MIME[kind] };
}

/**
 * Gets the first export ready before it is asked for (the review step): the
 * worker starts and loads docgen and the three fonts in parallel, or, where
 * workers are not possible, docgen and the fonts load on the page. Failures
 * are left for the export itself to report.
 */
export function warmExport(): void {
  if (useWorker()) {
    exportWorker.warm();
    return;
  }
  // Once per loader (a test may swap it): docgen's import is cached, the fonts' decoding is not.
  if (warmedLoader === formDocgen.load) return;
  warmedLoader = formDocgen.load;
  void formDocgen
    .load()
    .then((module) => {
      const fonts = (module as { tinosFontSet?: Record<string, unknown> }).tinosFontSet;
      if (!fonts) return;
      for (const style of ['regular', 'bold', 'italic']) {
        const load = fonts[style];
        if (typeof load === 'function') void (load as () => Promise<unknown>)().catch(() => undefined);
      }
    })
    .catch(() => undefined);
}

let warmedLoader: (() => Promise<unknown>) | null = null;

/** Makes the PDF or DOCX of a declaration (with the photo when given); throws `ExportFailure` with the reason. */
export async function exportDeclaration(kind: DocumentKind, declaration: DeclarationDraft, options: ExportOptions): Promise<ExportedFile> {
  const job: ExportJob = {
    kind,
    declaration,
    date: options.date,
    locale: options.locale ?? 'vi',
    ...(options.config ? { config: options.config } : {}),
    ...(options.config?.qr === true ? { qr: true } : {}),
    ...(options.photo ? { photo: options.photo } : {}),
  };
  return fileOf(kind, declaration, await run(job));
}

/**
 * Makes the dossier ZIP (`buildDossier`): the declaration as PDF and DOCX,
 * the checklist, the read-me, the manifest and the files given (already
 * limited to what the plan of the case asks for), as Blobs read only where
 * the ZIP is made. Throws `ExportFailure`.
 */
export async function exportDossier(declaration: DeclarationDraft, files: DossierUploads, options: ExportOptions): Promise<ExportedFile> {
  const job: ExportJob = {
    kind: 'zip',
    declaration,
    date: options.date,
    locale: options.locale ?? 'vi',
    ...(options.config ? { config: options.config } : {}),
    files,
  };
  return fileOf('zip', declaration, await run(job));
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
export function showInWindow(win: Window, file: { blob: Blob }): boolean {
  if (win.closed) return false;
  const url = URL.createObjectURL(file.blob);
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

/**
 * Offers a file as a download (Blob URL and `<a download>`), the link placed
 * in `container` for the click. An exported file is downloaded from its own
 * Blob (no copy); small texts (a draft) may come as bytes.
 */
export function downloadFile(
  file: { blob: Blob; fileName: string } | { bytes: Uint8Array; fileName: string; mimeType: string },
  container: Element | ShadowRoot,
): void {
  const blob = 'blob' in file ? file.blob : new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType });
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
