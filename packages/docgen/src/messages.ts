/**
 * Sentences for docgen's own issue ids (`docgen.model.*`, `docgen.text.*`,
 * `docgen.options.*`, `docgen.qr.*`), Vietnamese first, English faithful. A
 * validation issue of a declaration carries a core message id instead and is
 * worded by core's `formatMessage`; `describeIssues` picks the right table.
 */
import { formatMessage, isMessageId, type Locale } from '@hochieu/core';
import type { DocgenIssue } from './errors.js';

export const docgenMessages = {
  'docgen.model.notObject': { vi: 'Phải là một đối tượng.', en: 'Must be an object.' },
  'docgen.model.notArray': { vi: 'Phải là một danh sách.', en: 'Must be a list.' },
  'docgen.model.notText': { vi: 'Phải là văn bản.', en: 'Must be text.' },
  'docgen.model.textNotString': { vi: 'Phải là văn bản.', en: 'Must be text.' },
  'docgen.model.notNumber': { vi: 'Phải là một số.', en: 'Must be a number.' },
  'docgen.model.notBoolean': { vi: 'Phải là đúng hoặc sai.', en: 'Must be true or false.' },
  'docgen.model.notAllowed': { vi: 'Giá trị không được phép (cho phép: {allowed}).', en: 'Value not allowed (allowed: {allowed}).' },
  'docgen.model.outOfRange': { vi: 'Phải nằm trong khoảng {min} đến {max}.', en: 'Must be between {min} and {max}.' },
  'docgen.model.tooFew': { vi: 'Cần ít nhất {min} phần tử.', en: 'Needs at least {min} items.' },
  'docgen.model.emptyText': { vi: 'Không được để trống.', en: 'Must not be empty.' },
  'docgen.model.controlCharacter': { vi: 'Chứa ký tự điều khiển không in được.', en: 'Contains a control character that cannot be printed.' },
  'docgen.model.unknownBlock': { vi: 'Loại khối không xác định.', en: 'Unknown block kind.' },
  'docgen.model.unknownPart': { vi: 'Loại thành phần không xác định.', en: 'Unknown part kind.' },
  'docgen.model.notAllowedBeside': { vi: 'Khối này không được đặt cạnh ảnh hoặc mã QR.', en: 'This block cannot be set beside the photo or the QR code.' },
  'docgen.model.rowWidth': { vi: 'Số ô của hàng khác số cột.', en: 'The row does not have one cell per column.' },
  'docgen.model.tooManyCharacters': { vi: 'Nhiều ký tự hơn số ô.', en: 'More characters than boxes.' },
  'docgen.model.spaceInBoxes': { vi: 'Không được có khoảng trắng trong các ô.', en: 'Boxes cannot hold spaces.' },
  'docgen.model.tooNarrow': { vi: 'Lề trái và phải quá rộng so với khổ A4.', en: 'The left and right margins are too wide for A4.' },
  'docgen.model.tooShort': { vi: 'Lề trên và dưới quá rộng so với khổ A4.', en: 'The top and bottom margins are too wide for A4.' },
  'docgen.model.imageBytes': { vi: 'Ảnh trống hoặc không phải dữ liệu nhị phân.', en: 'The image is empty or not binary data.' },
  'docgen.model.imageType': { vi: 'Nội dung ảnh không phải {expected}.', en: 'The image content is not {expected}.' },
  'docgen.model.imageDimensions': {
    vi: 'Ảnh khai báo kích thước {width} × {height} điểm ảnh, quá lớn (tối đa {max} điểm ảnh mỗi cạnh và {maxPixels} điểm ảnh tổng cộng). Hãy dùng ảnh nhỏ hơn.',
    en: 'The image declares {width} × {height} pixels, too large (at most {max} pixels a side and {maxPixels} pixels in all). Use a smaller image.',
  },
  'docgen.model.imageTooLarge': { vi: 'Tệp ảnh quá lớn (tối đa {max}).', en: 'The image file is too large (at most {max}).' },
  'docgen.model.imageUnreadable': { vi: 'Không đọc được ảnh.', en: 'The image cannot be read.' },
  'docgen.model.qrNotSquare': { vi: 'Mã QR phải là một ma trận vuông từ 21 đến 177 mô-đun.', en: 'The QR code must be a square of 21 to 177 modules.' },
  'docgen.text.unsupportedCharacter': {
    vi: 'Phông chữ không in được ký tự “{character}” ({codePoint}).',
    en: 'The font cannot print the character “{character}” ({codePoint}).',
  },
  'docgen.options.invalidDate': { vi: 'Ngày giờ của tùy chọn clock không hợp lệ.', en: 'The clock option gave an invalid date.' },
  'docgen.qr.wrongPrefix': { vi: 'Không phải mã QR tờ khai hộ chiếu (thiếu tiền tố {expected}).', en: 'Not a passport declaration QR code (no {expected} prefix).' },
  'docgen.qr.unsupportedVersion': { vi: 'Phiên bản mã hóa QR {version} không được hỗ trợ.', en: 'QR encoding version {version} is not supported.' },
  'docgen.qr.tooLong': { vi: 'Nội dung dài hơn mức một mã QR có thể chứa ({max} ký tự), nên không phải mã QR tờ khai.', en: 'The text is longer than a QR code can hold ({max} characters), so it is not a declaration QR code.' },
  'docgen.qr.tooLarge': { vi: 'Dữ liệu trong mã QR giải nén ra quá {max} byte, nên không phải dữ liệu tờ khai.', en: 'The data in the QR code unpacks to more than {max} bytes, so it is not declaration data.' },
  'docgen.qr.malformed': { vi: 'Dữ liệu trong mã QR bị hỏng.', en: 'The data in the QR code is damaged.' },
  'docgen.qr.checksum': { vi: 'Mã kiểm tra của dữ liệu QR không khớp.', en: 'The checksum of the QR data does not match.' },
  'docgen.qr.unsupportedSchema': { vi: 'Phiên bản dữ liệu tờ khai {schemaVersion} không được hỗ trợ.', en: 'Declaration data version {schemaVersion} is not supported.' },
  'docgen.qr.unknownFormVersion': { vi: 'Không biết mẫu tờ khai {formVersion}.', en: 'Unknown declaration form {formVersion}.' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type DocgenMessageId = keyof typeof docgenMessages;

export function isDocgenMessageId(id: string): id is DocgenMessageId {
  return Object.prototype.hasOwnProperty.call(docgenMessages, id);
}

/** Said of an issue no table words (never shown as a raw id to a citizen). */
const UNWORDED: Readonly<Record<Locale, string>> = {
  vi: 'Dữ liệu có chỗ không hợp lệ nên chưa tạo được tệp (mã lỗi {id}).',
  en: 'Some data is not valid, so the file could not be made (error code {id}).',
};

/** One issue as a sentence: core's message table, then docgen's, else a sentence naming the id as a code. */
export function issueText(issue: DocgenIssue, locale: Locale = 'vi'): string {
  const params = issue.params ?? {};
  if (isMessageId(issue.id)) return formatMessage(issue.id, params, locale);
  if (isDocgenMessageId(issue.id)) {
    return docgenMessages[issue.id][locale].replace(/\{(\w+)\}/gu, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
  }
  return UNWORDED[locale].replace('{id}', issue.id);
}

/** Localized sentences for the issues of a DocgenError, each prefixed with its path. */
export function describeIssues(issues: readonly DocgenIssue[], locale: Locale = 'vi'): string[] {
  return issues.map((i) => {
    const text = issueText(i, locale);
    return i.path ? `${i.path}: ${text}` : text;
  });
}
