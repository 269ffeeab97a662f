/**
 * Vietnamese strings of `<hochieu-address-field>`: the province and commune
 * pickers in today's units and the notice about a former unit. Registered
 * with `registerMessages` when the element's module loads (with the form's
 * lazy chunk); English in strings.en.ts.
 */
import { registerMessages } from '../../localization/catalog.js';

export const addressStringsVi = {
  'address.pick.open': 'Chọn tỉnh và xã, phường theo đơn vị hành chính hiện nay',
  'address.pick.close': 'Ẩn phần chọn tỉnh và xã, phường',
  'address.pick.intro': 'Từ 1/7/2025 cả nước có 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu; không còn cấp huyện.',
  'address.pick.loading': 'Đang tải danh sách đơn vị hành chính…',
  'address.pick.failed': 'Không tải được danh sách đơn vị hành chính. Bạn vẫn có thể tự ghi địa chỉ.',
  'address.pick.province': 'Tỉnh, thành phố',
  'address.pick.provinceNone': 'Chọn tỉnh, thành phố',
  'address.pick.commune': 'Xã, phường, đặc khu',
  'address.pick.communeHint': 'Gõ vài chữ của tên, có dấu hoặc không dấu',
  'address.pick.street': 'Số nhà, đường, ngõ, thôn, tổ',
  'address.pick.apply': 'Ghi vào ô địa chỉ',
  'address.pick.needCommune': 'Hãy chọn tỉnh, thành phố và xã, phường trước.',
  'address.former.one': '{unit} (cũ) nay thuộc {current}.',
  'address.former.split': '{unit} (cũ) đã được chia cho nhiều đơn vị mới. Hãy chọn đơn vị nơi bạn ở:',
  'address.former.use': 'Ghi theo tên mới: {address}',
  'address.former.keep': 'Giữ như đã ghi',
  'address.former.note': 'Giấy tờ cũ có thể vẫn ghi tên cũ; bạn chọn cách ghi.',
  'address.former.partial': '(một phần)',
  'address.applied': 'Đã ghi địa chỉ: {address}',
} as const;

registerMessages('vi', addressStringsVi);
