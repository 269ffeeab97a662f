import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DECLARATION_FORMS,
  DEFAULT_PHOTO_UPLOAD_POLICY,
  LEGAL_BASIS,
  PROCESSING_TIME,
  REPRESENTATIVE_SIGNS,
  REQUIREMENT,
  eligibilityForAge,
  legalInstrument,
  photoUploadPolicy,
  procedure,
} from '@hochieu/core';
import { SEED_PROCEDURE_PAGE_TEXT } from './helpers.js';

test('13-year-olds use TK01a and get a chipless 5-year passport; from 14, TK01, chip or not, 10 years', () => {
  const child = eligibilityForAge(13);
  assert.equal(child.form, 'TK01a');
  assert.deepEqual(child.passports, ['chipless']);
  assert.equal(child.validityYears, 5);
  const adult = eligibilityForAge(14);
  assert.equal(adult.form, 'TK01');
  assert.deepEqual(adult.passports, ['chip', 'chipless']);
  assert.equal(adult.validityYears, 10);
  assert.equal(eligibilityForAge(0).id, 'child');
  assert.equal(eligibilityForAge(120).id, 'adult');
  assert.throws(() => eligibilityForAge(-1), RangeError);
  assert.throws(() => eligibilityForAge(13.5), RangeError);
  assert.equal(procedure.conditions.validity.extendable, false);
});

test('the three Điều 21 cases are information only, and the third is marked inferred', () => {
  assert.equal(REQUIREMENT.children?.length, 3);
  assert.deepEqual(REQUIREMENT.children?.map((c) => c.provenance.confidence), ['C2', 'C2', 'INF']);
  assert.ok(REQUIREMENT.notes?.includes('procedure.conditions.notIssued.infoOnly'));
});

test('processing time: 8 working days from the complete dossier and paid fee, first day not counted', () => {
  assert.equal(PROCESSING_TIME.workingDays, 8);
  assert.equal(PROCESSING_TIME.startsWhen, 'completeDossierAndFeePaid');
  assert.equal(PROCESSING_TIME.firstDayCounted, false);
  assert.equal(procedure.conditions.dossierCount.sets, 1);
});

test('photo upload: JPEG up to 2 MB by default, 4:6; a host may raise the limit', () => {
  assert.deepEqual(DEFAULT_PHOTO_UPLOAD_POLICY.mimeTypes, ['image/jpeg']);
  assert.equal(DEFAULT_PHOTO_UPLOAD_POLICY.maxBytes, 2 * 1024 * 1024);
  assert.deepEqual(DEFAULT_PHOTO_UPLOAD_POLICY.aspectRatio, { width: 4, height: 6 });
  assert.equal(DEFAULT_PHOTO_UPLOAD_POLICY.provenance.confidence, 'INF');
  const host = photoUploadPolicy({ maxBytes: 4 * 1024 * 1024 });
  assert.equal(host.maxBytes, 4 * 1024 * 1024);
  assert.equal(host.provenance.confidence, 'host');
  assert.deepEqual(host.mimeTypes, ['image/jpeg']);
  assert.equal(photoUploadPolicy().provenance.confidence, 'INF');
  assert.throws(() => photoUploadPolicy({ maxBytes: 0 }), RangeError);
  const fileRule = procedure.conditions.photo.portal.find((p) => p.id === 'photo.portal.file');
  assert.equal(fileRule?.params?.['maxMegabytes'], DEFAULT_PHOTO_UPLOAD_POLICY.maxBytes / (1024 * 1024));
});

test('TK01 from 14, TK01a under 14, both issued with Thông tư 31/2023, which is in the legal basis', () => {
  assert.deepEqual(DECLARATION_FORMS.map((f) => [f.id, f.minAge, f.maxAgeExclusive]), [['TK01', 14, undefined], ['TK01a', 0, 14]]);
  for (const f of DECLARATION_FORMS) assert.equal(legalInstrument(f.issuedWith)?.number, 'Thông tư số 31/2023/TT-BCA');
  assert.deepEqual(REPRESENTATIVE_SIGNS.forms, ['TK01a']);
  assert.equal(REPRESENTATIVE_SIGNS.adultsWithoutFullCapacity, true);
});

test('the legal basis marks exactly the instruments the official page lists, and each appears there', () => {
  const listed = LEGAL_BASIS.filter((i) => i.listedBySeed).map((i) => i.id);
  assert.deepEqual(listed, ['luat-49-2019', 'luat-23-2023', 'tt-110-2020-bca', 'tt-31-2023-bca', 'tt-25-2021-btc', 'tt-44-2023-btc']);
  for (const i of LEGAL_BASIS) {
    const short = /\d+\/\d{4}\/[A-ZĐ0-9-]+/u.exec(i.number)?.[0];
    assert.ok(short, i.number);
    assert.equal(SEED_PROCEDURE_PAGE_TEXT.includes(short), i.listedBySeed, `${i.number} listed? ${i.listedBySeed}`);
  }
});

test('newer instruments are present with their status: 64/2025, 68/2025, 69/2026 (unverified), and the rest', () => {
  for (const id of ['tt-63-2023-btc', 'tt-64-2025-btc', 'tt-68-2025-bca', 'tt-69-2026-bca', 'luat-can-cuoc-2023', 'blds-2015', 'nd-144-2021']) {
    assert.ok(legalInstrument(id), id);
  }
  assert.equal(legalInstrument('tt-69-2026-bca')?.verified, false);
  assert.equal(legalInstrument('tt-69-2026-bca')?.effectiveFrom, '2026-07-01');
  assert.equal(legalInstrument('tt-64-2025-btc')?.issuedOn, '2025-06-30');
  assert.equal(legalInstrument('luat-23-2023')?.amends, 'luat-49-2019');
  assert.equal(new Set(LEGAL_BASIS.map((i) => i.id)).size, LEGAL_BASIS.length);
  assert.equal(legalInstrument('nope'), undefined);
});
