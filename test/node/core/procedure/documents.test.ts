import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DOSSIER_DOCUMENTS, dossierDocumentSpec, requiredDocuments } from '@hochieu/core';
import type { DossierFacts } from '@hochieu/core';

const adultFirst: DossierFacts = {
  form: 'TK01',
  reason: 'first',
  hasPreviousPassport: false,
  hasPersonalId: true,
  channel: 'in-person',
  representativeSigns: false,
};

const ids = (facts: DossierFacts) => requiredDocuments(facts).map((d) => d.id);
const find = (facts: DossierFacts, id: string) => requiredDocuments(facts).find((d) => d.id === id);

test('adult, first issue, in person: declaration, photo, and the ID to show', () => {
  assert.deepEqual(ids(adultFirst), ['declaration', 'photo', 'identityDocument']);
  assert.equal(find(adultFirst, 'declaration')?.reason, 'procedure.docReason.declaration.tk01');
  assert.equal(find(adultFirst, 'photo')?.form, 'original');
  const shown = find(adultFirst, 'identityDocument');
  assert.equal(shown?.form, 'show');
  assert.equal(shown?.spec.showOriginal, 'always');
  assert.ok(shown?.notes.includes('procedure.note.cmndExpired'));
});

test('renewal with a passport known to be valid: hand it in, unconditionally', () => {
  const facts: DossierFacts = { ...adultFirst, reason: 'renewal', hasPreviousPassport: true, previousPassportValid: true };
  assert.deepEqual(ids(facts), ['declaration', 'photo', 'previousPassport', 'identityDocument']);
  const doc = find(facts, 'previousPassport');
  assert.equal(doc?.reason, 'procedure.docReason.previousPassport.valid');
  assert.equal(doc?.conditional, false);
});

test('renewal when validity is unknown: the passport is listed "if still valid"; when expired it is not listed', () => {
  const unknown: DossierFacts = { ...adultFirst, reason: 'renewal', hasPreviousPassport: true };
  const doc = find(unknown, 'previousPassport');
  assert.equal(doc?.reason, 'procedure.docReason.previousPassport.ifValid');
  assert.equal(doc?.conditional, true);
  assert.equal(find({ ...unknown, previousPassportValid: false }, 'previousPassport'), undefined);
});

test('lost passport: a loss report, not the passport; none when the lost passport had expired', () => {
  const lost: DossierFacts = { ...adultFirst, reason: 'lost', hasPreviousPassport: true, previousPassportValid: true };
  assert.deepEqual(ids(lost), ['declaration', 'photo', 'lossReport', 'identityDocument']);
  assert.equal(find(lost, 'lossReport')?.reason, 'procedure.docReason.lossReport.valid');
  const unknown = find({ ...lost, previousPassportValid: undefined }, 'lossReport');
  assert.equal(unknown?.reason, 'procedure.docReason.lossReport.ifValid');
  assert.equal(unknown?.conditional, true);
  assert.equal(find({ ...lost, previousPassportValid: false }, 'lossReport'), undefined);
});

test('damaged passport still valid: the damaged passport is handed in', () => {
  const facts: DossierFacts = { ...adultFirst, reason: 'damaged', hasPreviousPassport: true, previousPassportValid: true };
  assert.ok(ids(facts).includes('previousPassport'));
  assert.ok(!ids(facts).includes('lossReport'));
});

test('child without a personal ID: birth certificate and proof of representation, TK01a signed by the representative', () => {
  const child: DossierFacts = { ...adultFirst, form: 'TK01a', hasPersonalId: false, representativeSigns: true };
  assert.deepEqual(ids(child), ['declaration', 'photo', 'birthCertificate', 'representationProof', 'identityDocument']);
  assert.equal(find(child, 'declaration')?.reason, 'procedure.docReason.declaration.tk01a');
  assert.equal(find(child, 'representationProof')?.reason, 'procedure.docReason.representationProof.child');
  const birth = find(child, 'birthCertificate');
  assert.equal(birth?.form, 'copy');
  assert.equal(birth?.spec.showOriginal, 'ifPhotocopy');
  assert.ok(birth?.notes.includes('procedure.doc.note.copyOrShowOriginal'));
});

