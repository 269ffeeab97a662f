/**
 * The three steps of the procedure ("Trình tự thực hiện" of the official
 * procedure page, seed 004): prepare the dossier, submit it, receive the
 * result, with every sub-point of the page in its order: where to submit
 * (Luật 49/2019/QH14 Điều 15 as restated by the page), what the officer does,
 * the three outcomes (complete, incomplete, ineligible), fee payment, receipt
 * by post, reception and return times, and the written answer when no
 * passport is issued. Points carry `when` conditions so a plan can keep only
 * those that fit the applicant; the reception and return times are also given
 * as data for the calendar.
 */
import { SOURCE_FACTS, SOURCE_PROCEDURE_PAGE } from './types.js';
import { editorial, excerpt, verbatim } from './provenance.js';
import type { GuidePoint } from './types.js';
import type { ProcedureMessageId } from './messages.js';

export type ProcedureStepId = 'prepare' | 'submit' | 'receive';

export interface ProcedureStep {
  id: ProcedureStepId;
  /** "Bước 1", "Bước 2", "Bước 3" of the page. */
  number: 1 | 2 | 3;
  title: ProcedureMessageId;
  points: readonly GuidePoint[];
}

/** The caution that the old identity card (CMND) is no longer valid (Luật Căn cước 2023 Điều 46 k2). */
export const CMND_EXPIRED_NOTE: ProcedureMessageId = 'procedure.note.cmndExpired';

/** Provenance of the CMND note: [C2] in the fact file (§3). */
export const CMND_EXPIRED_PROVENANCE = editorial(
  `${SOURCE_FACTS} §3 (Luật Căn cước 2023 Điều 46 k2)`,
  'C2',
  'The seed page (written before 2025) still lists the Chứng minh nhân dân; the note warns that it is no longer accepted.',
);

const page = SOURCE_PROCEDURE_PAGE;

export const PROCEDURE_STEPS: readonly ProcedureStep[] = [
  {
    id: 'prepare',
    number: 1,
    title: 'procedure.step.prepare.title',
    points: [{ id: 'prepare.text', text: 'procedure.step.prepare.text', provenance: verbatim(page) }],
  },
  {
    id: 'submit',
    number: 2,
    title: 'procedure.step.submit.title',
    points: [
      {
        id: 'submit.inPerson',
        text: 'procedure.step.submit.inPerson',
        provenance: excerpt(page),
        when: { channels: ['in-person'] },
        notes: [CMND_EXPIRED_NOTE],
      },
      {
        id: 'submit.online',
        text: 'procedure.step.submit.online',
        provenance: excerpt(page),
        when: { channels: ['online'] },
      },
      {
        id: 'submit.where',
        text: 'procedure.step.submit.where.title',
        provenance: editorial(page, 'S1', 'Heading for the two sub-points introduced by "cụ thể:" on the page.'),
        children: [
          {
            id: 'submit.where.first',
            text: 'procedure.step.submit.where.first',
            provenance: verbatim(page),
            // "other" (Nội dung đề nghị khác) may be either case: both points are kept.
            when: { reasons: ['first', 'other'] },
          },
          {
            id: 'submit.where.subsequent',
            text: 'procedure.step.submit.where.subsequent',
            provenance: verbatim(page),
            when: { reasons: ['renewal', 'lost', 'damaged', 'other'] },
          },
        ],
      },
      {
        id: 'submit.officer',
        text: 'procedure.step.submit.officer',
        provenance: verbatim(page),
        children: [
          { id: 'submit.outcome.complete', text: 'procedure.step.submit.outcome.complete', provenance: verbatim(page) },
          { id: 'submit.outcome.incomplete', text: 'procedure.step.submit.outcome.incomplete', provenance: verbatim(page) },
          { id: 'submit.outcome.ineligible', text: 'procedure.step.submit.outcome.ineligible', provenance: verbatim(page) },
        ],
      },
      {
        id: 'submit.postalResult',
        text: 'procedure.step.submit.postalResult',
        provenance: verbatim(page),
        when: { deliveries: ['post'] },
      },
      {
        id: 'submit.receptionTime',
        text: 'procedure.step.submit.receptionTime',
        provenance: verbatim(page),
        when: { channels: ['in-person'] },
      },
    ],
  },
  {
    id: 'receive',
    number: 3,
    title: 'procedure.step.receive.title',
    points: [
      {
        id: 'receive.inPerson',
        text: 'procedure.step.receive.inPerson',
        provenance: verbatim(page),
        when: { deliveries: ['office'] },
        notes: [CMND_EXPIRED_NOTE],
      },
      {
        id: 'receive.byPost',
        text: 'procedure.step.receive.byPost',
        provenance: verbatim(page),
        when: { deliveries: ['post'] },
      },
      { id: 'receive.notIssued', text: 'procedure.step.receive.notIssued', provenance: verbatim(page) },
      {
        id: 'receive.returnTime',
        text: 'procedure.step.receive.returnTime',
        provenance: verbatim(page),
        when: { deliveries: ['office'] },
      },
    ],
  },
];

/** When an office serves the public for a given purpose, as the page states it. */
export interface ServiceSchedule {
  /** ISO weekdays 1 (Monday) ... 7 (Sunday) with service in office hours. */
  weekdays: readonly number[];
  /** Saturday morning: only at offices that arrange it ("đối với các đơn vị bố trí"); a host says whether its office does. */
  saturdayMorning: 'whereArranged' | 'no';
  /** "trừ ngày Tết, ngày lễ": closed on Tết and public holidays (see the calendar area). */
  closedOnHolidays: true;
  text: ProcedureMessageId;
}

/** "Thời gian tiếp nhận hồ sơ: Từ thứ 2 đến thứ 6 hàng tuần và sáng thứ 7 (…); trừ ngày Tết, ngày lễ." */
export const SUBMISSION_SCHEDULE: ServiceSchedule = {
  weekdays: [1, 2, 3, 4, 5],
  saturdayMorning: 'whereArranged',
  closedOnHolidays: true,
  text: 'procedure.step.submit.receptionTime',
};

/** "Thời gian trả hộ chiếu: Giờ hành chính từ thứ 2 đến thứ 6 hàng tuần (trừ ngày Tết, ngày lễ)." */
export const RETURN_SCHEDULE: ServiceSchedule = {
  weekdays: [1, 2, 3, 4, 5],
  saturdayMorning: 'no',
  closedOnHolidays: true,
  text: 'procedure.step.receive.returnTime',
};

export function procedureStep(id: ProcedureStepId): ProcedureStep {
  const step = PROCEDURE_STEPS.find((s) => s.id === id);
  if (!step) throw new RangeError(`Unknown step: ${id}`);
  return step;
}
