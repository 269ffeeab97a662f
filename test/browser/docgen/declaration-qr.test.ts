// The declaration builders in Chromium, with the opt-in QR code: the PDF is
// drawn by pdf.js onto a canvas, the QR read from the pixels by jsQR, decoded
// by decodeDeclarationQr, and compared with the input; the bytes equal a
// second run (no Node-only code in the path).
import { expect } from '@esm-bundle/chai';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import jsQR from 'jsqr';
import { example } from '@hochieu/core/examples';
import { buildDeclarationPdf, decodeDeclarationQr } from '@hochieu/docgen';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');

describe('declaration QR in Chromium', () => {
  it('prints a QR that reads back, from the rendered page, as the input declaration', async () => {
    const declaration = example('child');
    const bytes = await buildDeclarationPdf(declaration, { date: DATE, clock, qr: true });
    const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    expect(doc.numPages).to.equal(1);
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: 2 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext('2d')!;
    await page.render({ canvasContext: context, viewport }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(image.data, image.width, image.height);
    await doc.destroy();
    expect(found, 'a QR symbol on the page').to.not.equal(null);
    expect(found!.data.startsWith('HCVN2:')).to.equal(true);
    expect(decodeDeclarationQr(found!.data)).to.deep.equal(declaration);
    const again = await buildDeclarationPdf(declaration, { date: DATE, clock, qr: true });
    expect(Array.from(again)).to.deep.equal(Array.from(bytes));
  });
});