test('child with a personal ID: no birth certificate, still the proof of representation (even if the flag is not set)', () => {
  const child: DossierFacts = { ...adultFirst, form: 'TK01a', hasPersonalId: true, representativeSigns: false };
  assert.deepEqual(ids(child), ['declaration', 'photo', 'representationProof', 'identityDocument']);
});

test('an adult whose legal representative signs: proof of representation and the representative reason', () => {
  const facts: DossierFacts = { ...adultFirst, representativeSigns: true };
  assert.equal(find(facts, 'declaration')?.reason, 'procedure.docReason.declaration.representative');
  assert.equal(find(facts, 'representationProof')?.reason, 'procedure.docReason.representationProof.adult');
  assert.ok(!ids(facts).includes('birthCertificate'));
});

test('online: photo and ID card images as uploads, no counter ID, paper components must be e-certified or posted', () => {
  const online: DossierFacts = { ...adultFirst, channel: 'online', reason: 'renewal', hasPreviousPassport: true, previousPassportValid: true };
  assert.deepEqual(ids(online), ['declaration', 'photo', 'previousPassport', 'idCardImages']);
  assert.equal(find(online, 'photo')?.form, 'image');
  assert.equal(find(online, 'photo')?.reason, 'procedure.docReason.photo.online');
  const images = find(online, 'idCardImages');
  assert.equal(images?.spec.quantity, 2);
  assert.equal(images?.form, 'image');
  assert.ok(find(online, 'previousPassport')?.notes.includes('procedure.channel.online.certification'));
  assert.ok(find(online, 'previousPassport')?.notes.includes('procedure.portalGuide.submit.step9.jpeg'));
  assert.ok(!(images?.notes ?? []).includes('procedure.channel.online.certification'));
  assert.ok(!ids({ ...adultFirst }).includes('idCardImages'));
});

test('every component has a stable id, a declared quantity rule and the page order', () => {
  assert.deepEqual(
    DOSSIER_DOCUMENTS.map((d) => d.id),
    ['declaration', 'photo', 'previousPassport', 'lossReport', 'birthCertificate', 'representationProof', 'idCardImages', 'identityDocument'],
  );
  assert.equal(dossierDocumentSpec('declaration').quantity, 1);
  assert.equal(dossierDocumentSpec('photo').quantity, null);
  assert.throws(() => dossierDocumentSpec('nope' as never), RangeError);
});

test('property: every case has the declaration and the photo first, no duplicates, and reasons the spec declares', () => {
  const facts = fc.record<DossierFacts>({
    form: fc.constantFrom('TK01', 'TK01a'),
    reason: fc.constantFrom('first', 'renewal', 'lost', 'damaged', 'other'),
    hasPreviousPassport: fc.boolean(),
    previousPassportValid: fc.option(fc.boolean(), { nil: undefined }),
    hasPersonalId: fc.boolean(),
    channel: fc.constantFrom('in-person', 'online'),
    representativeSigns: fc.boolean(),
  });
  fc.assert(
    fc.property(facts, (f) => {
      const docs = requiredDocuments(f);
      assert.deepEqual(docs.slice(0, 2).map((d) => d.id), ['declaration', 'photo']);
      assert.equal(new Set(docs.map((d) => d.id)).size, docs.length);
      for (const d of docs) {
        assert.ok(d.spec.reasons.includes(d.reason), `${d.id}: ${d.reason}`);
        if (d.spec.channels) assert.ok(d.spec.channels.includes(f.channel));
      }
      assert.equal(docs.some((d) => d.id === 'birthCertificate'), f.form === 'TK01a' && !f.hasPersonalId);
      assert.equal(docs.some((d) => d.id === 'representationProof'), f.form === 'TK01a' || f.representativeSigns);
    }),
    { numRuns: 300 },
  );
});
