/**
 * Injection gate for the documents (issue 8, "Injection"): every hostile
 * string of the shared catalogue is typed into every field of every form
 * version (TK01 and TK01a of Thông tư 31/2023/TT-BCA, TK01 of Thông tư
 * 69/2026/TT-BCA). Validation either refuses it with message ids (never a
 * throw), or the declaration is printed and independent readers find the text
 * exactly as plain NFC text: pdf.js in the PDF, a strict XML parser in the
 * DOCX's WordprocessingML (ECMA-376), with no new field code, hyperlink or
 * external relationship; and qpdf finds no action or active content in the
 * PDF (ISO 32000-1 §12.6: JavaScript, OpenAction, URI, Launch, …).
 *
 * To stay fast, the accepted (field, string) pairs are packed: each document
 * carries in every field several accepted strings joined by " ¦ " (as long as
 * the joined value is still accepted), and rounds of documents are made until
 * every pair has been printed once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charactersOutsideRepertoire, fieldsOf, formatMessage, formVersions, isMessageId, validateDeclaration, visibleFields, writePath, type Field } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { buildDeclarationDocx, buildDeclarationPdf, describeIssues, isDocgenError } from '@hochieu/docgen';
import { HOSTILE_STRINGS, type HostileString } from '../../support/hostile-inputs.js';
import { readPdf } from '../docgen/support/pdf-reader.js';
import { CLOCK, TODAY, VERSION_CASES, isCleanIssue, occurrences, printedForm, squash, type VersionCase } from './support/cases.js';
import { pdfActiveContent, qpdfCheck, readDocx, type DocxReading } from './support/readers.js';

const SEPARATOR = ' ¦ ';

/** Whether the field's value appears on the declaration (the place is printed in the place-and-date line). */
function isPrinted(field: Field): boolean {
  return field.print !== null || field.id === 'submission.place';
}

/** Strings the catalogue marks as outside the bundled font: validation refuses them at the field (core's printable repertoire). */
function outsideFont(h: HostileString): boolean {
  return h.tags.includes('outsideFont') || h.tags.includes('noncharacter');
}

function errorsOf(vc: VersionCase, declaration: unknown) {
  return validateDeclaration(declaration, { date: TODAY, config: vc.config }).filter((i) => i.severity === 'error');
}

type Issue = { path: string; id: string; params?: Record<string, string | number> };

/** What a builder gave: the bytes, or the issues of its DocgenError (each with a path and a worded id). */
async function outcome(promise: Promise<Uint8Array>): Promise<{ bytes: Uint8Array; issues?: undefined } | { bytes?: undefined; issues: readonly Issue[] }> {
  try {
    return { bytes: await promise };
  } catch (e) {
    assert.ok(isDocgenError(e), `only DocgenError may be thrown, got ${String(e)}`);
    assert.ok(e.issues.length > 0);
    for (const issue of e.issues) assert.ok(isCleanIssue(issue), `clean issue: ${issue.path} ${issue.id}`);
    for (const locale of ['vi', 'en'] as const) {
      for (const sentence of describeIssues(e.issues, locale)) assert.ok(!/\{\w+\}/u.test(sentence), `worded: ${sentence}`);
    }
    return { issues: e.issues };
  }
}

interface Matrix {
  /** Per field, the catalogue strings validation accepts there (alone, in the valid example). */
  accepted: Map<Field, HostileString[]>;
  refusals: number;
}

