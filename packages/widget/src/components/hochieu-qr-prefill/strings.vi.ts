/**
 * Vietnamese strings of `<hochieu-qr-prefill>`: reading the QR code of the chip ID card from an
 * image or the camera, and the review before anything is filled in.
 * Not part of the widget's eager table (`localization/vi.ts`): they are
 * registered with `registerMessages` when this module is imported, which
 * hochieu-qr-prefill.ts does, so in the embed bundle they arrive with the lazy chunk
 * of the elements that show them (issue 9, first-load budget). Their ids are
 * part of `WidgetMessageId`, so `t()` checks them; English in strings.en.ts.
 */
import { registerMessages } from '../../localization/catalog.js';

export const qrStringsVi = {
  'qr.heading': 'Điền nhanh từ mã QR trên thẻ căn cước',
  'qr.intro':
    'Mã QR ở mặt trước thẻ căn cước công dân gắn chip chứa số định danh, họ tên, ngày sinh, giới tính và nơi thường trú. Mã được đọc ngay trên máy của bạn; bạn xem lại trước khi điền vào tờ khai.',
  'qr.chooseImage': 'Chọn ảnh mặt trước thẻ',
  'qr.useUploaded': 'Đọc mã QR từ ảnh mặt trước đã tải lên',
  'qr.useCamera': 'Quét mã bằng máy ảnh',
  'qr.stopCamera': 'Dừng quét',
  'qr.cameraHint': 'Đưa mã QR trên mặt trước thẻ vào giữa khung hình, giữ yên, đủ sáng và không bị lóa.',
  'qr.cameraLabel': 'Hình ảnh từ máy ảnh',
  'qr.cameraStarting': 'Đang mở máy ảnh…',
  'qr.reading': 'Đang đọc mã QR…',
  'qr.error.notFound':
    'Không tìm thấy mã QR trong ảnh. Hãy chụp lại mặt trước thẻ cho rõ nét, đủ sáng, không bị lóa, hoặc tự nhập thông tin vào tờ khai.',
  'qr.error.notText': 'Không đọc được nội dung mã QR này. Hãy tự nhập thông tin vào tờ khai.',
  'qr.error.camera': 'Không mở được máy ảnh (có thể chưa được cho phép). Bạn có thể chọn ảnh mặt trước thẻ thay cho máy ảnh.',
  'qr.review.heading': 'Kiểm tra thông tin đọc được',
  'qr.review.intro': 'Các thông tin sau sẽ được điền vào tờ khai. Sau khi điền, bạn vẫn sửa được từng mục.',
  'qr.review.oldId': 'Số chứng minh nhân dân cũ',
  'qr.review.issueDate': 'Ngày cấp thẻ',
  'qr.review.address': 'Nơi thường trú (sửa lại nếu cần)',
  'qr.confirm': 'Điền vào tờ khai',
  'qr.cancel': 'Không dùng',
  'qr.filled': 'Đã điền thông tin từ mã QR. Hãy kiểm tra lại từng mục trong tờ khai.',
  'qr.cancelled': 'Đã bỏ qua thông tin đọc từ mã QR, tờ khai không thay đổi.',
} as const;

registerMessages('vi', qrStringsVi);
