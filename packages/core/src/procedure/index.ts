/**
 * The procedure "Cấp hộ chiếu phổ thông ở trong nước" as data: steps,
 * channels and the receiving-office rule, the national portal guide, dossier
 * components and `requiredDocuments`, fees by date and `feeOn`, the legal
 * basis, and the conditions (eligibility, validity, refusal cases, photo,
 * processing time, forms). `procedure` gathers everything the guide renders,
 * so the guide shows what the official procedure page (seed 004) and the
 * portal guide (seed 000) say, in Vietnamese and English, from this data.
 */
import { PORTALS, PROCEDURE_CHANNELS, RECEIVING_OFFICE_MESSAGES } from './channels.js';
import {
  PROCEDURE_AGENCY,
  CHIP_RULE,
  DECLARATION_FORMS,
  DECLARATION_FORMS_TT69,
  declarationFormsOn,
  FORMS_NOTE_PINNED,
  FORMS_NOTE_TT69,
  DEFAULT_PHOTO_UPLOAD_POLICY,
  DOSSIER_COUNT,
  ELIGIBILITY,
  FIRST_ISSUE_WARNING,
  FORMS_NOTE,
  PHOTO_RULES,
  PROCESSING_TIME,
  REPRESENTATIVE_SIGNS,
  REQUIREMENT,
  PROCEDURE_RESULT,
  VALIDITY_EXTENDABLE,
} from './conditions.js';
import { DOSSIER_DOCUMENTS } from './documents.js';
import { FEE_NOTES, FEE_RULES, FEE_SEED_LINES } from './fees.js';
import { ISSUER_NAMES, LEGAL_BASIS } from './legal-basis.js';
import type { ProcedureMessageId } from './messages.js';
import { PORTAL_GUIDE } from './portal-guide.js';
import { PROCEDURE_STEPS, RETURN_SCHEDULE, SUBMISSION_SCHEDULE } from './steps.js';
import { SOURCE_PORTAL_GUIDE, SOURCE_PROCEDURE_PAGE } from './types.js';

export * from './types.js';
export * from './steps.js';
export * from './channels.js';
export * from './portal-guide.js';
export * from './documents.js';
export * from './fees.js';
export * from './legal-basis.js';
export * from './conditions.js';
export { procedureMessages } from './messages.js';
export type { ProcedureMessageId } from './messages.js';

const t = <T extends ProcedureMessageId>(id: T): T => id;

/** Everything the guide shows, in the order of the official page. */
export const procedure = {
  name: t('procedure.name'),
  sources: { procedurePage: SOURCE_PROCEDURE_PAGE, portalGuide: SOURCE_PORTAL_GUIDE },
  steps: PROCEDURE_STEPS,
  schedules: { submission: SUBMISSION_SCHEDULE, return: RETURN_SCHEDULE },
  channels: PROCEDURE_CHANNELS,
  portals: PORTALS,
  receivingOfficeMessages: RECEIVING_OFFICE_MESSAGES,
  portalGuide: PORTAL_GUIDE,
  documents: {
    title: t('procedure.documents.title'),
    items: DOSSIER_DOCUMENTS,
    notes: [t('procedure.doc.note.copyOrShowOriginal')],
  },
  fees: {
    title: t('procedure.fee.title'),
    rules: FEE_RULES,
    seedLines: FEE_SEED_LINES,
    notes: FEE_NOTES,
    kinds: { issue: t('procedure.fee.kind.issue'), replacement: t('procedure.fee.kind.replacement') },
    /** `{amount}`: the amount formatted by the host locale. */
    amountText: t('procedure.fee.amount'),
    /** `{from}`, `{to}`: dates formatted by the host locale. */
    validityText: t('procedure.fee.validity'),
    validityOpenText: t('procedure.fee.validityOpen'),
  },
  legalBasis: { title: t('procedure.legal.title'), issuers: ISSUER_NAMES, instruments: LEGAL_BASIS },
  conditions: {
    subjects: { title: t('procedure.conditions.subjects.title'), rules: ELIGIBILITY },
    agency: { title: t('procedure.conditions.agency.title'), point: PROCEDURE_AGENCY },
    result: { title: t('procedure.conditions.result.title'), point: PROCEDURE_RESULT, chipRule: CHIP_RULE },
    validity: { title: t('procedure.conditions.validity.title'), extendable: VALIDITY_EXTENDABLE },
    requirement: {
      title: t('procedure.conditions.requirement.title'),
      notIssuedTitle: t('procedure.conditions.notIssued.title'),
      point: REQUIREMENT,
    },
    photo: {
      title: t('procedure.conditions.photo.title'),
      form: PHOTO_RULES.form,
      portalTitle: t('procedure.conditions.photo.portal.title'),
      portal: PHOTO_RULES.portal,
      uploadPolicy: DEFAULT_PHOTO_UPLOAD_POLICY,
    },
    processingTime: { title: t('procedure.conditions.processingTime.title'), ...PROCESSING_TIME },
    dossierCount: { title: t('procedure.conditions.dossierCount.title'), ...DOSSIER_COUNT },
    /** The 31/2023 forms and note; `on(date, config)` gives those of a submission date (69/2026 from 1/7/2026). */
    forms: {
      title: t('procedure.conditions.forms.title'),
      items: DECLARATION_FORMS,
      note: FORMS_NOTE,
      tt69: { items: DECLARATION_FORMS_TT69, note: FORMS_NOTE_TT69 },
      pinnedNote: FORMS_NOTE_PINNED,
      on: declarationFormsOn,
    },
    representative: REPRESENTATIVE_SIGNS,
    firstIssueWarning: FIRST_ISSUE_WARNING,
  },
} as const;

export type ProcedureGuideData = typeof procedure;
