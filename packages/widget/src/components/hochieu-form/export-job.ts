/**
 * One export as data, and the code that runs it against a loaded docgen
 * module. DOM-free: the same function runs inside the export worker
 * (export-worker.ts) and, when the host page forbids workers, on the page's
 * main thread (export-adapter.ts), so both paths make the same bytes and
 * report the same failures.
 *
 * A job carries the citizen's uploads as Blobs (a File is a Blob): posting a
 * Blob to a worker passes a reference, not the bytes, and the bytes are read
 * only here, one file at a time, just before docgen needs them. The result is
 * a Blob too: it is what the download link points at, so the page never holds
 * the document as a second array (issue 16, "no extra copies").
 *
 * A failure is returned as plain data (`ExportJobFailure`) that survives
 * `postMessage`: docgen's issue ids with their descriptions in the citizen's
 * language (docgen's `describeDossierIssues`), or the error's message.
 */
import type { DossierDocumentId } from '@hochieu/core';

export type ExportJobKind = 'pdf' | 'docx' | 'zip';

/** Uploads for the dossier, as Blobs (docgen's `DossierFiles`, before reading). */
export interface DossierUploads {
  photo?: Blob;
  idFront?: Blob;
  idBack?: Blob;
  attachments?: { role: DossierDocumentId; blob: Blob }[];
}

export interface ExportJob {
  readonly kind: ExportJobKind;
  /** The effective declaration (structured-cloneable JSON data). */
  readonly declaration: unknown;
  readonly date: string;
  readonly locale: 'vi' | 'en';
  readonly config?: unknown;
  readonly qr?: boolean;
  /** The cropped portrait for the declaration's photo box (PDF, DOCX). */
  readonly photo?: Blob | Uint8Array;
  /** The dossier's files (ZIP). */
  readonly files?: DossierUploads;
}

export interface ExportJobIssue {
  readonly path: string;
  readonly id: string;
  readonly params?: Record<string, string | number>;
}

export interface ExportJobFailure {
  readonly ok: false;
  /** `load`: docgen could not be loaded; `invalid`: docgen refused the data or a file; `render`: anything else. */
  readonly stage: 'load' | 'invalid' | 'render';
  readonly message: string;
  readonly issues: readonly ExportJobIssue[];
  readonly descriptions: readonly string[];
}

export interface ExportJobSuccess {
  readonly ok: true;
  readonly blob: Blob;
}

export type ExportJobResult = ExportJobSuccess | ExportJobFailure;

export const EXPORT_MIME: Readonly<Record<ExportJobKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

const BUILDER: Readonly<Record<'pdf' | 'docx', string>> = { pdf: 'buildDeclarationPdf', docx: 'buildDeclarationDocx' };

/** Gives the event loop a turn (the main-thread fallback calls it between steps); a no-op in the worker. */
export type Pause = () => Promise<void>;

const noPause: Pause = () => Promise.resolve();

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function issuesOf(error: unknown): ExportJobIssue[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i: { path?: unknown; id?: unknown; params?: unknown }) =>
    typeof i.id === 'string'
      ? [{ path: typeof i.path === 'string' ? i.path : '', id: i.id, ...(i.params ? { params: i.params as Record<string, string | number> } : {}) }]
      : [],
  );
}

type Describe = (issues: readonly ExportJobIssue[], locale: 'vi' | 'en') => string[];

/** docgen's words for its issues (paths left out: they are for programs, not citizens). */
function describe(docgen: Record<string, unknown>, issues: readonly ExportJobIssue[], locale: 'vi' | 'en'): string[] {
  const words = docgen['describeDossierIssues'];
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

export function jobFailure(stage: ExportJobFailure['stage'], message: string, issues: readonly ExportJobIssue[] = [], descriptions: readonly string[] = []): ExportJobFailure {
  return { ok: false, stage, message, issues, descriptions };
}

function failureOf(docgen: Record<string, unknown>, error: unknown, locale: 'vi' | 'en'): ExportJobFailure {
  const issues = issuesOf(error);
  if (issues.length === 0) return jobFailure('render', messageOf(error));
  return jobFailure('invalid', messageOf(error), issues, describe(docgen, issues, locale));
}

async function bytesOf(data: Blob | Uint8Array): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

/** docgen's `DossierFiles`: each upload read once, with a pause between files on the main thread. */
async function readUploads(files: DossierUploads, pause: Pause): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const key of ['photo', 'idFront', 'idBack'] as const) {
    const blob = files[key];
    if (!blob) continue;
    out[key] = await bytesOf(blob);
    await pause();
  }
  if (files.attachments && files.attachments.length > 0) {
    const attachments: { role: DossierDocumentId; bytes: Uint8Array }[] = [];
    for (const a of files.attachments) {
      attachments.push({ role: a.role, bytes: await bytesOf(a.blob) });
      await pause();
    }
    out['attachments'] = attachments;
  }
  return out;
}

/** Runs one job against the docgen module; never throws. */
export async function runExportJob(docgen: Record<string, unknown>, job: ExportJob, pause: Pause = noPause): Promise<ExportJobResult> {
  // The dossier comes as the ZIP's parts (issue 16): the attachments' own arrays go into the Blob, not a joined copy.
  const name = job.kind === 'zip' ? 'buildDossierBlobParts' : BUILDER[job.kind];
  const build = docgen[name];
  if (typeof build !== 'function') return jobFailure('load', `${name} is missing`);
  let bytes: unknown;
  try {
    if (job.kind === 'zip') {
      let files: Record<string, unknown> | null = await readUploads(job.files ?? {}, pause);
      const options = { date: job.date, locale: job.locale, ...(job.config ? { config: job.config } : {}) };
      const pending = (build as (d: unknown, f: unknown, o: unknown) => Promise<unknown>)(job.declaration, files, options);
      // docgen has taken what it needs; the uploads' arrays can go as soon as it is done with them.
      files = null;
      bytes = await pending;
    } else {
      const photo = job.photo ? await bytesOf(job.photo) : undefined;
      await pause();
      bytes = await (build as (d: unknown, o: unknown) => Promise<unknown>)(job.declaration, {
        date: job.date,
        ...(job.config ? { config: job.config } : {}),
        ...(photo ? { photo: { bytes: photo, mediaType: 'image/jpeg' } } : {}),
        ...(job.qr ? { qr: true } : {}),
      });
    }
  } catch (error) {
    return failureOf(docgen, error, job.locale);
  }
  const parts = Array.isArray(bytes) ? (bytes as unknown[]) : [bytes];
  if (!parts.every((part) => part instanceof Uint8Array) || parts.reduce<number>((sum, part) => sum + (part as Uint8Array).length, 0) === 0) {
    return jobFailure('render', job.kind === 'zip' ? 'empty archive' : 'empty document');
  }
  bytes = null;
  return { ok: true, blob: new Blob(parts as Uint8Array<ArrayBuffer>[], { type: EXPORT_MIME[job.kind] }) };
}
