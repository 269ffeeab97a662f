/**
 * Vietnamese strings of `<hochieu-photo-input>`: the portrait cropped to 4 × 6, its keyboard
 * crop frame and the automatic checks (which may be wrong, and say so).
 * Not part of the widget's eager table (`localization/vi.ts`): they are
 * registered with `registerMessages` when this module is imported, which
 * hochieu-photo-input.ts does, so in the embed bundle they arrive with the lazy chunk
 * of the elements that show them (issue 9, first-load budget). Their ids are
 * part of `WidgetMessageId`, so `t()` checks them; English in strings.en.ts.
 */
import { registerMessages } from '../../localization/catalog.js';

export const photoStringsVi = {
  'photo.choose': 'Chọn ảnh có sẵn',
  'photo.take': 'Chụp ảnh',
  'photo.remove': 'Xóa ảnh',
  'photo.chooseAnother': 'Chọn ảnh khác',
  'photo.none': 'Chưa có ảnh chân dung.',
  'photo.loading': 'Đang mở ảnh…',
  'photo.processing': 'Đang xử lý ảnh…',
  'photo.crop.heading': 'Chỉnh khung ảnh 4 × 6',
  'photo.crop.label': 'Khung cắt ảnh 4 × 6',
  'photo.crop.roledescription': 'khung cắt ảnh',
  'photo.crop.instructions':
    'Kéo ảnh để dời khung, hoặc chọn khung rồi dùng các phím mũi tên để dời, phím + và − để phóng to, thu nhỏ, phím 0 để đặt lại. Giữ Shift để dời nhanh hơn. Đầu và vai phải nằm trọn trong khung.',
  'photo.crop.status': 'Thu phóng {zoom}%. Khung cách mép trái {x}%, cách mép trên {y}%.',
  'photo.crop.zoom': 'Thu phóng (%)',
  'photo.crop.zoomIn': 'Phóng to',
  'photo.crop.zoomOut': 'Thu nhỏ',
  'photo.crop.left': 'Dời khung sang trái',
  'photo.crop.right': 'Dời khung sang phải',
  'photo.crop.up': 'Dời khung lên',
  'photo.crop.down': 'Dời khung xuống',
  'photo.crop.apply': 'Dùng khung này',
  'photo.crop.cancel': 'Hủy',
  'photo.result': 'Ảnh sẽ dùng: JPEG {width} × {height} điểm ảnh, {size}, không kèm thông tin vị trí hay máy chụp.',
  'photo.previewAlt': 'Ảnh chân dung đã cắt theo khung 4 × 6',
  'photo.accepted': 'Đã nhận ảnh chân dung.',
  'photo.removed': 'Đã xóa ảnh chân dung.',
  'photo.checks.heading': 'Ảnh có thể chưa đạt yêu cầu',
  'photo.checks.intro':
    'Máy chỉ tự kiểm tra được vài điểm và có thể nhầm. Hãy xem lại ảnh; nếu ảnh đã đúng yêu cầu, bạn vẫn có thể dùng.',
  'photo.check.aspect':
    'Ảnh gốc ({width} × {height} điểm ảnh) không theo tỉ lệ 4 × 6 nên phần ngoài khung bị cắt bỏ. Hãy xem khung có đủ đầu và vai.',
  'photo.check.lowResolution':
    'Phần ảnh trong khung chỉ có {width} × {height} điểm ảnh (nên có ít nhất {minWidth} × {minHeight}), ảnh in ra có thể bị mờ.',
  'photo.check.tooDark': 'Ảnh quá tối, khuôn mặt có thể không rõ.',
  'photo.check.tooBright': 'Ảnh quá sáng, gần như trắng, khuôn mặt có thể không rõ.',
  'photo.check.backgroundNotLight': 'Phông nền gần mép ảnh không phải màu trắng. Ảnh hộ chiếu cần phông nền trắng.',
  'photo.check.backgroundNotUniform': 'Phông nền gần mép ảnh không đều màu (có đồ vật, bóng đổ hoặc hoa văn).',
  'photo.check.smallFile': 'Tệp ảnh gốc rất nhẹ ({size}), có thể đã bị nén nhiều, ảnh in ra có thể bị mờ.',
  'photo.check.compressed': 'Để ảnh không quá {max}, ảnh phải nén mạnh và có thể mất chi tiết.',
  'photo.useAnyway': 'Vẫn dùng ảnh này',
  'photo.adjust': 'Chỉnh lại khung',
  'photo.overridden': 'Bạn đã chọn dùng ảnh này dù có lưu ý.',
  'photo.error.cannotFit': 'Không nén được ảnh “{name}” xuống dưới {max}. Hãy chọn ảnh khác.',
  'photo.error.encode': 'Trình duyệt này không xử lý được ảnh “{name}”. Hãy thử ảnh khác hoặc trình duyệt khác.',
} as const;

registerMessages('vi', photoStringsVi);
