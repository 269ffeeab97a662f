/**
 * The conditions and facts around the procedure, from the official procedure
 * page (seed 004) and Luật 49/2019/QH14 (shared/reference/domain-facts.md §9,
 * §10): who may apply and which passport they get (Điều 6 k2), validity
 * (Điều 7 k2: 10 years from 14, 5 years under 14, never extended), the cases
 * where no passport is issued (Điều 21; information only), the photo rules
 * (paper form, and the portal standard as third parties quote it, with the
 * disputed file size), the processing time (08 working days, counted as
 * Bộ luật Dân sự 2015 Điều 147 says), one dossier set, the forms TK01/TK01a
 * of Thông tư 31/2023/TT-BCA, and the rule that a legal representative
 * declares and signs for a child or an adult without full capacity.
 */
import type { HostConfig, Provenance } from '../config/types.js';
import { circularOn, formVersionMeta, selectFormVersionKey } from '../schema/versions.js';
import type { FormId } from '../declaration/types.js';
import type { ProcedureMessageId } from './messages.js';
import { SOURCE_FACTS, SOURCE_PROCEDURE_PAGE } from './types.js';
import { editorial, excerpt, paraphrased, verbatim } from './provenance.js';
import type { GuidePoint, TextProvenance } from './types.js';

const page = SOURCE_PROCEDURE_PAGE;

export interface EligibilityRule {
  id: 'adult' | 'child';
  /** Inclusive lower and exclusive upper age on the submission date. */
  minAge: number;
  maxAgeExclusive?: number;
  form: FormId;
  /** Passport kinds that may be issued. */
  passports: readonly ('chip' | 'chipless')[];
  /** Validity in years (Điều 7 k2), never extended. */
  validityYears: number;
  text: ProcedureMessageId;
  validityText: ProcedureMessageId;
  provenance: TextProvenance;
  validityProvenance: TextProvenance;
}

export const ELIGIBILITY: readonly EligibilityRule[] = [
  {
    id: 'adult',
    minAge: 14,
    form: 'TK01',
    passports: ['chip', 'chipless'],
    validityYears: 10,
    text: 'procedure.conditions.subjects.adult',
    validityText: 'procedure.conditions.validity.adult',
    provenance: verbatim(page, 'C2'),
    validityProvenance: paraphrased(`Luật 49/2019/QH14 Điều 7 k2 a; ${SOURCE_FACTS} §9`, 'C2'),
  },
  {
    id: 'child',
    minAge: 0,
    maxAgeExclusive: 14,
    form: 'TK01a',
    passports: ['chipless'],
    validityYears: 5,
    text: 'procedure.conditions.subjects.child',
    validityText: 'procedure.conditions.validity.child',
    provenance: verbatim(page, 'C2'),
    validityProvenance: paraphrased(`Luật 49/2019/QH14 Điều 7 k2 b; ${SOURCE_FACTS} §9`, 'C2'),
  },
];

/** Passport validity is never extended (Điều 7 k2). */
export const VALIDITY_EXTENDABLE = false;

/** The eligibility rule for an age in whole years on the submission date. */
export function eligibilityForAge(age: number): EligibilityRule {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`Not an age: ${age}`);
  const rule = ELIGIBILITY.find((r) => age >= r.minAge && (r.maxAgeExclusive === undefined || age < r.maxAgeExclusive));
  if (!rule) throw new RangeError(`No eligibility rule for age ${age}`);
  return rule;
}

export const PROCEDURE_AGENCY: GuidePoint = { id: 'agency', text: 'procedure.conditions.agency', provenance: verbatim(page) };
export const PROCEDURE_RESULT: GuidePoint = { id: 'result', text: 'procedure.conditions.result', provenance: verbatim(page) };
export const CHIP_RULE: GuidePoint = {
  id: 'chipRule',
  text: 'procedure.conditions.chipRule',
  provenance: verbatim(`Luật 49/2019/QH14 Điều 6 k2; ${SOURCE_FACTS} §9`, 'C2'),
};

/** "Yêu cầu, điều kiện": not in a case of Điều 21, with the three cases for information. */
export const REQUIREMENT: GuidePoint = {
  id: 'requirement',
  text: 'procedure.conditions.requirement',
  provenance: verbatim(page),
  notes: ['procedure.conditions.notIssued.infoOnly'],
  children: [
    {
      id: 'notIssued.penalty',
      text: 'procedure.conditions.notIssued.penalty',
      provenance: paraphrased(`Luật 49/2019/QH14 Điều 21 k1; ${SOURCE_FACTS} §9`, 'C2'),
    },
    {
      id: 'notIssued.exitBan',
      text: 'procedure.conditions.notIssued.exitBan',
      provenance: paraphrased(`Luật 49/2019/QH14 Điều 21 k2; ${SOURCE_FACTS} §9`, 'C2'),
    },
    {
      id: 'notIssued.security',
      text: 'procedure.conditions.notIssued.security',
      provenance: paraphrased(`Luật 49/2019/QH14 Điều 21 k3; ${SOURCE_FACTS} §9`, 'INF', {
        note: 'Worded from memory in the fact file (the excerpts stop before it); a commentary on the law (123docz.net) describes the same case.',
      }),
    },
  ],
};

