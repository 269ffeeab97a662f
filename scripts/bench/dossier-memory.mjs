// Peak memory of a dossier with 50 MB of attachments, in its own Node
// process (run by scripts/bench.mjs as `node --expose-gc --import tsx
// scripts/bench/dossier-memory.mjs`): a warm-up dossier first (code loaded,
// JIT warm), then a garbage collection and the baseline resident set; then
// the input (five PDF attachments of 10 MB each, with the photo and two ID
// images of 1 MB) is made and the dossier built, while a timer samples
// `process.memoryUsage()` every 2 ms. The peak is the larger of the sampled
// maximum and the kernel's high-water mark of this process (VmHWM in
// /proc/self/status, reset to the current size with /proc/self/clear_refs
// just before the measured build), reported as growth over the baseline,
// input included, and as a multiple of the input. Prints one JSON object.
// Not `process.resourceUsage().maxRSS`: getrusage keeps the peak across
// exec, so a child of a large parent reported the parent's peak (issue 16).
import { readFileSync, writeFileSync } from 'node:fs';
import { example } from '../../packages/core/src/examples/index.ts';
import { buildDossier } from '../../packages/docgen/src/index.ts';
import { makePdf } from '../../test/node/docgen/dossier-support.ts';
import { syntheticJpeg } from './generation.mjs';

const MB = 1024 * 1024;
const clock = () => new Date('2026-11-21T03:00:00Z');

function declaration() {
  const d = example('onlinePostal');
  d.request.reason = 'renewal';
  d.previousPassport = { number: 'C1234567', issueDate: '2017-01-10' };
  return d;
}

/** A valid one-page PDF of about `bytes` bytes (ISO 32000-1 §7.5: a content stream carries the bulk), made without large strings. */
function bigPdf(bytes, seed) {
  const enc = new TextEncoder();
  const streamLength = Math.max(16, bytes - 600);
  const head = '%PDF-1.4\n';
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'];
  let text = head;
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  offsets.push(text.length);
  const streamHead = `4 0 obj\n<< /Length ${streamLength} >>\nstream\n`;
  const afterStream = text.length + streamHead.length + streamLength;
  const tail0 = '\nendstream\nendobj\n';
  const xref = afterStream + tail0.length;
  let tail = `${tail0}xref\n0 5\n0000000000 65535 f \n`;
  for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const a = enc.encode(text + streamHead);
  const c = enc.encode(tail);
  const out = new Uint8Array(a.length + streamLength + c.length);
  out.set(a, 0);
  const body = out.subarray(a.length, a.length + streamLength);
  for (let i = 0; i < body.length; i += 1) body[i] = 97 + ((i * 7 + seed) % 26);
  out.set(c, a.length + streamLength);
  return out;
}

async function build(attachmentBytes) {
  const files = {
    photo: syntheticJpeg(MB, 400, 600),
    idFront: syntheticJpeg(MB, 864, 544),
    idBack: syntheticJpeg(MB, 864, 544),
    attachments: Array.from({ length: attachmentBytes ? 5 : 1 }, (_, i) => ({
      role: 'previousPassport',
      bytes: attachmentBytes ? bigPdf(attachmentBytes / 5, i) : makePdf('warm-up'),
      name: `scan-${i + 1}.pdf`,
      mediaType: 'application/pdf',
    })),
  };
  const input = files.photo.length + files.idFront.length + files.idBack.length + files.attachments.reduce((s, a) => s + a.bytes.length, 0);
  return { files, input };
}

const warm = await build(0);
await buildDossier(declaration(), warm.files, { date: '2026-11-21', clock });
globalThis.gc();
await new Promise((r) => setTimeout(r, 50));
globalThis.gc();
const base = process.memoryUsage();

/** VmHWM (peak resident set) of this process in bytes, or null where /proc is missing. */
function highWaterMark() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
/** Resets VmHWM to the current resident set (Linux clear_refs, value 5). */
function resetHighWaterMark() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
const hwmReset = resetHighWaterMark();

let peakRss = base.rss;
let peakArrayBuffers = base.arrayBuffers;
const timer = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakArrayBuffers = Math.max(peakArrayBuffers, m.arrayBuffers);
}, 2);
const t0 = performance.now();
const { files, input } = await build(50 * MB);
const zip = await buildDossier(declaration(), files, { date: '2026-11-21', clock });
const ms = performance.now() - t0;
clearInterval(timer);
const after = process.memoryUsage();
const hwm = hwmReset ? highWaterMark() : null;
peakRss = Math.max(peakRss, after.rss, hwm ?? 0);
peakArrayBuffers = Math.max(peakArrayBuffers, after.arrayBuffers);

const growth = peakRss - base.rss;
console.log(
  JSON.stringify({
    inputBytes: input,
    zipBytes: zip.length,
    ms: Math.round(ms),
    baselineRss: base.rss,
    peakRss,
    peakGrowth: growth,
    ratio: Math.round((growth / input) * 100) / 100,
    peakSource: hwm !== null ? 'VmHWM (reset before the build) and 2 ms samples' : '2 ms samples of process.memoryUsage()',
    peakArrayBuffersGrowth: peakArrayBuffers - base.arrayBuffers,
    arrayBuffersRatio: Math.round(((peakArrayBuffers - base.arrayBuffers) / input) * 100) / 100,
  }),
);
