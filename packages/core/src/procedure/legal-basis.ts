/**
 * The legal basis of the procedure: the five instruments listed by the
 * official procedure page ("Căn cứ pháp lý", seed 004: Luật 49/2019/QH14 as
 * amended by Luật 23/2023/QH15, Thông tư 110/2020/TT-BCA, 31/2023/TT-BCA,
 * 25/2021/TT-BTC, 44/2023/TT-BTC) and the later or related instruments the
 * product relies on (shared/reference/domain-facts.md §0, §3, §6, §12): fee
 * circulars 63/2023 and 64/2025, the amendments of Thông tư 31/2023 (68/2025
 * and the unverified 69/2026), Luật Căn cước 2023, Bộ luật Dân sự 2015 and
 * Nghị định 144/2021. Each entry says whether the page lists it and how sure
 * its number, date and title are.
 */
import type { Provenance } from '../config/types.js';
import type { ProcedureMessageId } from './messages.js';
import { SOURCE_FACTS, SOURCE_PROCEDURE_PAGE } from './types.js';

export type LegalInstrumentKind = 'law' | 'code' | 'decree' | 'circular';
export type LegalIssuer = 'nationalAssembly' | 'government' | 'publicSecurity' | 'finance';

export const ISSUER_NAMES: Readonly<Record<LegalIssuer, ProcedureMessageId>> = {
  nationalAssembly: 'procedure.legal.issuer.nationalAssembly',
  government: 'procedure.legal.issuer.government',
  publicSecurity: 'procedure.legal.issuer.publicSecurity',
  finance: 'procedure.legal.issuer.finance',
};

export interface LegalInstrument {
  id: string;
  kind: LegalInstrumentKind;
  /** The citation as written in Vietnamese, e.g. "Thông tư số 31/2023/TT-BCA". */
  number: string;
  /** Date of issue (ISO); absent when not found. */
  issuedOn?: string;
  /** Date of entry into force (ISO) when a source gives it. */
  effectiveFrom?: string;
  issuer: LegalIssuer;
  title: ProcedureMessageId;
  /** Listed in "Căn cứ pháp lý" of the official procedure page. */
  listedBySeed: boolean;
  /** Articles the product relies on. */
  articles?: readonly string[];
  /** What the instrument does for this procedure (id of another instrument it amends). */
  amends?: string;
  /** False when the instrument itself, or the data here, is not verified against an official text. */
  verified: boolean;
  /** A remark shown with the instrument, e.g. that the procedure page gives another date. */
  note?: ProcedureMessageId;
  provenance: Provenance;
}

const page = SOURCE_PROCEDURE_PAGE;

