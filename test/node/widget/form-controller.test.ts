// The DOM-free state of <hochieu-form> (form-controller.ts): every step in
// order, "Tiếp tục" blocked by errors and moving without them, "Quay lại"
// through the history, "Thay đổi" returning to the review, the switch to
// TK01a with its detour to part A, leaving the uploads step with an
// unconfirmed upload (asks, never moves silently), and draft restore/reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provinceConfig, DEFAULT_PROVINCE, type DeclarationDraft } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { FormController, type StepChange } from '../../../packages/widget/src/components/hochieu-form/form-controller.js';

function controller(uploads = true): { c: FormController; changes: StepChange[] } {
  const changes: StepChange[] = [];
  const c = new FormController(() => ({ date: '2026-11-23', province: provinceConfig(DEFAULT_PROVINCE), uploads }), {
    changed: () => undefined,
    stepChanged: (change) => changes.push(change),
  });
  c.applyDefaults();
  c.settleForm();
  return { c, changes };
}

function filled(uploads = true): { c: FormController; changes: StepChange[] } {
  const made = controller(uploads);
  made.c.restore(example('minimalAdult') as DeclarationDraft);
  return made;
}

test('walks every step in order with "Tiếp tục" on a valid TK01, then confirms the review into export', () => {
  const { c, changes } = filled();
  const ids = c.derived.steps.map((s) => s.id);
  assert.equal(ids[0], 'tasks');
  assert.deepEqual(ids.slice(-3), ['uploads', 'review', 'export']);
  c.goto(ids[1]!);
  const visited = [c.stepId];
  while (c.currentStep.kind === 'section') {
    const outcome = c.continueSection();
    assert.equal(outcome.moved, true, `${c.stepId}: ${outcome.errors.map((e) => e.issue.id).join()}`);
    visited.push(c.stepId);
  }
  assert.equal(c.stepId, 'uploads');
  assert.deepEqual(c.continueUploads(), { moved: true });
  assert.equal(c.stepId, 'review');
  assert.equal(c.confirmReview().moved, true);
  assert.equal(c.stepId, 'export');
  assert.deepEqual(visited, ids.slice(1, ids.indexOf('uploads') + 1));
  assert.deepEqual(
    changes.map((ch) => ch.to),
    ids.slice(1),
  );
  assert.ok(changes.every((ch) => ch.count === ids.length && ids[ch.index] === ch.to));
});

test('"Tiếp tục" on a section with errors stays, reports the first error of each field and shows its messages', () => {
  const { c } = controller();
  const first = c.derived.steps[1]!;
  c.goto(first.id);
  assert.equal(c.isShown('applicant.familyName'), false);
  const outcome = c.continueSection();
  assert.equal(outcome.moved, false);
  assert.equal(c.stepId, first.id);
  assert.ok(outcome.errors.length > 0);
  assert.ok(outcome.errors.every((e) => e.issue.severity === 'error'));
  assert.ok(c.submitted.has(first.id));
  assert.equal(c.isShown(outcome.errors[0]!.field.id), true);
});

test('a field shows its messages once left after a change, not before', () => {
  const { c } = controller();
  c.goto(c.derived.steps[1]!.id);
  assert.equal(c.edit('applicant.familyName', 'Nguyễn'), true);
  assert.equal(c.edit('applicant.familyName', 'Nguyễn'), false, 'the same value is no change');
  assert.equal(c.isShown('applicant.familyName'), false);
  c.leave('applicant.familyName');
  assert.equal(c.isShown('applicant.familyName'), true);
  assert.equal(c.hasChanges, true);
});

test('"Quay lại" follows the history, then the order; "Thay đổi" returns to the review', () => {
  const { c } = filled();
  const ids = c.derived.steps.map((s) => s.id);
  c.goto('review');
  c.goto(ids[2]!);
  c.back();
  assert.equal(c.stepId, 'review');
  c.back();
  assert.equal(c.stepId, 'tasks');
  c.goto('review');
  assert.equal(c.change('applicant.familyName'), true);
  const section = c.stepId;
  assert.notEqual(section, 'review');
  assert.equal(c.continueSection().moved, true);
  assert.equal(c.stepId, 'review', 'back to the check-answers page, not the next section');
  assert.equal(c.changeUpload(), true);
  assert.equal(c.stepId, 'uploads');
  c.continueUploads();
  assert.equal(c.stepId, 'review');
});

test('a birth date that makes the applicant a child switches to TK01a, notices it and detours to part A once', () => {
  const { c } = filled();
  assert.equal(c.derived.version.form, 'TK01');
  const identity = c.sectionOf('applicant.dateOfBirth')!.id;
  c.goto(identity);
  c.edit('applicant.dateOfBirth', '2020-05-01');
  assert.equal(c.derived.version.form, 'TK01a');
  assert.equal(c.notice, 'TK01a');
  const ids = c.derived.steps.map((s) => s.id);
  const added = ids.find((id, i) => i > 0 && i < ids.indexOf(identity));
  assert.ok(added, 'TK01a adds a section before the identity');
  c.continueSection();
  assert.equal(c.stepId, added, 'goes to the added part A first');
  c.goto('review');
  assert.equal(c.notice, null, 'the notice ends on the review');
});

