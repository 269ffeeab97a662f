/**
 * TK01 under Thông tư 69/2026/TT-BCA (issued 22/5/2026, effective 1/7/2026),
 * which amends Thông tư 31/2023 and replaces its forms. Items 1-16 follow the
 * transcription of the new TK01 in domain-facts.md §1.3 [S1+: two public
 * repositories, no news page]: it adds "Nơi ở hiện tại" (item 10) and the
 * fee-refund bank account (item 15). It applies to submissions from
 * 1/7/2026 (see `selectFormVersionKey`); provincial procedure pages that
 * still cite 31/2023 lag behind the circular.
 */
import {
  ABROAD_NOTE,
  base,
  COMMITMENT,
  CHIP_OPTIONS_TT69,
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
} from './common.js';
import type { FormVersion } from './types.js';
import { formVersionMeta } from './versions.js';

const V = 'verbatim';
const R = 'reconstructed';
const T =
  'domain-facts §1.3: TT 69/2026 TK01 page 4 as transcribed in hellogov-ai/govschema VERIFICATION.md (gazette scan SHA-256 aa110281…2bb19; read 2026-12-05) [S1]';
const ROW = 'domain-facts §1.3 item 13 "Cha / Mẹ / Vợ-chồng: họ và tên … sinh ngày …/…/…" [S1]; exact row captions [INF]';

