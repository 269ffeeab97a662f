/**
 * planApplication: what this applicant, in this case, must do. From a
 * declaration (complete or partial: the guide's questionnaire gives only a
 * few answers) and the date, it derives the form (TK01 or TK01a, by age on
 * the submission date, Thông tư 31/2023/TT-BCA Điều 4), the form version
 * (by date and host configuration), the fee in force (dated fee rules), the
 * due date (08 working days, Điều 147 Bộ luật Dân sự: the day received is not
 * counted), the dossier components, and the receiving offices of the host's
 * province with the rule on which office may be used. It never throws on a
 * partial draft: what cannot be decided is null and named in `unknown`.
 */
import type { FormVersionId, HostConfig, Office, ProvinceConfig } from '../config/types.js';
import { dueDate } from '../calendar/working-days.js';
import { parseIsoDate, parsePartialDate } from '../dates/iso.js';
import type { Channel, DeclarationDraft, Delivery, FormId, RequestReason } from '../declaration/types.js';
import { DEFAULT_PROVINCE, provinceConfig } from '../places/offices.js';
import { receivingOfficeRule, type ReceivingOfficeRule } from '../procedure/channels.js';
import { requiredDocuments, type DossierDocument, type DossierDocumentId } from '../procedure/documents.js';
import { feeOn, type FeeQuote } from '../procedure/fees.js';
import { chooseForm } from '../rules/form-choice.js';
import { formVersionMeta, selectFormVersionKey } from '../schema/versions.js';
import type { FormVersionKey } from '../schema/types.js';
import { normalizeDeep } from '../text/normalize.js';

export interface PlanOptions {
  /** Today (`YYYY-MM-DD`, Vietnam time): used when the declaration has no submission date. */
  date: string;
  config?: HostConfig;
  /**
   * Whether the applicant holds a chip ID card (thẻ căn cước / CCCD): a first issue may then be
   * filed at any provincial office, otherwise only where they reside. Not part of the declaration;
   * the guide asks it. Unknown is treated as "no card" (the narrower rule) and reported in `unknown`.
   */
  hasChipId?: boolean;
  /**
   * Whether the person who files (the declarant) holds a chip ID card: online filing needs one
   * (procedure condition `online.condition.chipId`). For TK01 the declarant is the applicant, so it
   * defaults to `hasChipId`; for TK01a it is the parent or guardian, whose own card counts (the child
   * needs none), so `hasChipId` says nothing about it.
   */
  declarantHasChipId?: boolean;
}

/** Why online filing is not possible in this case. */
export type OnlineBlock = 'declarantChipId';

/** What the plan could not decide, because an answer is missing or invalid. */
export type PlanUnknown = 'dateOfBirth' | 'reason' | 'submissionDate' | 'channel' | 'chipId';

export interface ApplicationPlan {
  /** The date the plan is for: the declaration's submission date, else `options.date`. */
  date: string;
  form: FormId | null;
  /** Age in completed years on `date` (the youngest possible age for a year-only birth date). */
  age: number | null;
  /** The day TK01 starts to apply (the 14th birthday), when known. */
  fourteenthBirthday: string | null;
  formVersion: FormVersionKey | null;
  circular: FormVersionId | null;
  formVersionVerified: boolean | null;
  /** Fee in force on `date`; `fee.amount` in đồng, `fee.basis` names the circular. */
  fee: FeeQuote | null;
  /** The 8th working day after `date` (`YYYY-MM-DD`). */
  dueDate: string | null;
  /** True when the calendar of a year without an official day-off table was used. */
  dueDateEstimated: boolean;
  documents: DossierDocument[];
  offices: Office[];
  /** The office preselected for this plan (the declaration's choice, else the province default). */
  office: Office | null;
  officeRule: ReceivingOfficeRule | null;
  channel: Channel | null;
  delivery: Delivery | null;
  /**
   * Online only: the components handed over on paper (originals, copies), which are sent to the
   * receiving office through the public postal service ("dịch vụ bưu chính công ích") unless certified
   * electronically (procedure page, message `procedure.channel.online.certification`). Empty in person:
   * the citizen brings them; receiving the passport by post (`delivery`) mails nothing to the office.
   */
  mailedToOffice: DossierDocumentId[];
  /**
   * Whether online filing is possible: false when the declarant (the parent for TK01a) has no chip
   * ID card, null when that is not known. When online was asked but is not possible, the dossier,
   * the fee and `mailedToOffice` are those of filing in person (what the citizen can actually do):
   * no portal step and no ID card image is listed.
   */
  onlinePossible: boolean | null;
  /** The reason online filing is not possible, else null. */
  onlineBlockedBy: OnlineBlock | null;
  chip: boolean | null;
  unknown: PlanUnknown[];
}