export const LEGAL_BASIS: readonly LegalInstrument[] = [
  {
    id: 'luat-49-2019',
    kind: 'law',
    number: 'Luật số 49/2019/QH14',
    issuedOn: '2019-11-22',
    issuer: 'nationalAssembly',
    title: 'procedure.legal.law49_2019',
    listedBySeed: true,
    articles: ['Điều 6 k2 (chip)', 'Điều 7 k2 (thời hạn)', 'Điều 15 (nơi nộp hồ sơ)', 'Điều 21 (chưa cấp)', 'Điều 28 k2 a (báo mất)'],
    verified: true,
    provenance: { confidence: 'C2', source: `${page}; ${SOURCE_FACTS} §9` },
  },
  {
    id: 'luat-23-2023',
    kind: 'law',
    number: 'Luật số 23/2023/QH15',
    issuedOn: '2023-06-24',
    effectiveFrom: '2023-08-15',
    issuer: 'nationalAssembly',
    title: 'procedure.legal.law23_2023',
    listedBySeed: true,
    amends: 'luat-49-2019',
    verified: true,
    note: 'procedure.legal.law23_2023.seedDate',
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_FACTS} §0: passed 24/6/2023, in force 15/8/2023 (baoquocte.vn, infographics.vn); ${page} gives 14/6/2023 (wrong); title from the law's name [INF]`,
    },
  },
  {
    id: 'tt-110-2020-bca',
    kind: 'circular',
    number: 'Thông tư số 110/2020/TT-BCA',
    issuedOn: '2020-10-16',
    issuer: 'publicSecurity',
    title: 'procedure.legal.tt110_2020',
    listedBySeed: true,
    verified: true,
    provenance: { confidence: 'S1', source: page },
  },
  {
    id: 'tt-31-2023-bca',
    kind: 'circular',
    number: 'Thông tư số 31/2023/TT-BCA',
    issuedOn: '2023-07-20',
    effectiveFrom: '2023-08-15',
    issuer: 'publicSecurity',
    title: 'procedure.legal.tt31_2023',
    listedBySeed: true,
    articles: ['Điều 4 k1 (mẫu TK01, TK01a)'],
    verified: true,
    provenance: { confidence: 'C2', source: `${page}; ${SOURCE_FACTS} §0` },
  },
  {
    id: 'tt-25-2021-btc',
    kind: 'circular',
    number: 'Thông tư số 25/2021/TT-BTC',
    issuedOn: '2021-04-07',
    effectiveFrom: '2021-05-22',
    issuer: 'finance',
    title: 'procedure.legal.tt25_2021',
    listedBySeed: true,
    articles: ['Biểu mức thu, Mục I.1'],
    verified: true,
    provenance: { confidence: 'C2', source: `${page}; ${SOURCE_FACTS} §6; effect: plo.vn [S1]` },
  },
  {
    id: 'tt-44-2023-btc',
    kind: 'circular',
    number: 'Thông tư số 44/2023/TT-BTC',
    issuedOn: '2023-06-29',
    effectiveFrom: '2023-07-01',
    issuer: 'finance',
    title: 'procedure.legal.tt44_2023',
    listedBySeed: true,
    verified: true,
    provenance: { confidence: 'S1', source: `${page}; ${SOURCE_FACTS} §6` },
  },
  {
    id: 'tt-63-2023-btc',
    kind: 'circular',
    number: 'Thông tư số 63/2023/TT-BTC',
    effectiveFrom: '2024-01-01',
    issuer: 'finance',
    title: 'procedure.legal.tt63_2023',
    listedBySeed: false,
    articles: ['Điều 5'],
    amends: 'tt-25-2021-btc',
    verified: false,
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_FACTS} §6 (giadinh.suckhoedoisong.vn; vietbao.vn); the Phú Thọ page cites 62/2023/TT-BTC instead; date of issue not found`,
    },
  },
  {
    id: 'tt-64-2025-btc',
    kind: 'circular',
    number: 'Thông tư số 64/2025/TT-BTC',
    issuedOn: '2025-06-30',
    effectiveFrom: '2025-07-01',
    issuer: 'finance',
    title: 'procedure.legal.tt64_2025',
    listedBySeed: false,
    articles: ['Điều 1'],
    verified: true,
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_FACTS} §6; giadinh.suckhoedoisong.vn (24/12/2025) for the title; end of the 50% window disputed`,
    },
  },
  {
    id: 'tt-68-2025-bca',
    kind: 'circular',
    number: 'Thông tư số 68/2025/TT-BCA',
    issuedOn: '2025-07-31',
    effectiveFrom: '2025-10-01',
    issuer: 'publicSecurity',
    title: 'procedure.legal.tt68_2025',
    listedBySeed: false,
    amends: 'tt-31-2023-bca',
    verified: true,
    provenance: { confidence: 'C2', source: `${SOURCE_FACTS} §0 (cafef.vn; thitruonghanghoa.com)` },
  },
  {
    id: 'tt-69-2026-bca',
    kind: 'circular',
    number: 'Thông tư số 69/2026/TT-BCA',
    issuedOn: '2026-05-22',
    effectiveFrom: '2026-07-01',
    issuer: 'publicSecurity',
    title: 'procedure.legal.tt69_2026',
    listedBySeed: false,
    amends: 'tt-31-2023-bca',
    articles: ['Điều 1 (thay thế các biểu mẫu, trong đó có TK01, TK01a)'],
    verified: false,
    provenance: {
      confidence: 'S1',
      source: `${SOURCE_FACTS} §0: hellogov-ai/govschema VERIFICATION.md (gazette scan on bocongan.gov.vn, SHA-256 aa110281…2bb19; read 2026-12-05) and a consular tool citing congbao.chinhphu.vn document 469711; not read here`,
    },
  },
  {
    id: 'luat-can-cuoc-2023',
    kind: 'law',
    number: 'Luật Căn cước số 26/2023/QH15',
    issuedOn: '2023-11-27',
    effectiveFrom: '2024-07-01',
    issuer: 'nationalAssembly',
    title: 'procedure.legal.identification2023',
    listedBySeed: false,
    articles: ['Điều 12 k1 (số định danh cá nhân)', 'Điều 46 k2 (Chứng minh nhân dân đến 31/12/2024)'],
    verified: false,
    provenance: {
      confidence: 'S1',
      source: `${SOURCE_FACTS} §3; adoption 27/11/2023 and effect 1/7/2024: huyendakglei.kontum.gov.vn; the number 26/2023/QH15 is [INF]`,
    },
  },
  {
    id: 'blds-2015',
    kind: 'code',
    number: 'Bộ luật Dân sự số 91/2015/QH13',
    issuedOn: '2015-11-24',
    effectiveFrom: '2017-01-01',
    issuer: 'nationalAssembly',
    title: 'procedure.legal.civilCode2015',
    listedBySeed: false,
    articles: ['Điều 147 k1 (thời điểm bắt đầu thời hạn)', 'Điều 148 (kết thúc thời hạn)'],
    verified: false,
    provenance: { confidence: 'INF', source: `${SOURCE_FACTS} §12.5 (Điều 147); number and dates from general knowledge` },
  },
  {
    id: 'nd-144-2021',
    kind: 'decree',
    number: 'Nghị định số 144/2021/NĐ-CP',
    issuedOn: '2021-12-31',
    issuer: 'government',
    title: 'procedure.legal.decree144_2021',
    listedBySeed: false,
    articles: ['Điều 18 k2 b'],
    verified: false,
    provenance: { confidence: 'S1', source: `${SOURCE_FACTS} §12.2 (third-party guides); date and title from general knowledge [INF]` },
  },
];

export function legalInstrument(id: string): LegalInstrument | undefined {
  return LEGAL_BASIS.find((i) => i.id === id);
}
