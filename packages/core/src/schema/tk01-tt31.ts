/**
 * TK01 under Thông tư 31/2023/TT-BCA (applies from 15/8/2023): "Tờ khai đề
 * nghị cấp hộ chiếu phổ thông ở trong nước dành cho người từ 14 tuổi trở lên".
 * The verbatim 31/2023 body was not retrievable, so items 1-14 are
 * reconstructed (domain-facts.md §1.2, [INF]) from the verbatim 68/2022 TK01,
 * the verbatim beginning of TK01a 31/2023 (§2.1) and the 69/2026 transcription
 * (§1.3); footnotes (1)-(3) are confirmed texts [C2] in an inferred order.
 * It applies to submissions until 30/6/2026 (Thông tư 69/2026 from 1/7/2026).
 */
import {
  base,
  CHIP_OPTIONS_TT31,
  COMMITMENT,
  MOTTO,
  MOTTO_RULE,
  NATIONAL_TITLE,
  PHOTO_BOX,
  PHOTO_NOTE,
  PLACE_DATE_LINE,
  printed,
  REQUEST_NOTE_TK01,
  SIGNATURE_NOTE,
  SUBMISSION_SECTION,
  TITLE,
  TT31_TITLE,
  UPPERCASE_NOTE,
  ABROAD_NOTE,
} from './common.js';
import type { FormVersion } from './types.js';
import { formVersionMeta } from './versions.js';

const R = 'reconstructed';
const S = {
  item1: 'domain-facts §1.2 item 1: 68/2022 TK01 layout [C2] and TK01a 31/2023 B.1 verbatim [S1]; marker (2) once, after "Chữ đệm và tên", as on TK01a B.1 [INF]',
  item2: 'domain-facts §1.2 item 2: 68/2022, TK01a 31/2023 and 69/2026 [C2]',
  item3: 'domain-facts §1.2 item 3: TK01a 31/2023 B.3 verbatim [S1]; 69/2026 [S1]',
  item4: 'domain-facts §1.2 item 4: "Số định danh cá nhân" with 12 boxes in 69/2026 [S1]; 31/2023 wording [INF]',
  item5to7: 'domain-facts §1.2 items 5-7: 68/2022 and 69/2026 [C2]; numbering [INF]',
  item8to9: 'domain-facts §1.2 items 8-9: 69/2026 wording [S1]; 68/2022 said "Địa chỉ đăng ký thường trú/tạm trú"; 31/2023 wording [INF]',
  item10to11: 'domain-facts §1.2 items 10-11: 68/2022 and 69/2026 [C2]; numbering [INF]',
  item12: 'domain-facts §1.2 item 12: 69/2026 item 13 [S1]; TK02 draft "12. Cha, Mẹ, Vợ/Chồng" [S1]; numbering [INF]',
  item13: 'domain-facts §1.2 item 13: 69/2026 item 14 [S1]; TK02 draft item 13 [S1]',
  item14: 'domain-facts §1.2 item 14: 69/2026 item 16 [S1]; footnote (4) [C2]; checkbox captions [INF]',
} as const;

