/**
 * Fuzzing gate for docgen's DOM-free boundaries (issue 8, "Fuzzing"): random
 * declarations, valid and invalid, through validation and then docgen. The
 * result is either a DocgenError whose issues each have a path and a worded
 * id, or documents that independent readers open: the PDF starts with
 * "%PDF-" and pdf.js reads it (qpdf --check on a sample), the DOCX unzips
 * and its document.xml parses strictly. The same holds for the document
 * model (`checkModel` never throws; `renderPdf`/`renderDocx` of an accepted
 * model throw nothing but DocgenError), the declaration QR decoder (any text;
 * encode → decode gives back exactly the fields the form version shows; size
 * limits on the text and the inflated body), and the dossier with arbitrary
 * file bytes. Bounded: fixed seeds, run counts and time limits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { fieldsOf, formVersions, normalizeDeep, readPath, validateDeclaration, visibleFields, writePath, type Declaration, type FormVersionKey, type HostConfig } from '@hochieu/core';
import { example, validExamples, type ValidExampleName } from '@hochieu/core/examples';
import {
  buildDeclarationDocx,
  buildDeclarationPdf,
  buildDossierWithManifest,
  checkModel,
  declarationModel,
  decodeDeclarationQr,
  encodeDeclarationQr,
  isDocgenError,
  isDocgenMessageId,
  QR_FIELDS,
  base45Encode,
  crc32,
  renderDocx,
  renderPdf,
  type DocumentModel,
} from '@hochieu/docgen';
import { HOSTILE_FILE_KINDS, hostileFile, tinyJpeg } from '../../support/hostile-inputs.js';
import { readPdf } from '../docgen/support/pdf-reader.js';
import { CLOCK, TODAY, isCleanIssue } from './support/cases.js';
import { anyValue, fuzz, hostileText, mutatedDeclaration, mutatedDeclarationOf, vietnameseText } from './support/fuzz.js';
import { parseXmlStrict, qpdfCheck } from './support/readers.js';

const EXAMPLES = Object.keys(validExamples) as ValidExampleName[];

/** Awaits a builder: its bytes, or null after checking that it threw a clean DocgenError. */
async function bytesOrCleanError(run: () => Promise<Uint8Array>, check: (issue: { path: string; id: string }) => boolean = isCleanIssue): Promise<Uint8Array | null> {
  try {
    return await run();
  } catch (e) {
    assert.ok(isDocgenError(e), `only DocgenError may be thrown, got ${e instanceof Error ? e.stack : String(e)}`);
    assert.ok(e.issues.length > 0, 'a DocgenError lists its issues');
    for (const issue of e.issues) assert.ok(check(issue), `clean issue: ${issue.path} ${issue.id}`);
    return null;
  }
}

let qpdfSampled = false;

async function assertReadablePdf(pdf: Uint8Array): Promise<void> {
  assert.equal(strFromU8(pdf.subarray(0, 5)), '%PDF-');
  const read = await readPdf(pdf);
  assert.ok(read.pages >= 1, 'pdf.js opens it');
  if (!qpdfSampled) {
    qpdfSampled = true;
    const check = await qpdfCheck(pdf);
    assert.ok(check.ok, check.output);
  }
}

function assertReadableDocx(docx: Uint8Array): void {
  const files = unzipSync(docx);
  const xml = files['word/document.xml'];
  assert.ok(xml, 'word/document.xml');
  parseXmlStrict(strFromU8(xml), 'word/document.xml');
}

test('fuzz: declaration builders refuse arbitrary JSON with core message ids, never another exception', async () => {
  await fuzz(
    fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
      const pdf = await bytesOrCleanError(() => buildDeclarationPdf(value, { date: TODAY, clock: CLOCK }));
      if (pdf) await assertReadablePdf(pdf);
    }),
    { seed: 9001, numRuns: 200 },
  );
});

test('fuzz: mutated declarations give a readable PDF or a clean DocgenError', async () => {
  await fuzz(
    fc.asyncProperty(mutatedDeclaration, async (declaration) => {
      const pdf = await bytesOrCleanError(() => buildDeclarationPdf(declaration, { date: TODAY, clock: CLOCK }));
      if (pdf) await assertReadablePdf(pdf);
    }),
    { seed: 9002, numRuns: 40, timeLimitMs: 3000 },
  );
});

