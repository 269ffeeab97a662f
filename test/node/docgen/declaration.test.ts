// The public document functions over core's named examples, read back by
// independent readers: pdf.js for the PDF text, mammoth for the DOCX text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { formatVietnameseDate, toPrintedCapitals, type Declaration } from '@hochieu/core';
import { example, invalidExamples, validExamples, type ValidExampleName } from '@hochieu/core/examples';
import { buildBlankFormPdf, buildDeclarationDocx, buildDeclarationPdf, describeIssues, isDocgenError } from '@hochieu/docgen';
import { flat, readPdf } from './support/pdf-reader.js';

const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');

/** The values a citizen typed that must appear verbatim on the printed form. */
function printedValues(d: Declaration): string[] {
  const a = d.applicant;
  const out = [toPrintedCapitals(a.familyName), toPrintedCapitals(a.givenNames), a.placeOfBirth, a.ethnicity, a.religion, a.permanentAddress];
  for (const v of [a.temporaryAddress, a.occupation, a.employer]) if (v) out.push(v);
  for (const m of [d.family.father, d.family.mother, d.family.spouse]) {
    if (m) out.push(m.fullName, formatVietnameseDate(m.dateOfBirth));
  }
  if (d.previousPassport) out.push(d.previousPassport.number, formatVietnameseDate(d.previousPassport.issueDate));
  if (d.representative) out.push(toPrintedCapitals(d.representative.fullName), d.representative.relationship);
  return out.map((s) => s.normalize('NFC'));
}

for (const name of Object.keys(validExamples) as ValidExampleName[]) {
  test(`${name}: the PDF text read by pdf.js holds every typed value in NFC`, async () => {
    const d = example(name);
    const pdf = await buildDeclarationPdf(d, { date: DATE, clock });
    const text = flat((await readPdf(pdf)).pageTexts.join("\n"));
    for (const value of printedValues(d)) assert.ok(text.includes(flat(value)), `missing "${value}"`);
    if (d.applicant.personalId) assert.ok(text.includes(d.applicant.personalId), 'personal ID');
  });

  test(`${name}: the DOCX text read by mammoth holds every typed value`, async () => {
    const d = example(name);
    const docx = await buildDeclarationDocx(d, { date: DATE, clock });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const text = flat(value.normalize('NFC'));
    for (const v of printedValues(d)) assert.ok(text.includes(flat(v)), `missing "${v}"`);
  });
}

test('the same declaration and clock give identical PDF bytes', async () => {
  const a = await buildDeclarationPdf(example('fullAdult'), { date: DATE, clock });
  const b = await buildDeclarationPdf(example('fullAdult'), { date: DATE, clock });
  assert.deepEqual(a, b);
});

test('TK01 (filled and blank) fits on one A4 page', async () => {
  const filled = await readPdf(await buildDeclarationPdf(example('fullAdult'), { date: DATE, clock }));
  assert.equal(filled.pages, 1);
  const blank = await readPdf(await buildBlankFormPdf({ form: 'TK01', date: DATE, clock }));
  assert.equal(blank.pages, 1);
  assert.ok(flat(blank.pageTexts.join("\n")).includes('Mẫu TK01'));
});

test('an invalid declaration is refused with its issues, nothing is produced', async () => {
  const bad = Object.values(invalidExamples).find((e) => e.expect.severity === 'error')!;
  await assert.rejects(
    () => buildDeclarationPdf(bad.declaration, { date: DATE, clock, ...(bad.options ?? {}) }),
    (err: unknown) => {
      assert.ok(isDocgenError(err));
      assert.ok(err.issues.some((i) => i.path === bad.expect.path && i.id === bad.expect.id));
      assert.ok(describeIssues(err.issues, 'en').every((s) => s.length > 0));
      return true;
    },
  );
});
