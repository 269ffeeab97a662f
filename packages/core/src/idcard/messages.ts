/**
 * Messages of the ID card area (vi source, en translation): why the QR code
 * of a chip ID card could not be read, each saying what to do next (type the
 * details by hand), and the notice that an address printed before 1/7/2025
 * names the former units (Nghị quyết 202/2025/QH15; domain-facts §8.1, §12.1).
 */
import { defineMessages } from '../messages/define.js';

const TYPE_IT = {
  vi: 'Hãy tự nhập thông tin vào tờ khai.',
  en: 'Please type the details into the form yourself.',
} as const;

export const idcardMessages = defineMessages({
  'idcard.qr.empty': {
    vi: `Mã QR không có nội dung. ${TYPE_IT.vi}`,
    en: `The QR code is empty. ${TYPE_IT.en}`,
  },
  'idcard.qr.unknownLayout': {
    vi: `Không đọc được mã QR này: nội dung không theo cấu trúc của mã QR trên thẻ căn cước công dân gắn chip. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: its content does not follow the layout of the QR code on the chip citizen ID card. ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidPersonalId': {
    vi: `Không đọc được mã QR này: số định danh cá nhân trong mã không gồm đúng 12 chữ số. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the personal identification number in it is not exactly 12 digits. ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidOldId': {
    vi: `Không đọc được mã QR này: số chứng minh nhân dân cũ trong mã không gồm 9 hoặc 12 chữ số. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the old ID card (CMND) number in it is not 9 or 12 digits. ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidName': {
    vi: `Không đọc được mã QR này: họ và tên trong mã bị trống hoặc có chữ số. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the full name in it is empty or contains digits. ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidDateOfBirth': {
    vi: `Không đọc được mã QR này: ngày sinh trong mã không phải là một ngày có thật. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the date of birth in it is not a real date. ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidSex': {
    vi: `Không đọc được mã QR này: giới tính trong mã không phải “Nam” hoặc “Nữ”. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the sex in it is neither “Nam” (male) nor “Nữ” (female). ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidAddress': {
    vi: `Không đọc được mã QR này: nơi thường trú trong mã bị trống. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the permanent address in it is empty. ${TYPE_IT.en}`,
  },
  'idcard.qr.invalidIssueDate': {
    vi: `Không đọc được mã QR này: ngày cấp thẻ trong mã không phải là một ngày có thật. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the card’s issue date in it is not a real date. ${TYPE_IT.en}`,
  },
  'idcard.qr.issueBeforeBirth': {
    vi: `Không đọc được mã QR này: ngày cấp thẻ trong mã trước ngày sinh. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the card’s issue date in it is before the date of birth. ${TYPE_IT.en}`,
  },
  'idcard.qr.dateInFuture': {
    vi: `Không đọc được mã QR này: ngày sinh hoặc ngày cấp thẻ trong mã là một ngày chưa đến. ${TYPE_IT.vi}`,
    en: `This QR code cannot be read: the date of birth or the issue date in it is in the future. ${TYPE_IT.en}`,
  },
  'idcard.address.preMerger': {
    vi: 'Địa chỉ trên thẻ có thể còn ghi theo đơn vị hành chính cũ (trước ngày 01/7/2025 cả nước có 63 tỉnh, thành phố và còn cấp huyện). Hãy kiểm tra và sửa lại theo tên tỉnh, thành phố và xã, phường hiện nay.',
    en: 'The address on the card may still name the former administrative units (before 1 July 2025 there were 63 provinces and cities, and districts). Please check it and correct it to the current province or city and commune or ward.',
  },
  'idcard.address.hint.issuedBeforeMerger': {
    vi: 'Thẻ được cấp ngày {date}, trước khi sắp xếp lại đơn vị hành chính.',
    en: 'The card was issued on {date}, before the administrative units were reorganised.',
  },
  'idcard.address.hint.formerProvince': {
    vi: 'Địa chỉ có tên {former}, nay thuộc {current}.',
    en: 'The address names {former}, which is now part of {current}.',
  },
  'idcard.address.hint.districtLevel': {
    vi: 'Địa chỉ có cấp huyện (quận, huyện, thị xã); từ ngày 01/7/2025 không còn cấp này.',
    en: 'The address names a district (quận, huyện or thị xã); districts no longer exist from 1 July 2025.',
  },
});

export type IdcardMessageId = keyof typeof idcardMessages;
