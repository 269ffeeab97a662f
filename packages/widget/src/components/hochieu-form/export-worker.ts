/**
 * The export worker: a module worker, loaded from the widget's own origin
 * (the bundle's chunk folder), that builds the PDF, the DOCX and the dossier
 * ZIP with docgen away from the page's main thread, so the page keeps
 * answering the citizen's typing, scrolling and clicks while a large dossier
 * is made (issue 16). It talks in three messages:
 * - in `{ type: 'warm' }`: load the Tinos fonts now (the citizen reached the
 *   review step; the first export then waits for nothing);
 * - in `{ type: 'job', id, job }` (export-job.ts): run it, answer
 *   `{ type: 'result', id, result }`, the document as a Blob;
 * - out `{ type: 'ready' }` once docgen is loaded, so the page knows workers
 *   are allowed (a host policy that forbids them fails before this).
 */
import * as docgen from '@hochieu/docgen';
import { jobFailure, runExportJob, type ExportJob } from './export-job.js';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; id?: unknown; job?: ExportJob } | null;
  if (data?.type === 'warm') {
    const fonts = docgen.tinosFontSet;
    void Promise.all([fonts.regular(), fonts.bold(), fonts.italic()]).catch(() => undefined);
    return;
  }
  if (data?.type !== 'job' || typeof data.id !== 'number' || !data.job) return;
  const id = data.id;
  runExportJob(docgen as unknown as Record<string, unknown>, data.job).then(
    (result) => scope.postMessage({ type: 'result', id, result }),
    (error: unknown) => scope.postMessage({ type: 'result', id, result: jobFailure('render', error instanceof Error ? error.message : String(error)) }),
  );
});

scope.postMessage({ type: 'ready' });
