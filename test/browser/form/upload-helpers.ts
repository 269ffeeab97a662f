// Helpers for the uploads, QR and dossier tests of <hochieu-form>: choosing
// files in the form's upload inputs the way the browser's file dialog does,
// taking a photo through the crop tool, capturing downloads and the print
// window, reading images placed in a PDF (pdf.js operator list) and checking
// a dossier ZIP against its manifest (fflate, SHA-256 from WebCrypto).
import { waitUntil } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { strFromU8, unzipSync } from 'fflate';
import { clickOn } from '../widget/helpers.js';
import { choose, encode, file, inside, maybeInside, portrait, text } from '../uploads/helpers.js';
import { maybe, openTask, q, settle, type HochieuForm } from './helpers.js';
import { identity, multiply, type Matrix } from '../../support/pdf-matrix.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

export { text };

/** The input of an upload slot (`photo`, `idFront`, `idBack`, `attachment-lossReport`…) on the uploads step. */
export function uploadInput(el: HochieuForm, slot: string): HTMLElement & { file: File | null; label: string; hint: string; warning: string; required: boolean } {
  return q(el, `[data-upload="${slot}"]`);
}

/** The slots shown on the uploads step, in order. */
export function uploadSlotsShown(el: HochieuForm): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[data-upload]')).map((u) => u.dataset['upload'] ?? '');
}

/** Opens the uploads step from the task list. */
export async function toUploads(el: HochieuForm): Promise<void> {
  if (el.step !== 'tasks') throw new Error(`not on the task list (${el.step})`);
  await openTask(el, 'uploads');
}

/** Chooses a file in a slot's picker; waits until the form holds it (or the input shows a refusal). */
export async function addFile(el: HochieuForm, slot: string, f: File): Promise<void> {
  const input = uploadInput(el, slot);
  choose(inside<HTMLInputElement>(input, '#picker'), f);
  await waitUntil(() => el.uploadedFiles.get(slot) === f || maybeInside(input, '#error') !== null, `${slot}: nothing happened`, {
    timeout: 10000,
  });
  await settle(el);
}

/** A portrait JPEG a camera might give (1000 × 1500, white background). */
export async function portraitFile(name = 'IMG_2041.jpg'): Promise<File> {
  return file(await encode(portrait(1000, 1500), 'image/jpeg'), name, 'image/jpeg');
}

/** Chooses a photo, uses the crop frame as it opens ("Dùng khung này", and "Vẫn dùng ảnh này" if asked). */
export async function addPhoto(el: HochieuForm, f: File): Promise<File> {
  const input = uploadInput(el, 'photo');
  choose(inside<HTMLInputElement>(input, '#picker'), f);
  await waitUntil(() => maybeInside(input, '#frame') !== null, 'the crop frame did not open', { timeout: 10000 });
  await clickOn(inside(input, '#apply'));
  await waitUntil(() => maybeInside(input, '#findings') !== null || el.uploadedFiles.has('photo'), 'the photo was not taken', {
    timeout: 15000,
  });
  if (maybeInside(input, '#findings')) await clickOn(inside(input, '#use-anyway'));
  await waitUntil(() => el.uploadedFiles.has('photo'), 'the photo was not kept', { timeout: 5000 });
  await settle(el);
  return el.uploadedFiles.get('photo')!;
}

/** The answer of an upload on the review page. */
export function reviewAnswer(el: HochieuForm, slot: string): string {
  return text(q(el, `[data-upload-answer="${slot}"]`));
}

export interface Download {
  name: string;
  blob: Blob;
}

/** Captures downloads: the Blob handed to `URL.createObjectURL` and the `download` name of the clicked link. */
export function captureDownloads(): { downloads: Download[]; blobs: Map<string, Blob>; restore: () => void } {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = create.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, blob });
    else click.call(this);
  };
  return {
    downloads,
    blobs,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Presses an export button and waits for its `hochieu-export` event. */
export async function exportWith(el: HochieuForm, kind: string): Promise<{ kind: string; ok: boolean; reason?: string }> {
  const done = new Promise<{ kind: string; ok: boolean; reason?: string }>((resolve) =>
    el.addEventListener('hochieu-export', (e) => resolve(e.detail), { once: true }),
  );
  await clickOn(q(el, `[data-export="${kind}"]`));
  const detail = await done;
  await settle(el);
  return detail;
}

/** Goes from the task list through the review to the export step (the declaration must be valid). */
export async function toExport(el: HochieuForm): Promise<void> {
  await openTask(el, 'review');
  await clickOn(q(el, '[data-action="confirm"]'));
  await settle(el);
  if (el.step !== 'export') throw new Error(`stuck on ${el.step}: ${text(maybe(el, 'hochieu-error-summary')?.shadowRoot?.firstElementChild)}`);
}

export interface PlacedImage {
  page: number;
  /** Size on the page, in millimetres. */
  widthMm: number;
  heightMm: number;
}

/** Every image XObject painted in a PDF, with its size on the page (pdf.js operator list, transforms followed). */
export async function placedImages(bytes: Uint8Array): Promise<PlacedImage[]> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const out: PlacedImage[] = [];
  const OPS = pdfjs.OPS;
  const mm = (pt: number): number => (pt * 25.4) / 72;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const list = await (await doc.getPage(n)).getOperatorList();
    let ctm: Matrix = identity();
    const stack: Matrix[] = [];
    list.fnArray.forEach((fn, i) => {
      const args = list.argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? identity();
      else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
      else if (fn === OPS.paintImageXObject) {
        out.push({ page: n, widthMm: mm(Math.hypot(ctm[0], ctm[1])), heightMm: mm(Math.hypot(ctm[2], ctm[3])) });
      }
    });
  }
  await doc.destroy();
  return out;
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface DossierZip {
  entries: Record<string, Uint8Array>;
  manifest: { files: { name: string; role: string; side?: string; size: number; sha256: string }[]; components: { id: string; status: string; files: string[] }[] };
}

export async function readDossier(blob: Blob): Promise<DossierZip> {
  const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as DossierZip['manifest'];
  return { entries, manifest };
}
