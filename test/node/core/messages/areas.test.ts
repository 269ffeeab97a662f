// Core's message areas (messages/areas.ts): every id falls in one area, and
// the ids each part of the embed bundle shows are in the area that part
// loads. The first screen (the guide's personal result and its headings)
// shows only `plan` ids: checked here on the plans of every combination of
// answers the questionnaire offers, through the fields the result renders
// (each document's title, form, reason and notes; the fee kind; the office
// rule), plus the section titles and portal names the first screen names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MESSAGE_AREAS,
  PORTALS,
  messageArea,
  messages,
  planApplication,
  type ApplicationPlan,
  type DeclarationDraft,
  type MessageArea,
} from '@hochieu/core';

const DATE = '2026-11-23';

function plans(): ApplicationPlan[] {
  const out: ApplicationPlan[] = [];
  const births = [undefined, '1990-05-17', '2015-06-01', '2012-11-24', '2001'];
  const reasons = [undefined, 'first', 'renewal', 'lost', 'damaged'] as const;
  const chips = [undefined, true, false];
  const channels = [undefined, 'in-person', 'online'] as const;
  const deliveries = [undefined, 'office', 'post'] as const;
  const personalIds = [undefined, '001215012345'];
  for (const dateOfBirth of births)
    for (const reason of reasons)
      for (const hasChipId of chips)
        for (const channel of channels)
          for (const delivery of deliveries)
            for (const personalId of personalIds) {
              const draft: DeclarationDraft = {
                applicant: { ...(dateOfBirth ? { dateOfBirth } : {}), ...(personalId ? { personalId } : {}) },
                ...(reason ? { request: { reason } } : {}),
                submission: { date: DATE, ...(channel ? { channel } : {}), ...(delivery ? { delivery } : {}) },
              };
              out.push(planApplication(draft, { date: DATE, ...(hasChipId === undefined ? {} : { hasChipId }) }));
            }
  return out;
}

/** The ids the guide's personal result renders from a plan. */
function resultIds(plan: ApplicationPlan): string[] {
  const ids: string[] = [];
  for (const d of plan.documents) ids.push(d.spec.title, d.spec.formLabel, d.reason, ...d.notes);
  if (plan.officeRule) ids.push(plan.officeRule.office, plan.officeRule.why);
  if (plan.fee) ids.push(`procedure.fee.kind.${plan.fee.kind}`);
  return ids;
}

test('every message id belongs to exactly one known area', () => {
  const unknown = Object.keys(messages).filter((id) => !MESSAGE_AREAS.includes(messageArea(id)));
  assert.deepEqual(unknown, []);
  for (const area of MESSAGE_AREAS) {
    assert.ok(Object.keys(messages).some((id) => messageArea(id) === area), `area ${area} has ids`);
  }
});

test('the personal result of every questionnaire combination names only plan ids', () => {
  const all = plans();
  assert.ok(all.length > 1000, 'many combinations');
  const outside = new Set<string>();
  let seen = 0;
  for (const plan of all) {
    for (const id of resultIds(plan)) {
      seen += 1;
      assert.ok(id in messages, `${id} is a message id`);
      if (messageArea(id) !== 'plan') outside.add(id);
    }
  }
  assert.ok(seen > 0);
  assert.deepEqual([...outside].sort(), []);
});

test('the first screen’s headings and portal names are plan ids', () => {
  const ids = [
    'procedure.documents.title',
    'procedure.conditions.processingTime.title',
    'procedure.fee.title',
    'procedure.conditions.forms.title',
    'procedure.legal.title',
    'procedure.conditions.firstIssueWarning',
    'procedure.fee.note.uncertainEnd',
    'procedure.fee.note.afterReduction',
    'procedure.fee.note.courier',
    PORTALS.national.name,
    PORTALS.ministry.name,
  ];
  for (const id of ids) {
    assert.ok(id in messages, id);
    assert.equal(messageArea(id), 'plan', id);
  }
});

test('reference, form and configuration texts stay out of the plan area', () => {
  const expect: Array<[string, MessageArea]> = [
    ['procedure.step.prepare.title', 'reference'],
    ['procedure.legal.law49_2019', 'reference'],
    ['procedure.doc.photo.description', 'reference'],
    ['procedure.doc.photo.source', 'reference'],
    ['procedure.portalGuide.submit.step1', 'reference'],
    ['calendar.newYear', 'reference'],
    ['label.applicant.familyName', 'form'],
    ['error.required', 'form'],
    ['places.group.current', 'form'],
    ['places.config.noOffices', 'config'],
  ];
  for (const [id, area] of expect) {
    assert.ok(id in messages, id);
    assert.equal(messageArea(id), area, id);
  }
  // Any string maps to an area; ids outside the known prefixes are the form's.
  assert.equal(messageArea('not.an.id'), 'form');
  assert.equal(messageArea(''), 'form');
});