export const tk01Tt31: FormVersion = {
  ...formVersionMeta['TK01@TT31_2023'],
  circularTitle: TT31_TITLE,
  header: {
    formCode: 'Mẫu TK01',
    issuedWith: `Ban hành kèm theo ${TT31_TITLE}`,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    rule: MOTTO_RULE,
    qrCode: true,
    provenance: R,
    source:
      'domain-facts §1.1: wording by analogy with the verbatim TK01a header [INF]; quốc hiệu and tiêu ngữ [C2]; QR code [S1]',
  },
  title: TITLE,
  subtitle: {
    text: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người từ 14 tuổi trở lên',
    provenance: R,
    source: 'domain-facts §1.1: from the official form name [C2] and the verbatim TK01a subtitle pattern [INF]',
  },
  photoBox: PHOTO_BOX,
  sections: [
    {
      id: 'identity',
      titleId: 'section.identity',
      fields: [
        { ...base.familyName, item: '1', print: printed('Họ', R, S.item1, { layout: 'line' }) },
        {
          ...base.givenNames,
          item: '1',
          print: printed('Chữ đệm và tên', R, S.item1, { layout: 'line', footnote: 2, sameLine: true }),
        },
        { ...base.sex, item: '2', print: printed('Giới tính:', R, S.item2, { layout: 'checkboxes' }) },
        { ...base.dateOfBirth, item: '3', print: printed('Sinh ngày', R, S.item3, { layout: 'dateWords' }) },
        {
          ...base.placeOfBirth,
          item: '3',
          print: printed('Nơi sinh (tỉnh, thành phố)', R, S.item3, { layout: 'line', footnote: 3, sameLine: true }),
        },
      ],
    },
    {
      id: 'idContacts',
      titleId: 'section.idContacts',
      fields: [
        {
          ...base.personalId,
          item: '4',
          print: printed('Số định danh cá nhân', R, S.item4, { layout: 'digitBoxes', boxes: 12 }),
        },
        { ...base.ethnicity, item: '5', print: printed('Dân tộc', R, S.item5to7) },
        { ...base.religion, item: '6', print: printed('Tôn giáo', R, S.item5to7) },
        { ...base.phone, item: '7', print: printed('Số điện thoại', R, S.item5to7) },
        { ...base.email, item: null, print: null },
      ],
    },
    {
      id: 'addresses',
      titleId: 'section.addresses',
      fields: [
        { ...base.permanentAddress, item: '8', print: printed('Nơi thường trú', R, S.item8to9) },
        { ...base.temporaryAddress, item: '9', print: printed('Nơi tạm trú', R, S.item8to9) },
      ],
    },
    {
      id: 'work',
      titleId: 'section.work',
      fields: [
        { ...base.occupation, item: '10', print: printed('Nghề nghiệp', R, S.item10to11) },
        { ...base.employer, item: '11', print: printed('Tên và địa chỉ cơ quan (nếu có)', R, S.item10to11) },
      ],
    },
    {
      id: 'family',
      titleId: 'section.family',
      fields: [
        { ...base.fatherName, item: '12', print: printed('Cha: họ và tên', R, S.item12) },
        {
          ...base.fatherBirth,
          item: '12',
          print: printed('sinh ngày', R, S.item12, { layout: 'dateSlashes', sameLine: true }),
        },
        { ...base.motherName, item: '12', print: printed('Mẹ: họ và tên', R, S.item12) },
        {
          ...base.motherBirth,
          item: '12',
          print: printed('sinh ngày', R, S.item12, { layout: 'dateSlashes', sameLine: true }),
        },
        { ...base.spouseName, item: '12', print: printed('Vợ/chồng: họ và tên', R, S.item12) },
        {
          ...base.spouseBirth,
          item: '12',
          print: printed('sinh ngày', R, S.item12, { layout: 'dateSlashes', sameLine: true }),
        },
      ],
    },
    {
      id: 'previousPassport',
      titleId: 'section.previousPassport',
      fields: [
        {
          ...base.passportNumber,
          item: '13',
          print: printed('Hộ chiếu phổ thông cấp lần gần nhất (nếu có): Số', R, S.item13),
        },
        {
          ...base.passportIssueDate,
          item: '13',
          print: printed('cấp ngày', R, S.item13, { layout: 'dateSlashes', sameLine: true }),
        },
      ],
    },
    {
      id: 'request',
      titleId: 'section.request',
      fields: [
        { ...base.reason, item: '14', print: printed('Nội dung đề nghị', R, S.item14, { layout: 'line', footnote: 4 }) },
        { ...base.details, item: '14', print: printed('', R, S.item14, { layout: 'continuation', sameLine: true }) },
        {
          id: 'request.chip',
          kind: 'chip',
          item: '14',
          labelId: 'label.request.chip',
          hintId: 'hint.request.chip',
          print: printed('', R, S.item14, { layout: 'checkboxes' }),
          required: true,
          validators: ['oneOf'],
          options: CHIP_OPTIONS_TT31,
        },
      ],
    },
    SUBMISSION_SECTION,
  ],
  commitment: COMMITMENT,
  placeDateLine: PLACE_DATE_LINE,
  signature: {
    title: 'Người đề nghị',
    note: SIGNATURE_NOTE,
    provenance: R,
    source: 'domain-facts §1.2: "Người đề nghị" "(Ký, ghi rõ họ tên)" [INF]',
  },
  footnotes: [
    { n: 1, text: PHOTO_NOTE, provenance: 'verbatim', source: 'domain-facts §1.4 and §10 [C2]; position (1) [S1]' },
    { n: 2, text: UPPERCASE_NOTE, provenance: 'verbatim', source: 'domain-facts §1.4 [C2]' },
    { n: 3, text: ABROAD_NOTE, provenance: 'verbatim', source: 'domain-facts §1.4 [C2]' },
    {
      n: 4,
      text: REQUEST_NOTE_TK01,
      provenance: R,
      source: 'domain-facts §1.4: 68/2022 note (5) wording [C2]; the 31/2023 wording may differ slightly',
    },
  ],
  notes: [
    'The numbered items 1-14 are reconstructed [INF]: the verbatim TK01 of Thông tư 31/2023 was not retrievable. Check labels, numbering, footnote order and the commitment sentence against the official PDF before setting verified to true.',
    'The receipt choice (in person or by post), the receiving office and the email are not printed on TK01; they belong to the procedure (seed page 000) and are kept in the submission section with print = null.',
    'A legal representative also declares and signs for an adult who lacks legal capacity (Phú Thọ procedure page, domain-facts §2.2); this version has no representative fields: such cases are handled at the office.',
  ],
};