/** Tries every string in every field; checks that each refusal is clean. */
function matrix(vc: VersionCase): Matrix {
  const base = example(vc.example);
  const accepted = new Map<Field, HostileString[]>();
  let refusals = 0;
  for (const field of fieldsOf(formVersions[vc.key])) {
    if (field.kind === 'chip') continue; // a boolean, not typed text
    const list: HostileString[] = [];
    for (const hostile of HOSTILE_STRINGS) {
      const errors = errorsOf(vc, writePath(base, field.id, hostile.value));
      if (errors.length === 0) {
        list.push(hostile);
        continue;
      }
      refusals++;
      assert.ok(errors.some((e) => e.path === field.id), `${field.id} / ${hostile.name}: the refusal names the field (got ${errors.map((e) => `${e.path} ${e.id}`).join(', ')})`);
      for (const e of errors) {
        assert.ok(isMessageId(e.id), `${field.id}: ${e.id} is a message id`);
        for (const locale of ['vi', 'en'] as const) {
          const text = formatMessage(e.id, e.params ?? {}, locale);
          assert.ok(text.length > 0 && !/\{\w+\}/u.test(text), `${field.id}: ${e.id} formats in ${locale}: ${text}`);
        }
      }
    }
    accepted.set(field, list);
  }
  return { accepted, refusals };
}

interface Round {
  declaration: unknown;
  /** Field → the strings joined into its value this round. */
  values: Map<Field, HostileString[]>;
}

/** Packs the accepted printable pairs into rounds of declarations (see the module comment). */
function rounds(vc: VersionCase, m: Matrix): Round[] {
  const pending = new Map<Field, HostileString[]>();
  // Longest first (first-fit decreasing): fewer rounds for the short fields.
  for (const [field, list] of m.accepted) pending.set(field, [...list].sort((a, b) => b.value.length - a.value.length));
  const out: Round[] = [];
  while ([...pending.values()].some((l) => l.length > 0)) {
    let declaration: unknown = example(vc.example);
    const values = new Map<Field, HostileString[]>();
    for (const [field, list] of pending) {
      const taken: HostileString[] = [];
      for (const hostile of [...list]) {
        const joined = [...taken, hostile].map((h) => h.value).join(SEPARATOR);
        if (errorsOf(vc, writePath(declaration, field.id, joined)).length > 0) continue;
        taken.push(hostile);
        list.splice(list.indexOf(hostile), 1);
      }
      if (taken.length === 0) continue;
      declaration = writePath(declaration, field.id, taken.map((h) => h.value).join(SEPARATOR));
      values.set(field, taken);
    }
    assert.ok(values.size > 0, 'each round places at least one string');
    out.push({ declaration, values });
  }
  return out;
}

const baselines = new Map<string, Promise<DocxReading>>();

/** The DOCX of the untouched example: what the layout itself puts in (fields, links) before any hostile text. */
function baseline(vc: VersionCase): Promise<DocxReading> {
  let b = baselines.get(vc.key);
  if (!b) {
    b = buildDeclarationDocx(example(vc.example), { date: TODAY, config: vc.config, clock: CLOCK }).then((bytes) => readDocx(bytes));
    baselines.set(vc.key, b);
  }
  return b;
}

