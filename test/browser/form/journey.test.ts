// Whole journeys through <hochieu-form> in Chromium, typed by the real
// keyboard and mouse: an adult's TK01 with every field core's `fullAdult`
// example fills, and a child's TK01a (`child`), each through the review to the
// export step, where the PDF is made by docgen (loaded on the click), offered
// as a download, and read back with pdf.js to find the typed values (names in
// capitals as printed).
import { expect, fixtureCleanup } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { strFromU8, unzipSync } from 'fflate';
import { example } from '@hochieu/core/examples';
import { toPrintedCapitals, type DeclarationDraft } from '@hochieu/core';
import type { ExportDetail, StepChangeDetail } from '@hochieu/widget';
import { fillAll, form, maybe, next, openTask, press, q, settle, textOf, type HochieuForm } from './helpers.js';
import { captureDownloads } from './upload-helpers.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
  }
  await doc.destroy();
  return text.replace(/\s+/gu, ' ');
}

async function waitForExport(el: HochieuForm): Promise<ExportDetail> {
  return new Promise((resolve) => el.addEventListener('hochieu-export', (e) => resolve(e.detail), { once: true }));
}

async function exportPdf(el: HochieuForm): Promise<{ text: string; name: string; detail: ExportDetail }> {
  const capture = captureDownloads();
  try {
    const done = waitForExport(el);
    await press(el, 'pdf');
    const detail = await done;
    await settle(el);
    expect(detail, JSON.stringify(detail)).to.deep.equal({ kind: 'pdf', ok: true });
    const download = capture.downloads[0];
    expect(download, 'a download was offered').to.exist;
    const bytes = new Uint8Array(await download!.blob.arrayBuffer());
    return { text: await pdfText(bytes), name: download!.name, detail };
  } finally {
    capture.restore();
  }
}

function digitsIn(text: string): string {
  return text.replace(/\s+/gu, '');
}

describe('<hochieu-form> journeys', () => {
  afterEach(() => fixtureCleanup());

  it('types a full adult TK01 through every step, passes the review and exports a PDF with the typed values', async function () {
    this.timeout(120000);
    const data = example('fullAdult');
    const el = await form();
    const steps: string[] = [];
    el.addEventListener('hochieu-step-change', (e: CustomEvent<StepChangeDetail>) => steps.push(e.detail.to));
    const visited = await fillAll(el, data as DeclarationDraft);
    expect(visited).to.deep.equal(['identity', 'idContacts', 'addresses', 'work', 'family', 'previousPassport', 'feeRefund', 'request', 'submission', 'uploads']);
    expect(el.form).to.equal('TK01');

    // The review lists the answers as they will be printed.
    expect(textOf(q(el, '[data-answer="applicant.familyName"]'))).to.equal('HOÀNG');
    expect(textOf(q(el, '[data-answer="applicant.givenNames"]'))).to.equal('THỊ THU HƯỜNG');
    expect(textOf(q(el, '[data-answer="applicant.dateOfBirth"]'))).to.equal('29/02/1988');
    expect(textOf(q(el, '[data-answer="form"]'))).to.contain('TK01');
    await press(el, 'confirm');
    expect(el.step).to.equal('export');
    expect(steps.at(-1)).to.equal('export');

    const pdf = await exportPdf(el);
    expect(pdf.name).to.equal('to-khai-TK01.pdf');
    const a = data.applicant;
    for (const value of [
      toPrintedCapitals(a.familyName),
      toPrintedCapitals(a.givenNames),
      a.placeOfBirth,
      a.ethnicity,
      a.religion,
      a.permanentAddress,
      a.occupation!,
      data.family.father!.fullName,
      data.family.mother!.fullName,
      data.previousPassport!.number,
    ]) {
      expect(pdf.text, value).to.contain(value);
    }
    expect(digitsIn(pdf.text)).to.contain(a.personalId);
    expect(textOf(q(el, '[data-export-status]'))).to.contain('to-khai-TK01.pdf');
  });

  it('types a child TK01a: part A is asked after the child’s identity, no chip choice, and the PDF has the values', async function () {
    this.timeout(120000);
    const data = example('child');
    const el = await form();
    await press(el, 'start');
    expect(el.step).to.equal('identity');
    expect(el.form).to.equal('TK01');
    const visited = await fillAll(el, data as DeclarationDraft);
    expect(el.form).to.equal('TK01a');
    // After the child's identity, the new part A (representative) comes next, then the flow resumes.
    expect(visited.slice(0, 3)).to.deep.equal(['identity', 'representative', 'idContacts']);
    expect(visited).to.not.include('work');
    expect(maybe(el, '[data-answer="request.chip"]')).to.equal(null);
    expect(textOf(q(el, '[data-answer="representative.fullName"]'))).to.equal('VI THỊ HẠNH');
    await press(el, 'confirm');
    expect(el.step).to.equal('export');
    const pdf = await exportPdf(el);
    expect(pdf.name).to.equal('to-khai-TK01a.pdf');
    for (const value of ['LÝ', 'MINH CHÂU', 'VI THỊ HẠNH', data.applicant.placeOfBirth, data.representative!.relationship]) {
      expect(pdf.text, value).to.contain(value);
    }
  });

  it('exports the DOCX too, with an ASCII name and the values in the document XML', async function () {
    this.timeout(60000);
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    await openTask(el, 'review');
    await next(el);
    expect(el.step).to.equal('export');
    const capture = captureDownloads();
    try {
      const done = waitForExport(el);
      await press(el, 'docx');
      expect(await done).to.deep.equal({ kind: 'docx', ok: true });
      const download = capture.downloads[0]!;
      expect(download.name).to.equal('to-khai-TK01.docx');
      const files = unzipSync(new Uint8Array(await download.blob.arrayBuffer()));
      const xml = strFromU8(files['word/document.xml']!);
      const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
      expect(texts).to.contain('NGUYỄN');
      expect(texts).to.contain('VĂN AN');
    } finally {
      capture.restore();
    }
  });
});
