/**
 * The document model's structural check, its text preparation (NFC, capitals)
 * and the renderers' refusal of invalid models with one typed DocgenError.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocgenError, checkModel, prepareModel, renderDocx, renderPdf, type DocumentModel } from '@hochieu/docgen';
import { PHOTO_JPEG, PHOTO_PNG, VIETNAMESE_LETTERS_LINE, sampleModel } from './fixtures/sample-model.js';

function withBlocks(blocks: unknown[]): DocumentModel {
  return { ...sampleModel(), blocks } as DocumentModel;
}

function ids(model: unknown): string[] {
  return checkModel(model).map((i) => `${i.path} ${i.id}`);
}

test('the sample model has no structural issue', () => {
  assert.deepEqual(checkModel(sampleModel()), []);
  assert.deepEqual(checkModel(sampleModel(PHOTO_PNG)), []);
});

test('a non-object model and a model without blocks are refused', () => {
  assert.deepEqual(ids(null), [' docgen.model.notObject']);
  assert.ok(ids(withBlocks([])).includes('blocks docgen.model.tooFew'));
});

test('an unknown block kind is reported with its path', () => {
  assert.deepEqual(ids(withBlocks([{ kind: 'title', title: 'A' }, { kind: 'banner' }])), ['blocks/1/kind docgen.model.unknownBlock']);
});

test('digit boxes accept exactly as many characters as boxes, not one more', () => {
  const ok = { kind: 'digitBoxes', count: 12, value: '012345678901' };
  assert.deepEqual(ids(withBlocks([ok])), []);
  assert.deepEqual(ids(withBlocks([{ ...ok, value: '0123456789012' }])), ['blocks/0/value docgen.model.tooManyCharacters']);
  assert.deepEqual(ids(withBlocks([{ ...ok, count: 0, value: null }])), ['blocks/0/count docgen.model.outOfRange']);
  assert.deepEqual(ids(withBlocks([{ ...ok, count: 12.5 }])), ['blocks/0/count docgen.model.notNumber']);
});

test('a table row must have one cell per column', () => {
  const table = { kind: 'table', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }], rows: [['x', null], ['only one']] };
  assert.deepEqual(ids(withBlocks([table])), ['blocks/0/rows/1 docgen.model.rowWidth']);
});

test('image bytes must match the declared media type', () => {
  const box = (image: unknown) => ({ kind: 'photoBox', widthMm: 40, heightMm: 60, label: 'Ảnh', beside: [], image });
  assert.deepEqual(ids(withBlocks([box(PHOTO_JPEG)])), []);
  assert.deepEqual(ids(withBlocks([box({ bytes: PHOTO_PNG.bytes, mediaType: 'image/jpeg' })])), ['blocks/0/image/bytes docgen.model.imageType']);
  assert.deepEqual(ids(withBlocks([box({ bytes: new Uint8Array(0), mediaType: 'image/png' })])), ['blocks/0/image/bytes docgen.model.imageBytes']);
  assert.deepEqual(ids(withBlocks([box({ bytes: PHOTO_JPEG.bytes, mediaType: 'image/gif' })])).length, 2);
});

test('control characters and lone surrogates are refused; a line feed only in running text', () => {
  assert.deepEqual(ids(withBlocks([{ kind: 'item', label: 'Họ\u0007', value: null }])), ['blocks/0/label docgen.model.controlCharacter']);
  assert.deepEqual(ids(withBlocks([{ kind: 'item', label: 'Họ', value: 'A\uD800B' }])), ['blocks/0/value docgen.model.controlCharacter']);
  assert.deepEqual(ids(withBlocks([{ kind: 'item', label: 'Họ\nTên', value: null }])), ['blocks/0/label docgen.model.controlCharacter']);
  assert.deepEqual(ids(withBlocks([{ kind: 'paragraph', text: 'Dòng 1\nDòng 2' }])), []);
  assert.deepEqual(ids(withBlocks([{ kind: 'item', label: 'Tên 😀', value: null }])), []);
});

test('margins must leave at least 100 mm of line width', () => {
  const model = sampleModel();
  model.page.marginsMm = { top: 20, right: 55, bottom: 20, left: 55.01 };
  assert.deepEqual(ids(model), ['page/marginsMm docgen.model.tooNarrow']);
  model.page.marginsMm = { top: 20, right: 55, bottom: 20, left: 55 };
  assert.deepEqual(ids(model), []);
});

test('only A4 pages and the vi-VN language are accepted', () => {
  const model = sampleModel() as unknown as { page: { size: string }; metadata: { language: string } };
  model.page.size = 'A5';
  model.metadata.language = 'en';
  assert.deepEqual(ids(model), ['page/size docgen.model.notAllowed', 'metadata/language docgen.model.notAllowed']);
});

test('a photo box or page break cannot be set beside a photo box', () => {
  const inner = { kind: 'photoBox', widthMm: 40, heightMm: 60, label: 'Ảnh', beside: [] };
  assert.deepEqual(ids(withBlocks([{ ...inner, beside: [inner, { kind: 'pageBreak' }] }])), [
    'blocks/0/beside/0/kind docgen.model.notAllowedBeside',
    'blocks/0/beside/1/kind docgen.model.notAllowedBeside',
  ]);
});

test('both renderers refuse an invalid model with one DocgenError listing every issue', async () => {
  const bad = withBlocks([{ kind: 'item', label: 7, value: null }, { kind: 'digitBoxes', count: 2, value: '123' }]);
  for (const render of [renderPdf, renderDocx]) {
    await assert.rejects(render(bad), (error: unknown) => {
      assert.ok(error instanceof DocgenError);
      assert.deepEqual(
        error.issues.map((i) => `${i.path} ${i.id}`),
        ['blocks/0/label docgen.model.notText', 'blocks/1/value docgen.model.tooManyCharacters'],
      );
      return true;
    });
  }
});

test('both renderers refuse a character the embedded font cannot print, naming it and its place', async () => {
  const model = withBlocks([{ kind: 'item', label: 'Họ và tên:', value: 'Lý 李' }]);
  for (const render of [renderPdf, renderDocx]) {
    await assert.rejects(render(model), (error: unknown) => {
      assert.ok(error instanceof DocgenError);
      assert.deepEqual(error.issues, [{ path: 'blocks/0/value', id: 'docgen.text.unsupportedCharacter', params: { character: '李', codePoint: 'U+674E' } }]);
      return true;
    });
  }
});

test('a clock that gives an invalid date is refused', async () => {
  await assert.rejects(renderPdf(sampleModel(), { clock: () => new Date(Number.NaN) }), DocgenError);
  await assert.rejects(renderDocx(sampleModel(), { clock: () => new Date(Number.NaN) }), DocgenError);
});

test('preparation composes NFD text and prints upper-case values in capitals, without touching the input', () => {
  const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
  const model = withBlocks([
    { kind: 'item', label: 'Họ tên'.normalize('NFD'), value: nfd, case: 'upper' },
    { kind: 'row', parts: [{ kind: 'field', label: 'Họ', value: 'đặng', case: 'upper' }, { kind: 'field', label: 'Tên', value: 'thư' }] },
  ]);
  const prepared = prepareModel(model);
  assert.deepEqual(prepared.blocks[0], { kind: 'item', label: 'Họ tên', value: 'NGUYỄN THỊ ÁNH', case: 'upper' });
  assert.deepEqual(prepared.blocks[1], {
    kind: 'row',
    parts: [
      { kind: 'field', label: 'Họ', value: 'ĐẶNG', case: 'upper' },
      { kind: 'field', label: 'Tên', value: 'thư' },
    ],
  });
  assert.equal((model.blocks[0] as { value: string }).value, nfd);
});

test('the fixture line holds exactly the 134 precomposed Vietnamese letters', () => {
  // Built independently: 12 vowels x (plain + 5 tones) + đ, composed by NFC, minus the 6 ASCII vowels.
  const vowels = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = new Set<string>(['đ']);
  for (const v of vowels) for (const t of tones) lower.add((v + t).normalize('NFC'));
  for (const ascii of 'aeiouy') lower.delete(ascii);
  const expected = new Set([...lower, ...[...lower].map((l) => l.toUpperCase())]);
  assert.equal(expected.size, 134);
  for (const letter of expected) assert.equal(letter.length, 1, `${letter} is one code point`);
  const inLine = new Set(Array.from(VIETNAMESE_LETTERS_LINE.replace(/ /g, '')));
  assert.deepEqual([...inLine].sort(), [...expected].sort());
  assert.equal(VIETNAMESE_LETTERS_LINE.replace(/ /g, '').length, 134);
});
