/**
 * Vietnamese strings of the stale-data notice: what the webmaster of a
 * provincial site sees inside `<hochieu-app>`, and in the console, when the
 * widget runs on a day when some of its bundled facts are due for an update
 * (stale-notice.ts). Worded for the webmaster, never shown in the guide or the
 * form, whose readers get the citizen's wording (the guide's footer).
 * Registered with `registerMessages` when the lazy check loads; English in
 * strings.en.ts.
 */
import { registerMessages } from '../localization/catalog.js';

export const staleStringsVi = {
  'stale.notice.title': 'Dữ liệu của công cụ cần được cập nhật',
  'stale.notice.body':
    'Thông báo này dành cho quản trị trang web. Dữ liệu đi kèm bản hochieu đang cài được kiểm tra đến ngày {dataDate}; vào ngày {date}, các mục sau có thể đã lỗi thời:',
  'stale.reason.old': 'kiểm tra lần cuối ngày {checkedOn}, đã quá 12 tháng',
  'stale.reason.ended': 'hết thời hạn ngày {validTo}, công cụ đang dùng quy định dự phòng',
  'stale.notice.action':
    'Hãy cài bản hochieu mới hơn, hoặc bổ sung cấu hình (lệ phí, ngày nghỉ) theo văn bản mới. Khi đã kiểm tra xong, thêm vào cấu hình "acknowledgeStaleData": { "on": "{date}" } để ẩn thông báo này.',
  'stale.console': 'Dữ liệu cần cập nhật (kiểm tra đến ngày {dataDate}; ngày {date}): {facts}. Cài bản hochieu mới hơn hoặc sửa cấu hình, rồi thêm acknowledgeStaleData.',
} as const;

registerMessages('vi', staleStringsVi);
