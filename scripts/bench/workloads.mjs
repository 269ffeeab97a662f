// The timed work of `pnpm bench`, the same code in Node and in Chromium (the
// libraries and inputs are passed in): the fullest example declaration
// (`example('fullAdult')`, with a photo of about 1 MB) as PDF and DOCX with
// docgen, the dossier ZIP (the same declaration submitted online, with the
// photo and two ID-card images of about 1 MB each), and the peers on the same
// declaration (peers.mjs). Each is run `warmup` times, then `runs` times
// timed with performance.now().
import { docxTemplate, pdfmakeDefinition, renderDocxTemplate } from './peers.mjs';

export const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');

/** `runs` warm samples after `warmup` runs; the very first run is kept apart as the cold one. */
async function timed(fn, runs, warmup) {
  const samples = [];
  let bytes = 0;
  let coldMs = null;
  for (let i = 0; i < warmup + runs; i += 1) {
    const t0 = performance.now();
    const out = await fn();
    const t1 = performance.now();
    bytes = out.length;
    if (i === 0) coldMs = t1 - t0;
    if (i >= warmup) samples.push(t1 - t0);
  }
  return { samples, bytes, coldMs };
}

/**
 * DOCX time over PDF time of the same declaration and photo, interleaved
 * (PDF, DOCX, PDF, DOCX…) so both see the same machine load: one ratio per
 * round (issue 16 budget: ≤ 1.6).
 */
async function interleavedRatio(pdf, docx, rounds) {
  const ratios = [];
  for (let i = 0; i < rounds; i += 1) {
    const t0 = performance.now();
    await pdf();
    const t1 = performance.now();
    await docx();
    const t2 = performance.now();
    ratios.push((t2 - t1) / (t1 - t0));
  }
  return { samples: ratios, bytes: 0 };
}

function base64(bytes) {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes).toString('base64');
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * `env`: { docgen, example, photo (JPEG bytes), pdfmake (ready: fonts
 * registered as PDFMAKE_FONTS), Docxtemplater, PizZip }.
 */
export async function runWorkloads(env, runs, warmup) {
  const { docgen, example, photo, pdfmake, Docxtemplater, PizZip } = env;
  const declaration = example('fullAdult');
  const options = { date: DATE, photo: { bytes: photo, mediaType: 'image/jpeg' }, clock };
  const online = example('fullAdult');
  online.submission.channel = 'online';
  const files = { photo, idFront: photo, idBack: photo };

  const out = {};
  out.pdf = await timed(() => docgen.buildDeclarationPdf(declaration, options), runs, warmup);
  out.docx = await timed(() => docgen.buildDeclarationDocx(declaration, options), runs, warmup);
  out.docxOverPdf = await interleavedRatio(
    () => docgen.buildDeclarationPdf(declaration, options),
    () => docgen.buildDeclarationDocx(declaration, options),
    runs,
  );
  out.zip = await timed(() => docgen.buildDossier(online, files, { date: DATE, clock }), runs, warmup);

  const { model } = docgen.declarationModel(declaration, options);
  const dataUrl = `data:image/jpeg;base64,${base64(photo)}`;
  out.pdfmake = await timed(
    async () => new Uint8Array(await pdfmake.createPdf(pdfmakeDefinition(model, docgen.DEFAULT_TYPOGRAPHY, dataUrl)).getBuffer()),
    runs,
    warmup,
  );
  const ours = await docgen.buildDeclarationDocx(declaration, options);
  const { template, data, runs: placeholders } = docxTemplate(ours, PizZip);
  out.docxtemplater = await timed(async () => renderDocxTemplate(Docxtemplater, PizZip, template, data), runs, warmup);
  out.docxtemplater.placeholders = placeholders;
  return out;
}
