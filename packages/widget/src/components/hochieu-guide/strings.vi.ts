/**
 * Vietnamese strings of the guide's closed sections (the steps, ways of applying, documents,
 * fees, forms, legal basis: section-content.ts) and of the blank-form download.
 * Not part of the widget's eager table (`localization/vi.ts`): registered
 * with `registerMessages` when this module is imported by section-content.ts,
 * so in the embed bundle they arrive with the lazily loaded sections (issue
 * 9, first-load budget). Their ids are part of `WidgetMessageId`, so `t()`
 * checks them; English in strings.en.ts.
 */
import { registerMessages } from '../../localization/catalog.js';

export const guideSectionStringsVi = {
  'guide.steps.label': 'Bước {number}: {title}',
  'guide.channels.where.heading': 'Ai nộp hồ sơ ở đâu',
  'guide.channels.where.case': 'Trường hợp',
  'guide.channels.where.office': 'Nơi nộp',
  'guide.channels.portals': 'Các cổng nhận hồ sơ trực tuyến',
  'guide.offices.schedules': 'Thời gian tiếp nhận và trả kết quả',
  'guide.documents.source': 'Trích nguyên văn: {text}',
  'guide.documents.appliesOnline': 'Chỉ khi nộp trực tuyến.',
  'guide.documents.appliesInPerson': 'Chỉ khi nộp trực tiếp.',
  'guide.processing.example': 'Ví dụ: hồ sơ nhận đủ ngày {date} thì hẹn trả chậm nhất ngày {due}.',
  'guide.fee.today': 'Lệ phí áp dụng ngày {date}',
  'guide.fee.case': 'Trường hợp',
  'guide.fee.inPerson': 'Nộp trực tiếp',
  'guide.fee.online': 'Nộp trực tuyến',
  'guide.fee.basis': 'Căn cứ: {basis}.',
  'guide.fee.published': 'Mức thu ghi trên trang thủ tục chính thức',
  'guide.fee.history': 'Các mức thu theo thời gian',
  'guide.fee.none': 'Không tìm thấy mức lệ phí áp dụng cho ngày này.',
  'guide.forms.download': 'Tải mẫu {form} để in (PDF, để trống)',
  'guide.forms.loading': 'Đang tạo tệp PDF…',
  'guide.forms.done': 'Đã tạo tệp {file}.',
  'guide.forms.failed': 'Không tạo được tệp PDF. Hãy thử lại.',
  'guide.legal.number': 'Văn bản',
  'guide.legal.issued': 'Ban hành ngày {date}',
  'guide.legal.effective': 'Hiệu lực từ ngày {date}',
  'guide.legal.listed': 'Có trong căn cứ pháp lý của trang thủ tục chính thức.',
  'guide.legal.unverified': 'Chưa đối chiếu với văn bản chính thức.',
  'guide.online.openPortal': 'Mở {name}',
} as const;

registerMessages('vi', guideSectionStringsVi);
