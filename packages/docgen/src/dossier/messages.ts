/**
 * The dossier's own words, Vietnamese first and English: the issues raised
 * when a supplied file is refused (`docgen.file.*`) or a component is missing
 * (`docgen.dossier.*`), and the fixed texts of the checklist, the covering
 * sheet, the portal guide notes and the read-me file. A typed table: every id
 * has both languages (a missing one is a compile error). Texts quoted from the
 * procedure page or the portal guide stay in core's tables (procedure.*);
 * these are editorial texts of this tool.
 */
import { formatMessage, isMessageId, type Locale } from '@hochieu/core';
import type { DocgenIssue } from '../errors.js';
import { issueText } from '../messages.js';

export interface DossierText {
  readonly vi: string;
  readonly en: string;
}

export const dossierMessages = {
  // ---------------------------------------------------------------- refused files (errors)
  'docgen.file.notBytes': {
    vi: 'Tệp {file} không đọc được: cần nội dung dạng byte (Uint8Array).',
    en: 'The file {file} cannot be read: its content must be bytes (a Uint8Array).',
  },
  'docgen.file.empty': {
    vi: 'Tệp {file} rỗng (0 byte). Hãy chọn lại tệp.',
    en: 'The file {file} is empty (0 bytes). Choose the file again.',
  },
  'docgen.file.svg': {
    vi: 'Tệp {file} là hình vẽ SVG, không phải ảnh chụp. Hãy chọn ảnh JPEG{alsoAllowed}.',
    en: 'The file {file} is an SVG drawing, not a photo. Choose a JPEG image{alsoAllowed}.',
  },
  'docgen.file.html': {
    vi: 'Tệp {file} là một trang web (HTML) dù tên tệp trông như ảnh hoặc tài liệu. Hãy tải ảnh hoặc tài liệu thật về máy rồi chọn lại.',
    en: 'The file {file} is a web page (HTML) even though its name looks like an image or a document. Download the real image or document and choose it again.',
  },
  'docgen.file.unknownType': {
    vi: 'Không nhận ra loại của tệp {file}. Chỉ nhận {allowed}.',
    en: 'The type of the file {file} is not recognised. Only {allowed} are accepted.',
  },
  'docgen.file.typeNotAllowed': {
    vi: 'Tệp {file} là {actual}; ở đây chỉ nhận {allowed}.',
    en: 'The file {file} is {actual}; only {allowed} are accepted here.',
  },
  'docgen.file.typeMismatch': {
    vi: 'Tệp {file} được ghi là {declared} nhưng nội dung là {actual}. Hãy chọn đúng tệp.',
    en: 'The file {file} is labelled {declared} but its content is {actual}. Choose the right file.',
  },
  'docgen.file.truncated': {
    vi: 'Tệp {file} ({actual}) bị thiếu phần cuối, có thể do tải về chưa xong. Hãy chọn lại tệp đầy đủ.',
    en: 'The file {file} ({actual}) is cut off at the end, perhaps an unfinished download. Choose the complete file again.',
  },
  'docgen.file.malformed': {
    vi: 'Tệp {file} ({actual}) bị hỏng cấu trúc và không mở được. Hãy chọn tệp khác.',
    en: 'The file {file} ({actual}) is damaged and cannot be opened. Choose another file.',
  },
  'docgen.file.dimensionsTooLarge': {
    vi: 'Ảnh {file} ghi kích thước {width} × {height} điểm ảnh, vượt quá {max} điểm ảnh mỗi chiều. Hãy dùng ảnh nhỏ hơn.',
    en: 'The image {file} declares {width} × {height} pixels, more than {max} pixels a side. Use a smaller image.',
  },
  'docgen.file.tooLarge': {
    vi: 'Tệp {file} nặng {size}, vượt quá giới hạn {max} cho mỗi tệp.',
    en: 'The file {file} is {size}, over the limit of {max} per file.',
  },
  'docgen.file.totalTooLarge': {
    vi: 'Tổng dung lượng các tệp là {size}, vượt quá giới hạn {max} của một bộ hồ sơ.',
    en: 'The files add up to {size}, over the limit of {max} for one dossier.',
  },
  'docgen.file.photoTooSmall': {
    vi: 'Ảnh chân dung chỉ có {width} × {height} điểm ảnh; cần ít nhất {minWidth} × {minHeight} để in rõ cỡ 4 × 6 cm.',
    en: 'The portrait photo is only {width} × {height} pixels; at least {minWidth} × {minHeight} are needed to print it clearly at 4 × 6 cm.',
  },
  'docgen.file.photoAspect': {
    vi: 'Ảnh chân dung có tỉ lệ {width} × {height}, không phải tỉ lệ 4 × 6 (rộng × dài = 2 : 3). Hãy cắt ảnh theo khung 4 × 6.',
    en: 'The portrait photo is {width} × {height}, not in the 4 × 6 proportion (width : height = 2 : 3). Crop it to the 4 × 6 frame.',
  },
  'docgen.file.unknownRole': {
    vi: 'Tài liệu đính kèm số {index} có loại “{role}” không thuộc thành phần hồ sơ nào.',
    en: 'Attachment {index} has the type “{role}”, which is not a dossier component.',
  },
  'docgen.file.roleNotAttachable': {
    vi: '“{title}” không nộp dưới dạng tệp đính kèm ({how}).',
    en: '“{title}” is not supplied as an attachment ({how}).',
  },
  'docgen.file.roleNotRequired': {
    vi: '“{title}” không thuộc hồ sơ của trường hợp này, nên không đưa vào tệp ZIP.',
    en: '“{title}” is not part of the dossier in this case, so it is not put in the ZIP file.',
  },
  'docgen.file.howGenerated': { vi: 'công cụ tự tạo tệp này', en: 'this tool makes that file' },
  'docgen.file.howPhotoOption': { vi: 'dùng mục ảnh chân dung', en: 'use the portrait photo input' },
  'docgen.file.howIdCardOption': { vi: 'dùng mục ảnh mặt trước, mặt sau thẻ căn cước', en: 'use the ID card front and back inputs' },
  'docgen.file.howShowOnly': { vi: 'chỉ xuất trình khi đến nộp', en: 'only shown when you submit' },

  // ---------------------------------------------------------------- warnings (the ZIP is still made)
  'docgen.file.photoOverPortalLimit': {
    vi: 'Ảnh chân dung nặng {size}, lớn hơn {max} mà Cổng dịch vụ công có thể nhận (các nguồn ghi dưới 2 MB hoặc dưới 4 MB). Ảnh vẫn được đưa vào tệp ZIP; nếu Cổng từ chối, hãy giảm dung lượng ảnh.',
    en: 'The portrait photo is {size}, more than the {max} the portal may accept (sources say under 2 MB or under 4 MB). It is still put in the ZIP file; if the portal refuses it, reduce its size.',
  },
  'docgen.dossier.missing': {
    vi: 'Chưa có tệp “{title}”: thành phần này được ghi là còn thiếu trong danh mục hồ sơ.',
    en: 'No file for “{title}”: the checklist marks this component as missing.',
  },
  'docgen.dossier.missingConditional': {
    vi: 'Chưa có tệp “{title}” (chỉ cần trong một số trường hợp): kiểm tra lại trong danh mục hồ sơ.',
    en: 'No file for “{title}” (needed only in some cases): check the checklist.',
  },

  // ---------------------------------------------------------------- file titles not in core
  'dossier.title.declarationPdf': { vi: 'Tờ khai {form} (bản PDF để in)', en: 'Declaration {form} (PDF to print)' },
  'dossier.title.declarationDocx': { vi: 'Tờ khai {form} (bản Word để sửa)', en: 'Declaration {form} (Word file to edit)' },
  'dossier.title.idFront': { vi: 'Ảnh mặt trước thẻ căn cước công dân', en: 'Image of the front of the citizen identity card' },
  'dossier.title.idBack': { vi: 'Ảnh mặt sau thẻ căn cước công dân', en: 'Image of the back of the citizen identity card' },
  'dossier.title.checklist': { vi: 'Danh mục hồ sơ', en: 'Dossier checklist' },
  'dossier.title.readme': { vi: 'Đọc trước', en: 'Read me first' },
  'dossier.title.part': { vi: '{title} (tệp {n})', en: '{title} (file {n})' },

  // ---------------------------------------------------------------- checklist
  'dossier.checklist.title': { vi: 'DANH MỤC HỒ SƠ', en: 'DOSSIER CHECKLIST' },
  'dossier.checklist.subtitle': {
    vi: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước, mẫu {form} ban hành kèm theo {circular}',
    en: 'Application for an ordinary passport issued in Viet Nam, form {form} issued with {circular}',
  },
  'dossier.checklist.applicant': { vi: 'Người đề nghị:', en: 'Applicant:' },
  'dossier.checklist.submissionDate': { vi: 'Ngày nộp hồ sơ (dự kiến):', en: 'Submission date (planned):' },
  'dossier.checklist.channel': { vi: 'Cách nộp:', en: 'How it is submitted:' },
  'dossier.checklist.delivery': { vi: 'Nhận hộ chiếu:', en: 'Passport returned:' },
  'dossier.channel.online': { vi: 'nộp trực tuyến qua Cổng dịch vụ công', en: 'online, through the public service portal' },
  'dossier.channel.inPerson': { vi: 'nộp trực tiếp tại cơ quan tiếp nhận', en: 'in person at the receiving office' },
  'dossier.delivery.office': { vi: 'nhận trực tiếp tại cơ quan tiếp nhận', en: 'collected at the receiving office' },
  'dossier.delivery.post': { vi: 'nhận qua dịch vụ bưu chính tại địa chỉ: {address}', en: 'by post to: {address}' },
  'dossier.checklist.componentsHeading': { vi: 'Thành phần hồ sơ', en: 'Dossier components' },
  'dossier.checklist.componentsNote': {
    vi: 'Ô đã đánh dấu: thành phần đã có tệp trong tệp ZIP này. Ô trống: còn thiếu hoặc là giấy tờ cần chuẩn bị, mang theo.',
    en: 'A ticked box: the component has a file in this ZIP. An empty box: still missing, or a paper to prepare and bring.',
  },
  'dossier.status.included': { vi: 'Có trong tệp ZIP: {files}.', en: 'In this ZIP: {files}.' },
  'dossier.status.missing': { vi: 'Còn thiếu.', en: 'Missing.' },
  'dossier.status.missingConditional': { vi: 'Còn thiếu (chỉ cần nếu {condition}).', en: 'Missing (needed only if {condition}).' },
  'dossier.status.paper': { vi: 'Bản giấy: chuẩn bị và nộp kèm.', en: 'On paper: prepare it and hand it in.' },
  'dossier.status.show': { vi: 'Mang theo để xuất trình.', en: 'Bring it to show.' },
  'dossier.condition.generic': { vi: 'trường hợp của bạn đúng như mô tả', en: 'your case is as described' },
  'dossier.checklist.feeHeading': { vi: 'Lệ phí', en: 'Fee' },
  'dossier.checklist.fee': {
    vi: 'Lệ phí ngày {date}: {amount} ({kind}). Căn cứ: {basis}.',
    en: 'Fee on {date}: {amount} ({kind}). Legal basis: {basis}.',
  },
  'dossier.checklist.feeUnknown': {
    vi: 'Chưa xác định được lệ phí cho ngày {date}. Hãy hỏi cơ quan tiếp nhận hồ sơ.',
    en: 'The fee for {date} could not be determined. Ask the receiving office.',
  },
  'dossier.checklist.feeUncertain': {
    vi: 'Mức lệ phí này chưa chắc chắn (các nguồn chưa thống nhất). Hãy hỏi lại cơ quan tiếp nhận hồ sơ.',
    en: 'This fee is not certain (sources disagree). Check with the receiving office.',
  },
  'dossier.checklist.dueHeading': { vi: 'Thời hạn trả kết quả', en: 'When the result is due' },
  'dossier.checklist.due': {
    vi: 'Ngày dự kiến trả kết quả: {date} ({days} ngày làm việc kể từ ngày nhận đủ hồ sơ và lệ phí, nếu nộp ngày {submitted}).',
    en: 'Expected result date: {date} ({days} working days after the complete dossier and the fee are received, if submitted on {submitted}).',
  },
  'dossier.checklist.dueUnknown': { vi: 'Chưa tính được ngày trả kết quả.', en: 'The result date could not be computed.' },
  'dossier.checklist.officeHeading': { vi: 'Cơ quan tiếp nhận hồ sơ', en: 'Receiving office' },
  'dossier.office.address': { vi: 'Địa chỉ:', en: 'Address:' },
  'dossier.office.phone': { vi: 'Điện thoại:', en: 'Phone:' },
  'dossier.office.hours': { vi: 'Giờ tiếp nhận:', en: 'Reception hours:' },
  'dossier.office.hoursWeekdays': {
    vi: 'giờ hành chính từ thứ 2 đến thứ 6 (trừ ngày Tết, ngày lễ)',
    en: 'office hours, Monday to Friday (except Tết and public holidays)',
  },
  'dossier.office.hoursSaturday': { vi: 'và sáng thứ 7', en: 'and Saturday morning' },
  'dossier.office.hoursPeriod': { vi: '{days}: {from}–{to}', en: '{days}: {from}–{to}' },
  'dossier.office.unverified': {
    vi: 'Địa chỉ này chưa được đối chiếu với trang chính thức của cơ quan; hãy kiểm tra lại trước khi đến hoặc gửi hồ sơ.',
    en: 'This address has not been checked against the office’s official page; check it before you go or send anything.',
  },
  'dossier.office.unknown': { vi: 'Chưa chọn cơ quan tiếp nhận.', en: 'No receiving office chosen.' },
  'dossier.weekday.1': { vi: 'Thứ 2', en: 'Mon' },
  'dossier.weekday.2': { vi: 'Thứ 3', en: 'Tue' },
  'dossier.weekday.3': { vi: 'Thứ 4', en: 'Wed' },
  'dossier.weekday.4': { vi: 'Thứ 5', en: 'Thu' },
  'dossier.weekday.5': { vi: 'Thứ 6', en: 'Fri' },
  'dossier.weekday.6': { vi: 'Thứ 7', en: 'Sat' },
  'dossier.weekday.7': { vi: 'Chủ nhật', en: 'Sun' },

  // ---------------------------------------------------------------- online: portal steps
  'dossier.portal.heading': { vi: 'Các bước nộp trực tuyến', en: 'Steps to submit online' },
  'dossier.portal.intro': {
    vi: 'Theo hướng dẫn của Cổng dịch vụ công quốc gia (đăng ngày {published}). Dòng bắt đầu bằng “»” cho biết tệp nào trong tệp ZIP này cần tải lên, hoặc cần nhập gì, ở bước đó.',
    en: 'From the guide of the National Public Service Portal (published {published}). Lines starting with “»” say which file of this ZIP to upload, or what to type, at that step.',
  },
  'dossier.portal.uploadImages': { vi: 'Tải lên: {files}.', en: 'Upload: {files}.' },
  'dossier.portal.noImages': {
    vi: 'Chưa có ảnh trong tệp ZIP: hãy chuẩn bị ảnh chân dung và ảnh hai mặt thẻ căn cước.',
    en: 'No images in this ZIP yet: prepare the portrait photo and the images of both sides of the ID card.',
  },
  'dossier.portal.fieldsIntro': {
    vi: 'Nhập theo bảng dưới đây (giá trị lấy từ tờ khai {declarationFile}). Tên trường trên Cổng có thể khác đôi chút với tên trên tờ khai.',
    en: 'Type the values in the table below (taken from the declaration {declarationFile}). The portal’s field names may differ slightly from the form’s.',
  },
  'dossier.portal.fieldColumn': { vi: 'Trường (theo tờ khai)', en: 'Field (as on the form)' },
  'dossier.portal.valueColumn': { vi: 'Nội dung cần nhập', en: 'What to type' },
  'dossier.portal.office': { vi: 'Chọn: {office}.', en: 'Choose: {office}.' },
  'dossier.portal.deliveryOffice': { vi: 'Chọn “nhận trực tiếp”.', en: 'Choose “nhận trực tiếp” (collect in person).' },
  'dossier.portal.deliveryPost': {
    vi: 'Chọn “nhận qua bưu chính” và nhập địa chỉ: {address}.',
    en: 'Choose “nhận qua bưu chính” (by post) and enter the address: {address}.',
  },
  'dossier.portal.attachments': { vi: 'Tải lên theo từng thành phần: {list}.', en: 'Upload for each component: {list}.' },
  'dossier.portal.attachmentItem': { vi: '{title}: {files}', en: '{title}: {files}' },
  'dossier.portal.noAttachments': {
    vi: 'Trường hợp này không cần tài liệu đính kèm nào khác ngoài ảnh.',
    en: 'This case needs no attachment other than the images.',
  },
  'dossier.portal.missingAttachments': { vi: 'Còn thiếu: {list}.', en: 'Still missing: {list}.' },
  'dossier.portal.pdfToJpeg': {
    vi: 'Cổng yêu cầu ảnh tài liệu dạng JPEG: tệp PDF ({files}) cần chuyển thành ảnh JPEG trước khi tải lên.',
    en: 'The portal asks for JPEG images of documents: the PDF files ({files}) must be turned into JPEG images before uploading.',
  },
  'dossier.portal.registerNote': {
    vi: 'Nếu chưa có tài khoản, đăng ký trước theo phần I của hướng dẫn:',
    en: 'If you have no account yet, register first as in part I of the guide:',
  },

  // ---------------------------------------------------------------- postal: covering sheet
  'dossier.cover.title': { vi: 'PHIẾU GỬI HỒ SƠ', en: 'PHIẾU GỬI HỒ SƠ' },
  'dossier.cover.subtitle': {
    vi: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước',
    en: 'Đề nghị cấp hộ chiếu phổ thông ở trong nước',
  },
  'dossier.cover.to': { vi: 'Kính gửi:', en: 'Kính gửi:' },
  'dossier.cover.officeAddress': { vi: 'Địa chỉ:', en: 'Địa chỉ:' },
  'dossier.cover.sender': { vi: 'Người gửi:', en: 'Người gửi:' },
  'dossier.cover.senderAddress': { vi: 'Địa chỉ người gửi:', en: 'Địa chỉ người gửi:' },
  'dossier.cover.senderPhone': { vi: 'Số điện thoại:', en: 'Số điện thoại:' },
  'dossier.cover.applicant': { vi: 'Người đề nghị cấp hộ chiếu:', en: 'Người đề nghị cấp hộ chiếu:' },
  'dossier.cover.onlineCode': { vi: 'Mã hồ sơ trên Cổng dịch vụ công (nếu có):', en: 'Mã hồ sơ trên Cổng dịch vụ công (nếu có):' },
  'dossier.cover.body': {
    vi: 'Tôi gửi kèm theo đây các giấy tờ trong hồ sơ đề nghị cấp hộ chiếu phổ thông ở trong nước, gồm:',
    en: 'Tôi gửi kèm theo đây các giấy tờ trong hồ sơ đề nghị cấp hộ chiếu phổ thông ở trong nước, gồm:',
  },
  'dossier.cover.number': { vi: 'STT', en: 'STT' },
  'dossier.cover.item': { vi: 'Tên giấy tờ', en: 'Tên giấy tờ' },
  'dossier.cover.form': { vi: 'Hình thức', en: 'Hình thức' },
  'dossier.cover.quantity': { vi: 'Số lượng', en: 'Số lượng' },
  'dossier.cover.signer': { vi: 'Người gửi', en: 'Người gửi' },
  'dossier.cover.signNote': { vi: '(Ký, ghi rõ họ tên)', en: '(Ký, ghi rõ họ tên)' },
  'dossier.cover.postalNote': {
    vi: 'Trường hợp nộp trực tuyến, giấy tờ chưa được chứng thực điện tử thì gửi về cơ quan tiếp nhận qua dịch vụ bưu chính công ích.',
    en: 'When applying online, papers that are not certified electronically are sent to the receiving office by the public postal service.',
  },
  'dossier.cover.heading': { vi: 'Phiếu gửi hồ sơ qua bưu chính', en: 'Covering sheet for sending papers by post' },
  'dossier.cover.intro': {
    vi: 'Trang sau là phiếu gửi kèm các giấy tờ bản giấy khi gửi qua bưu chính. In, ký và đặt lên trên cùng bộ hồ sơ.',
    en: 'The next page is a covering sheet for the paper documents sent by post. Print it, sign it and put it on top of the papers.',
  },

  // ---------------------------------------------------------------- warnings section, metadata
  'dossier.checklist.warningsHeading': { vi: 'Lưu ý', en: 'Notes' },
  'dossier.checklist.metadataSubject': {
    vi: 'Danh mục hồ sơ đề nghị cấp hộ chiếu phổ thông ở trong nước',
    en: 'Checklist of the passport application dossier',
  },

  // ---------------------------------------------------------------- read-me (doc-truoc.txt)
  'dossier.readme.title': { vi: 'HỒ SƠ ĐỀ NGHỊ CẤP HỘ CHIẾU PHỔ THÔNG - ĐỌC TRƯỚC', en: 'PASSPORT APPLICATION DOSSIER - READ ME FIRST' },
  'dossier.readme.applicant': { vi: 'Người đề nghị: {name} (mẫu {form})', en: 'Applicant: {name} (form {form})' },
  'dossier.readme.contents': { vi: 'Các tệp trong tệp ZIP này:', en: 'Files in this ZIP:' },
  'dossier.readme.missing': { vi: 'Còn thiếu (xem danh-muc-ho-so.pdf):', en: 'Still missing (see danh-muc-ho-so.pdf):' },
  'dossier.readme.nextSteps': { vi: 'Việc cần làm tiếp theo:', en: 'What to do next:' },
  'dossier.readme.online': {
    vi: 'Nộp trực tuyến: mở danh-muc-ho-so.pdf, làm theo phần “Các bước nộp trực tuyến”; phần đó ghi rõ tệp nào tải lên ở bước nào và cần nhập gì.',
    en: 'Online: open danh-muc-ho-so.pdf and follow “Steps to submit online”; it says which file to upload at which step and what to type.',
  },
  'dossier.readme.inPerson': {
    vi: 'Nộp trực tiếp: in tờ khai {declarationFile}, dán ảnh 4 × 6 cm, ký tên; mang theo các giấy tờ trong danh-muc-ho-so.pdf đến cơ quan tiếp nhận.',
    en: 'In person: print the declaration {declarationFile}, stick a 4 × 6 cm photo on it and sign it; bring the papers listed in danh-muc-ho-so.pdf to the receiving office.',
  },
  'dossier.readme.post': {
    vi: 'Gửi giấy tờ qua bưu chính: in phiếu gửi hồ sơ ở trang cuối của danh-muc-ho-so.pdf, ký tên và đặt lên trên bộ hồ sơ.',
    en: 'Sending papers by post: print the covering sheet on the last page of danh-muc-ho-so.pdf, sign it and put it on top of the papers.',
  },
  'dossier.readme.feeDue': { vi: 'Lệ phí: {fee}. Ngày dự kiến trả kết quả: {due}.', en: 'Fee: {fee}. Expected result date: {due}.' },
  'dossier.readme.notes': { vi: 'Lưu ý:', en: 'Notes:' },
  'dossier.readme.integrity': {
    vi: 'Tệp manifest.json ghi dữ liệu tờ khai và mã SHA-256 của từng tệp để kiểm tra tệp không bị thay đổi.',
    en: 'manifest.json holds the declaration data and the SHA-256 checksum of every file, to check that no file was changed.',
  },
  'dossier.readme.privacy': {
    vi: 'Tệp ZIP này chứa dữ liệu cá nhân. Chỉ gửi cho cơ quan tiếp nhận hồ sơ; xóa các bản không còn cần.',
    en: 'This ZIP holds personal data. Send it only to the receiving office; delete copies you no longer need.',
  },
  'dossier.readme.generated': { vi: 'Tạo lúc {time} bởi hochieu.', en: 'Made at {time} by hochieu.' },
  'dossier.readme.englishBelow': { vi: '(English below)', en: '(English below)' },
} as const satisfies Record<string, DossierText>;

export type DossierMessageId = keyof typeof dossierMessages;

export function isDossierMessageId(id: string): id is DossierMessageId {
  return Object.prototype.hasOwnProperty.call(dossierMessages, id);
}

/** Fills `{name}` placeholders; a parameter that is itself a dossier or core message id is translated first. */
export function dossierText(id: DossierMessageId, params: Record<string, string | number> = {}, locale: Locale = 'vi'): string {
  return dossierMessages[id][locale].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string' && isDossierMessageId(value)) return dossierMessages[value][locale];
    if (typeof value === 'string' && isMessageId(value)) return formatMessage(value, {}, locale);
    return String(value);
  });
}

/**
 * Localized sentences for the issues of a DocgenError raised by `buildDossier`:
 * file issues (this table) and declaration issues (core's table) alike.
 */
export function describeDossierIssues(issues: readonly DocgenIssue[], locale: Locale = 'vi'): string[] {
  return issues.map((i) => {
    const params = i.params ?? {};
    // docgen's own ids (a renderer's refusal, e.g. a character the font lacks) are words too, never raw ids.
    const text = isDossierMessageId(i.id) ? dossierText(i.id, params, locale) : issueText(i, locale);
    return i.path ? `${i.path}: ${text}` : text;
  });
}
