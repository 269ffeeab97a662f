/**
 * The widget's own strings in Vietnamese, the source language. Every visible
 * text of the elements that is not a domain message of core has an explicit
 * id. This table holds what the first screen shows (the guide, the app, the
 * date input and the field basics) and is always loaded; the strings of the
 * elements loaded later are tables of their own, registered when their
 * module loads (`registerMessages`, localization/catalog.ts): the form, its
 * drafts and review (components/hochieu-form/strings.vi.ts), the uploads
 * (hochieu-file-input), the photo (hochieu-photo-input), the QR prefill
 * (hochieu-qr-prefill) and the configuration notice (config/strings.vi.ts),
 * so the embed bundle's first load carries none of them (issue 9); so do
 * the guide's closed sections (components/hochieu-guide/strings.vi.ts).
 * `WidgetMessageId` is the union of every table's keys, so `t()` accepts any
 * of them and a missing key is a compile error; `en.ts` must give all ids.
 * Placeholders are written `{name}` and their names are checked by `t()`.
 * Words follow the GOV.UK patterns the fields copy (error prefix "Lỗi:",
 * error summary heading), written for citizens in plain Vietnamese.
 */
import { appStringsVi } from '../components/hochieu-app/strings.vi.js';
import type { uploadStringsVi } from '../components/hochieu-file-input/strings.vi.js';
import type { guideSectionStringsVi } from '../components/hochieu-guide/strings.vi.js';
import type { formStringsVi } from '../components/hochieu-form/strings.vi.js';
import type { photoStringsVi } from '../components/hochieu-photo-input/strings.vi.js';
import type { qrStringsVi } from '../components/hochieu-qr-prefill/strings.vi.js';
import type { addressStringsVi } from '../components/address-field/strings.vi.js';
import type { configStringsVi } from '../config/strings.vi.js';
import type { staleStringsVi } from '../freshness/strings.vi.js';