test('fuzz: mutated declarations give a well-formed DOCX or a clean DocgenError', async () => {
  await fuzz(
    fc.asyncProperty(mutatedDeclaration, async (declaration) => {
      const docx = await bytesOrCleanError(() => buildDeclarationDocx(declaration, { date: TODAY, clock: CLOCK }));
      if (docx) assertReadableDocx(docx);
    }),
    { seed: 9003, numRuns: 40, timeLimitMs: 3000 },
  );
});

test('fuzz: hostile free text that validation accepts is printed (readable PDF and DOCX), never refused by docgen', async () => {
  const textFields = [...new Set(Object.values(formVersions).flatMap((v) => fieldsOf(v).filter((f) => f.validators.includes('text')).map((f) => f.id)))];
  let printed = 0;
  await fuzz(
    fc.asyncProperty(mutatedDeclarationOf(hostileText, textFields), async (declaration) => {
      if (validateDeclaration(declaration, { date: TODAY }).some((i) => i.severity === 'error')) return;
      // Validation holds free text to core's printable repertoire, which the embedded font covers: no DocgenError may remain.
      const none = () => false;
      const pdf = await bytesOrCleanError(() => buildDeclarationPdf(declaration, { date: TODAY, clock: CLOCK }), none);
      const docx = await bytesOrCleanError(() => buildDeclarationDocx(declaration, { date: TODAY, clock: CLOCK }), none);
      assert.ok(pdf && docx);
      printed++;
      await assertReadablePdf(pdf);
      assertReadableDocx(docx);
    }),
    { seed: 9004, numRuns: 30, timeLimitMs: 3000 },
  );
  assert.ok(printed > 0, 'some hostile text was printed');
});

test('a value hidden under "__proto__" is never printed without validation (submission.place)', async () => {
  const text = JSON.stringify(example('minimalAdult')).replace('"submission":{', `"submission":{"__proto__":{"place":"${'UNCHECKED '.repeat(12)}"},`);
  const declaration: unknown = JSON.parse(text);
  // An own "__proto__" key is a key the published JSON Schema does not name (issue 15): an error at its place, nothing printed.
  assert.deepEqual(
    validateDeclaration(declaration, { date: TODAY }).filter((i) => i.severity === 'error').map((i) => [i.path, i.id]),
    [['submission.__proto__', 'error.value.unknownKey']],
  );
  await assert.rejects(buildDeclarationPdf(declaration, { date: TODAY, clock: CLOCK }), (err: unknown) => isDocgenError(err));
});

// ---------------------------------------------------------------- the document model

const isModelIssue = (i: { path: string; id: string }) => typeof i.path === 'string' && isDocgenMessageId(i.id);

test('fuzz: checkModel never throws and words every issue, on any JavaScript value', async () => {
  await fuzz(
    fc.property(anyValue, (value) => {
      const issues = checkModel(value);
      assert.ok(Array.isArray(issues));
      for (const i of issues) assert.ok(isModelIssue(i), `${i.path} ${i.id}`);
    }),
    { seed: 9005, numRuns: 400 },
  );
});

