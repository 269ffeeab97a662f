// The export step of <hochieu-form> with uploads: the photo taken through the
// crop tool is placed in the declaration PDF (an image of 40 × 60 mm on page
// 1, read with pdf.js) and goes into the dossier ZIP as anh-chan-dung.jpg; the
// ZIP's entries match its manifest (names, sizes, SHA-256); a refused dossier
// is explained in words (docgen's issues through describeDossierIssues) and
// keeps the draft and the files; printing opens the PDF in a new window, or
// downloads it when the browser blocks the window.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { DocgenError } from '@hochieu/docgen';
import { formDocgen } from '@hochieu/widget';
import { encode, file, portrait } from '../uploads/helpers.js';
import { form, maybe, next, q, type HochieuForm } from './helpers.js';
import {
  addFile,
  addPhoto,
  captureDownloads,
  exportWith,
  placedImages,
  portraitFile,
  readDossier,
  sha256,
  text,
  toExport,
  toUploads,
} from './upload-helpers.js';

async function cardImage(name: string): Promise<File> {
  return file(await encode(portrait(640, 400), 'image/jpeg'), name, 'image/jpeg');
}

/** An online applicant with the photo and both card images added, on the export step. */
async function onlineWithUploads(): Promise<{ el: HochieuForm; photo: File }> {
  const el = await form({ declaration: example('onlinePostal') as DeclarationDraft });
  await toUploads(el);
  const photo = await addPhoto(el, await portraitFile());
  await addFile(el, 'idFront', await cardImage('mat-truoc.jpg'));
  await addFile(el, 'idBack', await cardImage('mat-sau.jpg'));
  await next(el);
  expect(el.step).to.equal('review');
  await next(el);
  expect(el.step).to.equal('export');
  return { el, photo };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('<hochieu-form> export with uploads', () => {
  afterEach(() => fixtureCleanup());

  it('places the cropped photo in the declaration PDF at 40 × 60 mm on page 1', async function () {
    this.timeout(60000);
    const { el, photo } = await onlineWithUploads();
    expect(photo.name).to.equal('anh-chan-dung.jpg');
    expect(text(q(el, '[data-photo-note]'))).to.contain('Ảnh chân dung bạn đã thêm được in vào ô ảnh của tờ khai.');
    const capture = captureDownloads();
    try {
      const detail = await exportWith(el, 'pdf');
      expect(detail).to.deep.equal({ kind: 'pdf', ok: true });
      const pdf = capture.downloads[0]!;
      expect(pdf.name).to.equal('to-khai-TK01.pdf');
      const images = await placedImages(await bytesOf(pdf.blob));
      const first = images.filter((i) => i.page === 1);
      expect(first.length, JSON.stringify(images)).to.equal(1);
      expect(first[0]!.widthMm).to.be.closeTo(40, 0.1);
      expect(first[0]!.heightMm).to.be.closeTo(60, 0.1);
    } finally {
      capture.restore();
    }
  });

  it('puts the photo and the card images in the dossier ZIP, every entry matching the manifest', async function () {
    this.timeout(60000);
    const { el, photo } = await onlineWithUploads();
    expect(text(q(el, '[data-step="export"]'))).to.contain('3 tệp bạn đã thêm');
    const capture = captureDownloads();
    try {
      const busy = exportWith(el, 'zip');
      const detail = await busy;
      expect(detail).to.deep.equal({ kind: 'zip', ok: true });
      const zip = capture.downloads[0]!;
      expect(zip.name).to.equal('ho-so-hochieu-TK01.zip');
      expect(zip.blob.type).to.equal('application/zip');
      const { entries, manifest } = await readDossier(zip.blob);
      // Every file of the ZIP but the manifest is listed, with its size and SHA-256.
      expect(Object.keys(entries).filter((n) => n !== 'manifest.json').sort()).to.deep.equal(manifest.files.map((f) => f.name).sort());
      for (const entry of manifest.files) {
        const bytes = entries[entry.name]!;
        expect(bytes.length, entry.name).to.equal(entry.size);
        expect(await sha256(bytes), entry.name).to.equal(entry.sha256);
      }
      // The photo is the very JPEG the crop tool made.
      const photoEntry = manifest.files.find((f) => f.role === 'photo');
      expect(photoEntry?.name).to.equal('anh-chan-dung.jpg');
      expect(photoEntry?.sha256).to.equal(await sha256(await bytesOf(photo)));
      expect(manifest.files.filter((f) => f.role === 'idCardImages').map((f) => f.side).sort()).to.deep.equal(['back', 'front']);
      expect(manifest.components.find((c) => c.id === 'photo')?.status).to.equal('included');
      // The declaration in the ZIP has the photo too.
      const declaration = manifest.files.find((f) => f.role === 'declaration' && f.name.endsWith('.pdf'))!;
      const images = await placedImages(entries[declaration.name]!);
      expect(images.some((i) => i.page === 1 && Math.abs(i.widthMm - 40) < 0.1 && Math.abs(i.heightMm - 60) < 0.1)).to.equal(true);
      expect(text(q(el, '[data-export-done]'))).to.contain('ho-so-hochieu-TK01.zip');
    } finally {
      capture.restore();
    }
  });

  it('explains a refused dossier in words and keeps the draft and the files', async function () {
    this.timeout(60000);
    const { el, photo } = await onlineWithUploads();
    const before = JSON.stringify(el.value);
    const files = el.uploadedFiles;
    const load = formDocgen.load;
    const real = (await load()) as Record<string, unknown>;
    formDocgen.load = async () => ({
      ...real,
      buildDossierBlobParts: () => {
        throw new DocgenError([{ path: 'files.photo', id: 'docgen.file.photoTooSmall', params: { width: 300, height: 450, minWidth: 400, minHeight: 600 } }]);
      },
    });
    try {
      const detail = await exportWith(el, 'zip');
      expect(detail.ok).to.equal(false);
      expect(detail.kind).to.equal('zip');
    } finally {
      formDocgen.load = load;
    }
    const message = text(q(el, '[data-export-error]'));
    expect(message).to.contain('Không tạo được tệp ZIP: hồ sơ chưa tạo được vì:');
    // docgen's own words for its issue, not its id or path.
    expect(message).to.contain('300');
    expect(message).to.contain('400');
    expect(message).to.not.contain('docgen.file');
    expect(message).to.not.contain('files.photo');
    expect(message).to.contain('Bản nháp của bạn vẫn được giữ nguyên, cùng các tệp đã thêm');
    expect(JSON.stringify(el.value)).to.equal(before);
    expect(el.uploadedFiles.get('photo')).to.equal(photo);
    expect([...el.uploadedFiles.keys()]).to.deep.equal([...files.keys()]);
    // And a retry with docgen back works.
    const capture = captureDownloads();
    try {
      expect(await exportWith(el, 'zip')).to.deep.equal({ kind: 'zip', ok: true });
      expect(maybe(el, '[data-export-error]')).to.equal(null);
    } finally {
      capture.restore();
    }
  });

  it('prints by opening the PDF in a new window, and downloads it when the window is blocked', async function () {
    this.timeout(60000);
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    await toExport(el);
    expect(text(q(el, '[data-photo-note]'))).to.contain('Chưa có ảnh chân dung');
    const open = window.open;
    const fake = {
      closed: false,
      opener: {} as unknown,
      location: { href: '' },
      document: document.implementation.createHTMLDocument(''),
      close() {
        this.closed = true;
      },
    };
    const opened: string[] = [];
    window.open = ((url?: string | URL) => {
      opened.push(String(url ?? ''));
      return fake as unknown as Window;
    }) as typeof window.open;
    try {
      const detail = await exportWith(el, 'print');
      expect(detail).to.deep.equal({ kind: 'print', ok: true });
    } finally {
      window.open = open;
    }
    // Opened at once (inside the click), blank, cut off from this page, then given the PDF.
    expect(opened).to.deep.equal(['']);
    expect(fake.opener).to.equal(null);
    expect(fake.document.body.textContent).to.contain('Đang tạo tờ khai để in');
    expect(fake.location.href).to.match(/^blob:/u);
    const pdf = new Uint8Array(await (await fetch(fake.location.href)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).to.equal('%PDF-');
    expect(text(q(el, '[data-export-done]'))).to.contain('Tờ khai đã mở trong một cửa sổ mới');

    // A blocked window: the PDF is downloaded instead, and the citizen is told.
    window.open = (() => null) as typeof window.open;
    const capture = captureDownloads();
    try {
      const detail = await exportWith(el, 'print');
      expect(detail).to.deep.equal({ kind: 'print', ok: true });
      expect(capture.downloads.map((d) => d.name)).to.deep.equal(['to-khai-TK01.pdf']);
    } finally {
      window.open = open;
      capture.restore();
    }
    expect(text(q(el, '[data-export-done]'))).to.contain('Trình duyệt không cho mở cửa sổ mới');
  });

  it('a failed print closes the window it opened and keeps the draft', async function () {
    this.timeout(30000);
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    await toExport(el);
    const before = JSON.stringify(el.value);
    const open = window.open;
    const load = formDocgen.load;
    let closed = false;
    window.open = (() => ({
      closed: false,
      opener: null,
      location: { href: '' },
      document: document.implementation.createHTMLDocument(''),
      close: () => void (closed = true),
    })) as unknown as typeof window.open;
    formDocgen.load = () => Promise.reject(new Error('offline'));
    try {
      const detail = await exportWith(el, 'print');
      expect(detail).to.deep.equal({ kind: 'print', ok: false, reason: 'load' });
    } finally {
      window.open = open;
      formDocgen.load = load;
    }
    expect(closed).to.equal(true);
    expect(text(q(el, '[data-export-error]'))).to.contain('không tải được phần tạo tài liệu');
    expect(JSON.stringify(el.value)).to.equal(before);
  });
});
