/**
 * The "download the blank form" adapter. Document generation lives in
 * @hochieu/docgen, which is large (PDF library and embedded font), so the
 * guide loads it with `import()` only when the citizen presses the button
 * (conventions: "the export code is loaded with import() only when the user
 * asks for a document"). It calls docgen's `buildBlankFormPdf({ form, date })`
 * and never makes a PDF of its own.
 * `docgenLoader.load` is the single place the module is imported, so tests
 * can observe (spy on) exactly when that happens.
 */
import type { FormId, HostConfig } from '@hochieu/core';

type Docgen = typeof import('@hochieu/docgen');

/** Loads docgen. Replaceable for tests; the default is the lazy dynamic import. */
export const docgenLoader: { load: () => Promise<Pick<Docgen, 'buildBlankFormPdf'>> } = {
  load: () => import('@hochieu/docgen'),
};

export type BlankFormResult =
  | { ok: true; bytes: Uint8Array; fileName: string }
  | { ok: false; reason: 'failed'; error?: unknown };

/** The ASCII file name of a blank form (`to-khai-TK01-de-trong.pdf`). */
export function blankFormFileName(form: FormId): string {
  return `to-khai-${form}-de-trong.pdf`;
}

/** Loads docgen and asks it for the blank form `form` as valid on `date`. */
export async function buildBlankForm(form: FormId, date: string, config: HostConfig = {}): Promise<BlankFormResult> {
  try {
    const docgen = await docgenLoader.load();
    const bytes = await docgen.buildBlankFormPdf({ form, date, config });
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { ok: false, reason: 'failed' };
    return { ok: true, bytes, fileName: blankFormFileName(form) };
  } catch (error) {
    return { ok: false, reason: 'failed', error };
  }
}

/** Offers bytes to the browser as a download with `fileName`. */
export function saveBytes(bytes: Uint8Array, fileName: string, type = 'application/pdf'): void {
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
