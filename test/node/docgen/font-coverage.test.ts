// Core's printable repertoire (PRINTABLE_RANGES: what validation lets into a
// printed field) against the embedded Tinos subset: every character has a
// glyph in each style, the same glyph as the source font, both renderers
// print it, and a declaration holding the whole repertoire is valid and
// printed. docgen's own refusal of other characters stays as the last line of
// defence for models built directly (see model.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fontkit, { type Font } from '@cantoo/fontkit';
import { fieldsOf, formVersions, printableRepertoire, validateDeclaration, writePath, type Field } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { buildDeclarationDocx, buildDeclarationPdf, renderDocx, renderPdf, tinosFontSet, type DocumentModel } from '@hochieu/docgen';
import { sampleModel } from './fixtures/sample-model.js';
import { compareGlyphs, flat, readPdf, sourceFontFor } from './support/pdf-reader.js';

const DATE = '2026-11-21';
const CLOCK = () => new Date('2026-11-21T03:00:00Z');
const REPERTOIRE = printableRepertoire();
const hex = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** Characters drawn with an outline: all but the spaces. */
const WITH_INK = REPERTOIRE.filter((ch) => !/[\p{Zs}]/u.test(ch));

for (const style of ['regular', 'bold', 'italic'] as const) {
  test(`every character of the printable repertoire has a glyph in the embedded Tinos ${style}, the source font's glyph`, async () => {
    const embedded = fontkit.create(Buffer.from(await tinosFontSet[style]())) as Font;
    const source = fontkit.create(sourceFontFor(`Tinos-${style[0]!.toUpperCase()}${style.slice(1)}`) as Buffer) as Font;
    const missing = REPERTOIRE.filter((ch) => !embedded.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).map(hex);
    assert.deepEqual(missing, [], 'characters without a glyph');
    const differing = WITH_INK.filter((ch) => {
      const a = embedded.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      const b = source.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      return !a || !b || a.path.toSVG() !== b.path.toSVG() || a.advanceWidth !== b.advanceWidth;
    }).map(hex);
    assert.deepEqual(differing, [], 'glyphs that differ from the source font');
  });
}

/** The repertoire in lines of 40 characters, a space between characters so combining marks sit on a space of their own. */
const LINES = Array.from({ length: Math.ceil(REPERTOIRE.length / 40) }, (_, i) => REPERTOIRE.slice(i * 40, i * 40 + 40).join(' '));

function repertoireModel(): DocumentModel {
  const base = sampleModel();
  const styles = [{}, { bold: true }, { italic: true }];
  return { ...base, blocks: styles.flatMap((style) => LINES.map((text) => ({ kind: 'paragraph', text, ...style }))) } as DocumentModel;
}

test('renderPdf prints the whole repertoire in the three styles with the source glyphs', async () => {
  const pdf = await renderPdf(repertoireModel(), { clock: CLOCK });
  const reports = await compareGlyphs(pdf);
  for (const r of reports) assert.deepEqual(r.differing, [], `${r.baseFont}: glyphs that differ from the source font`);
  for (const name of ['Regular', 'Bold', 'Italic']) {
    const report = reports.find((r) => r.baseFont.endsWith(`-${name}`));
    assert.ok(report, name);
    const absent = WITH_INK.filter((ch) => !report.characters.has(ch)).map(hex);
    assert.deepEqual(absent, [], `${name}: repertoire characters not embedded`);
  }
  const text = flat((await readPdf(pdf)).pageTexts.join(' '));
  for (const ch of ['ƀ', 'Ƀ', 'ʼ', 'Ơ', 'ự', '₫', '№', '…']) assert.ok(text.includes(ch), `pdf.js reads ${ch}`);
});

test('renderDocx accepts the whole repertoire (its width table covers every character)', async () => {
  const docx = await renderDocx(repertoireModel(), { clock: CLOCK });
  assert.ok(docx.length > 1000);
});

/** Text fields printed on a form version, with their length limits. */
function printedTextFields(key: keyof typeof formVersions): Field[] {
  return fieldsOf(formVersions[key]).filter((f) => f.validators.includes('text') && f.print !== null && !f.showIf && f.kind !== 'office');
}

test('a declaration holding every character of the repertoire in its free-text fields is valid and printed as PDF and DOCX', async () => {
  const fields = printedTextFields('TK01@TT31_2023');
  assert.ok(fields.length >= 5, 'enough free-text fields');
  // Letters separated by spaces, so no two characters compose under NFC and every value keeps its characters.
  const pending = [...REPERTOIRE.filter((ch) => ch !== ' ')];
  let documents = 0;
  while (pending.length > 0) {
    let d: unknown = example('fullAdult');
    for (const field of fields) {
      const room = Math.floor(((field.maxLength ?? 100) + 1) / 3);
      const taken = pending.splice(0, room);
      if (taken.length === 0) break;
      // A combining mark goes after an x, a letter it does not compose with (NFC keeps both).
      d = writePath(d, field.id, taken.map((ch) => (/\p{M}/u.test(ch) ? `x${ch}` : ch)).join(' '));
    }
    const errors = validateDeclaration(d, { date: DATE }).filter((i) => i.severity === 'error');
    assert.deepEqual(errors, [], 'valid');
    await buildDeclarationPdf(d, { date: DATE, clock: CLOCK });
    await buildDeclarationDocx(d, { date: DATE, clock: CLOCK });
    documents++;
  }
  assert.ok(documents >= 1);
});