const REASONS: readonly RequestReason[] = ['first', 'renewal', 'lost', 'damaged', 'other'];

function hostProvince(config: HostConfig): ProvinceConfig {
  return config.province ?? provinceConfig(DEFAULT_PROVINCE)!;
}

/** The due date, or null for a date outside the calendar's years (a past date such as 2020 is its own error, never a crash). */
function dueDateInRange(date: string, config: HostConfig): ReturnType<typeof dueDate> | null {
  try {
    return dueDate(date, { daysOff: config.daysOff ?? [], workingDays: config.workingDays ?? [] });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Personal-data-free answers are enough: see the guide's questionnaire. */
export function planApplication(input: DeclarationDraft, options: PlanOptions): ApplicationPlan {
  const d = normalizeDeep((input ?? {}) as DeclarationDraft);
  const config = options.config ?? {};
  const unknown: PlanUnknown[] = [];

  const submissionDate = d.submission?.date;
  const date = submissionDate && parseIsoDate(submissionDate) ? submissionDate : options.date;
  if (!parseIsoDate(date)) unknown.push('submissionDate');
  const validDate = parseIsoDate(date) !== null;

  const dob = d.applicant?.dateOfBirth;
  const choice = dob && parsePartialDate(dob) && validDate ? chooseForm(dob, date) : null;
  const form = choice && choice.form ? choice.form : null;
  if (!form) unknown.push('dateOfBirth');

  const reason = d.request?.reason && REASONS.includes(d.request.reason) ? d.request.reason : null;
  if (!reason) unknown.push('reason');
  const channel: Channel | null = d.submission?.channel === 'online' || d.submission?.channel === 'in-person' ? d.submission.channel : null;
  if (!channel) unknown.push('channel');
  const declarantChip = form === 'TK01a' ? options.declarantHasChipId : options.declarantHasChipId ?? options.hasChipId;
  const onlinePossible = declarantChip === undefined ? null : declarantChip;
  const onlineBlockedBy: OnlineBlock | null = onlinePossible === false ? 'declarantChipId' : null;
  /** The channel the dossier is prepared for: online only where it is possible. */
  const filing: Channel = channel === 'online' && onlinePossible !== false ? 'online' : 'in-person';
  const delivery: Delivery | null = d.submission?.delivery === 'post' || d.submission?.delivery === 'office' ? d.submission.delivery : null;

  const version = form && validDate ? formVersionMeta[selectFormVersionKey(form, date, config)] : null;
  const fee = reason && validDate ? feeOn({ date, reason, channel: filing }, config.fees) : null;
  const due = validDate ? dueDateInRange(date, config) : null;

  const hasPersonalId = typeof d.applicant?.personalId === 'string' && d.applicant.personalId.replace(/\s/gu, '') !== '';
  const hasPreviousPassport = Boolean(d.previousPassport && d.previousPassport.number);
  const documents =
    form && reason
      ? requiredDocuments({
          form,
          reason,
          hasPreviousPassport: hasPreviousPassport || reason === 'renewal' || reason === 'lost' || reason === 'damaged',
          hasPersonalId: form === 'TK01' ? true : hasPersonalId,
          channel: filing,
          representativeSigns: form === 'TK01a',
        })
      : [];

  const province = hostProvince(config);
  const office = province.offices.find((o) => o.id === d.submission?.office) ?? province.offices.find((o) => o.id === province.defaultOffice) ?? null;
  if (options.hasChipId === undefined) unknown.push('chipId');
  const officeRule = reason ? receivingOfficeRule(reason, options.hasChipId === true) : null;

  const chip = form === 'TK01a' ? false : typeof d.request?.chip === 'boolean' ? d.request.chip : null;

  return {
    date,
    form,
    age: choice && choice.form ? choice.age : null,
    fourteenthBirthday: choice && choice.form ? choice.fourteenthBirthday : null,
    formVersion: version ? version.id : null,
    circular: version ? version.circular : null,
    formVersionVerified: version ? version.verified : null,
    fee,
    dueDate: due ? due.date : null,
    dueDateEstimated: due ? due.estimated : false,
    documents,
    offices: [...province.offices],
    office,
    officeRule,
    channel,
    delivery,
    mailedToOffice:
      filing === 'online' ? documents.filter((doc) => (doc.form === 'original' || doc.form === 'copy') && doc.id !== 'declaration').map((doc) => doc.id) : [],
    onlinePossible,
    onlineBlockedBy,
    chip,
    unknown,
  };
}
