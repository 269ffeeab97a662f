/**
 * The widget's own strings in Vietnamese, the source language. Every visible
 * text of the elements that is not a domain message of core lives here under
 * an explicit id; `en.ts` must give the same ids (its type is derived from this
 * table, so a missing or extra key is a compile error). Placeholders are
 * written `{name}` and their names are checked by the type of `t()`.
 * Words follow the GOV.UK patterns the fields copy (error prefix "Lỗi:",
 * error summary heading), written for citizens in plain Vietnamese.
 */
import { formStringsVi } from '../components/hochieu-form/strings.vi.js';
import { appStringsVi } from '../components/hochieu-app/strings.vi.js';
import { configStringsVi } from '../config/strings.vi.js';

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
  // <hochieu-form>, drafts, review, combobox: components/hochieu-form/strings.vi.ts
  ...formStringsVi,
  // <hochieu-app> and its configuration notice: components/hochieu-app/strings.vi.ts, config/strings.vi.ts
  ...appStringsVi,
  ...configStringsVi,

  // <hochieu-guide>: headings core does not name, the questionnaire, the result, notices, buttons.
  'guide.label': 'Hướng dẫn thủ tục cấp hộ chiếu',
  'guide.intro':
    'Hướng dẫn này trình bày thủ tục “Cấp hộ chiếu phổ thông ở trong nước” theo trang thủ tục hành chính chính thức và hướng dẫn của Cổng dịch vụ công quốc gia.',
  'guide.dateNote': 'Thông tin về lệ phí và ngày hẹn trả tính cho ngày {date}.',
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
    'Nộp trực tuyến cần căn cước công dân gắn chip. Khi chưa có, hãy nộp trực tiếp tại cơ quan quản lý xuất nhập cảnh.',
  'guide.result.childChip': 'Người chưa đủ 14 tuổi chỉ được cấp hộ chiếu không gắn chíp điện tử.',
  'guide.result.summary.form': 'Mẫu {form}.',
  'guide.result.summary.fee': 'Lệ phí {amount}.',
  'guide.result.summary.due': 'Hẹn trả chậm nhất {due}.',
  'guide.result.summary.docs': '{count} loại giấy tờ.',

  'guide.steps.label': 'Bước {number}: {title}',
  'guide.channels.where.heading': 'Ai nộp hồ sơ ở đâu',
  'guide.channels.where.case': 'Trường hợp',
  'guide.channels.where.office': 'Nơi nộp',
  'guide.channels.portals': 'Các cổng nhận hồ sơ trực tuyến',

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
  'guide.offices.schedules': 'Thời gian tiếp nhận và trả kết quả',
  'guide.weekday.1': 'Thứ 2',
  'guide.weekday.2': 'Thứ 3',
  'guide.weekday.3': 'Thứ 4',
  'guide.weekday.4': 'Thứ 5',
  'guide.weekday.5': 'Thứ 6',
  'guide.weekday.6': 'Thứ 7',
  'guide.weekday.7': 'Chủ nhật',

  'guide.documents.source': 'Trích nguyên văn: {text}',
  'guide.documents.appliesOnline': 'Chỉ khi nộp trực tuyến.',
  'guide.documents.appliesInPerson': 'Chỉ khi nộp trực tiếp.',

  'guide.processing.example': 'Ví dụ: hồ sơ nhận đủ ngày {date} thì hẹn trả chậm nhất ngày {due}.',

  'guide.fee.today': 'Lệ phí áp dụng ngày {date}',
  'guide.fee.case': 'Trường hợp',
  'guide.fee.inPerson': 'Nộp trực tiếp',
  'guide.fee.online': 'Nộp trực tuyến',
  'guide.fee.basis': 'Căn cứ: {basis}.',
  'guide.fee.uncertainTitle': 'Lệ phí có thể đã thay đổi',
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

  // Uploads (<hochieu-file-input>, <hochieu-photo-input>): files never leave the device.
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

  // <hochieu-photo-input>: the portrait, cropped to 4 × 6.
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

  // <hochieu-qr-prefill>: the QR code of the chip ID card.
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

/** An id of a widget string. */
export type WidgetMessageId = keyof typeof vi;

/** A complete table of widget strings for one language. */
export type WidgetMessages = { readonly [K in WidgetMessageId]: string };

/** The placeholder names of a string, read from its Vietnamese text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * The arguments `t(id, ...)` takes after the id: nothing when the text has no
 * placeholder, else one object naming every placeholder.
 */
export type WidgetMessageArgs<K extends WidgetMessageId> = [Placeholders<(typeof vi)[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<(typeof vi)[K]>]: string | number }];
