// The docxtemplater peer of `pnpm bench` does the same work as docgen: the
// template made from our DOCX, filled with its data, gives a document with the
// same text runs; and the pdfmake definition made from docgen's layout holds
// the declaration's values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeclarationDocx, declarationModel, DEFAULT_TYPOGRAPHY } from '@hochieu/docgen';
import { example } from '@hochieu/core/examples';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const PizZip = require('pizzip') as new (data?: Uint8Array) => { file(name: string): { asText(): string } | null };
const Docxtemplater = require('docxtemplater') as unknown;
interface Peers {
  docxTemplate(docx: Uint8Array, zip: unknown): { template: Uint8Array; data: Record<string, string>; runs: number };
  renderDocxTemplate(d: unknown, zip: unknown, template: Uint8Array, data: Record<string, string>): Uint8Array;
  pdfmakeDefinition(model: unknown, typography: unknown, photo: string | null): { content: unknown[]; pageSize: string };
}
const peersPath: string = join(root, 'scripts/bench/peers.mjs');
const load = async (): Promise<Peers> => (await import(peersPath)) as Peers;

const runs = (docx: Uint8Array): string[] => {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  return Array.from(xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu), (m) => m[1] ?? '');
};

test('docxtemplater fills the template made from our DOCX back to the same text runs', async () => {
  const { docxTemplate, renderDocxTemplate } = await load();
  const ours = await buildDeclarationDocx(example('fullAdult'), { date: '2026-11-21', clock: () => new Date('2026-11-21T03:00:00Z') });
  const { template, data, runs: count } = docxTemplate(ours, PizZip);
  const oursRuns = runs(ours);
  assert.equal(count, oursRuns.length);
  assert.ok(count > 50, 'the declaration has many runs');
  assert.ok(runs(template).every((r, i) => r === `{t${i}}`), 'every run of the template is a placeholder');
  const filled = renderDocxTemplate(Docxtemplater, PizZip, template, data);
  assert.deepEqual(runs(filled), oursRuns);
  assert.ok(oursRuns.join(' ').includes('HOÀNG'), 'the applicant is in the text');
});

test('the pdfmake definition is A4 and holds the values of docgen’s layout', async () => {
  const { pdfmakeDefinition } = await load();
  const { model } = declarationModel(example('fullAdult'), { date: '2026-11-21' });
  const dd = pdfmakeDefinition(model, DEFAULT_TYPOGRAPHY, null);
  assert.equal(dd.pageSize, 'A4');
  assert.equal(dd.content.length, model.blocks.length);
  const all = JSON.stringify(dd.content);
  for (const value of ['HOÀNG', 'THỊ THU HƯỜNG', '004188001234'.split('').join('"'), 'Giáo viên']) {
    if (value.includes('"')) continue;
    assert.ok(all.includes(value), value);
  }
  for (const ch of '004188001234') assert.ok(all.includes(`"text":"${ch}"`));
});
