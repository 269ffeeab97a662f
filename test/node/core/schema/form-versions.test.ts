import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fieldValidators,
  fieldsOf,
  formVersions,
  isMessageId,
  readPath,
  writePath,
  type Field,
  type FormVersion,
  type ValidatorName,
} from '@hochieu/core';
import { example } from '@hochieu/core/examples';

const versions = Object.values(formVersions);

/** A declaration with every value any version can ask for. */
function complete(): unknown {
  const full = example('fullAdult');
  const withRepresentative = writePath(full, 'representative', example('child').representative);
  return writePath(withRepresentative, 'submission.postalAddress', 'Số 40 đường Hoàng Văn Thụ, phường Chi Lăng, tỉnh Lạng Sơn');
}

/** Distinct item numbers in printed order. */
function itemsInOrder(fields: readonly Field[]): string[] {
  const items: string[] = [];
  for (const f of fields) if (f.item !== null && items.at(-1) !== f.item) items.push(f.item);
  return items;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

test('the registry holds the four versions under their own ids', () => {
  assert.deepEqual(Object.keys(formVersions).sort(), ['TK01@TT31_2023', 'TK01@TT69_2026', 'TK01a@TT31_2023', 'TK01a@TT69_2026']);
  for (const [key, version] of Object.entries(formVersions)) assert.equal(version.id, key);
  assert.equal(formVersions['TK01a@TT31_2023'].form, 'TK01a');
  assert.equal(formVersions['TK01@TT69_2026'].circular, 'TT69_2026');
});

test('every field id is a path that exists in a complete declaration', () => {
  const declaration = complete();
  for (const version of versions) {
    for (const field of fieldsOf(version)) {
      assert.notEqual(readPath(declaration, field.id), undefined, `${version.id}: ${field.id}`);
    }
  }
});

test('field ids are unique within a version', () => {
  for (const version of versions) {
    const ids = fieldsOf(version).map((f) => f.id);
    assert.equal(new Set(ids).size, ids.length, version.id);
  }
});

test('every label, hint, section title and option label id has a message', () => {
  for (const version of versions) {
    for (const section of version.sections) {
      assert.ok(isMessageId(section.titleId), section.titleId);
      for (const field of section.fields) {
        assert.ok(isMessageId(field.labelId), field.labelId);
        if (field.hintId) assert.ok(isMessageId(field.hintId), field.hintId);
        for (const option of field.options ?? []) assert.ok(isMessageId(option.labelId), option.labelId);
      }
    }
  }
});

test('every validator named by a field is implemented, and every implemented validator is used', () => {
  const used = new Set<ValidatorName>();
  for (const version of versions) {
    for (const field of fieldsOf(version)) {
      assert.ok(field.validators.length > 0, `${field.id} has no validator`);
      for (const name of field.validators) {
        assert.equal(typeof fieldValidators[name], 'function', name);
        used.add(name);
      }
    }
  }
  assert.deepEqual([...used].sort(), Object.keys(fieldValidators).sort());
});

test('TK01 under Thông tư 31/2023 numbers its items 1 to 14 in order', () => {
  assert.deepEqual(itemsInOrder(fieldsOf(formVersions['TK01@TT31_2023'])), range(1, 14));
});

test('TK01 under Thông tư 69/2026 numbers its items 1 to 16 in order, with the two new items', () => {
  const version = formVersions['TK01@TT69_2026'];
  assert.deepEqual(itemsInOrder(fieldsOf(version)), range(1, 16));
  const byId = new Map(fieldsOf(version).map((f) => [f.id, f]));
  assert.equal(byId.get('applicant.currentAddress')?.item, '10');
  assert.equal(byId.get('applicant.currentAddress')?.print?.label, 'Nơi ở hiện tại');
  assert.equal(byId.get('feeRefund.accountNumber')?.item, '15');
  assert.equal(byId.get('request.chip')?.item, '16');
});

test('Thông tư 31/2023 TK01 has neither the current address nor the refund account', () => {
  const ids = fieldsOf(formVersions['TK01@TT31_2023']).map((f) => f.id as string);
  assert.ok(!ids.includes('applicant.currentAddress'));
  assert.ok(!ids.some((id) => id.startsWith('feeRefund.')));
});

test('TK01a has parts A (items 1-7) and B (from item 1), no chip field and no spouse', () => {
  const version = formVersions['TK01a@TT31_2023'];
  const [partA, ...partB] = version.sections;
  assert.ok(partA);
  assert.equal(partA.printTitle?.text, 'A. Thông tin người đại diện hợp pháp:');
  assert.deepEqual(itemsInOrder(partA.fields), range(1, 7));
  assert.ok(partA.fields.every((f) => f.id.startsWith('representative.')));
  assert.equal(partB[0]?.printTitle?.text, 'B. Thông tin về người chưa đủ 14 tuổi đề nghị cấp hộ chiếu:');
  assert.deepEqual(itemsInOrder(partB.flatMap((s) => [...s.fields])).slice(0, 3), ['1', '2', '3']);
  const ids = fieldsOf(version).map((f) => f.id as string);
  assert.ok(!ids.includes('request.chip'));
  assert.ok(!ids.some((id) => id.startsWith('family.spouse')));
  assert.ok(version.notes.some((n) => n.includes('NOT CONFIRMED')), 'the commune-police block is an open question');
});

test('provenance follows the facts: TK01a A.1-7 and B.1-3 verbatim, TK01 31/2023 items reconstructed', () => {
  const tk01a = formVersions['TK01a@TT31_2023'];
  const [partA, partB1] = tk01a.sections;
  for (const f of [...(partA?.fields ?? []), ...(partB1?.fields ?? [])]) {
    assert.equal(f.print?.provenance, 'verbatim', f.id);
  }
  const rest = tk01a.sections.slice(2).flatMap((s) => [...s.fields]).filter((f) => f.print);
  assert.ok(rest.length > 0 && rest.every((f) => f.print?.provenance === 'reconstructed'));
  for (const f of fieldsOf(formVersions['TK01@TT31_2023'])) {
    if (f.print) assert.equal(f.print.provenance, 'reconstructed', f.id);
  }
  const notes = formVersions['TK01@TT31_2023'].footnotes;
  assert.deepEqual(
    notes.map((n) => [n.n, n.provenance]),
    [
      [1, 'verbatim'],
      [2, 'verbatim'],
      [3, 'verbatim'],
      [4, 'reconstructed'],
    ],
  );
  assert.equal(formVersions['TK01@TT31_2023'].commitment.provenance, 'reconstructed');
});

test('no version claims to be verified against the official PDF yet', () => {
  for (const version of versions) assert.equal(version.verified, false, version.id);
});

test('printed labels match the forms for the verbatim items', () => {
  const labels = (v: FormVersion) => new Map(fieldsOf(v).map((f) => [f.id as string, f.print?.label]));
  const tk01a = labels(formVersions['TK01a@TT31_2023']);
  assert.equal(tk01a.get('representative.fullName'), 'Họ và tên');
  assert.equal(tk01a.get('representative.idNumber'), 'Số CCCD/CMND');
  assert.equal(tk01a.get('representative.relationship'), 'Quan hệ với người chưa đủ 14 tuổi đề nghị cấp hộ chiếu:');
  assert.equal(tk01a.get('applicant.familyName'), 'Họ');
  assert.equal(tk01a.get('applicant.givenNames'), 'Chữ đệm và tên');
  assert.equal(tk01a.get('applicant.placeOfBirth'), 'Nơi sinh (tỉnh, thành phố)');
  const tk01 = labels(formVersions['TK01@TT31_2023']);
  assert.equal(tk01.get('applicant.dateOfBirth'), 'Sinh ngày');
  assert.equal(tk01.get('applicant.personalId'), 'Số định danh cá nhân');
});

test('footnote markers point to existing footnotes; the photo box is 4 × 6 cm with footnote (1)', () => {
  for (const version of versions) {
    const numbers = new Set(version.footnotes.map((n) => n.n));
    assert.deepEqual([...numbers], [1, 2, 3, 4]);
    assert.deepEqual(version.photoBox, { widthMm: 40, heightMm: 60, label: 'Ảnh', footnote: 1 });
    for (const f of fieldsOf(version)) if (f.print?.footnote) assert.ok(numbers.has(f.print.footnote), `${version.id} ${f.id}`);
    assert.match(version.footnotes[0]?.text ?? '', /^Ảnh mới chụp không quá 06 tháng, cỡ 4cm x 6cm/u);
  }
});

test('names are printed in capitals, with footnote (2) once, after "Chữ đệm và tên"', () => {
  for (const version of versions) {
    for (const f of fieldsOf(version)) {
      if (f.id === 'applicant.familyName' || f.id === 'applicant.givenNames') {
        assert.equal(f.printCase, 'upper');
        assert.equal(f.print?.footnote, f.id === 'applicant.givenNames' ? 2 : undefined, `${version.id} ${f.id}`);
      }
    }
  }
});

test('choice fields carry options, and digit boxes say how many', () => {
  for (const version of versions) {
    for (const f of fieldsOf(version)) {
      if (['sex', 'reason', 'chip', 'choice'].includes(f.kind)) assert.ok((f.options?.length ?? 0) >= 2, f.id);
      if (f.print?.layout === 'digitBoxes') assert.equal(f.print.boxes, 12);
      if (f.print?.layout === 'checkboxes' && f.options) assert.ok(f.options.every((o) => o.print), f.id);
    }
  }
});

test('headers name the form and the circular; the signature differs for TK01a', () => {
  assert.equal(formVersions['TK01@TT31_2023'].header.formCode, 'Mẫu TK01');
  assert.equal(formVersions['TK01a@TT31_2023'].header.formCode, 'Mẫu TK01a');
  assert.equal(
    formVersions['TK01a@TT31_2023'].header.issuedWith,
    'Ban hành kèm theo Thông tư số 31/2023/TT-BCA ngày 20 tháng 7 năm 2023 của Bộ Công an',
  );
  assert.equal(formVersions['TK01@TT31_2023'].header.nationalTitle, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(formVersions['TK01@TT31_2023'].signature.title, 'Người đề nghị');
  assert.equal(formVersions['TK01a@TT31_2023'].signature.title, 'Người đại diện hợp pháp');
  assert.equal(formVersions['TK01@TT31_2023'].signature.note, '(Ký, ghi rõ họ tên)');
});

test('every printed text is NFC', () => {
  const texts: string[] = [];
  for (const v of versions) {
    texts.push(v.title.text, v.subtitle.text, v.commitment.text, v.header.issuedWith, v.placeDateLine.template);
    for (const n of v.footnotes) texts.push(n.text);
    for (const f of fieldsOf(v)) {
      if (f.print) texts.push(f.print.label);
      for (const o of f.options ?? []) if (o.print) texts.push(o.print);
    }
  }
  for (const t of texts) assert.equal(t, t.normalize('NFC'));
});
