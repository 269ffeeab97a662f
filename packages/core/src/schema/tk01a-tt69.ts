/**
 * TK01a under Thông tư 69/2026/TT-BCA (issued 22/5/2026, in force 1/7/2026):
 * "Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người chưa
 * đủ 14 tuổi". The circular's Điều 1 replaces TK01a with the other forms of
 * 31/2023; a public record saw the new TK01a on page 3 of the gazette scan and
 * quotes its title and subtitle, but nobody has transcribed its items. So this
 * version is RECONSTRUCTED and unverified: the 31/2023 TK01a (part A, part B)
 * with the two changes 69/2026 made to TK01, placed as on TK01: "Nơi ở hiện
 * tại" after "Nơi tạm trú", and the fee-refund account after the previous
 * passport; the items after them are renumbered. The guide and the README say
 * so. No chip checkbox: a child under 14 gets a chipless passport only.
 */
import {
  ABROAD_NOTE,
  base,
  COMMITMENT,
  MOTTO,
  MOTTO_RULE,
  NATIONAL_TITLE,
  PHOTO_BOX,
  PHOTO_NOTE,
  PLACE_DATE_LINE,
  printed,
  SIGNATURE_NOTE,
  SUBMISSION_SECTION,
  TITLE,
  TT69_TITLE,
  UPPERCASE_NOTE,
  COPY_REPRESENTATIVE_ADDRESS,
} from './common.js';
import type { FormVersion } from './types.js';
import { formVersionMeta } from './versions.js';

const V = 'verbatim';
const R = 'reconstructed';
/** The record that saw this page: title and subtitle quoted, items not transcribed. */
const SEEN =
  'hellogov-ai/govschema registry/vn/xuatnhapcanh/to-khai-cap-ho-chieu-pho-thong-trong-nuoc VERIFICATION.md (read 2026-12-05): TK01a seen on page 3 of the TT 69/2026 gazette scan, title quoted';
const A31 = 'reconstructed: same text as TK01a 31/2023 part A (verbatim there, domain-facts §2.1 [S1]); not read on the 69/2026 form';
const B31 = 'reconstructed: same text as TK01a 31/2023 part B items 1-3 (verbatim there, domain-facts §2.1 [S1]); not read on the 69/2026 form';
const TK01_69 = 'reconstructed: the TK01 69/2026 label (domain-facts §1.3 [S1]), placed on TK01a as on TK01 [INF]';
const MIRROR = 'reconstructed: TK01a 31/2023 part B from item 4 (itself reconstructed [INF]), renumbered after the new items [INF]';

const childPersonalId = { ...base.personalId, required: false } as const;
const childPhone = { ...base.phone, required: false } as const;

