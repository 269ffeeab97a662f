#!/usr/bin/env node
// `pnpm bench` (issue 9): figures of the embed bundle and of document
// generation, with the peers measured in the same run, against the budgets
// of bench/budgets.json.
// 1. Sizes (scripts/bench/sizes.mjs): gzip and brotli sizes of what the embed
//    loads before any export and of each lazy part, from dist/widget (built
//    first when missing or stale).
// 2. First render (scripts/bench/first-render.mjs): time from the start of
//    hochieu.js to the first rendered <hochieu-app> in headless Chromium over
//    12 page loads, and the DOM size of that render.
// 3. Generation (scripts/bench/generation.mjs, workloads.mjs, peers.mjs): PDF,
//    DOCX and dossier ZIP of the fullest example with a 1 MB photo (and two
//    1 MB ID images for the ZIP), in Node and in Chromium, median of 12 runs
//    after 3 warm-up runs; pdfmake and docxtemplater on the same declaration,
//    as ratios ours / peer.
// 4. Memory (scripts/bench/dossier-memory.mjs, own process with --expose-gc):
//    peak memory of a dossier with 50 MB of attachments, as a multiple of the
//    input.
// Options: --json (one JSON object), --check (exit 1 when a size is over its
// limit in bench/budgets.json; times are reported, never gated), --sizes (the
// size figures only: fast, used by the test command).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chromium, chromePath } from './bench/chromium.mjs';
import { firstRenderFigures } from './bench/first-render.mjs';
import { generationFigures } from './bench/generation.mjs';
import { ensureWidgetBuilt, sizeFigures } from './bench/sizes.mjs';

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
  const b = report.generation?.browser;
  report.goals = [
    { goal: `first render ≤ ${goals.firstRenderMs} ms`, value: report.firstRender?.fromScript.medianMs, met: report.firstRender ? report.firstRender.fromScript.medianMs <= goals.firstRenderMs : null },
    { goal: `PDF in Chromium ≤ ${goals.browserPdfMs} ms`, value: b?.pdf.medianMs, met: b ? b.pdf.medianMs <= goals.browserPdfMs : null },
    { goal: `DOCX in Chromium ≤ ${goals.browserDocxMs} ms`, value: b?.docx.medianMs, met: b ? b.docx.medianMs <= goals.browserDocxMs : null },
    { goal: `dossier ZIP ≤ ${goals.zipMs} ms (Chromium and Node)`, value: b?.zip.medianMs ?? report.generation?.node.zip.medianMs, met: [b?.zip.medianMs, report.generation?.node.zip.medianMs].filter((x) => x !== undefined).every((x) => x <= goals.zipMs) },
    { goal: `50 MB dossier peak ≤ ${goals.dossierMemoryRatio} × input`, value: report.memory.ratio, met: report.memory.ratio !== undefined ? report.memory.ratio <= goals.dossierMemoryRatio : null },
    { goal: 'PDF faster than pdfmake', value: report.peers.browser?.pdfVsPdfmake ?? report.peers.node?.pdfVsPdfmake, met: [report.peers.node?.pdfVsPdfmake, report.peers.browser?.pdfVsPdfmake].filter((x) => x != null).every((x) => x < 1) },
    { goal: 'DOCX faster than docxtemplater', value: report.peers.browser?.docxVsDocxtemplater ?? report.peers.node?.docxVsDocxtemplater, met: [report.peers.node?.docxVsDocxtemplater, report.peers.browser?.docxVsDocxtemplater].filter((x) => x != null).every((x) => x < 1) },
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
  line('export: docgen + fonts (lazy)', sizes.lazy.export);
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
  if (sizesOnly) return;
  console.log('');
  if (report.firstRender) {
    const f = report.firstRender;
    console.log(`First render of <hochieu-app> in ${report.generation?.browser?.version ?? 'Chromium'} (${f.loads} loads, cache off, 127.0.0.1)`);
    console.log(`  from hochieu.js request: median ${ms(f.fromScript.medianMs)} (min ${ms(f.fromScript.minMs)}, max ${ms(f.fromScript.maxMs)})`);
    console.log(`  from navigation start:   median ${ms(f.fromNavigation.medianMs)} (min ${ms(f.fromNavigation.minMs)}, max ${ms(f.fromNavigation.maxMs)})`);
    console.log(`  DOM of the first render: ${f.domElements} elements (shadow roots included), ${f.requests} requests`);
    console.log('');
  }
  const g = report.generation;
  console.log(`Generation: example '${g.example}', photo ${kB(g.photo.bytes)} (${g.photo.source}); ZIP with two ID images of the same size; median of ${g.runs} runs after ${g.warmup} warm-up`);
  const gw = [30, 16, 10, 10, 10, 10];
  row(['where', 'work', 'median', 'min', 'max', 'size'], gw);
  const names = { pdf: 'PDF (docgen)', docx: 'DOCX (docgen)', zip: 'dossier ZIP', pdfmake: 'PDF (pdfmake)', docxtemplater: 'DOCX (docxtempl.)' };
  for (const where of ['node', 'browser']) {
    const s = g[where];
    if (!s) continue;
    for (const k of Object.keys(names)) row([s.version, names[k], ms(s[k].medianMs), ms(s[k].minMs), ms(s[k].maxMs), kB(s[k].bytes)], gw);
  }
  if (g.browserError) console.log(`Chromium: ${g.browserError}`);
  for (const where of ['node', 'browser']) {
    const r = report.peers[where];
    if (r) console.log(`ours / peer (${where}): PDF / pdfmake ${r.pdfVsPdfmake}, DOCX / docxtemplater ${r.docxVsDocxtemplater}`);
  }
  console.log('');
  const m = report.memory;
  if (m.error) console.log(`Dossier memory: failed (${m.error})`);
  else console.log(`Dossier with 50 MB of attachments (Node): input ${kB(m.inputBytes)}, built in ${m.ms} ms, peak RSS growth ${kB(m.peakGrowth)} = ${m.ratio} × input (ArrayBuffers ${m.arrayBuffersRatio} ×)`);
  console.log('');
  console.log('Goals (reported, not gated)');
  for (const goal of report.goals) console.log(`${goal.met === null ? '?   ' : goal.met ? 'met ' : 'MISS'} ${goal.goal}: ${goal.value ?? 'n/a'}`);
}

if (asJson) console.log(JSON.stringify(report, null, 2));
else printTable();

if (check) {
  const failed = sizeChecks.filter((c) => !c.ok);
  for (const f of failed) log(`bench --check: ${f.key} is ${f.value === null ? 'missing' : kB(f.value)}, over its limit ${kB(f.limit)}`);
  if (!asJson) console.log(`\nsize budgets: ${sizeChecks.length - failed.length} within their limits, ${failed.length} over`);
  process.exit(failed.length > 0 ? 1 : 0);
}
