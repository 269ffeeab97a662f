/**
 * TK01a under Thông tư 31/2023/TT-BCA: "Tờ khai đề nghị cấp hộ chiếu phổ
 * thông ở trong nước dành cho người chưa đủ 14 tuổi", declared and signed by
 * the legal representative. The header, title, part A (representative, items
 * 1-7) and part B items 1-3 are verbatim (domain-facts.md §2.1, [S1 vietjack]);
 * the rest of part B is reconstructed as mirroring TK01 from item 4 on [INF],
 * without the items that cannot apply to a child under 14 (occupation,
 * employer, spouse) and without the chip checkbox: a child gets a chipless
 * passport only (Luật 49/2019/QH14, Điều 6 k2). TK01a stays on this version
 * even when a host enables Thông tư 69/2026, whose TK01a content is unknown.
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
  TT31_TITLE,
  UPPERCASE_NOTE,
  COPY_REPRESENTATIVE_ADDRESS,
} from './common.js';
import type { FormVersion } from './types.js';
import { formVersionMeta } from './versions.js';

const V = 'verbatim';
const R = 'reconstructed';
const VERBATIM = 'domain-facts §2.1: TK01a 31/2023 verbatim beginning [S1 vietjack.me]';
const MIRROR = 'domain-facts §2.1: rest of part B not retrieved [NF]; mirrors TK01 items 4 onward [INF]; number [INF]';

/** The child's personal ID number is optional: a child may not have one yet (a birth certificate copy is filed instead, domain-facts §2.2). */
const childPersonalId = {
  ...base.personalId,
  required: false,
} as const;

const childPhone = { ...base.phone, required: false } as const;