export const tk01aTt69: FormVersion = {
  ...formVersionMeta['TK01a@TT69_2026'],
  circularTitle: TT69_TITLE,
  header: {
    formCode: 'Mẫu TK01a',
    issuedWith: `Ban hành kèm theo ${TT69_TITLE}`,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    rule: MOTTO_RULE,
    qrCode: true,
    provenance: R,
    source: 'pattern of the TK01a 31/2023 header (domain-facts §2.1 [S1]) with the 69/2026 circular and date (§0) [INF]',
  },
  title: { ...TITLE, source: `${SEEN}; TK01a 31/2023 [S1]` },
  subtitle: {
    text: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người chưa đủ 14 tuổi',
    provenance: V,
    source: SEEN,
  },
  photoBox: PHOTO_BOX,
  sections: [
    {
      id: 'representative',
      titleId: 'section.representative',
      printTitle: { text: 'A. Thông tin người đại diện hợp pháp:', provenance: R, source: A31 },
      fields: [
        { ...base.representativeName, item: '1', print: printed('Họ và tên', R, A31, { layout: 'line', footnote: 2 }) },
        { ...base.representativeBirth, item: '2', print: printed('Sinh ngày', R, A31, { layout: 'dateWords' }) },
        { ...base.representativeSex, item: '3', print: printed('Giới tính:', R, A31, { layout: 'checkboxes', sameLine: true }) },
        { ...base.representativeId, item: '4', print: printed('Số CCCD/CMND', R, A31, { layout: 'digitBoxes', boxes: 12 }) },
        { ...base.representativeIdIssueDate, item: '4', print: printed('Ngày cấp', R, A31, { layout: 'dateSlashes', sameLine: true }) },
        { ...base.representativeAddress, item: '5', print: printed('Địa chỉ thường trú', R, A31) },
        { ...base.representativePhone, item: '6', print: printed('Số điện thoại', R, A31) },
        {
          ...base.representativeRelationship,
          item: '7',
          print: printed('Quan hệ với người chưa đủ 14 tuổi đề nghị cấp hộ chiếu:', R, A31),
        },
      ],
    },
    {
      id: 'identity',
      titleId: 'section.childIdentity',
      printTitle: { text: 'B. Thông tin về người chưa đủ 14 tuổi đề nghị cấp hộ chiếu:', provenance: R, source: B31 },
      fields: [
        { ...base.familyName, item: '1', print: printed('Họ', R, B31, { layout: 'line' }) },
        { ...base.givenNames, item: '1', print: printed('Chữ đệm và tên', R, B31, { layout: 'line', footnote: 2, sameLine: true }) },
        { ...base.sex, item: '2', print: printed('Giới tính:', R, B31, { layout: 'checkboxes', sameLine: true }) },
        { ...base.dateOfBirth, item: '3', print: printed('Sinh ngày', R, B31, { layout: 'dateWords' }) },
        {
          ...base.placeOfBirth,
          item: '3',
          print: printed('Nơi sinh (tỉnh, thành phố)', R, B31, { layout: 'line', footnote: 3, sameLine: true }),
        },
      ],
    },
    {
      id: 'idContacts',
      titleId: 'section.idContacts',
      fields: [
        { ...childPersonalId, item: '4', print: printed('Số định danh cá nhân', R, MIRROR, { layout: 'digitBoxes', boxes: 12 }) },
        { ...base.ethnicity, item: '5', print: printed('Dân tộc', R, MIRROR) },
        { ...base.religion, item: '6', print: printed('Tôn giáo', R, MIRROR) },
        { ...childPhone, item: '7', print: printed('Số điện thoại', R, MIRROR) },
      ],
    },
    {
      id: 'addresses',
      titleId: 'section.addresses',
      fields: [
        { ...base.permanentAddress, copyFrom: COPY_REPRESENTATIVE_ADDRESS, item: '8', print: printed('Nơi thường trú', R, MIRROR) },
        { ...base.temporaryAddress, item: '9', print: printed('Nơi tạm trú', R, MIRROR) },
        { ...base.currentAddress, item: '10', print: printed('Nơi ở hiện tại', R, TK01_69) },
      ],
    },
    {
      id: 'family',
      titleId: 'section.childFamily',
      fields: [
        { ...base.fatherName, item: '11', print: printed('Cha: họ và tên', R, MIRROR) },
        { ...base.fatherBirth, item: '11', print: printed('sinh ngày', R, MIRROR, { layout: 'dateSlashes', sameLine: true }) },
        { ...base.motherName, item: '11', print: printed('Mẹ: họ và tên', R, MIRROR) },
        { ...base.motherBirth, item: '11', print: printed('sinh ngày', R, MIRROR, { layout: 'dateSlashes', sameLine: true }) },
      ],
    },
    {
      id: 'previousPassport',
      titleId: 'section.previousPassport',
      fields: [
        {
          ...base.passportNumber,
          item: '12',
          print: printed('Hộ chiếu phổ thông cấp lần gần nhất (nếu có): Số', R, MIRROR),
        },
        { ...base.passportIssueDate, item: '12', print: printed('cấp ngày', R, MIRROR, { layout: 'dateSlashes', sameLine: true }) },
      ],
    },
    {
      id: 'feeRefund',
      titleId: 'section.feeRefund',
      fields: [
        { ...base.feeRefundAccountNumber, item: '13', print: printed('Số tài khoản hoàn lệ phí (nếu có)', R, TK01_69) },
        { ...base.feeRefundAccountHolder, item: '13', print: printed('Tên chủ tài khoản', R, TK01_69, { layout: 'line', sameLine: true }) },
        { ...base.feeRefundBankName, item: '13', print: printed('Tên ngân hàng', R, TK01_69) },
      ],
    },
    {
      id: 'request',
      titleId: 'section.request',
      fields: [
        { ...base.reason, item: '14', print: printed('Nội dung đề nghị', R, MIRROR, { layout: 'line', footnote: 4 }) },
        { ...base.details, item: '14', print: printed('', R, MIRROR, { layout: 'continuation', sameLine: true }) },
      ],
    },
    SUBMISSION_SECTION,
  ],
  commitment: COMMITMENT,
  placeDateLine: PLACE_DATE_LINE,
  signature: {
    title: 'Người đại diện hợp pháp',
    note: SIGNATURE_NOTE,
    provenance: R,
    source: 'as on TK01a 31/2023: the legal representative declares and signs [C2]; exact caption [INF]',
  },
  footnotes: [
    { n: 1, text: PHOTO_NOTE, provenance: V, source: 'TK01 69/2026 note (1) [S1]; text domain-facts §10 [C2]; same on TK01a [INF]' },
    { n: 2, text: UPPERCASE_NOTE, provenance: V, source: 'TK01 69/2026 note (2) [S1]; text domain-facts §1.4 [C2]; same on TK01a [INF]' },
    { n: 3, text: ABROAD_NOTE, provenance: V, source: 'TK01 69/2026 note (3) [S1]; text domain-facts §1.4 [C2]; same on TK01a [INF]' },
    {
      n: 4,
      text: 'Ghi cụ thể: Đề nghị cấp hộ chiếu lần đầu hoặc từ lần thứ hai; đề nghị khác nếu có (ghi rõ lý do).',
      provenance: R,
      source: 'TK01a 31/2023 note (4) as reconstructed there (no chip sentence) [INF]',
    },
  ],
  notes: [
    'UNVERIFIED AND RECONSTRUCTED: the 69/2026 TK01a was seen (page 3 of the gazette scan) but its items were not transcribed anywhere found (searched 2026-12-05: code and page corpora for "69/2026/TT-BCA", "TK01a"). Only the title and subtitle are quoted; every other text is the 31/2023 TK01a with the 69/2026 changes to TK01.',
    'Items 10 ("Nơi ở hiện tại") and 13 (fee-refund account) are placed as on TK01 69/2026; the numbers of items 11 to 14 follow from that [INF].',
    'Whether the 69/2026 TK01a keeps part A ("Số CCCD/CMND", "Ngày cấp") or asks the representative\'s personal ID number only is unknown.',
    'No chip checkbox: a child under 14 is issued a chipless passport only (Luật 49/2019/QH14, Điều 6 k2).',
  ],
};
