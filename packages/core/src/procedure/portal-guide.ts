/**
 * The national portal guide (seed 000, "Hướng dẫn công dân đăng nhập sử dụng
 * dịch vụ công quốc gia đăng ký cấp hộ chiếu", published 31/05/2022) as
 * numbered steps: part I, registering an account (2 conditions, 7 steps), and
 * part II, logging in and submitting online (3 conditions, 12 steps; step 9
 * has five sub-points, the last with two of its own). Texts are the guide's
 * words with typography normalised; the portal URLs are data, passed to the
 * texts as parameters. The guide predates chip passports, hence the dated note.
 * The "(1)" marker after "Nộp trực tuyến" in step 9 has no footnote on the
 * page and is dropped.
 */
import { PORTALS, ONLINE_CONDITIONS } from './channels.js';
import type { ProcedureMessageId } from './messages.js';
import { SOURCE_PORTAL_GUIDE } from './types.js';
import { verbatim } from './provenance.js';
import type { GuidePoint, TextProvenance } from './types.js';

export interface PortalGuideStep {
  /** "Bước n" of the guide. */
  number: number;
  text: ProcedureMessageId;
  params?: Readonly<Record<string, string | number>>;
  provenance: TextProvenance;
  children?: readonly GuidePoint[];
}

export interface PortalGuideSection {
  id: 'register' | 'submit';
  title: ProcedureMessageId;
  /** Of the title and headings (all the guide's own words). */
  provenance: TextProvenance;
  conditionsTitle: ProcedureMessageId;
  conditions: readonly GuidePoint[];
  stepsTitle: ProcedureMessageId;
  steps: readonly PortalGuideStep[];
}

export interface PortalGuide {
  title: ProcedureMessageId;
  /** Published on 31/05/2022, before chip passports: screens may differ today. */
  datedNote: ProcedureMessageId;
  /** The step label with a `{number}` placeholder ("Bước {number}"). */
  stepLabel: ProcedureMessageId;
  publishedOn: string;
  sections: readonly [PortalGuideSection, PortalGuideSection];
  provenance: TextProvenance;
}

const src = SOURCE_PORTAL_GUIDE;
const v = (extra?: Partial<TextProvenance>): TextProvenance => verbatim(src, 'S1', extra);
const ARROW = { source: '->', ours: '→' } as const;
const urls = { nationalPortalUrl: PORTALS.national.url, ministryPortalUrl: PORTALS.ministry.url };

const registerSection: PortalGuideSection = {
  id: 'register',
  title: 'procedure.portalGuide.register.title',
  provenance: v(),
  conditionsTitle: 'procedure.portalGuide.conditionsHeading',
  conditions: [
    { id: 'register.condition.chipId', text: 'procedure.portalGuide.register.condition.chipId', provenance: v() },
    {
      id: 'register.condition.subscriber',
      text: 'procedure.portalGuide.register.condition.subscriber',
      provenance: v({ corrections: [{ source: 'để đăng kí', ours: 'để đăng ký' }] }),
    },
  ],
  stepsTitle: 'procedure.portalGuide.stepsHeading',
  steps: [
    { number: 1, text: 'procedure.portalGuide.register.step1', params: { nationalPortalUrl: urls.nationalPortalUrl }, provenance: v() },
    { number: 2, text: 'procedure.portalGuide.register.step2', provenance: v() },
    {
      number: 3,
      text: 'procedure.portalGuide.register.step3',
      provenance: v(),
      children: [
        {
          id: 'register.step3.byMobile',
          text: 'procedure.portalGuide.register.step3.byMobile',
          provenance: v({ corrections: [{ source: 'đăng kí bằng', ours: 'đăng ký bằng' }] }),
        },
      ],
    },
    { number: 4, text: 'procedure.portalGuide.register.step4', provenance: v({ corrections: [ARROW] }) },
    { number: 5, text: 'procedure.portalGuide.register.step5', provenance: v() },
    { number: 6, text: 'procedure.portalGuide.register.step6', provenance: v() },
    { number: 7, text: 'procedure.portalGuide.register.step7', provenance: v() },
  ],
};

const submitSection: PortalGuideSection = {
  id: 'submit',
  title: 'procedure.portalGuide.submit.title',
  provenance: v(),
  conditionsTitle: 'procedure.channel.online.conditions.title',
  conditions: ONLINE_CONDITIONS,
  stepsTitle: 'procedure.portalGuide.stepsHeading',
  steps: [
    { number: 1, text: 'procedure.portalGuide.submit.step1', params: urls, provenance: v() },
    { number: 2, text: 'procedure.portalGuide.submit.step2', provenance: v() },
    { number: 3, text: 'procedure.portalGuide.submit.step3', provenance: v() },
    {
      number: 4,
      text: 'procedure.portalGuide.submit.step4',
      provenance: v({ corrections: [{ source: 'Tên đăng nhâp', ours: 'Tên đăng nhập' }, { source: '- >', ours: '→' }] }),
    },
    { number: 5, text: 'procedure.portalGuide.submit.step5', provenance: v({ corrections: [ARROW] }) },
    { number: 6, text: 'procedure.portalGuide.submit.step6', provenance: v() },
    { number: 7, text: 'procedure.portalGuide.submit.step7', provenance: v() },
    {
      number: 8,
      text: 'procedure.portalGuide.submit.step8',
      provenance: v({
        note: 'Written before chip passports (1/3/2023); the service chosen today may be named "Cấp hộ chiếu phổ thông ở trong nước" [INF].',
      }),
    },
    {
      number: 9,
      text: 'procedure.portalGuide.submit.step9',
      provenance: v({ corrections: [{ source: '“Nộp trực tuyến” (1)', ours: '“Nộp trực tuyến”' }] }),
      children: [
        { id: 'submit.step9.uploadImages', text: 'procedure.portalGuide.submit.step9.uploadImages', provenance: v() },
        { id: 'submit.step9.fields', text: 'procedure.portalGuide.submit.step9.fields', provenance: v() },
        { id: 'submit.step9.office', text: 'procedure.portalGuide.submit.step9.office', provenance: v() },
        { id: 'submit.step9.delivery', text: 'procedure.portalGuide.submit.step9.delivery', provenance: v() },
        {
          id: 'submit.step9.attachments',
          text: 'procedure.portalGuide.submit.step9.attachments',
          provenance: v(),
          children: [
            { id: 'submit.step9.chooseFile', text: 'procedure.portalGuide.submit.step9.chooseFile', provenance: v() },
            { id: 'submit.step9.jpeg', text: 'procedure.portalGuide.submit.step9.jpeg', provenance: v() },
          ],
        },
      ],
    },
    { number: 10, text: 'procedure.portalGuide.submit.step10', provenance: v() },
    { number: 11, text: 'procedure.portalGuide.submit.step11', provenance: v() },
    { number: 12, text: 'procedure.portalGuide.submit.step12', provenance: v() },
  ],
};

export const PORTAL_GUIDE: PortalGuide = {
  title: 'procedure.portalGuide.title',
  datedNote: 'procedure.portalGuide.datedNote',
  stepLabel: 'procedure.portalGuide.stepLabel',
  publishedOn: '2022-05-31',
  sections: [registerSection, submitSection],
  provenance: verbatim(src, 'S1'),
};