/** Every path into a model (objects and arrays, image bytes left whole), as lists of keys. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (value instanceof Uint8Array) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  Object.defineProperty(copy, head, { value: setAt(copy[head], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}

const baseModels: DocumentModel[] = [
  declarationModel(example('fullAdult'), { date: TODAY }).model,
  declarationModel(example('child'), { date: TODAY }).model,
];

const modelValue = fc.oneof(
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: vietnameseText, weight: 4 },
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  { arbitrary: fc.integer({ min: -10, max: 300 }), weight: 2 },
  fc.constantFrom(null, undefined, true, false, '', 0, -1, 1e9, Number.NaN, Number.POSITIVE_INFINITY, [], {}),
  fc.uint8Array({ maxLength: 64 }),
  fc.constant(tinyJpeg(40, 60)),
);

const mutatedModel = fc
  .tuple(fc.constantFrom(...baseModels), fc.array(fc.tuple(fc.nat(), modelValue), { minLength: 1, maxLength: 2 }))
  .map(([model, edits]) => {
    let m: unknown = model;
    for (const [pick, value] of edits) {
      const paths = pathsOf(m);
      m = setAt(m, paths[pick % paths.length]!, value);
    }
    return m as DocumentModel;
  });

test('fuzz: a mutated model is checked without throwing; renderPdf of an accepted one throws nothing but DocgenError', async () => {
  let rendered = 0;
  await fuzz(
    fc.asyncProperty(mutatedModel, async (model) => {
      const issues = checkModel(model);
      for (const i of issues) assert.ok(isModelIssue(i), `${i.path} ${i.id}`);
      if (issues.length > 0) return;
      const pdf = await bytesOrCleanError(() => renderPdf(model, { clock: CLOCK }), isModelIssue);
      if (pdf) {
        rendered++;
        assert.equal(strFromU8(pdf.subarray(0, 5)), '%PDF-');
      }
    }),
    { seed: 9006, numRuns: 80, timeLimitMs: 3000 },
  );
  assert.ok(rendered > 0, 'some mutated models were rendered');
});

test('fuzz: renderDocx of an accepted mutated model is well formed or a DocgenError', async () => {
  await fuzz(
    fc.asyncProperty(mutatedModel, async (model) => {
      if (checkModel(model).length > 0) return;
      const docx = await bytesOrCleanError(() => renderDocx(model, { clock: CLOCK }), isModelIssue);
      if (docx) assertReadableDocx(docx);
    }),
    { seed: 9007, numRuns: 40, timeLimitMs: 3000 },
  );
});

// ---------------------------------------------------------------- the declaration QR code

const isQrIssue = (i: { path: string; id: string }) => i.path === 'qr' && isDocgenMessageId(i.id);

function decodesCleanly(text: string): Declaration | null {
  try {
    return decodeDeclarationQr(text);
  } catch (e) {
    assert.ok(isDocgenError(e), `only DocgenError may be thrown, got ${String(e)}`);
    for (const i of e.issues) assert.ok(isQrIssue(i), `${i.path} ${i.id}`);
    return null;
  }
}

const VERSION_OF: Record<ValidExampleName, FormVersionKey> = {
  minimalAdult: 'TK01@TT31_2023',
  fullAdult: 'TK01@TT31_2023',
  child: 'TK01a@TT31_2023',
  childWithoutId: 'TK01a@TT31_2023',
  lostPassport: 'TK01@TT31_2023',
  onlinePostal: 'TK01@TT31_2023',
};

/** Every example on its own form version, and the full adult on the TK01 of Thông tư 69/2026 (enabled by the host). */
const QR_CASES: readonly { name: ValidExampleName; key: FormVersionKey; config: HostConfig }[] = [
  ...EXAMPLES.map((name) => ({ name, key: VERSION_OF[name], config: {} })),
  { name: 'fullAdult', key: 'TK01@TT69_2026', config: { enabledFormVersions: ['TT69_2026'] } },
];

test('fuzz: decodeDeclarationQr gives a declaration or a DocgenError for any text', async () => {
  const valid = encodeDeclarationQr(example('fullAdult'), 'TK01@TT31_2023');
  const qrText = fc.oneof(
    hostileText,
    fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'), maxLength: 200 }).map((s) => `HCVN2:${s}`),
    // The valid text with characters replaced, removed or appended.
    fc.tuple(fc.nat(), fc.constantFrom('', '0', 'Z', ':', '%', 'a', '\u0000'), fc.nat({ max: 3 })).map(([at, ch, cut]) => {
      const i = at % valid.length;
      return valid.slice(0, i) + ch + valid.slice(i + 1 + cut);
    }),
  );
  await fuzz(
    fc.property(qrText, (text) => {
      const d = decodesCleanly(text);
      if (d) assert.ok(typeof d === 'object' && d.schemaVersion === 1);
    }),
    { seed: 9008, numRuns: 500 },
  );
});

test('fuzz: encode then decode gives back every field the form version shows, and nothing else', async () => {
  await fuzz(
    fc.property(fc.constantFrom(...QR_CASES), fc.array(fc.tuple(fc.nat(), hostileText), { minLength: 1, maxLength: 4 }), ({ name, key, config }, edits) => {
      const fields = fieldsOf(formVersions[key]);
      let d: unknown = example(name);
      for (const [pick, value] of edits) {
        // Any field of the version, shown or not: validation decides what stays.
        const trial = writePath(d, fields[pick % fields.length]!.id, value);
        if (!validateDeclaration(trial, { date: TODAY, config }).some((i) => i.severity === 'error')) d = trial;
      }
      const normalized = normalizeDeep(d) as Declaration;
      const decoded = decodeDeclarationQr(encodeDeclarationQr(normalized, key));
      const shown = new Set<string>(visibleFields(formVersions[key], normalized).map((f) => f.id));
      for (const field of fields) {
        const v = readPath(normalized, field.id);
        const back = readPath(decoded, field.id);
        if (!shown.has(field.id)) assert.equal(back, undefined, `${field.id} is hidden, so not carried`);
        else if (typeof v === 'boolean' || (typeof v === 'string' && v !== '')) assert.equal(back, v, field.id);
        else assert.ok(back === undefined || back === '', `${field.id} was empty`);
      }
      const own = new Set<string>(fields.map((f) => f.id));
      for (const path of QR_FIELDS) {
        if (own.has(path) || path === 'form' || path === 'request.chip') continue;
        assert.equal(readPath(decoded, path), undefined, `${path} is not on ${key}`);
      }
      assert.equal(readPath(decoded, 'form'), readPath(normalized, 'form'));
      assert.equal(readPath(decoded, 'request.chip'), readPath(normalized, 'request.chip'));
    }),
    { seed: 9009, numRuns: 200 },
  );
});

