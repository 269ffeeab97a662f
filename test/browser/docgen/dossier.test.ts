// The dossier ZIP built inside Chromium (no DOM use by docgen, Web Crypto for
// SHA-256): opened with fflate, every manifest checksum recomputed with the
// browser's own crypto.subtle, storage methods read from the central
// directory, the photo decoded by the browser, the checklist read by pdf.js.
import { expect } from '@esm-bundle/chai';
import { strFromU8, unzipSync } from 'fflate';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { buildDossier, type DossierManifest } from '@hochieu/docgen';
import { ONLINE_RENEWAL_ENTRIES, centralDirectory, onlineFiles, onlineRenewal } from '../../node/docgen/dossier-support.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const clock = () => new Date('2026-11-21T03:00:00Z');
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

async function hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data.slice()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('dossier ZIP in Chromium', () => {
  it('builds an online dossier that fflate opens, with matching checksums, stored images, a decodable photo and the portal steps', async () => {
    const zip = await buildDossier(onlineRenewal(), onlineFiles(), { date: '2026-11-21', clock });
    const files = unzipSync(zip);
    expect(Object.keys(files)).to.deep.equal(ONLINE_RENEWAL_ENTRIES);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as DossierManifest;
    for (const f of manifest.files) {
      const bytes = files[f.name]!;
      expect(f.size, f.name).to.equal(bytes.length);
      expect(f.sha256, f.name).to.equal(await hex(bytes));
    }
    // JPEG, PNG, PDF and the DOCX (a ZIP with a stored photo) are stored; the texts are deflated.
    for (const e of centralDirectory(zip)) expect(e.method, e.name).to.equal(/\.(jpg|png|pdf|docx)$/u.test(e.name) ? 0 : 8);

    const bitmap = await createImageBitmap(new Blob([files['anh-chan-dung.jpg']!.slice()], { type: 'image/jpeg' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([400, 600]);

    const doc = await pdfjs.getDocument({ data: files['danh-muc-ho-so.pdf']!.slice(), verbosity: 0 }).promise;
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    await doc.destroy();
    text = flat(text);
    expect(text).to.contain('100.000 đồng/hộ chiếu');
    expect(text).to.contain('Số 15 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn');
    expect(text).to.contain('Tải lên: anh-chan-dung.jpg, cccd-mat-truoc.jpg, cccd-mat-sau.png');
    expect(text).to.contain('PHIẾU GỬI HỒ SƠ');

    const again = await buildDossier(onlineRenewal(), onlineFiles(), { date: '2026-11-21', clock });
    expect(await hex(again)).to.equal(await hex(zip));
  });
});
