#!/usr/bin/env node
// `pnpm bench` (issue 9): figures of the embed bundle and of document
// generation, with the peers measured in the same run, against the budgets
// of bench/budgets.json.
// 1. Sizes (scripts/bench/sizes.mjs): gzip and brotli sizes of what the embed
//    loads before any export and of each lazy part, from dist/widget (built
//    first when missing or stale).
//    The demo page's first load beside the embed's (scripts/bench/demo-sizes.mjs).
// 2. First render (scripts/bench/first-render.mjs): from the start of
//    hochieu.js to the guide's first paint, each of 12 loads in a new browser
//    context, at 1× and 4× CPU; and the DOM size of that render.
// 3. Generation (scripts/bench/generation.mjs, workloads.mjs, peers.mjs): PDF,
//    DOCX and dossier ZIP of the fullest example with a 1 MB photo (and two
//    1 MB ID images for the ZIP), in Node and in Chromium: the cold first
//    call, then median and p10–p90 of 12 runs after 3 warm-up runs; DOCX / PDF
//    interleaved in one process; pdfmake and docxtemplater on the same
//    declaration, as ratios ours / peer. Then the widget's own export path in
//    Chromium (scripts/bench/export-in-page.mjs: the export worker): cold and
//    warm times and the page's longest task during each export, and the
//    renderer's peak for a 50 MB dossier.
// 4. Memory (scripts/bench/dossier-memory.mjs, a fresh process with
//    --expose-gc): peak memory of a dossier with 50 MB of attachments, as a
//    multiple of the input.
// Every budget of issue 16 is printed with "met" or "NOT MET".
// Options: --json (one JSON object), --check (exit 1 when a size is over its
// limit in bench/budgets.json; times are reported, never gated), --sizes (the
// size figures only, with the demo page's; with --check, as the test command
// runs it, without the demo's build), --memory (the Node and Chromium memory
// cases of a 50 MB dossier alone, three rounds each).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chromium, chromePath } from './bench/chromium.mjs';
import { firstRenderFigures } from './bench/first-render.mjs';
import { generationFigures, rendererMemoryFigures } from './bench/generation.mjs';
import { ensureWidgetBuilt, sizeFigures } from './bench/sizes.mjs';
import { demoSizeFigures } from './bench/demo-sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const check = args.has('--check');
const sizesOnly = args.has('--sizes');
const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
const log = (line) => console.error(line);

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(1)} ms`;

/** The value of a size budget key such as `initial.gzip` or `export.gzip`. */
function sizeValue(sizes, key) {
  const [part, kind] = key.split('.');
  const entry = part === 'initial' ? sizes.initial : part === 'loader' ? sizes.loader : sizes.lazy[part];
  return entry ? entry[kind] : undefined;
}

function checkSizes(sizes) {
  const results = [];
  for (const [key, budget] of Object.entries(budgets.sizes)) {
    const value = sizeValue(sizes, key);
    results.push({
      key,
      value: value ?? null,
      limit: budget.limit,
      goal: budget.goal ?? null,
      ok: value !== undefined && value <= budget.limit,
      goalMet: budget.goal === undefined ? null : value !== undefined && value <= budget.goal,
    });
  }
  return results;
}

function memoryFigures() {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/dossier-memory.mjs'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

ensureWidgetBuilt(root, log);
const sizes = sizeFigures(root);
const sizeChecks = checkSizes(sizes);
const report = { date: new Date().toISOString(), machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, sizes, sizeChecks };

// --memory: only the two memory cases of a 50 MB dossier (Node in a fresh process, Chromium's renderer), 3 rounds each.
if (args.has('--memory')) {
  const rounds = { node: [], chromium: [] };
  const chrome = existsSync(chromePath()) ? await Chromium.launch() : null;
  try {
    for (let i = 0; i < 3; i += 1) rounds.node.push(memoryFigures().ratio);
    if (chrome) rounds.chromium = (await rendererMemoryFigures(root, chrome, 3)).map((r) => r.ratio ?? r.error);
  } finally {
    await chrome?.close();
  }
  const limit = budgets.goals.dossierMemoryRatio;
  const line = (name, list) => {
    const worst = Math.max(...list.filter((x) => typeof x === 'number'));
    return `${name}: ${list.join(', ')} × the attachments (worst ${worst}; goal ≤ ${limit}: ${worst <= limit ? 'met' : 'NOT MET'})`;
  };
  if (asJson) console.log(JSON.stringify({ goal: limit, ...rounds, load: (await import('node:os')).loadavg() }));
  else {
    console.log(line('Node peak (RSS growth, fresh process)', rounds.node));
    if (chrome) console.log(line('Chromium renderer peak (VmHWM growth, new context)', rounds.chromium));
    console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  }
  process.exit(0);
}

// The demo's sizes need a build of the demo site (~10 s): in every run but the test command's `--check --sizes`.
if (!sizesOnly || !args.has('--check')) {
  try {
    log('bench: demo page sizes …');
    report.demoSizes = await demoSizeFigures(root);
  } catch (err) {
    report.demoSizes = { error: err instanceof Error ? err.message : String(err) };
  }
}

if (!sizesOnly) {
  let chrome = null;
  try {
    if (existsSync(chromePath())) chrome = await Chromium.launch();
    else log(`bench: no browser at ${chromePath()}; browser figures skipped`);
  } catch (err) {
    log(`bench: Chromium did not start (${err instanceof Error ? err.message : err}); browser figures skipped`);
  }
  try {
    if (chrome) {
      log('bench: first render …');
      report.firstRender = await firstRenderFigures(root, chrome);
    }
    log('bench: document generation, ours and peers …');
    report.generation = await generationFigures(root, chrome);
  } finally {
    await chrome?.close();
  }
  log('bench: dossier memory …');
  report.memory = memoryFigures();
  const ratios = (where) => {
    const g = report.generation?.[where];
    if (!g) return null;
    return { pdfVsPdfmake: Math.round((g.pdf.medianMs / g.pdfmake.medianMs) * 100) / 100, docxVsDocxtemplater: Math.round((g.docx.medianMs / g.docxtemplater.medianMs) * 100) / 100 };
  };
  report.peers = { node: ratios('node'), browser: ratios('browser') };
  const goals = budgets.goals;
  const g = report.generation;
  const b = g?.browser;
  const e = g?.exportInPage && !g.exportInPage.error ? g.exportInPage : null;
  const f1 = report.firstRender?.cpu1x;
  const met = (value, limit) => (value === undefined || value === null || Number.isNaN(value) ? null : value <= limit);
  const demoOver = report.demoSizes?.initial ? report.demoSizes.initial.gzip - sizes.initial.gzip : null;
  report.goals = [
    { goal: `first paint of the guide ≤ ${goals.firstRenderMs} ms from hochieu.js, new context, 1× CPU (median)`, value: f1?.fromScript.medianMs, met: met(f1?.fromScript.medianMs, goals.firstRenderMs) },
    { goal: `DOCX ≤ ${goals.docxOverPdf} × PDF, interleaved, Node (median ratio)`, value: g?.node.docxOverPdf?.medianMs, met: met(g?.node.docxOverPdf?.medianMs, goals.docxOverPdf) },
    { goal: `DOCX ≤ ${goals.docxOverPdf} × PDF, interleaved, Chromium (median ratio)`, value: b?.docxOverPdf?.medianMs, met: met(b?.docxOverPdf?.medianMs, goals.docxOverPdf) },
    ...['pdf', 'docx', 'zip'].map((k) => ({ goal: `longest main-thread task while exporting ${k === 'zip' ? 'a 50 MB dossier' : k.toUpperCase()} ≤ ${goals.longestTaskMs} ms (1× CPU)`, value: e?.[k]?.longestTaskMs, met: met(e?.[k]?.longestTaskMs, goals.longestTaskMs) })),
    { goal: `Chromium renderer peak for a 50 MB dossier ≤ ${goals.dossierMemoryRatio} × attachments`, value: e?.rendererPeak?.ratio, met: met(e?.rendererPeak?.ratio, goals.dossierMemoryRatio) },
    { goal: `Node peak (RSS growth) for a 50 MB dossier ≤ ${goals.dossierMemoryRatio} × input`, value: report.memory.ratio, met: met(report.memory.ratio, goals.dossierMemoryRatio) },
    { goal: `first load ≤ ${budgets.sizes['initial.gzip'].goal / 1024} kB gzip`, value: sizes.initial.gzip, met: sizes.initial.gzip <= budgets.sizes['initial.gzip'].goal },
    { goal: `demo page first load within ${goals.demoInitialOverEmbedBytes / 1024} kB of the embed's (gzip)`, value: demoOver, met: met(demoOver, goals.demoInitialOverEmbedBytes) },
    { goal: `PDF in Chromium ≤ ${goals.browserPdfMs} ms (median, warm)`, value: b?.pdf.medianMs, met: met(b?.pdf.medianMs, goals.browserPdfMs) },
    { goal: `DOCX in Chromium ≤ ${goals.browserDocxMs} ms (median, warm)`, value: b?.docx.medianMs, met: met(b?.docx.medianMs, goals.browserDocxMs) },
    { goal: `dossier ZIP ≤ ${goals.zipMs} ms (median, warm, Chromium and Node)`, value: b?.zip.medianMs ?? g?.node.zip.medianMs, met: [b?.zip.medianMs, g?.node.zip.medianMs].filter((x) => x !== undefined).every((x) => x <= goals.zipMs) },
    { goal: 'PDF faster than pdfmake', value: report.peers.browser?.pdfVsPdfmake ?? report.peers.node?.pdfVsPdfmake, met: [report.peers.node?.pdfVsPdfmake, report.peers.browser?.pdfVsPdfmake].filter((x) => x != null).every((x) => x < 1) },
    { goal: 'DOCX / docxtemplater inserting the same photo (stated, no budget)', value: report.peers.browser?.docxVsDocxtemplater ?? report.peers.node?.docxVsDocxtemplater, met: null },
  ];
  mkdirSync(join(root, 'bench/.out'), { recursive: true });
  writeFileSync(join(root, 'bench/.out/latest.json'), JSON.stringify(report, null, 2));
}

