/**
 * Vietnamese strings of the host configuration notice: what the webmaster of
 * a provincial site sees inside `<hochieu-app>` when the configuration is not
 * valid (the defaults stay in force), and the wording of each problem that
 * core's `checkHostConfig` reports outside the province part (the province
 * part uses core's `places.config.*` messages). Not part of the widget's
 * eager table (`localization/vi.ts`): registered with `registerMessages` when
 * this module is imported (by host-config.ts, the configuration check, which
 * the embed bundle loads only when a page gives a configuration); English in
 * strings.en.ts.
 */
import { registerMessages } from '../localization/catalog.js';

export const configStringsVi = {
  'config.notice.title': 'Cấu hình của trang chưa đúng: đang dùng cấu hình mặc định',
  'config.notice.body':
    'Thông báo này dành cho quản trị trang web. Công cụ vẫn hoạt động với cấu hình mặc định (tỉnh Lạng Sơn, lệ phí và ngày nghỉ có sẵn). Hãy sửa các lỗi sau trong cấu hình:',
  'config.notice.root': '(toàn bộ cấu hình)',
  'config.notice.console': 'Cấu hình không hợp lệ, đang dùng cấu hình mặc định.',
  'config.jsonSyntax': 'Nội dung thẻ <script type="application/json"> không phải JSON hợp lệ: {detail}',
  'config.notObject': 'Cấu hình phải là một đối tượng JSON, dạng { … }.',
  'config.unknownKey': 'Khóa này không có trong định dạng cấu hình (viết sai tên khóa?).',
  'config.notList': 'Giá trị này phải là một danh sách, dạng [ … ].',
  'config.dateInvalid': 'Ngày phải có dạng năm-tháng-ngày (YYYY-MM-DD) và là một ngày có thật.',
  'config.dateRepeated': 'Ngày này đã có ở trên danh sách.',
  'config.dateBothOffAndWorking': 'Ngày này vừa là ngày nghỉ vừa là ngày làm việc; hãy chọn một.',
  'config.feeNotObject': 'Mỗi mức lệ phí phải là một đối tượng JSON.',
  'config.feeIdMissing': 'Mức lệ phí cần một mã (id).',
  'config.feeIdDuplicate': 'Mã (id) này đã dùng cho một mức lệ phí khác.',
  'config.feeDateInvalid': 'Ngày phải có dạng năm-tháng-ngày (YYYY-MM-DD) và là một ngày có thật.',
  'config.feeDateOrder': 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  'config.feeAmountInvalid': 'Số tiền phải là số nguyên đồng, không âm (ví dụ 200000).',
  'config.feeBasisMissing': 'Hãy ghi văn bản quy định mức thu (ví dụ “Thông tư số 25/2021/TT-BTC”).',
  'config.feePriorityInvalid': 'Mức ưu tiên (priority) phải là một số.',
  'config.feeChannelInvalid': 'Kênh nộp chỉ có thể là "in-person" (trực tiếp) hoặc "online" (trực tuyến).',
  'config.feeFlagInvalid': 'Giá trị này phải là true hoặc false.',
  'config.feeProvenanceInvalid': 'Nguồn (provenance) cần "confidence" (C2, S1, INF hoặc host) và "source".',
  'config.formVersionUnknown': 'Phiên bản mẫu chỉ có thể là "TT31_2023" hoặc "TT69_2026".',
  'config.flagInvalid': 'Giá trị này phải là true hoặc false.',
  'config.acknowledgeInvalid': 'Phải có dạng { "on": "YYYY-MM-DD" }: ngày quản trị trang đã kiểm tra dữ liệu được thông báo.',
} as const;

registerMessages('vi', configStringsVi);
