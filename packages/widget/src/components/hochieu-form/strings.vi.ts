/**
 * Vietnamese strings of `<hochieu-form>`, its drafts, its review page, the
 * uploads step, the QR prefill, the export step (ZIP, print) and the
 * combobox. Not part of the widget's eager table (`localization/vi.ts`):
 * registered with `registerMessages` when this module is imported (by
 * hochieu-form.ts and combobox.ts), so in the embed bundle they arrive with
 * the form's lazy chunk (issue 9); their ids are part of `WidgetMessageId`,
 * so `t()` checks them. The English table is strings.en.ts. Wording
 * follows the GOV.UK patterns the form copies (task list statuses, "Thay đổi",
 * "Tiếp tục", "Quay lại") in plain Vietnamese for citizens.
 */
import { registerMessages } from '../../localization/catalog.js';

export const formStringsVi = {
  'form.label': 'Tờ khai đề nghị cấp hộ chiếu',
  'form.caption': 'Mẫu {form} · Bước {index} trên {count}',
  'form.continue': 'Tiếp tục',
  'form.back': 'Quay lại',
  'form.optional': '(không bắt buộc)',
  'form.combobox.count': '{count} gợi ý; dùng phím mũi tên lên, xuống để chọn, phím Enter để lấy.',
  // Vietnamese has no plural forms (Intl.PluralRules gives "other" only); the key exists for languages that do.
  'form.combobox.count.one': '{count} gợi ý; dùng phím mũi tên lên, xuống để chọn, phím Enter để lấy.',
  'form.place.country': 'Quốc gia',
  'form.id.decoded': 'Số này cho biết: nơi đăng ký khai sinh: {province}; giới tính: {sex}; sinh năm {year} (thế kỷ {century}).',
  'form.id.unknownProvince': 'mã {code}, chưa có trong danh sách',
  'form.switch.TK01a':
    'Vì người đề nghị chưa đủ 14 tuổi vào ngày nộp, tờ khai là mẫu TK01a; người đại diện hợp pháp khai và ký thay.',
  'form.switch.TK01a.more':
    'Tờ khai có thêm phần A về người đại diện hợp pháp và không có lựa chọn hộ chiếu gắn chíp (trẻ dưới 14 tuổi được cấp hộ chiếu không gắn chíp).',
  'form.switch.TK01': 'Vì người đề nghị đã đủ 14 tuổi vào ngày nộp, tờ khai là mẫu TK01.',
  'form.version.changed':
    'Với ngày nộp {date}, tờ khai là mẫu {form} ban hành kèm theo {circular} (mẫu theo Thông tư số 69/2026/TT-BCA áp dụng từ 01/7/2026). Mọi thông tin đã khai được giữ nguyên.',
  'form.version.added': 'Mẫu này có thêm mục cần khai: {fields}.',
  'form.version.notPrinted': 'Mẫu này không in các mục sau (thông tin vẫn được giữ): {fields}.',

  'form.tasks.title': 'Khai tờ khai đề nghị cấp hộ chiếu',
  'form.tasks.intro':
    'Khai lần lượt từng mục dưới đây. Những gì bạn nhập chỉ ở trên máy này: không gửi đến máy chủ nào, kể cả trang web này.',
  'form.tasks.form': 'Mẫu tờ khai: {form}.',
  'form.tasks.formUnknown': 'Mẫu tờ khai (TK01 hay TK01a) được chọn theo ngày sinh và ngày nộp hồ sơ.',
  'form.tasks.listLabel': 'Các mục cần khai',
  'form.tasks.start': 'Bắt đầu khai',
  'form.tasks.resume': 'Khai tiếp',
  'form.tasks.review': 'Kiểm tra câu trả lời',
  'form.tasks.export': 'Tải tờ khai',
  'form.status.notStarted': 'Chưa bắt đầu',
  'form.status.inProgress': 'Đang khai',
  'form.status.completed': 'Đã xong',
  'form.status.hasErrors': 'Có lỗi',

  'review.title': 'Kiểm tra câu trả lời',
  'review.intro': 'Đọc lại trước khi tải tờ khai. Bấm “Thay đổi” để sửa một câu trả lời.',
  'review.form': 'Mẫu tờ khai',
  'review.formValue': 'Mẫu {form}',
  'review.due': 'Hạn trả kết quả',
  'review.dueValue': '{due} (hồ sơ nộp ngày {date}, 08 ngày làm việc)',
  'review.change': 'Thay đổi',
  'review.empty': 'Không khai',
  'review.confirm': 'Xác nhận và tiếp tục',

  'form.export.title': 'Tải tờ khai',
  'form.export.intro':
    'Tờ khai mẫu {form} đã sẵn sàng. Tải về, in trên giấy khổ A4, dán ảnh, ký tên và mang theo khi nộp hồ sơ.',
  'form.export.pdf': 'Tải tờ khai PDF',
  'form.export.docx': 'Tải tờ khai DOCX',
  'form.export.busy': 'Đang tạo tệp {kind}, xin chờ…',
  'form.export.done': 'Đã tạo tệp {file}.',
  'form.export.failed': 'Không tạo được tệp {kind}: {reason}. Bản nháp của bạn vẫn được giữ nguyên, cùng các tệp đã thêm; hãy thử lại.',
  'form.export.reason.load': 'không tải được phần tạo tài liệu (hãy kiểm tra kết nối mạng)',
  'form.export.reason.render': 'có lỗi khi tạo tệp ({detail})',
  'form.export.reason.invalid': 'tờ khai còn lỗi: {list}',

  'form.uploads.title': 'Ảnh và giấy tờ',
  'form.uploads.intro':
    'Thêm ảnh chân dung, ảnh thẻ căn cước và giấy tờ cho hồ sơ. Các tệp chỉ ở trên máy này, không gửi đến đâu; công cụ dùng chúng khi tạo tờ khai và hồ sơ ZIP để bạn nộp trực tuyến hoặc gửi đi.',
  'form.uploads.skip': 'Không tệp nào bắt buộc để tải tờ khai: bạn có thể tiếp tục và thêm sau.',
  'form.uploads.kept':
    'Các tệp được giữ trên máy này cùng bản nháp (tối đa {max}) để không mất khi tải lại trang. “Xóa dữ liệu trên máy này” xóa cả các tệp.',
  'form.uploads.memoryOnly': 'Các tệp chỉ được giữ đến khi đóng hoặc tải lại trang, không lưu trên máy này.',
  'form.uploads.notStored':
    'Không lưu được trên máy này: {files}. Tổng các tệp vượt quá {max} hoặc bộ nhớ của trình duyệt bị chặn; các tệp này sẽ mất khi tải lại trang.',
  'form.uploads.pending.title': 'Chưa xác nhận: {files}',
  'form.uploads.pending.text':
    'Bạn đã chọn ảnh nhưng chưa bấm “Dùng khung này” hoặc “Vẫn dùng ảnh này”. Dùng ảnh như đang đặt trong khung, hay bỏ ảnh vừa chọn?',
  'form.uploads.pending.keep': 'Dùng ảnh này và tiếp tục',
  'form.uploads.pending.drop': 'Bỏ ảnh vừa chọn và tiếp tục',
  'form.uploads.photoHint': 'Ảnh được cắt theo khung 4 × 6 và đặt vào ô ảnh trên tờ khai.',
  'form.uploads.cards': 'Thẻ căn cước',
  'form.uploads.idFront': 'Ảnh mặt trước thẻ căn cước',
  'form.uploads.idBack': 'Ảnh mặt sau thẻ căn cước',
  'form.uploads.idBackOptional': 'Không bắt buộc khi nộp hồ sơ trực tiếp.',
  'form.uploads.idCardOptional': 'Không bắt buộc khi nộp hồ sơ trực tiếp. Ảnh mặt trước còn dùng được để điền tự động từ mã QR.',
  'form.uploads.attachments': 'Giấy tờ kèm theo',
  'form.uploads.missing': 'Chưa có tệp này; cần khi nộp hồ sơ trực tuyến. Bạn có thể thêm sau.',
  'form.uploads.count': 'Đã có {present} trên {total} tệp cần cho hồ sơ.',
  'form.uploads.countOptional': 'Không bắt buộc; đã có {count} tệp.',
  'review.upload.file': '{name} ({size})',
  'review.upload.none': 'Chưa có',
  'review.upload.needed': 'Chưa có (cần khi nộp trực tuyến)',

  'form.qr.summary': 'Điền tự động từ mã QR trên thẻ căn cước',
  'form.qr.filled': 'Đã điền {count} mục từ mã QR: {fields}.',
  'form.parent.offer': 'Người đại diện ở phần A là cha/mẹ này, nhưng thông tin bạn đã nhập ở đây khác với phần A:',
  'form.parent.use': 'Dùng thông tin của người đại diện',
  'form.qr.nothing': 'Các thông tin trên thẻ đã có trong tờ khai, không có gì cần điền thêm.',
  'form.qr.conflict.title': 'Một số mục bạn đã khai khác với thẻ',
  'form.qr.conflict.intro':
    'Các mục còn trống đã được điền. Với các mục dưới đây, bạn muốn giữ những gì đã khai hay thay bằng thông tin trên thẻ?',
  'form.qr.conflict.values': 'Đã khai: {typed} · Trên thẻ: {card}',
  'form.qr.conflict.replace': 'Thay bằng thông tin trên thẻ',
  'form.qr.conflict.keep': 'Giữ những gì đã khai',
  'form.qr.replaced': 'Đã thay {count} mục bằng thông tin trên thẻ.',
  'form.qr.kept': 'Đã giữ nguyên những gì bạn đã khai.',
  'form.qr.addressCheck': 'Địa chỉ thường trú đã điền lấy từ thẻ; hãy kiểm tra lại ở mục “{section}”.',

  'form.export.zip': 'Tải hồ sơ ZIP',
  'form.export.print': 'In tờ khai',
  'form.export.photoIncluded':
    'Ảnh chân dung bạn đã thêm được in vào ô ảnh của tờ khai. Nơi tiếp nhận vẫn có thể yêu cầu ảnh 4 × 6 cm dán trên tờ khai giấy: hãy mang theo ảnh rời.',
  'form.export.noPhoto': 'Chưa có ảnh chân dung: tờ khai có ô trống để dán ảnh 4 × 6 cm.',
  'form.export.zipHint':
    'Hồ sơ ZIP gồm tờ khai (PDF và DOCX), danh mục hồ sơ, hướng dẫn nộp và {count} tệp bạn đã thêm ở bước “Ảnh và giấy tờ”.',
  'form.export.printHint':
    '“In tờ khai” mở tờ khai PDF trong một cửa sổ mới; in từ đó bằng lệnh In của trình duyệt (trên điện thoại: nút Chia sẻ hoặc ứng dụng xem PDF).',
  'form.export.printWait': 'Đang tạo tờ khai để in, xin chờ…',
  'form.export.printOpened':
    'Tờ khai đã mở trong một cửa sổ mới. Dùng lệnh In của trình duyệt (trên điện thoại: nút Chia sẻ hoặc ứng dụng xem PDF, rồi chọn In).',
  'form.export.printBlocked':
    'Trình duyệt không cho mở cửa sổ mới nên tờ khai đã được tải về ({file}). Hãy mở tệp đó và in.',
  'form.export.reason.dossier': 'hồ sơ chưa tạo được vì: {list}',

  'draft.title': 'Bản nháp trên máy này',
  'draft.intro':
    'Câu trả lời được tự động lưu trên máy này và tự xóa sau {days} ngày không sửa. Nếu dùng máy chung, hãy xóa dữ liệu khi khai xong.',
  'draft.savedAt': 'Đã lưu trên máy này lúc {time}.',
  'draft.offer.title': 'Bạn có một bản nháp chưa khai xong',
  'draft.offer.text': 'Bản nháp được lưu trên máy này lúc {time}. Bạn muốn khai tiếp hay bắt đầu lại?',
  'draft.offer.resume': 'Tiếp tục bản nháp',
  'draft.offer.restart': 'Bắt đầu lại',
  'draft.offer.restartHint': 'Bắt đầu lại sẽ xóa bản nháp này khỏi máy.',
  'draft.restored': 'Đã mở lại bản nháp lưu lúc {time}.',
  'draft.exportFile': 'Lưu bản nháp ra tệp',
  'draft.importFile': 'Mở bản nháp từ tệp',
  'draft.importHint': 'Tệp .json đã lưu bằng nút “Lưu bản nháp ra tệp”, ví dụ trên một máy khác.',
  'draft.imported': 'Đã mở bản nháp trong tệp {file} (lưu lúc {time}).',
  'draft.import.tooLarge': 'Không mở được tệp {file}: tệp quá lớn, không phải bản nháp tờ khai.',
  'draft.import.notJson': 'Không mở được tệp {file}: nội dung không phải JSON. Hãy chọn tệp .json đã lưu bằng nút “Lưu bản nháp ra tệp”.',
  'draft.import.foreign':
    'Không mở được tệp {file}: đây không phải bản nháp tờ khai hộ chiếu (thiếu dòng "format": "hochieu-draft").',
  'draft.import.unsupportedVersion':
    'Không mở được tệp {file}: bản nháp có phiên bản {version}, công cụ này chỉ đọc được phiên bản 1.',
  'draft.import.invalid': 'Không mở được tệp {file}: phần dữ liệu của bản nháp bị hỏng hoặc đã bị sửa.',
  'draft.import.unreadable': 'Không đọc được tệp {file}.',
  'draft.import.untouched': 'Bản nháp hiện tại không thay đổi.',
  'draft.clear': 'Xóa dữ liệu trên máy này',
  'draft.clearConfirm': 'Xóa mọi câu trả lời và bản nháp của công cụ này trên máy này? Không thể khôi phục lại.',
  'draft.clearYes': 'Xóa hết',
  'draft.clearNo': 'Không xóa',
  'draft.cleared': 'Đã xóa mọi dữ liệu của công cụ này trên máy này.',
  'draft.expired':
    'Bản nháp lưu lúc {time} đã quá {days} ngày không thay đổi nên đã được xóa khỏi máy này để bảo vệ thông tin cá nhân. Nếu đã lưu bản nháp ra tệp, bạn có thể mở lại tệp đó.',
  'draft.otherTab.open':
    'Bản nháp này cũng đang mở ở một thẻ (tab) khác của trình duyệt. Hãy chỉ khai ở một thẻ và đóng thẻ kia: mỗi lần lưu, bản nháp của thẻ này thay bản của thẻ kia.',
  'draft.otherTab.saved':
    'Một thẻ (tab) khác vừa lưu bản nháp này. Hãy chỉ khai ở một thẻ và đóng thẻ kia: nếu tiếp tục ở đây, bản nháp của thẻ này sẽ thay bản vừa lưu ở thẻ kia.',
  'draft.unavailable':
    'Không lưu được bản nháp trên máy này (bộ nhớ của trình duyệt đã đầy hoặc bị chặn). Bạn vẫn khai tiếp được, nhưng câu trả lời sẽ mất khi đóng trang; hãy dùng “Lưu bản nháp ra tệp” để giữ lại.',
} as const;

registerMessages('vi', formStringsVi);