function printTable() {
  const row = (cells, widths) => console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' '));
  console.log('Sizes of the embed bundle (dist/widget)');
  const w = [34, 7, 11, 11, 11];
  row(['part', 'files', 'minified', 'gzip', 'brotli'], w);
  const line = (name, s) => s && row([name, s.files.length, kB(s.raw), kB(s.gzip), kB(s.brotli)], w);
  line('initial load (entry + static)', sizes.initial);
  line('form (lazy)', sizes.lazy.form);
  line('export: worker + fonts (lazy)', sizes.lazy.export);
  line('  fallback on the page: docgen + fonts', sizes.lazy.exportOnPage);
  line('QR decoder (lazy)', sizes.lazy.qr);
  line('English texts (lazy)', sizes.lazy.en);
  line('other elements (lazy)', sizes.lazy.elements);
  line('address units: first focus/QR (lazy)', sizes.lazy.addresses);
  for (const [name, s] of Object.entries(sizes.fonts)) line(`  font ${name}`, s);
  line('classic loader', sizes.loader);
  console.log('');
  console.log('Size budgets (bench/budgets.json)');
  for (const c of sizeChecks) {
    const goal = c.goal === null ? '' : c.goalMet ? `, goal ${kB(c.goal)} met` : `, goal ${kB(c.goal)} MISSED by ${kB(c.value - c.goal)}`;
    console.log(`${c.ok ? 'ok  ' : 'OVER'} ${c.key.padEnd(16)} ${c.value === null ? 'missing' : kB(c.value)} ≤ ${kB(c.limit)}${goal}`);
  }
  console.log('');
  if (report.demoSizes?.initial) {
    const d = report.demoSizes;
    const over = d.initial.gzip - sizes.initial.gzip;
    const limit = budgets.goals.demoInitialOverEmbedBytes;
    console.log(`Demo page (vite.config.ts): first load ${kB(d.initial.gzip)} gzip (${d.initial.files.length} files) vs the embed's ${kB(sizes.initial.gzip)}: ${kB(over)} over, goal ≤ ${kB(limit)} ${over <= limit ? 'met' : 'NOT MET'}; export ${d.export ? kB(d.export.gzip) : 'n/a'} gzip vs the embed's ${kB(sizes.lazy.export.gzip)}`);
    console.log('');
  } else if (report.demoSizes?.error) console.log(`Demo page sizes: failed (${report.demoSizes.error})\n`);
  if (sizesOnly) return;
  const spread = (st) => `median ${ms(st.medianMs)} (p10 ${ms(st.p10Ms)} – p90 ${ms(st.p90Ms)})`;
  if (report.firstRender) {
    const f = report.firstRender;
    console.log(`First paint of the guide in ${report.generation?.browser?.version ?? 'Chromium'} (${f.loads} loads, each in a new browser context, 127.0.0.1)`);
    for (const rate of [1, 4]) {
      const r = f[`cpu${rate}x`];
      if (!r) continue;
      console.log(`  ${rate}× CPU: from hochieu.js request ${spread(r.fromScript)}; from navigation ${spread(r.fromNavigation)}; rendered (before paint) ${spread(r.renderedFromScript)}`);
    }
    console.log(`  DOM of the first render: ${f.domElements} elements (shadow roots included), ${f.requests} requests`);
    console.log('');
  }
  const g = report.generation;
  console.log(`Generation: example '${g.example}', photo ${kB(g.photo.bytes)} (${g.photo.source}); ZIP with two ID images of the same size; median of ${g.runs} runs after ${g.warmup} warm-up`);
  const gw = [30, 16, 10, 10, 10, 10, 10];
  row(['where', 'work', 'cold', 'median', 'p10', 'p90', 'size'], gw);
  const names = { pdf: 'PDF (docgen)', docx: 'DOCX (docgen)', zip: 'dossier ZIP', pdfmake: 'PDF (pdfmake)', docxtemplater: 'DOCX (docxtempl.)' };
  for (const where of ['node', 'browser']) {
    const s = g[where];
    if (!s) continue;
    for (const k of Object.keys(names)) row([s.version, names[k], s[k].coldMs != null ? ms(s[k].coldMs) : '', ms(s[k].medianMs), ms(s[k].p10Ms), ms(s[k].p90Ms), kB(s[k].bytes)], gw);
    const r = s.docxOverPdf;
    if (r) console.log(`  ${s.version}: DOCX / PDF interleaved: median ${r.medianMs} (p10 ${r.p10Ms} – p90 ${r.p90Ms}) over ${r.runs} rounds`);
  }
  const e = g.exportInPage;
  if (e?.error) console.log(`Export in the widget (worker): failed (${e.error})`);
  else if (e) {
    console.log(`Export through the widget's adapter in Chromium (export worker); longest task = the page's longest task during the export`);
    for (const k of ['pdf', 'docx', 'zip']) {
      const x = e[k];
      console.log(`  ${k === 'zip' ? '50 MB dossier' : k.toUpperCase()}: cold ${ms(x.coldMs)}, warm ${spread(x.warm)}, longest task ${ms(x.longestTaskMs)}, ${kB(x.bytes)}`);
    }
    console.log(`  control, PDF on the page's main thread (hosts that forbid workers): longest task ${ms(e.controlOnPage.pdfLongestTaskMs)}`);
    const p = e.rendererPeak;
    console.log(p.error ? `  renderer peak: ${p.error}` : `  renderer peak for the 50 MB dossier (fresh renderer): ${kB(p.growthBytes)} over the baseline = ${p.ratio} × the attachments (${kB(e.inputBytes)})`);
  }
  if (g.browserError) console.log(`Chromium: ${g.browserError}`);
  for (const where of ['node', 'browser']) {
    const r = report.peers[where];
    if (r) console.log(`ours / peer (${where}): PDF / pdfmake ${r.pdfVsPdfmake}, DOCX / docxtemplater ${r.docxVsDocxtemplater}`);
  }
  console.log('');
  const m = report.memory;
  if (m.error) console.log(`Dossier memory: failed (${m.error})`);
  else console.log(`Dossier with 50 MB of attachments (Node, fresh process): input ${kB(m.inputBytes)}, built in ${m.ms} ms, peak RSS growth ${kB(m.peakGrowth)} = ${m.ratio} × input (ArrayBuffers ${m.arrayBuffersRatio} ×; ${m.peakSource})`);
  console.log('');
  console.log('Budgets (reported, not gated)');
  for (const goal of report.goals) console.log(`${goal.met === null ? 'n/a     ' : goal.met ? 'met     ' : 'NOT MET '} ${goal.goal}: ${goal.value ?? 'n/a'}`);
}

if (asJson) console.log(JSON.stringify(report, null, 2));
else printTable();

if (check) {
  const failed = sizeChecks.filter((c) => !c.ok);
  for (const f of failed) log(`bench --check: ${f.key} is ${f.value === null ? 'missing' : kB(f.value)}, over its limit ${kB(f.limit)}`);
  if (!asJson) console.log(`\nsize budgets: ${sizeChecks.length - failed.length} within their limits, ${failed.length} over`);
  process.exit(failed.length > 0 ? 1 : 0);
}
