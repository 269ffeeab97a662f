import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FEE_RULES,
  isMessageId,
  messages,
  procedure,
  procedureMessages,
  receivingOfficeRule,
  requiredDocuments,
} from '@hochieu/core';
import type { DossierFacts, MessageId, ProcedureMessageId, RequestReason } from '@hochieu/core';
import { allStrings } from './helpers.js';

// Type level: every procedure id is a MessageId, and the data fields are typed with it.
type Assert<T extends true> = T;
export type ProcedureIdsAreMessageIds = Assert<ProcedureMessageId extends MessageId ? true : false>;
const typed: MessageId[] = [
  procedure.name,
  procedure.steps[0]!.title,
  procedure.channels[1]!.conditions[0]!.text,
  procedure.portalGuide.sections[1].steps[8]!.text,
  procedure.documents.items[0]!.source,
  procedure.fees.rules[0]!.label,
  procedure.legalBasis.instruments[0]!.title,
  procedure.conditions.processingTime.text,
];

const procedureIds = Object.keys(procedureMessages);
const referenced = new Set(allStrings(procedure).filter((s) => s.startsWith('procedure.')));

test('the typed sample of ids exists at run time', () => {
  for (const id of typed) assert.ok(isMessageId(id), id);
});

test('every procedure.* string in the data is a message id with text', () => {
  assert.ok(referenced.size > 150, `only ${referenced.size} ids found`);
  for (const id of referenced) assert.ok(isMessageId(id), `missing message ${id}`);
});

test('every id that requiredDocuments and receivingOfficeRule return exists and is reachable from the data', () => {
  const reasons: RequestReason[] = ['first', 'renewal', 'lost', 'damaged', 'other'];
  for (const reason of reasons) {
    for (const card of [true, false]) {
      const r = receivingOfficeRule(reason, card);
      for (const id of [r.office, r.why, r.basis]) assert.ok(referenced.has(id), id);
    }
    for (const form of ['TK01', 'TK01a'] as const) {
      for (const channel of ['in-person', 'online'] as const) {
        const facts: DossierFacts = { form, reason, channel, hasPreviousPassport: true, hasPersonalId: false, representativeSigns: form === 'TK01' };
        for (const d of requiredDocuments(facts)) {
          for (const id of [d.reason, ...d.notes, d.spec.title, d.spec.formLabel]) assert.ok(referenced.has(id), id);
        }
      }
    }
  }
});

test('every procedure message is used by the data (the guide can render all of them)', () => {
  const unused = procedureIds.filter((id) => !referenced.has(id));
  assert.deepEqual(unused, []);
});

test('ids are prefixed "procedure." and every text has vi and en, different and non-empty', () => {
  for (const id of procedureIds) {
    assert.ok(id.startsWith('procedure.'), id);
    const m = messages[id as MessageId];
    assert.ok(m.vi.trim().length > 0 && m.en.trim().length > 0, id);
    assert.notEqual(m.vi, m.en, id);
  }
});

test('vi and en use the same placeholders', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
  for (const id of procedureIds) {
    const m = messages[id as MessageId];
    assert.deepEqual(names(m.vi), names(m.en), id);
  }
});

test('all texts and all data strings are NFC', () => {
  for (const id of procedureIds) {
    const m = messages[id as MessageId];
    assert.equal(m.vi, m.vi.normalize('NFC'), id);
    assert.equal(m.en, m.en.normalize('NFC'), id);
  }
  for (const s of [...allStrings(procedure), ...allStrings(FEE_RULES)]) assert.equal(s, s.normalize('NFC'), s);
});

test('Vietnamese texts are written with diacritics (no unaccented Vietnamese)', () => {
  const accented = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
  for (const id of procedureIds) {
    const vi = messages[id as MessageId].vi;
    if (/^[\s\W\d]*$/u.test(vi.replace(/\{\w+\}/gu, ''))) continue;
    assert.match(vi, accented, id);
  }
});