export const tk01Tt69: FormVersion = {
  ...formVersionMeta['TK01@TT69_2026'],
  circularTitle: TT69_TITLE,
  header: {
    formCode: 'Mẫu TK01',
    issuedWith: `Ban hành kèm theo ${TT69_TITLE}`,
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    rule: MOTTO_RULE,
    qrCode: true,
    provenance: R,
    source: 'domain-facts §0 (issued 22/5/2026) and §1.1 (header pattern) [INF]',
  },
  title: TITLE,
  subtitle: {
    text: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người từ 14 tuổi trở lên',
    provenance: R,
    source: 'same subtitle as the 31/2023 TK01 [INF]',
  },
  photoBox: PHOTO_BOX,
  sections: [
    {
      id: 'identity',
      titleId: 'section.identity',
      fields: [
        { ...base.familyName, item: '1', print: printed('Họ', V, T, { layout: 'line' }) },
        {
          ...base.givenNames,
          item: '1',
          print: printed('Chữ đệm và tên', V, T, { layout: 'line', footnote: 2, sameLine: true }),
        },
        { ...base.sex, item: '2', print: printed('Giới tính:', V, T, { layout: 'checkboxes' }) },
        { ...base.dateOfBirth, item: '3', print: printed('Sinh ngày', V, T, { layout: 'dateWords' }) },
        {
          ...base.placeOfBirth,
          item: '3',
          print: printed('Nơi sinh (tỉnh, thành phố)', V, T, { layout: 'line', footnote: 3, sameLine: true }),
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
          print: printed('Số định danh cá nhân', V, T, { layout: 'digitBoxes', boxes: 12 }),
        },
        { ...base.ethnicity, item: '5', print: printed('Dân tộc', V, T) },
        { ...base.religion, item: '6', print: printed('Tôn giáo', V, T) },
        { ...base.phone, item: '7', print: printed('Số điện thoại', V, T) },
        { ...base.email, item: null, print: null },
      ],
    },
    {
      id: 'addresses',
      titleId: 'section.addresses',
      fields: [
        { ...base.permanentAddress, item: '8', print: printed('Nơi thường trú', V, T) },
        { ...base.temporaryAddress, item: '9', print: printed('Nơi tạm trú', V, T) },
        { ...base.currentAddress, item: '10', print: printed('Nơi ở hiện tại', V, T) },
      ],
    },
    {
      id: 'work',
      titleId: 'section.work',
      fields: [
        { ...base.occupation, item: '11', print: printed('Nghề nghiệp', V, T) },
        { ...base.employer, item: '12', print: printed('Tên và địa chỉ cơ quan (nếu có)', V, T) },
      ],
    },
    {
      id: 'family',
      titleId: 'section.family',
      fields: [
        { ...base.fatherName, item: '13', print: printed('Cha: họ và tên', R, ROW) },
        { ...base.fatherBirth, item: '13', print: printed('sinh ngày', R, ROW, { layout: 'dateSlashes', sameLine: true }) },
        { ...base.motherName, item: '13', print: printed('Mẹ: họ và tên', R, ROW) },
        { ...base.motherBirth, item: '13', print: printed('sinh ngày', R, ROW, { layout: 'dateSlashes', sameLine: true }) },
        { ...base.spouseName, item: '13', print: printed('Vợ/chồng: họ và tên', R, ROW) },
        { ...base.spouseBirth, item: '13', print: printed('sinh ngày', R, ROW, { layout: 'dateSlashes', sameLine: true }) },
      ],
    },
    {
      id: 'previousPassport',
      titleId: 'section.previousPassport',
      fields: [
        {
          ...base.passportNumber,
          item: '14',
          print: printed('Hộ chiếu phổ thông cấp lần gần nhất (nếu có): Số', V, T),
        },
        {
          ...base.passportIssueDate,
          item: '14',
          print: printed('cấp ngày', V, T, { layout: 'dateSlashes', sameLine: true }),
        },
      ],
    },
    {
      id: 'feeRefund',
      titleId: 'section.feeRefund',
      fields: [
        { ...base.feeRefundAccountNumber, item: '15', print: printed('Số tài khoản hoàn lệ phí (nếu có)', V, T) },
        { ...base.feeRefundAccountHolder, item: '15', print: printed('Tên chủ tài khoản', V, T) },
        { ...base.feeRefundBankName, item: '15', print: printed('Tên ngân hàng', V, T) },
      ],
    },
    {
      id: 'request',
      titleId: 'section.request',
      fields: [
        { ...base.reason, item: '16', print: printed('Nội dung đề nghị', V, T, { layout: 'line', footnote: 4 }) },
        { ...base.details, item: '16', print: printed('', R, T, { layout: 'continuation', sameLine: true }) },
        {
          id: 'request.chip',
          kind: 'chip',
          item: '16',
          labelId: 'label.request.chip',
          hintId: 'hint.request.chip',
          print: printed('', V, T, { layout: 'checkboxes' }),
          required: true,
          validators: ['oneOf'],
          options: CHIP_OPTIONS_TT69,
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
    source: 'same signature block as the 31/2023 TK01 [INF]',
  },
  footnotes: [
    { n: 1, text: PHOTO_NOTE, provenance: V, source: 'domain-facts §1.3 note (1) photo [S1]; text §10 [C2]' },
    { n: 2, text: UPPERCASE_NOTE, provenance: V, source: 'domain-facts §1.3 note (2) [S1]; text §1.4 [C2]' },
    { n: 3, text: ABROAD_NOTE, provenance: V, source: 'domain-facts §1.3 note (3) [S1]; text §1.4 [C2]' },
    {
      n: 4,
      text: 'Đánh dấu (X) vào ô tương ứng.',
      provenance: R,
      source: 'domain-facts §1.3: note (4) "mark X in the chip box" [S1]; the exact Vietnamese wording was not transcribed [INF]',
    },
  ],
  notes: [
    'The item list follows a public transcription of page 4 of the circular\'s scanned gazette PDF on bocongan.gov.vn (SHA-256 aa110281…2bb19), recorded in hellogov-ai/govschema VERIFICATION.md (read 2026-12-05); the official PDF was not read here, so the version stays unverified. A second project cites the circular in the official gazette (congbao.chinhphu.vn, document 469711).',
    'Footnote marker (2) stands once, after "Chữ đệm và tên", as on TK01a B.1 of 31/2023 [S1]; the transcription does not show the markers [INF].',
    'The item list (16 items) follows the transcription; the same source also counts "19 printed numbered items", so the numbering is approximate.',
    'The exact wording of footnote (4), the family row captions and the commitment sentence were not transcribed and are reconstructed.',
    'Thông tư 68/2025/TT-BCA, the other amendment of 31/2023, changed Điều 1 (scope) and Điều 5 (blank booklets) only, not TK01 or TK01a (domain-facts §0, press coverage [C2]).',
  ],
};