test('leaving the uploads step with an unconfirmed upload asks and stays; keeping or dropping it then moves on', () => {
  const { c } = filled();
  c.goto('uploads');
  const outcome = c.continueUploads(['photo']);
  assert.deepEqual(outcome, { moved: false, pending: ['photo'] });
  assert.equal(c.stepId, 'uploads');
  assert.deepEqual(c.pendingQuestion, ['photo']);
  c.closePending();
  assert.deepEqual(c.pendingQuestion, []);
  assert.equal(c.stepId, 'uploads', 'closing the question stays on the step');
  c.continueUploads(['photo', 'idFront']);
  assert.deepEqual(c.pendingQuestion, ['photo', 'idFront']);
  c.answerPending();
  assert.equal(c.stepId, 'review');
  assert.deepEqual(c.pendingQuestion, []);
  // Going to another step also closes a question left open.
  c.goto('uploads');
  c.continueUploads(['photo']);
  c.goto('tasks');
  assert.deepEqual(c.pendingQuestion, []);
});

test('restoring a draft puts back its answers, defaults and completed steps, and starts the view afresh', () => {
  const { c } = controller();
  c.goto(c.derived.steps[1]!.id);
  c.edit('applicant.familyName', 'Trần');
  c.leave('applicant.familyName');
  const adult = example('minimalAdult') as DeclarationDraft;
  const identity = c.sectionOf('applicant.familyName')!.id;
  c.restore(adult, [identity, 'uploads']);
  assert.equal((c.draft as { applicant?: { familyName?: string } }).applicant?.familyName, adult.applicant?.familyName);
  assert.deepEqual([...c.submitted].sort(), [identity, 'uploads'].sort());
  assert.equal(c.shown.size, 0);
  assert.deepEqual(c.completedSteps().sort(), [identity, 'uploads'].sort());
  // A restored adult's form is the reference: no switch notice.
  c.checkFormSwitch();
  assert.equal(c.notice, null);
});

test('reset clears everything typed, keeps the host data, and ends any detour', () => {
  const { c } = filled();
  c.goto(c.sectionOf('applicant.dateOfBirth')!.id);
  c.edit('applicant.dateOfBirth', '2020-05-01');
  assert.equal(c.notice, 'TK01a');
  c.reset({ applicant: { familyName: 'Lê' } } as DeclarationDraft);
  assert.equal((c.draft as { applicant?: { familyName?: string; dateOfBirth?: string } }).applicant?.familyName, 'Lê');
  assert.equal((c.draft as { applicant?: { dateOfBirth?: string } }).applicant?.dateOfBirth, undefined);
  assert.equal(c.notice, null);
  assert.equal(c.submitted.size, 0);
  assert.equal(c.hasChanges, false);
});

test('without uploads there is no uploads step and no slots', () => {
  const { c } = filled(false);
  assert.ok(!c.derived.steps.some((s) => s.id === 'uploads'));
  assert.deepEqual(c.derived.slots, []);
});

// Issue 13 item 5: TK01a does not make the parent type twice.
function child(): FormController {
  const { c } = controller();
  c.edit('applicant.dateOfBirth', '2018-02-01');
  assert.equal(c.derived.version.form, 'TK01a');
  return c;
}

test('TK01a: the representative\'s name and birth date fill the matching parent row, following the relationship', () => {
  const c = child();
  c.edit('representative.fullName', 'Nguyễn Thị Lan');
  c.edit('representative.dateOfBirth', '1988-04-02');
  // No relationship yet: no row is chosen.
  assert.equal(c.draft.family?.mother?.fullName ?? '', '');
  c.edit('representative.relationship', 'Mẹ');
  assert.equal(c.draft.family?.mother?.fullName, 'Nguyễn Thị Lan');
  assert.equal(c.draft.family?.mother?.dateOfBirth, '1988-04-02');
  assert.equal(c.draft.family?.father?.fullName ?? '', '');
  // A later change of part A follows while the row is untouched.
  c.edit('representative.fullName', 'Nguyễn Thị Lan Anh');
  assert.equal(c.draft.family?.mother?.fullName, 'Nguyễn Thị Lan Anh');
  // The relationship changes to the father: the mother row filled from part A is emptied, the father row filled.
  c.edit('representative.relationship', 'Cha');
  assert.equal(c.draft.family?.mother?.fullName, '');
  assert.equal(c.draft.family?.father?.fullName, 'Nguyễn Thị Lan Anh');
  // A guardian is neither parent.
  c.edit('representative.relationship', 'Người giám hộ');
  assert.equal(c.draft.family?.father?.fullName, '');
});

test('TK01a: a parent row the citizen typed is never overwritten without a choice', () => {
  const c = child();
  c.edit('family.father.fullName', 'Trần Văn Hùng');
  c.edit('representative.relationship', 'Cha đẻ');
  c.edit('representative.fullName', 'Trần Văn Hưng');
  c.edit('representative.dateOfBirth', '1985-01-01');
  assert.equal(c.draft.family?.father?.fullName, 'Trần Văn Hùng', 'typed, kept');
  assert.equal(c.draft.family?.father?.dateOfBirth, '1985-01-01', 'empty, filled');
  assert.deepEqual(
    c.parentConflicts.map((x) => [x.path, x.value, x.typed]),
    [['family.father.fullName', 'Trần Văn Hưng', 'Trần Văn Hùng']],
  );
  c.useRepresentativeForParent();
  assert.equal(c.draft.family?.father?.fullName, 'Trần Văn Hưng');
  assert.deepEqual(c.parentConflicts, []);
  // Typing over a value taken from part A makes it the citizen's: part A no longer changes it.
  c.edit('family.father.dateOfBirth', '1985-01-02');
  c.edit('representative.dateOfBirth', '1985-01-03');
  assert.equal(c.draft.family?.father?.dateOfBirth, '1985-01-02');
});

test('TK01 has no part A: nothing is copied into the parent rows', () => {
  const { c } = filled();
  const before = c.draft.family?.father?.fullName;
  c.edit('representative.relationship', 'Cha');
  c.edit('representative.fullName', 'Ai Đó');
  assert.equal(c.draft.family?.father?.fullName, before);
  assert.deepEqual(c.parentConflicts, []);
});