/** Photo rules: the form's wording, and the portal standard as third parties quote it. */
export const PHOTO_RULES: { form: GuidePoint; portal: readonly GuidePoint[] } = {
  form: {
    id: 'photo.form',
    text: 'procedure.conditions.photo.form',
    provenance: verbatim(`${SOURCE_FACTS} §10 (TK01 note (1); Phú Thọ procedure page)`, 'C2', {
      note: 'The Lạng Sơn page writes "6 tháng"; the form footnote writes "06 tháng".',
    }),
  },
  portal: [
    { id: 'photo.portal.recent', text: 'procedure.conditions.photo.portal.recent', provenance: verbatim(`${SOURCE_FACTS} §10`, 'C2') },
    { id: 'photo.portal.ratio', text: 'procedure.conditions.photo.portal.ratio', provenance: verbatim(`${SOURCE_FACTS} §10`, 'C2') },
    { id: 'photo.portal.face', text: 'procedure.conditions.photo.portal.face', provenance: verbatim(`${SOURCE_FACTS} §10`, 'C2') },
    { id: 'photo.portal.eyes', text: 'procedure.conditions.photo.portal.eyes', provenance: verbatim(`${SOURCE_FACTS} §10`, 'C2') },
    { id: 'photo.portal.pose', text: 'procedure.conditions.photo.portal.pose', provenance: verbatim(`${SOURCE_FACTS} §10`, 'C2') },
    { id: 'photo.portal.background', text: 'procedure.conditions.photo.portal.background', provenance: verbatim(`${SOURCE_FACTS} §10`, 'C2') },
    {
      id: 'photo.portal.file',
      text: 'procedure.conditions.photo.portal.file',
      params: { maxMegabytes: 2 },
      provenance: editorial(
        `${SOURCE_FACTS} §10: "<4MB" (luattanthinhphat.com) vs "< 2MB" (sonhasoftware.com), both [S1]`,
        'INF',
        'The ≤ 2 MB limit satisfies both claims; a host can change it (photoUploadPolicy).',
      ),
    },
  ],
};

/** What the tool accepts for an uploaded photo; a host can override any field. */
export interface PhotoUploadPolicy {
  mimeTypes: readonly string[];
  maxBytes: number;
  /** Width : height. */
  aspectRatio: { width: number; height: number };
  /** The photo is taken at most this many months before submission. */
  maxAgeMonths: number;
  provenance: Provenance;
}

export const DEFAULT_PHOTO_UPLOAD_POLICY: PhotoUploadPolicy = {
  mimeTypes: ['image/jpeg'],
  maxBytes: 2 * 1024 * 1024,
  aspectRatio: { width: 4, height: 6 },
  maxAgeMonths: 6,
  provenance: {
    confidence: 'INF',
    source: `${SOURCE_FACTS} §10: JPEG [C2]; size <4 MB or <2 MB [S1 each, disagreeing]; 2 MB satisfies both; pixel size not documented`,
  },
};

/** The default policy with a host's changes; the provenance becomes "host" when anything is overridden. */
export function photoUploadPolicy(overrides: Partial<Omit<PhotoUploadPolicy, 'provenance'>> = {}): PhotoUploadPolicy {
  const changed = Object.keys(overrides).length > 0;
  if (overrides.maxBytes !== undefined && !(Number.isInteger(overrides.maxBytes) && overrides.maxBytes > 0)) {
    throw new RangeError(`maxBytes must be a positive integer: ${overrides.maxBytes}`);
  }
  return {
    ...DEFAULT_PHOTO_UPLOAD_POLICY,
    ...overrides,
    provenance: changed ? { confidence: 'host', source: 'host configuration' } : DEFAULT_PHOTO_UPLOAD_POLICY.provenance,
  };
}

/** "Thời hạn giải quyết" as data for the calendar. */
export interface ProcessingTime {
  workingDays: number;
  /** The period runs from the day both the complete dossier and the fee are received. */
  startsWhen: 'completeDossierAndFeePaid';
  /** Bộ luật Dân sự 2015 Điều 147 k1: the starting day is not counted. */
  firstDayCounted: false;
  text: ProcedureMessageId;
  countingText: ProcedureMessageId;
  provenance: TextProvenance;
  countingProvenance: TextProvenance;
}

export const PROCESSING_TIME: ProcessingTime = {
  workingDays: 8,
  startsWhen: 'completeDossierAndFeePaid',
  firstDayCounted: false,
  text: 'procedure.conditions.processingTime',
  countingText: 'procedure.conditions.processingTime.counting',
  provenance: verbatim(page, 'C2'),
  countingProvenance: paraphrased(`Bộ luật Dân sự 2015 Điều 147 k1; ${SOURCE_FACTS} §12.5`, 'S1', {
    note: 'General rule of the Civil Code; the procedure pages do not restate it.',
  }),
};

