/**
 * How the answers of the guide's "Bạn cần chuẩn bị gì?" questionnaire become
 * the form's initial declaration inside `<hochieu-app>`: the date of birth
 * (when the citizen typed a full date or a year), the reason for the request,
 * the submission channel and the return of the passport, and the office the
 * host chose. Only declaration fields with the same meaning are filled (keys
 * of `DeclarationDraft`, core's declaration/types.ts); the form fills them
 * only where the citizen has typed nothing, so typed answers are never
 * replaced. Answers without a field in the declaration (age band, chip ID
 * card) are not carried.
 */
import type { DeclarationDraft } from '@hochieu/core';
import type { GuideAnswers } from '../../events.js';

const DATE_OR_YEAR = /^\d{4}(?:-\d{2}-\d{2})?$/u;

/** The partial declaration the guide's answers give. */
export function declarationFromAnswers(answers: GuideAnswers, office?: string): DeclarationDraft {
  const draft: DeclarationDraft = {};
  if (answers.dateOfBirth && DATE_OR_YEAR.test(answers.dateOfBirth)) draft.applicant = { dateOfBirth: answers.dateOfBirth };
  if (answers.reason) draft.request = { reason: answers.reason };
  const submission: NonNullable<DeclarationDraft['submission']> = {};
  if (answers.channel) submission.channel = answers.channel;
  if (answers.delivery) submission.delivery = answers.delivery;
  if (office) submission.office = office;
  if (Object.keys(submission).length > 0) draft.submission = submission;
  return draft;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge of two partial declarations; `over` wins on every key it sets. */
export function mergeDrafts(base: DeclarationDraft, over: DeclarationDraft | undefined): DeclarationDraft {
  if (!over) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? mergeDrafts(current as DeclarationDraft, value as DeclarationDraft) : value;
  }
  return out as DeclarationDraft;
}

/** The answers a host may receive: without the date of birth unless it opted in. */
export function shareable(answers: GuideAnswers, shareDateOfBirth: boolean): GuideAnswers {
  if (shareDateOfBirth || answers.dateOfBirth === undefined) return answers;
  const { dateOfBirth: _omitted, ...rest } = answers;
  return rest;
}
