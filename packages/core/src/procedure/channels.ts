/**
 * How the dossier can be submitted and the result received ("Cách thức thực
 * hiện" of the official procedure page, seed 004): in person at the provincial
 * Immigration Management Office, online through the national portal or the
 * Ministry of Public Security portal (with the conditions of the portal guide,
 * seed 000, and the e-certification rule of seed 004), and by post (sending
 * supplementary papers when notified; receiving the passport, paying the
 * courier). Also `receivingOfficeRule`: which provincial office one may use,
 * following the page's restatement of Luật 49/2019/QH14 Điều 15.
 */
import type { Channel, RequestReason } from '../declaration/types.js';
import type { ProcedureMessageId } from './messages.js';
import { CMND_EXPIRED_NOTE } from './steps.js';
import { SOURCE_FACTS, SOURCE_PORTAL_GUIDE, SOURCE_PROCEDURE_PAGE } from './types.js';
import { editorial, excerpt, paraphrased, verbatim } from './provenance.js';
import type { GuidePoint, TextProvenance } from './types.js';

export type PortalId = 'national' | 'ministry';

export interface ServicePortal {
  id: PortalId;
  name: ProcedureMessageId;
  url: string;
}

/** The two portals named by both seeds; URLs as printed in the portal guide (seed 000). */
export const PORTALS: Readonly<Record<PortalId, ServicePortal>> = {
  national: { id: 'national', name: 'procedure.portal.national', url: 'https://dichvucong.gov.vn' },
  ministry: { id: 'ministry', name: 'procedure.portal.ministry', url: 'https://dichvucong.bocongan.gov.vn' },
};

/** `in-person` and `online` are ways to submit (the declaration's `Channel`); `postal` complements them. */
export type ProcedureChannelId = Channel | 'postal';

export interface ProcedureChannel {
  id: ProcedureChannelId;
  title: ProcedureMessageId;
  /** The page's one-line description of the channel. */
  text: ProcedureMessageId;
  provenance: TextProvenance;
  /** Heading of the conditions, when the channel has any. */
  conditionsTitle?: ProcedureMessageId;
  conditions: readonly GuidePoint[];
  notes: readonly GuidePoint[];
  portals?: readonly PortalId[];
}

const page = SOURCE_PROCEDURE_PAGE;
const guide = SOURCE_PORTAL_GUIDE;

/** Conditions for filing online (seed 000, part II.1); the portal guide reuses them. */
export const ONLINE_CONDITIONS: readonly GuidePoint[] = [
  { id: 'online.condition.account', text: 'procedure.channel.online.condition.account', provenance: verbatim(guide, 'C2') },
  { id: 'online.condition.chipId', text: 'procedure.channel.online.condition.chipId', provenance: verbatim(guide, 'C2') },
  {
    id: 'online.condition.chipId.representative',
    text: 'procedure.channel.online.condition.chipIdRepresentative',
    provenance: editorial(
      `${SOURCE_FACTS} §2.1 (the legal representative declares and signs TK01a) and the portal login with the declarant's own account`,
      'C2',
      'The chip card asked for is the declarant\'s: for TK01a the parent or guardian files with their own card; the child needs none.',
    ),
  },
  { id: 'online.condition.payment', text: 'procedure.channel.online.condition.payment', provenance: verbatim(guide, 'C2') },
];

/** "Trường hợp nộp hồ sơ trực tuyến thì thành phần hồ sơ phải được chứng thực điện tử …" (seed 004). */
export const ONLINE_CERTIFICATION_NOTE: GuidePoint = {
  id: 'online.certification',
  text: 'procedure.channel.online.certification',
  provenance: verbatim(page),
};

