/**
 * Messages of the places area (vi source, en translation): the notices
 * shown with offices and place suggestions, and the problems found in a
 * host-supplied province configuration (read by the webmaster, not the
 * citizen; the bundled defaults stay in force while they are reported).
 */
import { defineMessages } from '../messages/define.js';

export const placesMessages = defineMessages({
  'places.office.unverified': {
    vi: 'Địa chỉ này chưa được đối chiếu với trang chính thức của cơ quan tiếp nhận. Hãy gọi điện hoặc hỏi Công an tỉnh trước khi đến nộp hồ sơ.',
    en: 'This address has not been checked against an official page of the receiving office. Phone or ask the provincial police before you go to apply.',
  },
  'places.office.hours.weekdays': {
    vi: 'Từ thứ Hai đến thứ Sáu, trong giờ hành chính, trừ ngày lễ, Tết',
    en: 'Monday to Friday, during office hours, except public holidays and Tết',
  },
  'places.office.hours.saturdayMorning': {
    vi: 'Sáng thứ Bảy',
    en: 'Saturday morning',
  },
  'warning.address.formerUnit': {
    vi: '{field}: {unit} là đơn vị hành chính cũ (trước 1/7/2025), nay thuộc {current}. Bạn có thể giữ như trên giấy tờ hoặc ghi theo tên mới.',
    en: '{field}: {unit} is a former administrative unit (before 1/7/2025), now part of {current}. You may keep it as on your papers or write the new name.',
  },
  'warning.address.formerUnitSplit': {
    vi: '{field}: {unit} là đơn vị hành chính cũ (trước 1/7/2025) đã được chia cho nhiều đơn vị mới: {current}. Hãy chọn đơn vị nơi bạn ở, hoặc giữ như trên giấy tờ.',
    en: '{field}: {unit} is a former administrative unit (before 1/7/2025) that was split between several new ones: {current}. Choose the one where you live, or keep it as on your papers.',
  },
  'places.former.nowPartOf': {
    vi: '{name} (nay thuộc {current})',
    en: '{name} (now part of {current})',
  },
  'places.group.current': {
    vi: 'Tỉnh, thành phố',
    en: 'Provinces and cities',
  },
  'places.group.former': {
    vi: 'Tỉnh, thành phố trước ngày 1/7/2025',
    en: 'Provinces and cities before 1 July 2025',
  },
  'places.group.country': {
    vi: 'Quốc gia (nếu sinh ra ở nước ngoài)',
    en: 'Countries (if born abroad)',
  },
  'places.config.notObject': {
    vi: 'Cấu hình tỉnh phải là một đối tượng JSON; hãy kiểm tra lại cú pháp',
    en: 'The province configuration must be a JSON object; check its syntax',
  },
  'places.config.unknownProvince': {
    vi: 'Mã tỉnh phải là mã của một trong 34 tỉnh, thành phố hiện nay, ví dụ "lang-son"',
    en: 'The province id must be the id of one of the 34 current provinces and cities, for example "lang-son"',
  },
  'places.config.noOffices': {
    vi: 'Khai báo ít nhất một nơi tiếp nhận hồ sơ',
    en: 'List at least one receiving office',
  },
  'places.config.officeNotObject': {
    vi: 'Mỗi nơi tiếp nhận hồ sơ phải là một đối tượng JSON',
    en: 'Each receiving office must be a JSON object',
  },
  'places.config.officeIdMissing': {
    vi: 'Nhập mã (id) của nơi tiếp nhận hồ sơ',
    en: 'Enter the id of the receiving office',
  },
  'places.config.officeIdInvalid': {
    vi: 'Mã nơi tiếp nhận hồ sơ chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "lang-son"',
    en: 'The office id may only contain lower-case letters without accents, digits and hyphens, for example "lang-son"',
  },
  'places.config.officeIdDuplicate': {
    vi: 'Mỗi nơi tiếp nhận hồ sơ phải có một mã riêng; mã này đã được dùng',
    en: 'Each receiving office needs its own id; this one is already used',
  },
  'places.config.officeNameMissing': {
    vi: 'Nhập tên nơi tiếp nhận hồ sơ',
    en: 'Enter the name of the receiving office',
  },
  'places.config.officeAddressMissing': {
    vi: 'Nhập địa chỉ nơi tiếp nhận hồ sơ',
    en: 'Enter the address of the receiving office',
  },
  'places.config.officeProvinceMismatch': {
    vi: 'Nơi tiếp nhận hồ sơ phải thuộc tỉnh, thành phố của cấu hình',
    en: 'The receiving office must belong to the configured province or city',
  },
  'places.config.defaultOfficeUnknown': {
    vi: 'Nơi tiếp nhận mặc định phải là mã của một nơi tiếp nhận đã khai báo',
    en: 'The default office must be the id of one of the listed offices',
  },
  'places.config.fieldNotText': {
    vi: 'Giá trị này phải là một chuỗi chữ',
    en: 'This value must be a text string',
  },
  'places.config.verifiedInvalid': {
    vi: 'Trường "verified" phải là true hoặc false',
    en: 'The "verified" field must be true or false',
  },
  'places.config.provenanceInvalid': {
    vi: 'Nguồn ("provenance") phải có mức tin cậy (C2, S1, INF hoặc host) và nguồn trích dẫn',
    en: 'The "provenance" must give a confidence (C2, S1, INF or host) and a source',
  },
  'places.config.hoursInvalid': {
    vi: 'Giờ tiếp nhận phải cho biết có làm việc từ thứ Hai đến thứ Sáu và sáng thứ Bảy hay không (true hoặc false)',
    en: 'Reception hours must say whether the office opens Monday to Friday and on Saturday morning (true or false)',
  },
  'places.config.timeInvalid': {
    vi: 'Giờ phải viết theo dạng GG:PP, ví dụ 07:30',
    en: 'Times must be written as HH:MM, for example 07:30',
  },
  'places.config.periodDaysInvalid': {
    vi: 'Ngày trong tuần phải là số từ 1 (thứ Hai) đến 7 (Chủ nhật)',
    en: 'Days of the week must be numbers from 1 (Monday) to 7 (Sunday)',
  },
  'places.config.periodOrder': {
    vi: 'Giờ bắt đầu phải sớm hơn giờ kết thúc',
    en: 'The start time must be earlier than the end time',
  },
});
