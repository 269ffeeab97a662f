// The widget's own export path in Chromium (issue 16): the bench page also
// bundles the form's export adapter (components/hochieu-form/export-adapter.ts),
// so exports run as a citizen's do, in the export worker. For each export
// (declaration PDF and DOCX with the ~1 MB photo, and a dossier with 50 MB of
// attachments: five 10 MB PDFs, the photo and two ID images) it records the
// cold time (first call in the tab: worker start, code and fonts), warm times,
// and the longest main-thread task seen by the Long Tasks API while it ran
// (budget: ≤ 50 ms at 1× CPU). The renderer's peak resident set during the
// 50 MB dossier is read from the kernel (VmHWM of every renderer process,
// reset with clear_refs just before), beside the attachments' size (budget:
// ≤ 2.5×). Linux only for the memory figure; elsewhere it is reported as n/a.
import { readFileSync, writeFileSync } from 'node:fs';
import { stats } from './stats.mjs';

/** Runs in the bench page: `hochieuBench.exportAdapter` and the example are there. */
export const EXPORT_SETUP = `(async () => {
  const { exportAdapter, example } = globalThis.hochieuBench;
  const MB = 1024 * 1024;
  const bigPdf = (size, seed) => {
    const enc = new TextEncoder();
    const streamLength = size - 600;
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'];
    let text = '%PDF-1.4\\n';
    const offsets = [];
    objects.forEach((o, i) => { offsets.push(text.length); text += (i + 1) + ' 0 obj\\n' + o + '\\nendobj\\n'; });
    offsets.push(text.length);
    const streamHead = '4 0 obj\\n<< /Length ' + streamLength + ' >>\\nstream\\n';
    const end = '\\nendstream\\nendobj\\n';
    let tail = end + 'xref\\n0 5\\n0000000000 65535 f \\n';
    for (const off of offsets) tail += String(off).padStart(10, '0') + ' 00000 n \\n';
    tail += 'trailer\\n<< /Size 5 /Root 1 0 R >>\\nstartxref\\n' + (text.length + streamHead.length + streamLength + end.length) + '\\n%%EOF\\n';
    const head = enc.encode(text + streamHead);
    const foot = enc.encode(tail);
    const out = new Uint8Array(head.length + streamLength + foot.length);
    out.set(head, 0);
    const body = out.subarray(head.length, head.length + streamLength);
    for (let i = 0; i < body.length; i += 1) body[i] = 97 + ((i * 7 + seed) % 26);
    out.set(foot, head.length + streamLength);
    return out;
  };
  const photo = globalThis.hochieuBenchPhoto;
  const renewal = example('onlinePostal');
  renewal.request.reason = 'renewal';
  renewal.previousPassport = { number: 'C1234567', issueDate: '2017-01-10' };
  const files = {
    photo: new Blob([photo], { type: 'image/jpeg' }),
    idFront: new Blob([photo], { type: 'image/jpeg' }),
    idBack: new Blob([photo], { type: 'image/jpeg' }),
    attachments: Array.from({ length: 5 }, (_, i) => ({ role: 'previousPassport', blob: new Blob([bigPdf(10 * MB, i)], { type: 'application/pdf' }) })),
  };
  const all = [files.photo, files.idFront, files.idBack, ...files.attachments.map((a) => a.blob)];
  await Promise.all(all.map((b) => b.slice(b.size - 1).arrayBuffer()));
  const inputBytes = all.reduce((s, b) => s + b.size, 0);
  const full = example('fullAdult');
  const measure = async (run) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
    observer.observe({ type: 'longtask', buffered: false });
    const t0 = performance.now();
    const file = await run();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 60));
    observer.disconnect();
    return { ms, longest, bytes: file.blob.size };
  };
  globalThis.hochieuExport = {
    inputBytes,
    pdf: () => measure(() => exportAdapter.exportDeclaration('pdf', full, { date: '2026-11-21', photo })),
    docx: () => measure(() => exportAdapter.exportDeclaration('docx', full, { date: '2026-11-21', photo })),
    zip: () => measure(() => exportAdapter.exportDossier(renewal, files, { date: '2026-11-21' })),
  };
  return inputBytes;
})()`;