export const tk01aTt31: FormVersion = {
  ...formVersionMeta['TK01a@TT31_2023'],
  circularTitle: TT31_TITLE,
  header: {
    formCode: 'Mẫu TK01a',
    issuedWith: `Ban hành kèm theo ${TT31_TITLE}`,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    rule: MOTTO_RULE,
    qrCode: true,
    provenance: V,
    source: `${VERBATIM}; QR code by analogy with TK01 [S1]`,
  },
  title: TITLE,
  subtitle: {
    text: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người chưa đủ 14 tuổi',
    provenance: V,
    source: VERBATIM,
  },
  photoBox: PHOTO_BOX,
  sections: [
    {
      id: 'representative',
      titleId: 'section.representative',
      printTitle: { text: 'A. Thông tin người đại diện hợp pháp:', provenance: V, source: VERBATIM },
      fields: [
        {
          ...base.representativeName,
          item: '1',
          print: printed('Họ và tên', V, VERBATIM, { layout: 'line', footnote: 2 }),
        },
        { ...base.representativeBirth, item: '2', print: printed('Sinh ngày', V, VERBATIM, { layout: 'dateWords' }) },
        {
          ...base.representativeSex,
          item: '3',
          print: printed('Giới tính:', V, VERBATIM, { layout: 'checkboxes', sameLine: true }),
        },
        {
          ...base.representativeId,
          item: '4',
          print: printed('Số CCCD/CMND', V, VERBATIM, { layout: 'digitBoxes', boxes: 12 }),
        },
        {
          ...base.representativeIdIssueDate,
          item: '4',
          print: printed('Ngày cấp', V, VERBATIM, { layout: 'dateSlashes', sameLine: true }),
        },
        { ...base.representativeAddress, item: '5', print: printed('Địa chỉ thường trú', V, VERBATIM) },
        { ...base.representativePhone, item: '6', print: printed('Số điện thoại', V, VERBATIM) },
        {
          ...base.representativeRelationship,
          item: '7',
          print: printed('Quan hệ với người chưa đủ 14 tuổi đề nghị cấp hộ chiếu:', V, VERBATIM),
        },
      ],
    },
    {
      id: 'identity',
      titleId: 'section.childIdentity',
      printTitle: {
        text: 'B. Thông tin về người chưa đủ 14 tuổi đề nghị cấp hộ chiếu:',
        provenance: V,
        source: VERBATIM,
      },
      fields: [
        { ...base.familyName, item: '1', print: printed('Họ', V, VERBATIM, { layout: 'line' }) },
        {
          ...base.givenNames,
          item: '1',
          print: printed('Chữ đệm và tên', V, VERBATIM, { layout: 'line', footnote: 2, sameLine: true }),
        },
        {
          ...base.sex,
          item: '2',
          print: printed('Giới tính:', V, VERBATIM, { layout: 'checkboxes', sameLine: true }),
        },
        { ...base.dateOfBirth, item: '3', print: printed('Sinh ngày', V, VERBATIM, { layout: 'dateWords' }) },
        {
          ...base.placeOfBirth,
          item: '3',
          print: printed('Nơi sinh (tỉnh, thành phố)', V, VERBATIM, { layout: 'line', footnote: 3, sameLine: true }),
        },
      ],
    },
    {
      id: 'idContacts',
      titleId: 'section.idContacts',
      fields: [
        {
          ...childPersonalId,
          item: '4',
          print: printed('Số định danh cá nhân', R, MIRROR, { layout: 'digitBoxes', boxes: 12 }),
        },
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
      ],
    },
    {
      id: 'family',
      titleId: 'section.childFamily',
      fields: [
        { ...base.fatherName, item: '10', print: printed('Cha: họ và tên', R, MIRROR) },
        {
          ...base.fatherBirth,
          item: '10',
          print: printed('sinh ngày', R, MIRROR, { layout: 'dateSlashes', sameLine: true }),
        },
        { ...base.motherName, item: '10', print: printed('Mẹ: họ và tên', R, MIRROR) },
        {
          ...base.motherBirth,
          item: '10',
          print: printed('sinh ngày', R, MIRROR, { layout: 'dateSlashes', sameLine: true }),
        },
      ],
    },
    {
      id: 'previousPassport',
      titleId: 'section.previousPassport',
      fields: [
        {
          ...base.passportNumber,
          item: '11',
          print: printed('Hộ chiếu phổ thông cấp lần gần nhất (nếu có): Số', R, MIRROR),
        },
        {
          ...base.passportIssueDate,
          item: '11',
          print: printed('cấp ngày', R, MIRROR, { layout: 'dateSlashes', sameLine: true }),
        },
      ],
    },
    {
      id: 'request',
      titleId: 'section.request',
      fields: [
        { ...base.reason, item: '12', print: printed('Nội dung đề nghị', R, MIRROR, { layout: 'line', footnote: 4 }) },
        { ...base.details, item: '12', print: printed('', R, MIRROR, { layout: 'continuation', sameLine: true }) },
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
    source:
      'domain-facts §2.1: the legal representative declares and signs ("người đại diện hợp pháp khai và ký thay") [C2]; exact caption [INF]',
  },
  footnotes: [
    { n: 1, text: PHOTO_NOTE, provenance: V, source: 'marker "Ảnh (1)" verbatim [S1]; text domain-facts §1.4 and §10 [C2]' },
    { n: 2, text: UPPERCASE_NOTE, provenance: V, source: 'markers (2) verbatim [S1]; text domain-facts §1.4 [C2]' },
    { n: 3, text: ABROAD_NOTE, provenance: V, source: 'marker (3) verbatim [S1]; text domain-facts §1.4 [C2]' },
    {
      n: 4,
      text: 'Ghi cụ thể: Đề nghị cấp hộ chiếu lần đầu hoặc từ lần thứ hai; đề nghị khác nếu có (ghi rõ lý do).',
      provenance: R,
      source: 'TK01 note (4) without the chip sentence, since TK01a has no chip choice [INF]',
    },
  ],
  notes: [
    'Part A items 1-7 and part B items 1-3 are verbatim [S1]; part B from item 4 on is reconstructed [INF] (items, order and numbers), leaving out occupation, employer and spouse, which cannot apply to a child under 14.',
    'OPEN QUESTION: whether the 31/2023 TK01a still has a confirmation block of the commune or ward police (xác nhận của Trưởng Công an xã/phường, đóng dấu giáp lai ảnh) is NOT CONFIRMED (domain-facts §2.1). It is deliberately not modelled as a field; read the official PDF (e.g. congan.phutho.gov.vn/data/data/pa72/TK01a.pdf).',
    'No chip checkbox: a child under 14 is issued a chipless passport only (Luật 49/2019/QH14, Điều 6 k2); the declaration keeps request.chip = false.',
    'The applicant phone and personal ID number are optional for a child: a child without a personal ID number files a copy of the birth certificate instead (domain-facts §2.2).',
    'Footnote marker (2) of part B stands once, after "Chữ đệm và tên" (verbatim B.1 [S1]).',
    'Applies to submissions until 30/6/2026; Thông tư 69/2026 replaces it from 1/7/2026 (TK01a@TT69_2026, reconstructed).',
  ],
};
