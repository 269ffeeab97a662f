import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PORTAL_GUIDE, PORTALS, formatMessage } from '@hochieu/core';
import type { PortalGuideStep } from '@hochieu/core';
import { SEED_PORTAL_GUIDE_TEXT, fold, undoCorrections } from './helpers.js';

const [register, submit] = PORTAL_GUIDE.sections;
const seed = fold(SEED_PORTAL_GUIDE_TEXT);
const vi = (s: PortalGuideStep): string => formatMessage(s.text, s.params ?? {}, 'vi');

test('registration has 7 steps and online submission has 12, numbered from 1', () => {
  assert.equal(register.id, 'register');
  assert.equal(submit.id, 'submit');
  assert.deepEqual(register.steps.map((s) => s.number), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(submit.steps.map((s) => s.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test('conditions: 2 to register, 3 to submit online, and whose chip card it is (the declarant\'s, for TK01a the parent\'s)', () => {
  assert.equal(register.conditions.length, 2);
  assert.deepEqual(
    submit.conditions.map((c) => c.text),
    [
      'procedure.channel.online.condition.account',
      'procedure.channel.online.condition.chipId',
      'procedure.channel.online.condition.chipIdRepresentative',
      'procedure.channel.online.condition.payment',
    ],
  );
});

test('step 9 has the five sub-points of the guide, the last with two of its own', () => {
  const step9 = submit.steps[8];
  assert.equal(step9?.number, 9);
  assert.equal(step9?.children?.length, 5);
  assert.equal(step9?.children?.[0]?.text, 'procedure.portalGuide.submit.step9.uploadImages');
  assert.equal(step9?.children?.[4]?.children?.length, 2);
  assert.equal(step9?.children?.[4]?.children?.[1]?.text, 'procedure.portalGuide.submit.step9.jpeg');
});

test('the portal URLs are data, filled into the first steps', () => {
  assert.equal(PORTALS.national.url, 'https://dichvucong.gov.vn');
  assert.equal(PORTALS.ministry.url, 'https://dichvucong.bocongan.gov.vn');
  assert.match(vi(register.steps[0]!), /https:\/\/dichvucong\.gov\.vn$/u);
  const first = formatMessage(submit.steps[0]!.text, submit.steps[0]!.params ?? {}, 'en');
  assert.ok(first.includes('https://dichvucong.gov.vn') && first.includes('https://dichvucong.bocongan.gov.vn'));
  assert.ok(!first.includes('{'), 'no unfilled placeholder');
});

test('the steps appear in the guide in the same order (each found after the previous one)', () => {
  for (const section of PORTAL_GUIDE.sections) {
    let from = section.id === 'submit' ? seed.indexOf('ii. hướng dẫn') : 0;
    assert.ok(from >= 0);
    for (const step of section.steps) {
      const text = fold(undoCorrections(vi(step), step.provenance));
      const at = seed.indexOf(text, from);
      assert.ok(at >= from, `step ${section.id} ${step.number} "${text}" after ${from}`);
      from = at + text.length;
    }
  }
});

test('the guide is dated before chip passports and says so', () => {
  assert.equal(PORTAL_GUIDE.publishedOn, '2022-05-31');
  assert.match(formatMessage(PORTAL_GUIDE.datedNote, {}, 'vi'), /31\/05\/2022/u);
  assert.ok(submit.steps[7]?.provenance.note?.includes('chip'));
});