async function rendererPids(chrome) {
  try {
    const info = await chrome.send('SystemInfo.getProcessInfo');
    return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } catch {
    return [];
  }
}

function procField(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'mu').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The renderer's peak for one 50 MB dossier, in a page of its own: a new
 * browser context (so a renderer process of its own, with no garbage from
 * earlier runs), the bench page loaded, the inputs made, then VmHWM reset and
 * read after the dossier. The process is the renderer that appeared with the
 * new context.
 */
export async function rendererPeak(chrome, pageUrl, photoExpression) {
  const before = new Set(await rendererPids(chrome));
  const { browserContextId } = await chrome.send('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await chrome.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await chrome.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    await chrome.send('Page.enable', {}, sessionId);
    await chrome.send('Runtime.enable', {}, sessionId);
    await chrome.goto(sessionId, pageUrl);
    await chrome.until(sessionId, 'typeof globalThis.hochieuBench === "object"');
    await chrome.evaluate(sessionId, photoExpression);
    const inputBytes = await chrome.evaluate(sessionId, EXPORT_SETUP);
    // Code, fonts and the worker loaded with a small export first.
    await chrome.evaluate(sessionId, 'globalThis.hochieuExport.pdf().then(() => new Promise((r) => setTimeout(r, 300)))');
    await chrome.send('HeapProfiler.collectGarbage', {}, sessionId).catch(() => undefined);
    const pids = (await rendererPids(chrome)).filter((pid) => !before.has(pid));
    if (pids.length === 0) return { error: 'no new renderer process found' };
    const base = pids.map((pid) => procField(pid, 'VmRSS'));
    if (!pids.every((pid) => resetPeak(pid)) || base.some((b) => b === null)) return { error: 'no renderer process figures (not Linux, or /proc not writable)' };
    await chrome.evaluate(sessionId, 'globalThis.hochieuExport.zip()');
    const growth = pids.reduce((sum, pid, i) => sum + Math.max(0, (procField(pid, 'VmHWM') ?? 0) - base[i]), 0);
    return { growthBytes: growth, ratio: Math.round((growth / inputBytes) * 100) / 100, processes: pids.length, inputBytes };
  } finally {
    await chrome.send('Target.closeTarget', { targetId }).catch(() => undefined);
    await chrome.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
  }
}

/**
 * Export figures in the open bench page `session` (the photo already set as
 * `hochieuBenchPhoto` by `photoExpression`); `pageUrl` for the memory case.
 * A control run builds the PDF on the page's main thread (the fallback), to
 * show the long-task observer does see an export that blocks the page.
 */
export async function exportFigures(chrome, session, pageUrl, photoExpression, runs = 5) {
  const inputBytes = await chrome.evaluate(session, EXPORT_SETUP);
  const out = { inputBytes };
  for (const kind of ['pdf', 'docx', 'zip']) {
    const n = kind === 'zip' ? Math.max(2, Math.ceil(runs / 2)) : runs;
    const cold = await chrome.evaluate(session, `globalThis.hochieuExport.${kind}()`);
    const warm = [];
    for (let i = 0; i < n; i += 1) warm.push(await chrome.evaluate(session, `globalThis.hochieuExport.${kind}()`));
    out[kind] = {
      coldMs: Math.round(cold.ms * 10) / 10,
      coldLongestTaskMs: cold.longest,
      warm: stats(warm.map((w) => w.ms)),
      longestTaskMs: Math.max(cold.longest, ...warm.map((w) => w.longest)),
      bytes: cold.bytes,
    };
  }
  const control = await chrome.evaluate(
    session,
    `(async () => {
      const { exportAdapter, docgen } = globalThis.hochieuBench;
      const load = exportAdapter.formDocgen.load;
      exportAdapter.formDocgen.load = async () => docgen;
      try { await globalThis.hochieuExport.pdf(); return await globalThis.hochieuExport.pdf(); } finally { exportAdapter.formDocgen.load = load; }
    })()`,
  );
  out.controlOnPage = { pdfLongestTaskMs: control.longest, pdfMs: Math.round(control.ms * 10) / 10 };
  out.rendererPeak = await rendererPeak(chrome, pageUrl, photoExpression);
  return out;
}
