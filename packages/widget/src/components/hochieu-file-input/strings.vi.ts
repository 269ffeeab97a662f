/**
 * Vietnamese strings of the upload fields (`<hochieu-file-input>`, and the shared wording of
 * `<hochieu-photo-input>` and `<hochieu-qr-prefill>`: limits, accepted kinds,
 * refusals). Files never leave the device, and the texts say so.
 * Not part of the widget's eager table (`localization/vi.ts`): they are
 * registered with `registerMessages` when this module is imported, which
 * upload-messages.ts does, so in the embed bundle they arrive with the lazy chunk
 * of the elements that show them (issue 9, first-load budget). Their ids are
 * part of `WidgetMessageId`, so `t()` checks them; English in strings.en.ts.
 */
import { registerMessages } from '../../localization/catalog.js';

export const uploadStringsVi = {
  'upload.choose': 'Chọn tệp',
  'upload.chooseAnother': 'Chọn tệp khác',
  'upload.remove': 'Xóa tệp',
  'upload.limits': 'Nhận {accepted}, tối đa {max}.',
  'upload.accept.images': 'ảnh JPEG hoặc PNG',
  'upload.accept.photo': 'ảnh JPEG, PNG hoặc WebP',
  'upload.accept.imagesOrPdf': 'ảnh JPEG, PNG hoặc tệp PDF',
  'upload.privacy': 'Tệp chỉ nằm trên máy của bạn, không được gửi đi đâu.',
  'upload.none': 'Chưa chọn tệp nào.',
  'upload.selected': 'Tệp đã chọn: {name}, {size}',
  'upload.pdf': 'Tệp PDF',
  'upload.checking': 'Đang kiểm tra tệp…',
  'upload.accepted': 'Đã nhận tệp {name}.',
  'upload.removed': 'Đã xóa tệp.',
  'upload.keptPrevious': 'Tệp chọn trước đó ({name}) vẫn được giữ.',
  'upload.kind.jpeg': 'ảnh JPEG',
  'upload.kind.png': 'ảnh PNG',
  'upload.kind.webp': 'ảnh WebP',
  'upload.kind.gif': 'ảnh GIF',
  'upload.kind.pdf': 'tệp PDF',
  'upload.kind.heif': 'ảnh HEIC/HEIF',
  'upload.error.empty': 'Tệp “{name}” trống (0 byte). Hãy chọn tệp khác.',
  'upload.error.tooLarge': 'Tệp “{name}” nặng {size}, quá mức tối đa {max}. Hãy chọn tệp nhỏ hơn.',
  'upload.error.svg': 'Tệp “{name}” là ảnh SVG. Vì lý do an toàn, ảnh SVG không được nhận. Hãy chọn ảnh JPEG hoặc PNG.',
  'upload.error.html':
    'Tệp “{name}” thực chất là một trang web (HTML), không phải ảnh hay tệp PDF, dù tên tệp trông giống vậy. Hãy chọn đúng tệp.',
  'upload.error.notPdf':
    'Tệp “{name}” mang tên tệp PDF nhưng nội dung không phải PDF. Hãy chọn đúng tệp PDF, hoặc ảnh chụp giấy tờ.',
  'upload.error.notAccepted': 'Tệp “{name}” là {kind}, loại tệp không dùng được ở đây. Hãy chọn {accepted}.',
  'upload.error.unknownType': 'Tệp “{name}” không phải là {accepted}. Hãy chọn tệp khác.',
  'upload.error.truncated':
    'Tệp “{name}” không đầy đủ: thiếu phần cuối (có thể tải về hoặc sao chép chưa xong). Hãy chọn lại tệp gốc.',
  'upload.error.malformed': 'Tệp “{name}” bị hỏng: không đọc được kích thước ảnh. Hãy chọn tệp khác.',
  'upload.error.dimensionsTooLarge':
    'Ảnh “{name}” ghi kích thước {width} × {height} điểm ảnh, quá lớn để mở an toàn (tối đa {maxSide} điểm ảnh mỗi chiều và {megapixels} triệu điểm ảnh). Hãy chọn ảnh nhỏ hơn.',
  'upload.error.undecodable':
    'Không mở được ảnh “{name}”: ảnh bị hỏng hoặc trình duyệt không đọc được loại ảnh này. Hãy chọn ảnh khác.',
  'upload.error.unreadable': 'Không đọc được tệp “{name}” trên máy. Hãy chọn lại.',
} as const;

registerMessages('vi', uploadStringsVi);
