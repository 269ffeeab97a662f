/**
 * The "Bạn cần chuẩn bị gì?" questionnaire as data: the answers a citizen
 * gives, how they become the partial declaration and options that core's
 * `planApplication` takes, and what the `hochieu-guide-answers` event may
 * carry. Age comes from the date of birth, or from an age in whole years
 * (then the latest birth date giving that age on the date is used, which
 * decides TK01 / TK01a exactly as Thông tư 31/2023/TT-BCA Điều 4 does); a
 * year alone is passed on, and core decides when the year is enough. The
 * date of birth is personal data: the event carries only the age band unless
 * the host opts in. A child with a personal identification number needs no
 * birth certificate (the dossier rule of the official procedure page).
 */
import {
  dateOfAge,
  formatIsoDate,
  parseIsoDate,
  planApplication,
  type ApplicationPlan,
  type Channel,
  type DeclarationDraft,
  type Delivery,
  type DossierDocument,
  type HostConfig,
} from '@hochieu/core';
import type { GuideAnswers } from '../../events.js';

/** The reasons the questionnaire offers (core's `RequestReason` without "other"). */
export type QuestionnaireReason = 'first' | 'renewal' | 'lost' | 'damaged';
export const QUESTIONNAIRE_REASONS: readonly QuestionnaireReason[] = ['first', 'renewal', 'lost', 'damaged'];

/** What the citizen answered; every answer is optional. */
export interface QuestionnaireAnswers {
  /** Date of birth as the date field gives it: ISO `YYYY-MM-DD`, a year `YYYY`, or incomplete text. */
  dateOfBirth?: string;
  /** Age in whole years, used when there is no valid date of birth. */
  age?: number;
  reason?: QuestionnaireReason;
  /** Whether the person who files has a chip ID card: the applicant (TK01) or, for a child (TK01a), the parent or guardian. */
  hasChipIdCard?: boolean;
  /** Asked only for a child under 14. */
  childHasPersonalId?: boolean;
  channel?: Channel;
  delivery?: Delivery;
}

/** The answers a host receives (`GuideAnswers`; the date of birth only when it opted in). */
export type SharedGuideAnswers = GuideAnswers;

/** The birth date used for planning: the typed one if it is a real date not after `date`, else one derived from the age. */
export function birthDateForPlan(answers: QuestionnaireAnswers, date: string): string | undefined {
  const on = parseIsoDate(date);
  if (!on) return undefined;
  const typed = answers.dateOfBirth;
  if (typed && parseIsoDate(typed) && typed <= date) return typed;
  if (typed && /^\d{4}$/u.test(typed) && Number(typed) <= on.year) return typed;
  const age = answers.age;
  if (age !== undefined && Number.isInteger(age) && age >= 0 && age <= 130) return formatIsoDate(dateOfAge(on, -age));
  return undefined;
}

/** The partial declaration that carries the answers to `planApplication`. */
export function draftFor(answers: QuestionnaireAnswers, date: string): DeclarationDraft {
  const dateOfBirth = birthDateForPlan(answers, date);
  const submission: NonNullable<DeclarationDraft['submission']> = { date };
  if (answers.channel) submission.channel = answers.channel;
  if (answers.delivery) submission.delivery = answers.delivery;
  return {
    ...(dateOfBirth ? { applicant: { dateOfBirth } } : {}),
    ...(answers.reason ? { request: { reason: answers.reason } } : {}),
    submission,
  };
}

/** The plan of core for these answers on `date` with the host configuration. */
export function planFor(answers: QuestionnaireAnswers, date: string, config: HostConfig): ApplicationPlan {
  const draft = draftFor(answers, date);
  const card = answers.hasChipIdCard;
  const plan = planApplication(draft, { date, config, ...(card === undefined ? {} : { hasChipId: card, declarantHasChipId: card }) });
  // For a child (TK01a) the question is about the parent's card: it decides online filing, and says
  // nothing about the child's own card (the office rule then stays the narrower one).
  if (plan.form !== 'TK01a' || card === undefined) return plan;
  return planApplication(draft, { date, config, declarantHasChipId: card });
}

/**
 * The dossier list to show. The questionnaire does not ask for the personal
 * identification number itself, so for a child the birth certificate is
 * dropped when the parent says the child has a number, kept when they say
 * not, and marked as depending on the case when they did not answer.
 */
export function documentsToShow(plan: ApplicationPlan, answers: QuestionnaireAnswers): DossierDocument[] {
  return plan.documents.flatMap((doc) => {
    if (doc.id !== 'birthCertificate') return [doc];
    if (answers.childHasPersonalId === true) return [];
    if (answers.childHasPersonalId === undefined) return [{ ...doc, conditional: true }];
    return [doc];
  });
}

/** True when the answers have anything at all. */
export function hasAnyAnswer(answers: QuestionnaireAnswers): boolean {
  return Object.values(answers).some((v) => v !== undefined && v !== '');
}

/** The answers a host may receive: derived facts only, plus the date of birth when it opted in. */
export function shareableAnswers(answers: QuestionnaireAnswers, plan: ApplicationPlan, shareDateOfBirth: boolean): SharedGuideAnswers {
  const out: { -readonly [K in keyof SharedGuideAnswers]: SharedGuideAnswers[K] } = {};
  if (plan.form) out.ageGroup = plan.form === 'TK01a' ? 'under14' : '14orOver';
  if (answers.reason) out.reason = answers.reason;
  if (answers.hasChipIdCard !== undefined) out.hasChipIdCard = answers.hasChipIdCard;
  if (answers.channel) out.channel = answers.channel;
  if (answers.delivery) out.delivery = answers.delivery;
  const typed = answers.dateOfBirth;
  if (shareDateOfBirth && typed && (parseIsoDate(typed) || /^\d{4}$/u.test(typed))) out.dateOfBirth = typed;
  return out;
}