test('a deflate bomb that still fits in a QR code (4296 alphanumeric characters, version 40-L) is refused as too large within 2 s', () => {
  // About 2.8 MB of body in a 4.2 kB text; an honest declaration body is under 2 kB.
  const body = strToU8(`1|TK01@TT31_2023|${'|'.repeat(40)}${'A'.repeat(2_800_000)}`);
  const packed = deflateSync(body, { level: 9 });
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed);
  new DataView(payload.buffer).setUint32(packed.length, crc32(body));
  const text = `HCVN2:${base45Encode(payload)}`;
  assert.ok(text.length <= 4296, `fits a QR code (${text.length})`);
  const started = performance.now();
  assert.throws(() => decodeDeclarationQr(text), (e: unknown) => isDocgenError(e) && e.issues.length === 1 && e.issues[0]!.path === 'qr' && e.issues[0]!.id === 'docgen.qr.tooLarge');
  assert.ok(performance.now() - started < 2000, 'answered quickly');
});

test('a text longer than any QR code (290 kB) is refused as too long without decoding', () => {
  const started = performance.now();
  assert.throws(() => decodeDeclarationQr(`HCVN2:${'0'.repeat(290_000)}`), (e: unknown) => isDocgenError(e) && e.issues[0]?.id === 'docgen.qr.tooLong');
  assert.ok(performance.now() - started < 2000, 'answered quickly');
});

// ---------------------------------------------------------------- the dossier

test('fuzz: buildDossier with arbitrary file bytes and names gives a ZIP with a JSON manifest or a clean DocgenError', async () => {
  const fileBytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.constant(tinyJpeg(400, 600)),
    fc.constantFrom(...HOSTILE_FILE_KINDS.filter((k) => k !== 'oversized')).map((k) => hostileFile(k).bytes),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => {
      const j = tinyJpeg(400, 600);
      const i = at % j.length;
      return Uint8Array.from([...j.subarray(0, i), ...junk, ...j.subarray(i)]);
    }),
  );
  await fuzz(
    fc.asyncProperty(
      fc.constantFrom('fullAdult', 'child', 'onlinePostal', 'lostPassport') as fc.Arbitrary<ValidExampleName>,
      fc.option(fileBytes, { nil: undefined }),
      fc.array(fc.record({ role: fc.constantFrom('previousPassport', 'lossReport', 'birthCertificate', 'representationProof', 'photo', 'nonsense'), bytes: fileBytes, name: fc.option(hostileText, { nil: undefined }), mediaType: fc.option(fc.constantFrom('image/jpeg', 'application/pdf', 'text/html', ''), { nil: undefined }) }), { maxLength: 2 }),
      async (name, photo, attachments) => {
        const files = { ...(photo ? { photo } : {}), attachments: attachments.map((a) => ({ ...a, ...(a.name === undefined ? { name: undefined } : {}) })) } as Parameters<typeof buildDossierWithManifest>[1];
        let zip: Uint8Array | null = null;
        try {
          zip = (await buildDossierWithManifest(example(name), files, { date: TODAY, clock: CLOCK })).zip;
        } catch (e) {
          assert.ok(isDocgenError(e), `only DocgenError may be thrown, got ${e instanceof Error ? e.stack : String(e)}`);
          for (const i of e.issues) assert.ok(isCleanIssue(i), `${i.path} ${i.id}`);
        }
        if (zip) {
          const entries = unzipSync(zip);
          assert.ok(JSON.parse(strFromU8(entries['manifest.json']!)));
        }
      },
    ),
    { seed: 9010, numRuns: 25, timeLimitMs: 3000 },
  );
});