for (const vc of VERSION_CASES) {
  test(`${vc.key}: every hostile string in every field is refused with message ids or printed as plain text`, async (t) => {
    const m = matrix(vc);
    const options = { date: TODAY, config: vc.config, clock: CLOCK };
    const markupAccepted = [...m.accepted.entries()].filter(([f, l]) => isPrinted(f) && l.some((h) => h.tags.includes('markup')));
    assert.ok(m.refusals > 0 && markupAccepted.length > 0, 'the catalogue is both refused somewhere and printed somewhere');

    await t.test('a refused value makes the builders refuse with the same core message ids', async () => {
      const [field] = markupAccepted[0]!;
      const nul = HOSTILE_STRINGS.find((h) => h.name === 'NUL')!;
      const { issues } = await outcome(buildDeclarationPdf(writePath(example(vc.example), field.id, nul.value), options));
      assert.ok(issues && issues.length > 0 && issues.every((i) => isMessageId(i.id) && i.path === field.id));
    });

    await t.test('characters outside the font are refused by validation at the field, the characters named', () => {
      for (const hostile of HOSTILE_STRINGS.filter(outsideFont)) {
        const outside = charactersOutsideRepertoire(hostile.value.normalize('NFC'));
        assert.ok(outside.length > 0, `${hostile.name}: outside core's printable repertoire`);
        // Fields the example shows (a field hidden by its condition, e.g. the postal address, is neither validated nor printed).
        const shown = new Set(visibleFields(formVersions[vc.key], example(vc.example)));
        for (const [field, list] of m.accepted) {
          if (!shown.has(field)) continue;
          assert.ok(!list.includes(hostile), `${field.id} / ${hostile.name}: accepted by validation, so docgen would refuse it`);
          if (!field.validators.includes('text')) continue;
          const errors = errorsOf(vc, writePath(example(vc.example), field.id, hostile.value)).filter((e) => e.path === field.id);
          const named = errors.find((e) => e.id === 'error.text.unsupportedCharacters');
          if (named) {
            const characters = String(named.params?.['characters']);
            assert.ok(outside.some((ch) => characters.includes(ch) || characters.includes(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`)), `${field.id} / ${hostile.name}: names ${characters}`);
          } else {
            // A string that also holds a format character (the ZWJ of an emoji sequence) gets that error first.
            assert.ok(errors.some((e) => e.id === 'error.text.controlCharacters'), `${field.id} / ${hostile.name}: ${errors.map((e) => e.id).join(', ')}`);
          }
        }
      }
    });

    const base = await baseline(vc);
    const all = rounds(vc, m);
    for (const [index, round] of all.entries()) {
      await t.test(`round ${index + 1} of ${all.length}: ${[...round.values.values()].reduce((n, l) => n + l.length, 0)} values print exactly, nothing active`, async () => {
        const pdfOut = await outcome(buildDeclarationPdf(round.declaration, options));
        const docxOut = await outcome(buildDeclarationDocx(round.declaration, options));
        assert.ok(pdfOut.bytes && docxOut.bytes, `built: ${JSON.stringify(pdfOut.issues ?? docxOut.issues)}`);
        const pdf = pdfOut.bytes;
        assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
        // qpdf --check on a sample: the first round of each version.
        const [pdfText, active, check] = await Promise.all([readPdf(pdf), pdfActiveContent(pdf), index === 0 ? qpdfCheck(pdf) : null]);
        const text = pdfText.pageTexts.join('\n');
        assert.equal(text, text.normalize('NFC'), 'the PDF text is NFC');
        assert.deepEqual(active, [], 'no action or active content in the PDF');
        if (check) assert.ok(check.ok, `qpdf --check: ${check.output}`);

        const reading = readDocx(docxOut.bytes, base); // every changed XML part well formed, or this throws
        const docxText = reading.paragraphs.join('\n');
        assert.equal(docxText, docxText.normalize('NFC'), 'the DOCX text is NFC');
        assert.deepEqual(reading.fieldInstructions, base.fieldInstructions, 'no field code created from text');
        assert.deepEqual(reading.externalTargets, base.externalTargets, 'no external relationship created from text');
        assert.equal(reading.hyperlinks, base.hyperlinks, 'no hyperlink created from text');

        // Each printed value, as the form prints it, appears at least as often as the fields that print it.
        const expected = new Map<string, number>();
        for (const [field, list] of round.values) {
          if (!isPrinted(field)) continue;
          const e = squash(printedForm(field, list.map((h) => h.value).join(SEPARATOR)));
          expected.set(e, (expected.get(e) ?? 0) + 1);
        }
        for (const [e, n] of expected) {
          assert.ok(occurrences(squash(text), e) >= n, `PDF shows "${e}" ${n} time(s)`);
          assert.ok(occurrences(squash(docxText), e) >= n, `DOCX shows "${e}" ${n} time(s)`);
        }
        // Markup stays character data: nothing of it reaches document.xml unescaped.
        const documentXml = new TextDecoder().decode(reading.files['word/document.xml']);
        for (const list of round.values.values()) {
          for (const h of list) if (h.value.includes('<')) assert.ok(!documentXml.includes(h.value), `raw markup of "${h.name}" in document.xml`);
        }
      });
    }
  });
}