export const vi = {
  'field.errorPrefix': 'Lỗi:',
  'field.warningPrefix': 'Lưu ý:',
  'field.valueMissing': 'Hãy điền mục này',
  'field.choiceMissing': 'Hãy chọn một mục',
  'field.checkboxMissing': 'Hãy đánh dấu vào ô này',
  'textField.previewLabel': 'Sẽ in là:',
  'dateInput.day': 'Ngày',
  'dateInput.month': 'Tháng',
  'dateInput.year': 'Năm',
  'errorSummary.heading': 'Có lỗi cần sửa',
  // <hochieu-app>: components/hochieu-app/strings.vi.ts
  ...appStringsVi,

  // <hochieu-guide>: headings core does not name, the questionnaire, the result, notices, buttons.
  'guide.label': 'Hướng dẫn thủ tục cấp hộ chiếu',
  'guide.intro':
    'Hướng dẫn này trình bày thủ tục “Cấp hộ chiếu phổ thông ở trong nước” theo trang thủ tục hành chính chính thức và hướng dẫn của Cổng dịch vụ công quốc gia.',
  'guide.dateNote': 'Thông tin về lệ phí và ngày hẹn trả tính cho ngày {date}.',
  'guide.dataDate': 'Thông tin được kiểm tra đến ngày {date}.',
  'guide.dataDate.old': 'Thông tin được kiểm tra đến ngày {date}, đã hơn 12 tháng: hãy hỏi lại cơ quan tiếp nhận hồ sơ trước khi nộp.',
  'guide.toc': 'Mục lục',
  'guide.unverifiedTag': 'chưa xác minh đầy đủ',

  'guide.trust.title': 'Dữ liệu của bạn không được gửi đi đâu',
  'guide.trust.local':
    'Công cụ này chạy ngay trên máy của bạn. Những gì bạn nhập không được gửi đến máy chủ nào, kể cả trang web này.',
  'guide.trust.portals':
    'Chỉ hai cổng chính thức nhận hồ sơ trực tuyến: {national} ({nationalHost}) và {ministry} ({ministryHost}).',
  'guide.trust.scam':
    'Cảnh giác lừa đảo: không gửi ảnh căn cước, mã OTP hay mật khẩu cho bất kỳ ai qua điện thoại, tin nhắn, mạng xã hội hay trang web khác.',

  'guide.section.prepare': 'Bạn cần chuẩn bị gì?',
  'guide.section.steps': 'Trình tự thực hiện',
  'guide.section.channels': 'Cách thức thực hiện',
  'guide.section.offices': 'Cơ quan tiếp nhận hồ sơ',
  'guide.section.conditions': 'Điều kiện và đối tượng',
  'guide.section.online': 'Nộp hồ sơ trực tuyến',
  'guide.sections.loading': 'Đang tải nội dung…',
  'guide.sections.failed': 'Không tải được nội dung này. Hãy kiểm tra kết nối mạng rồi đóng và mở lại mục này.',

  'guide.q.intro':
    'Trả lời vài câu hỏi để biết mẫu tờ khai, giấy tờ cần mang, lệ phí và ngày nhận hộ chiếu. Kết quả hiện ngay bên dưới, không cần bấm nút.',
  'guide.q.dob.label': 'Ngày sinh của người cần làm hộ chiếu',
  'guide.q.dob.hint': 'Dùng để chọn mẫu tờ khai TK01 hay TK01a. Ngày sinh chỉ ở trên máy của bạn.',
  'guide.q.age.label': 'Hoặc nhập tuổi (số năm tròn)',
  'guide.q.age.hint': 'Chỉ cần khi bạn không nhập ngày sinh.',
  'guide.q.reason.legend': 'Bạn làm hộ chiếu vì lý do gì?',
  'guide.q.reason.first': 'Làm hộ chiếu lần đầu',
  'guide.q.reason.renewal': 'Đã có hộ chiếu, làm hộ chiếu mới (hết hạn, sắp hết hạn, hết trang)',
  'guide.q.reason.lost': 'Hộ chiếu bị mất',
  'guide.q.reason.damaged': 'Hộ chiếu bị hỏng',
  'guide.q.chip.legend': 'Người làm hộ chiếu đã có thẻ căn cước hoặc căn cước công dân gắn chip chưa?',
  'guide.q.chip.yes': 'Đã có',
  'guide.q.chip.no': 'Chưa có',
  'guide.q.chip.legendParent': 'Cha, mẹ hoặc người giám hộ đi làm hộ chiếu cho trẻ đã có thẻ căn cước hoặc căn cước công dân gắn chip chưa?',
  'guide.q.personalId.legend': 'Trẻ đã có số định danh cá nhân (12 chữ số) chưa?',
  'guide.q.personalId.yes': 'Đã có',
  'guide.q.personalId.no': 'Chưa có hoặc không biết',
  'guide.q.channel.legend': 'Bạn muốn nộp hồ sơ thế nào?',
  'guide.q.channel.inPerson': 'Nộp trực tiếp tại cơ quan quản lý xuất nhập cảnh',
  'guide.q.channel.online': 'Nộp trực tuyến trên Cổng dịch vụ công',
  'guide.q.delivery.legend': 'Bạn muốn nhận hộ chiếu ở đâu?',
  'guide.q.delivery.office': 'Nhận trực tiếp tại cơ quan',
  'guide.q.delivery.post': 'Nhận qua bưu chính (trả thêm phí chuyển phát)',

  'guide.result.title': 'Kết quả cho trường hợp của bạn',
  'guide.result.empty': 'Hãy trả lời các câu hỏi ở trên. Kết quả sẽ hiện ngay tại đây.',
  'guide.result.form.heading': 'Mẫu tờ khai',
  'guide.result.form.value': 'Mẫu {form}',
  'guide.result.form.circular': 'Ban hành kèm theo {circular}.',
  'guide.result.form.whyAdult': 'Vào ngày {date}, người làm hộ chiếu đủ {age} tuổi, tức là từ đủ 14 tuổi trở lên.',
  'guide.result.form.whyChild':
    'Vào ngày {date}, người làm hộ chiếu {age} tuổi, chưa đủ 14 tuổi. Người đại diện hợp pháp khai và ký thay.',
  'guide.result.form.fromBirthday': 'Nếu nộp từ ngày {birthday} (tròn 14 tuổi) thì dùng mẫu TK01.',
  'guide.result.form.needAge': 'Nhập ngày sinh hoặc tuổi để biết dùng mẫu nào.',
  'guide.result.docs.heading': 'Giấy tờ cần chuẩn bị',
  'guide.result.docs.needAnswers': 'Nhập ngày sinh (hoặc tuổi) và chọn lý do để xem danh sách giấy tờ.',
  'guide.result.docs.conditional': 'Tùy trường hợp',
  'guide.result.docs.quantity': 'Số lượng: {count}',
  'guide.result.docs.form': 'Hình thức: {form}',
  'guide.result.fee.heading': 'Lệ phí',
  'guide.result.fee.value': '{amount} mỗi hộ chiếu',
  'guide.result.fee.basis': '{kind}. Căn cứ: {basis}, áp dụng cho ngày {date}.',
  'guide.result.fee.needReason': 'Chọn lý do làm hộ chiếu để biết lệ phí.',
  'guide.result.fee.none': 'Không tìm thấy mức lệ phí áp dụng cho ngày {date}.',
  'guide.result.due.heading': 'Ngày hẹn trả dự kiến',
  'guide.result.due.value': 'Chậm nhất ngày {due}',
  'guide.result.due.text':
    'Nếu cơ quan nhận đủ hồ sơ và bạn nộp lệ phí ngày {date}: 08 ngày làm việc, không tính ngày nhận hồ sơ, thứ 7, chủ nhật và ngày nghỉ lễ.',
  'guide.result.due.closedDay':
    'Ngày {date} không phải ngày làm việc. Nếu hồ sơ được nhận vào ngày làm việc tiếp theo ({next}), hẹn trả chậm nhất ngày {due}.',
  'guide.result.due.estimated':
    'Lịch nghỉ lễ, Tết của năm này chưa được công bố chính thức, nên ngày hẹn trả chỉ là ước tính.',
  'guide.result.where.heading': 'Nộp hồ sơ ở đâu',
  'guide.result.where.online': 'Nộp trên {national} hoặc {ministry}, và chọn cơ quan tiếp nhận khi khai hồ sơ.',
  'guide.result.where.offices': 'Cơ quan tiếp nhận của {province}:',
  'guide.result.where.chipUnknown': 'Cho biết bạn đã có căn cước gắn chip chưa để biết có thể nộp ở tỉnh khác không.',
  'guide.result.online.noChip':
    'Chưa thể nộp trực tuyến: nộp trực tuyến cần tài khoản định danh điện tử và thẻ căn cước (căn cước công dân) gắn chip của người khai. Hãy nộp trực tiếp tại cơ quan quản lý xuất nhập cảnh (giấy tờ dưới đây là cho nộp trực tiếp), hoặc làm thẻ căn cước gắn chip trước rồi nộp trực tuyến.',
  'guide.result.online.noChipParent':
    'Chưa thể nộp trực tuyến: với trẻ dưới 14 tuổi, cha, mẹ hoặc người giám hộ nộp trực tuyến bằng tài khoản và thẻ căn cước gắn chip của chính mình. Hãy nộp trực tiếp tại cơ quan quản lý xuất nhập cảnh (giấy tờ dưới đây là cho nộp trực tiếp), hoặc để người đại diện làm thẻ căn cước gắn chip trước rồi nộp trực tuyến.',
  'guide.result.childChip': 'Người chưa đủ 14 tuổi chỉ được cấp hộ chiếu không gắn chíp điện tử.',
  'guide.result.summary.form': 'Mẫu {form}.',
  'guide.result.summary.fee': 'Lệ phí {amount}.',
  'guide.result.summary.due': 'Hẹn trả chậm nhất {due}.',
  'guide.result.summary.docs': '{count} loại giấy tờ.',

  'guide.offices.address': 'Địa chỉ',
  'guide.offices.phone': 'Điện thoại',
  'guide.offices.email': 'Thư điện tử',
  'guide.offices.hours': 'Giờ tiếp nhận hồ sơ',
  'guide.offices.hours.weekdays': 'Thứ 2 đến thứ 6, trong giờ hành chính',
  'guide.offices.hours.saturday': 'Sáng thứ 7',
  'guide.offices.hours.noSaturday': 'Không ghi nhận tiếp nhận sáng thứ 7; hãy hỏi cơ quan.',
  'guide.offices.hours.period': '{days}: {from}–{to}',
  'guide.offices.hours.holidays': 'Nghỉ ngày Tết, ngày lễ.',
  'guide.offices.default': 'Cơ quan mặc định',
  'guide.offices.unverified':
    'Thông tin về cơ quan này lấy từ nguồn chưa được xác nhận chính thức. Hãy gọi điện hoặc kiểm tra trước khi đến. Quản trị viên trang web có thể sửa thông tin này.',
  'guide.weekday.1': 'Thứ 2',
  'guide.weekday.2': 'Thứ 3',
  'guide.weekday.3': 'Thứ 4',
  'guide.weekday.4': 'Thứ 5',
  'guide.weekday.5': 'Thứ 6',
  'guide.weekday.6': 'Thứ 7',
  'guide.weekday.7': 'Chủ nhật',

  'guide.fee.uncertainTitle': 'Lệ phí có thể đã thay đổi',

} as const;

/** The Vietnamese text of every widget string: the eager table and each lazily registered one. */
type AllStringsVi = typeof vi &
  typeof guideSectionStringsVi &
  typeof formStringsVi &
  typeof uploadStringsVi &
  typeof photoStringsVi &
  typeof qrStringsVi &
  typeof addressStringsVi &
  typeof configStringsVi &
  typeof staleStringsVi;

/** An id of a widget string. */
export type WidgetMessageId = keyof AllStringsVi;

/** A complete table of widget strings for one language. */
export type WidgetMessages = { readonly [K in WidgetMessageId]: string };

/** The Vietnamese table loaded with the entry (the first screen's strings). */
export type EagerMessages = { readonly [K in keyof typeof vi]: string };

/** The placeholder names of a string, read from its Vietnamese text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * The arguments `t(id, ...)` takes after the id: nothing when the text has no
 * placeholder, else one object naming every placeholder.
 */
export type WidgetMessageArgs<K extends WidgetMessageId> = [Placeholders<AllStringsVi[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<AllStringsVi[K]>]: string | number }];
