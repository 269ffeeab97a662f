/**
 * The quality gates' own readers can fail: each detector is shown the thing
 * it guards against and must see it. qpdf's view of a PDF with an OpenAction
 * running JavaScript and a link annotation with a URI action (ISO 32000-1
 * §12.6.4.16, §12.6.4.7); qpdf --check on a cut PDF; the strict XML parser on
 * broken markup and an undeclared entity; the DOCX reader on a package with a
 * HYPERLINK field and an external relationship (ECMA-376 Part 1, §17.16).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { strToU8, zipSync } from 'fflate';
import { parseXmlStrict, pdfActiveContent, qpdfCheck, readDocx } from './support/readers.js';

async function activePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const ctx = doc.context;
  const js = ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
  doc.catalog.set(PDFName.of('OpenAction'), ctx.register(js));
  const link = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 100], A: { S: 'URI', URI: PDFString.of('http://evil.example/') } });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(link)]));
  return doc.save({ useObjectStreams: true });
}

test('pdfActiveContent sees JavaScript, OpenAction and URI actions, even inside object streams', async () => {
  const found = await pdfActiveContent(await activePdf());
  for (const name of ['/JS', '/JavaScript', '/OpenAction', '/URI']) assert.ok(found.includes(name), `${name} in ${found.join(' ')}`);
});

test('pdfActiveContent finds nothing in a plain PDF', async () => {
  const doc = await PDFDocument.create();
  doc.addPage();
  assert.deepEqual(await pdfActiveContent(await doc.save()), []);
});

test('qpdfCheck refuses a cut PDF', async () => {
  const bytes = await activePdf();
  assert.equal((await qpdfCheck(bytes)).ok, true);
  assert.equal((await qpdfCheck(bytes.subarray(0, Math.floor(bytes.length / 2)))).ok, false);
});

test('parseXmlStrict throws on broken markup and on an undeclared entity', () => {
  assert.throws(() => parseXmlStrict('<w:t xmlns:w="urn:x">a<b</w:t>'));
  assert.throws(() => parseXmlStrict('<a>&evil;</a>'));
  assert.throws(() => parseXmlStrict('<a></b>'));
  assert.equal(parseXmlStrict('<a>&lt;b&gt;</a>').documentElement?.textContent, '<b>');
});

test('readDocx finds field instructions, external relationships and hyperlinks', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const document = `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>
    <w:p><w:r><w:t>Xin chào</w:t></w:r><w:fldSimple w:instr=" HYPERLINK &quot;http://evil&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>
    <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDETEXT "C:\\\\x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink><w:r><w:t>y</w:t></w:r></w:hyperlink></w:p>
  </w:body></w:document>`;
  const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="t" Target="http://evil.example/" TargetMode="External"/></Relationships>';
  const docx = zipSync({ 'word/document.xml': strToU8(document), 'word/_rels/document.xml.rels': strToU8(rels) });
  const r = readDocx(docx);
  assert.deepEqual([...r.fieldInstructions].sort(), [' HYPERLINK "http://evil" ', ' INCLUDETEXT "C:\\\\x" ']);
  assert.deepEqual(r.externalTargets, ['http://evil.example/']);
  assert.equal(r.hyperlinks, 1);
  assert.equal(r.paragraphs[0], 'Xin chàox');
  assert.throws(() => readDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:t>a<</w:t>') })));
});
