/**
 * The export adapter of `<hochieu-form>`: the one place that turns the
 * declaration into a document, through @hochieu/docgen's public functions
 * `buildDeclarationPdf` / `buildDeclarationDocx(declaration, options)`. docgen
 * is large (PDF library, embedded font), so it is loaded with `import()` only
 * on the first click (conventions: "the export code is loaded with import()
 * only when the user asks for a document"); `formDocgen.load` is that single
 * import, replaceable so tests can make it fail. A failure is thrown as an
 * `ExportFailure` that carries docgen's issue ids (core message ids) when it
 * refused the data, or the error's own message, so the form can say why.
 * File names are ASCII (`to-khai-TK01.pdf`): some systems garble others.
 */
import { isMessageId, type DeclarationDraft, type FormId, type HostConfig, type MessageId } from '@hochieu/core';

export type DocumentKind = 'pdf' | 'docx';

export interface ExportOptions {
  /** Today (ISO, Vietnam). */
  readonly date: string;
  readonly config?: HostConfig | undefined;
}

export interface ExportedFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mimeType: string;
}

const MIME: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const BUILDER: Record<DocumentKind, string> = { pdf: 'buildDeclarationPdf', docx: 'buildDeclarationDocx' };

/** Loads docgen. Replaceable for tests; the default is the lazy dynamic import. */
export const formDocgen: { load: () => Promise<unknown> } = {
  load: () => import('@hochieu/docgen'),
};

/** Why an export failed: docgen's issue ids when it refused the data, else a technical message. */
export class ExportFailure extends Error {
  override readonly name = 'ExportFailure';
  readonly kind: DocumentKind;
  /** Message ids of the problems docgen found in the data (empty for other failures). */
  readonly issues: readonly { readonly path: string; readonly id: MessageId; readonly params?: Record<string, string | number> }[];
  /** `load` (docgen could not be loaded), `invalid` (docgen refused the data) or `render`. */
  readonly stage: 'load' | 'invalid' | 'render';

  constructor(kind: DocumentKind, stage: ExportFailure['stage'], message: string, issues: ExportFailure['issues'] = []) {
    super(message);
    this.kind = kind;
    this.stage = stage;
    this.issues = issues;
  }
}

/** The ASCII file name of a declaration document. */
export function exportFileName(kind: DocumentKind, form: FormId): string {
  return `to-khai-${form}.${kind}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function docgenIssues(error: unknown): ExportFailure['issues'] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i: { path?: unknown; id?: unknown; params?: unknown }) =>
    typeof i.id === 'string' && isMessageId(i.id)
      ? [{ path: typeof i.path === 'string' ? i.path : '', id: i.id, ...(i.params ? { params: i.params as Record<string, string | number> } : {}) }]
      : [],
  );
}

type Builder = (declaration: unknown, options: { date: string; config?: HostConfig }) => Promise<Uint8Array>;

/** Makes the PDF or DOCX of a declaration; throws `ExportFailure` with the reason. */
export async function exportDeclaration(kind: DocumentKind, declaration: DeclarationDraft, options: ExportOptions): Promise<ExportedFile> {
  let module: Record<string, unknown>;
  try {
    module = (await formDocgen.load()) as Record<string, unknown>;
  } catch (error) {
    throw new ExportFailure(kind, 'load', messageOf(error));
  }
  const build = module[BUILDER[kind]];
  if (typeof build !== 'function') throw new ExportFailure(kind, 'load', `${BUILDER[kind]} is missing`);
  let bytes: unknown;
  try {
    bytes = await (build as Builder)(declaration, options.config ? { date: options.date, config: options.config } : { date: options.date });
  } catch (error) {
    const issues = docgenIssues(error);
    throw new ExportFailure(kind, issues.length ? 'invalid' : 'render', messageOf(error), issues);
  }
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new ExportFailure(kind, 'render', 'empty document');
  const form: FormId = (declaration as { form?: unknown }).form === 'TK01a' ? 'TK01a' : 'TK01';
  return { bytes, fileName: exportFileName(kind, form), mimeType: MIME[kind] };
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