export const PROCEDURE_CHANNELS: readonly ProcedureChannel[] = [
  {
    id: 'in-person',
    title: 'procedure.channel.inPerson.title',
    text: 'procedure.channel.inPerson.text',
    provenance: excerpt(page),
    conditions: [],
    notes: [
      {
        id: 'inPerson.showId',
        text: 'procedure.doc.identityDocument.source',
        provenance: excerpt(page),
        notes: [CMND_EXPIRED_NOTE],
      },
    ],
  },
  {
    id: 'online',
    title: 'procedure.channel.online.title',
    text: 'procedure.channel.online.text',
    provenance: excerpt(page),
    conditionsTitle: 'procedure.channel.online.conditions.title',
    conditions: ONLINE_CONDITIONS,
    notes: [
      ONLINE_CERTIFICATION_NOTE,
      {
        id: 'online.fullyOnline',
        text: 'procedure.channel.online.fullyOnline',
        provenance: paraphrased(`${SOURCE_FACTS} §2.2 (Công an tỉnh Phú Thọ: mức độ "Toàn trình")`, 'S1'),
      },
      {
        id: 'online.vneid',
        text: 'procedure.channel.online.vneid',
        provenance: paraphrased(`${SOURCE_FACTS} §12.2`, 'INF', {
          note: 'Stated in the fact file without a citation; not in either seed.',
        }),
      },
    ],
    portals: ['national', 'ministry'],
  },
  {
    id: 'postal',
    title: 'procedure.channel.postal.title',
    text: 'procedure.channel.postal.text',
    provenance: excerpt(page),
    conditions: [],
    notes: [
      {
        id: 'postal.result',
        text: 'procedure.step.submit.postalResult',
        provenance: verbatim(page),
        when: { deliveries: ['post'] },
      },
      {
        id: 'postal.receive',
        text: 'procedure.step.receive.byPost',
        provenance: verbatim(page),
        when: { deliveries: ['post'] },
      },
      {
        id: 'postal.courierFee',
        text: 'procedure.fee.note.courier',
        provenance: paraphrased(`${page}; ${SOURCE_FACTS} §6`, 'C2'),
        when: { deliveries: ['post'] },
      },
    ],
  },
];

export function procedureChannel(id: ProcedureChannelId): ProcedureChannel {
  const channel = PROCEDURE_CHANNELS.find((c) => c.id === id);
  if (!channel) throw new RangeError(`Unknown channel: ${id}`);
  return channel;
}

/** `residence`: the office of the province of permanent or temporary residence; `anyConvenient`: any province's office. */
export type ReceivingOfficeScope = 'residence' | 'anyConvenient';

export interface ReceivingOfficeRule {
  /** Widest scope allowed; `anyConvenient` includes the residence office. */
  scope: ReceivingOfficeScope;
  /** Which office(s) may be used. */
  office: ProcedureMessageId;
  /** Why (the case that applies). */
  why: ProcedureMessageId;
  /** The page's sentence the rule follows. */
  basis: ProcedureMessageId;
  provenance: TextProvenance;
}

/**
 * Which provincial Immigration Management Office may receive the dossier
 * (seed 004, restating Luật 49/2019/QH14 Điều 15): a first passport at the
 * office of the province of permanent or temporary residence, or at any
 * convenient office for a person who has a citizen identity card; a second or
 * later passport at any convenient office. `hasChipId` is true when the
 * applicant holds a citizen identity card (the page says "Thẻ căn cước công
 * dân" without "gắn chíp"; the online conditions ask for the chip card).
 * The reason `other` does not say whether a passport was held before, so the
 * rule answers conservatively: with a card any office (both cases allow it),
 * without one the residence office only.
 */
export function receivingOfficeRule(reason: RequestReason, hasChipId: boolean): ReceivingOfficeRule {
  const firstBasis: ProcedureMessageId = 'procedure.step.submit.where.first';
  const provenanceFirst = verbatim(page);
  if (reason === 'first') {
    return hasChipId
      ? { scope: 'anyConvenient', office: 'procedure.office.anyConvenient', why: 'procedure.office.why.firstWithCard', basis: firstBasis, provenance: provenanceFirst }
      : { scope: 'residence', office: 'procedure.office.residence', why: 'procedure.office.why.firstWithoutCard', basis: firstBasis, provenance: provenanceFirst };
  }
  if (reason === 'other') {
    return hasChipId
      ? { scope: 'anyConvenient', office: 'procedure.office.anyConvenient', why: 'procedure.office.why.firstWithCard', basis: firstBasis, provenance: provenanceFirst }
      : {
          scope: 'residence',
          office: 'procedure.office.residence',
          why: 'procedure.office.why.otherUnknown',
          basis: firstBasis,
          provenance: editorial(page, 'INF', 'Conservative reading for an unspecified request.'),
        };
  }
  return {
    scope: 'anyConvenient',
    office: 'procedure.office.anyConvenient',
    why: 'procedure.office.why.subsequent',
    basis: 'procedure.step.submit.where.subsequent',
    provenance: verbatim(page),
  };
}

/** Every message id `receivingOfficeRule` can return (for the guide and for checks). */
export const RECEIVING_OFFICE_MESSAGES: readonly ProcedureMessageId[] = [
  'procedure.office.residence',
  'procedure.office.anyConvenient',
  'procedure.office.why.firstWithoutCard',
  'procedure.office.why.firstWithCard',
  'procedure.office.why.subsequent',
  'procedure.office.why.otherUnknown',
];