/** "Số lượng hồ sơ: 01 (một) bộ." */
export const DOSSIER_COUNT = { sets: 1, text: 'procedure.conditions.dossierCount', provenance: verbatim(page, 'C2') } as const satisfies {
  sets: number;
  text: ProcedureMessageId;
  provenance: TextProvenance;
};

export interface DeclarationFormInfo {
  id: FormId;
  /** Age range on the submission date. */
  minAge: number;
  maxAgeExclusive?: number;
  /** Id of the legal instrument the form is issued with (see legal-basis). */
  issuedWith: string;
  name: ProcedureMessageId;
  provenance: TextProvenance;
}

export const DECLARATION_FORMS: readonly DeclarationFormInfo[] = [
  { id: 'TK01', minAge: 14, issuedWith: 'tt-31-2023-bca', name: 'procedure.conditions.forms.tk01', provenance: verbatim(page, 'C2') },
  {
    id: 'TK01a',
    minAge: 0,
    maxAgeExclusive: 14,
    issuedWith: 'tt-31-2023-bca',
    name: 'procedure.conditions.forms.tk01a',
    provenance: verbatim(page, 'C2'),
  },
];

/** The same forms under Thông tư 69/2026/TT-BCA, in force from 1/7/2026 (domain-facts §0). */
export const DECLARATION_FORMS_TT69: readonly DeclarationFormInfo[] = [
  {
    id: 'TK01',
    minAge: 14,
    issuedWith: 'tt-69-2026-bca',
    name: 'procedure.conditions.forms.tk01.tt69',
    provenance: editorial(`${SOURCE_FACTS} §0, §1.3`, 'S1', 'The seed page names the 31/2023 form; the name is kept, the circular follows the date.'),
  },
  {
    id: 'TK01a',
    minAge: 0,
    maxAgeExclusive: 14,
    issuedWith: 'tt-69-2026-bca',
    name: 'procedure.conditions.forms.tk01a.tt69',
    provenance: editorial(`${SOURCE_FACTS} §0`, 'S1', 'The TK01a of 69/2026 is reconstructed (no transcription found).'),
  },
];

/** Before 1/7/2026: the 69/2026 forms are announced. */
export const FORMS_NOTE: GuidePoint = {
  id: 'forms.tt69',
  text: 'procedure.conditions.forms.tt69Note',
  provenance: editorial(`${SOURCE_FACTS} §0`, 'S1', 'Thông tư 69/2026/TT-BCA: two independent public sources; provincial procedure pages lag behind.'),
};

/** From 1/7/2026: the 69/2026 forms apply; TK01a is reconstructed. */
export const FORMS_NOTE_TT69: GuidePoint = {
  id: 'forms.tt69InForce',
  text: 'procedure.conditions.forms.tt69InForce',
  provenance: editorial(`${SOURCE_FACTS} §0`, 'S1', 'TK01 transcribed from the gazette scan by a public record; TK01a not transcribed.'),
};

/** When the host pins the 2023 forms after 1/7/2026. */
export const FORMS_NOTE_PINNED: GuidePoint = {
  id: 'forms.pinned',
  text: 'procedure.conditions.forms.pinnedTt31',
  provenance: editorial('HostConfig.pinnedFormVersion', 'S1', 'The province says its office still uses the 2023 forms.'),
};

/**
 * The forms, their names and the note for a submission date: the circular in
 * force on that day (`selectFormVersionKey`), or the host's pin.
 */
export function declarationFormsOn(date: string, config: HostConfig = {}): { items: readonly DeclarationFormInfo[]; note: GuidePoint } {
  const circular = formVersionMeta[selectFormVersionKey('TK01', date, config)].circular;
  if (circular === 'TT69_2026') return { items: DECLARATION_FORMS_TT69, note: FORMS_NOTE_TT69 };
  return { items: DECLARATION_FORMS, note: config.pinnedFormVersion === 'TT31_2023' && circularOn(date) === 'TT69_2026' ? FORMS_NOTE_PINNED : FORMS_NOTE };
}

/** Who declares and signs for whom. */
export interface RepresentativeRule {
  /** TK01a: always the legal representative. */
  forms: readonly FormId[];
  /** Adults who lost civil act capacity or have difficulties in cognition or in controlling their behaviour (Bộ luật Dân sự). */
  adultsWithoutFullCapacity: true;
  text: ProcedureMessageId;
  provenance: TextProvenance;
}

export const REPRESENTATIVE_SIGNS: RepresentativeRule = {
  forms: ['TK01a'],
  adultsWithoutFullCapacity: true,
  text: 'procedure.conditions.representativeSigns',
  provenance: excerpt(page, 'C2', { note: 'Second sentence of the declaration item of "Thành phần hồ sơ".' }),
};

/** Declaring a first issue when a passport was issued before is an administrative violation. */
export const FIRST_ISSUE_WARNING: GuidePoint = {
  id: 'firstIssueWarning',
  text: 'procedure.conditions.firstIssueWarning',
  provenance: paraphrased(`Nghị định 144/2021/NĐ-CP Điều 18 k2 b as cited by third-party guides; ${SOURCE_FACTS} §12.2`, 'S1'),
};
