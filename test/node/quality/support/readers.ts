/**
 * Independent readers for the quality gates: qpdf (a PDF parser that is not
 * the one the renderer writes with) turns a PDF into JSON (qpdf JSON v2), in
 * which every dictionary key and name of every object, object streams
 * included, is scanned for the actions and active content of ISO 32000-1
 * §12.6 (JavaScript, OpenAction, additional actions, URI, Launch, form
 * submission, embedded files); a strict XML parser (@xmldom/xmldom, any
 * error fatal) reads each XML part of a DOCX package (ECMA-376, unzipped with
 * fflate) and yields the text of every w:t run and every field instruction.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

const run = promisify(execFile);

/** PDF names that make a document act: run script, open an address, start a program, submit or carry files. */
export const ACTIVE_PDF_NAMES = new Set([
  '/JS',
  '/JavaScript',
  '/OpenAction',
  '/AA',
  '/URI',
  '/Launch',
  '/SubmitForm',
  '/ImportData',
  '/GoToR',
  '/GoToE',
  '/RichMedia',
  '/EmbeddedFile',
  '/EmbeddedFiles',
  '/AcroForm',
  '/XFA',
]);

let tempDir: string | null = null;
let counter = 0;

function tempFile(bytes: Uint8Array): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'hochieu-quality-'));
  const file = join(tempDir, `f${counter++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

process.on('exit', () => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** Every object of the PDF as qpdf reads it (qpdf JSON v2 `qpdf` key: [header, objects]). */
export async function qpdfObjects(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const file = tempFile(bytes);
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', '--decode-level=none', file], { maxBuffer: 64 * 1024 * 1024 });
  rmSync(file, { force: true });
  const parsed = JSON.parse(stdout) as { qpdf: [unknown, Record<string, unknown>] };
  return parsed.qpdf[1];
}

/** The active names (see ACTIVE_PDF_NAMES) found as a key or a name value anywhere in the PDF's objects. */
export async function pdfActiveContent(bytes: Uint8Array): Promise<string[]> {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (ACTIVE_PDF_NAMES.has(v)) found.add(v);
    } else if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        if (ACTIVE_PDF_NAMES.has(k)) found.add(k);
        walk(inner);
      }
    }
  };
  walk(await qpdfObjects(bytes));
  return [...found].sort();
}

/** qpdf --check: exit 0 and no warning means a structurally sound file. */
export async function qpdfCheck(bytes: Uint8Array): Promise<{ ok: boolean; output: string }> {
  const file = tempFile(bytes);
  try {
    const { stdout, stderr } = await run('qpdf', ['--check', file]);
    return { ok: !/warning|error/iu.test(stderr) && /No syntax or stream encoding errors/u.test(stdout), output: stdout + stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
}

type XmlDocument = ReturnType<DOMParser['parseFromString']>;

/** Parses XML strictly: any warning or error of the parser is thrown. */
export function parseXmlStrict(text: string, name = 'xml'): XmlDocument {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${name}: XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'application/xml');
}

export interface DocxPart {
  /** Field instructions: w:instrText texts and w:fldSimple w:instr attributes. */
  fieldInstructions: string[];
  /** Targets of relationships marked TargetMode="External". */
  externalTargets: string[];
}

export interface DocxReading {
  /** Every part of the package by name. */
  files: Record<string, Uint8Array>;
  /** What each XML part (.xml, .rels) holds; every one was parsed strictly, here or in the reading it was unchanged from. */
  parts: Record<string, DocxPart>;
  /** Text of each paragraph of word/document.xml: its w:t contents joined (w:tab and w:br as a space), NFC as stored. */
  paragraphs: string[];
  /** All field instructions of all parts. */
  fieldInstructions: string[];
  /** All external relationship targets of all parts. */
  externalTargets: string[];
  /** Number of w:hyperlink elements in the document body. */
  hyperlinks: number;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads a DOCX package. With `unchangedFrom` (another reading, e.g. of the
 * same form without hostile text), parts byte-identical to that reading's are
 * not parsed again: they were found well formed there and hold no user text.
 */
export function readDocx(bytes: Uint8Array, unchangedFrom?: DocxReading): DocxReading {
  const files = unzipSync(bytes);
  const parts: Record<string, DocxPart> = {};
  let body: XmlDocument | undefined;
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/u.test(name)) continue;
    const known = unchangedFrom?.parts[name];
    if (known && name !== 'word/document.xml' && sameBytes(unchangedFrom.files[name], data)) {
      parts[name] = known;
      continue;
    }
    const doc = parseXmlStrict(strFromU8(data), name);
    if (name === 'word/document.xml') body = doc;
    const part: DocxPart = { fieldInstructions: [], externalTargets: [] };
    for (const el of Array.from(doc.getElementsByTagNameNS(W, 'instrText'))) part.fieldInstructions.push(el.textContent ?? '');
    for (const el of Array.from(doc.getElementsByTagNameNS(W, 'fldSimple'))) part.fieldInstructions.push(el.getAttributeNS(W, 'instr') ?? '');
    for (const el of Array.from(doc.getElementsByTagName('Relationship'))) {
      if (el.getAttribute('TargetMode') === 'External') part.externalTargets.push(el.getAttribute('Target') ?? '');
    }
    parts[name] = part;
  }
  if (!body) throw new Error('no word/document.xml');
  const paragraphs: string[] = [];
  for (const p of Array.from(body.getElementsByTagNameNS(W, 'p'))) {
    let text = '';
    const visit = (node: { childNodes: ArrayLike<unknown> }): void => {
      for (const child of Array.from(node.childNodes) as { nodeType: number; namespaceURI?: string | null; localName?: string | null; textContent?: string | null; childNodes: ArrayLike<unknown> }[]) {
        if (child.nodeType !== 1) continue;
        if (child.namespaceURI === W && child.localName === 't') text += child.textContent ?? '';
        else if (child.namespaceURI === W && (child.localName === 'tab' || child.localName === 'br')) text += ' ';
        else if (child.namespaceURI === W && child.localName === 'p') continue; // nested paragraphs (text boxes) are read on their own
        else visit(child);
      }
    };
    visit(p);
    paragraphs.push(text);
  }
  const names = Object.keys(parts).sort();
  return {
    files,
    parts,
    paragraphs,
    fieldInstructions: names.flatMap((n) => parts[n]?.fieldInstructions ?? []),
    externalTargets: names.flatMap((n) => parts[n]?.externalTargets ?? []),
    hyperlinks: body.getElementsByTagNameNS(W, 'hyperlink').length,
  };
}
