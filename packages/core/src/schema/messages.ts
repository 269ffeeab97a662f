/**
 * UI wording of the form schema (vi source, en translation): section titles
 * (`section.*`), field labels (`label.<field id>`), hints (`hint.<field id>`)
 * and option labels (`option.*`). These are the words the widget shows; the
 * words printed on the paper form are data in the form versions themselves
 * (`Field.print.label`), because they must match the circular letter for letter.
 * Labels are short noun phrases, since rules insert them into sentences as
 * `{field}` ("Nhập {field}").
 */
import { defineMessages } from '../messages/define.js';

export const schemaMessages = defineMessages({
  // Sections (one step of the widget each)
  'section.representative': { vi: 'Người đại diện hợp pháp', en: 'Legal representative' },
  'section.identity': { vi: 'Họ tên, giới tính, ngày sinh', en: 'Name, sex and date of birth' },
  'section.childIdentity': { vi: 'Thông tin về trẻ em', en: 'About the child' },
  'section.idContacts': { vi: 'Giấy tờ và liên lạc', en: 'Identity number and contact' },
  'section.addresses': { vi: 'Nơi cư trú', en: 'Where you live' },
  'section.work': { vi: 'Nghề nghiệp', en: 'Occupation' },
  'section.family': { vi: 'Cha, mẹ, vợ hoặc chồng', en: 'Parents and spouse' },
  'section.childFamily': { vi: 'Cha, mẹ của trẻ', en: 'The child’s parents' },
  'section.previousPassport': { vi: 'Hộ chiếu đã được cấp', en: 'Previous passport' },
  'section.feeRefund': { vi: 'Tài khoản nhận hoàn lệ phí', en: 'Account for a fee refund' },
  'section.request': { vi: 'Nội dung đề nghị', en: 'What you are applying for' },
  'section.submission': { vi: 'Nộp hồ sơ và nhận hộ chiếu', en: 'Submitting and collecting' },

  // Applicant
  'label.applicant.familyName': { vi: 'Họ', en: 'Family name' },
  'hint.applicant.familyName': {
    vi: 'Viết đúng như trên thẻ căn cước hoặc giấy khai sinh, ví dụ: Nguyễn',
    en: 'Write it exactly as on the ID card or birth certificate, for example: Nguyễn',
  },
  'label.applicant.givenNames': { vi: 'Chữ đệm và tên', en: 'Middle and given names' },
  'hint.applicant.givenNames': {
    vi: 'Viết đúng như trên thẻ căn cước hoặc giấy khai sinh, ví dụ: Văn An. Tờ khai sẽ in bằng chữ in hoa',
    en: 'Write them exactly as on the ID card or birth certificate, for example: Văn An. The form prints them in capitals',
  },
  'label.applicant.sex': { vi: 'Giới tính', en: 'Sex' },
  'label.applicant.dateOfBirth': { vi: 'Ngày sinh', en: 'Date of birth' },
  'hint.applicant.dateOfBirth': {
    vi: 'Ngày, tháng, năm sinh như trên thẻ căn cước hoặc giấy khai sinh, ví dụ 12/05/1990',
    en: 'Day, month and year as on the ID card or birth certificate, for example 12/05/1990',
  },
  'label.applicant.placeOfBirth': { vi: 'Nơi sinh', en: 'Place of birth' },
  'hint.applicant.placeOfBirth': {
    vi: 'Ghi tỉnh hoặc thành phố nơi sinh như trên giấy khai sinh; nếu sinh ra ở nước ngoài thì ghi tên nước',
    en: 'The province or city of birth as on the birth certificate; if born abroad, the name of the country',
  },
  'label.applicant.personalId': { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
  'hint.applicant.personalId': {
    vi: 'Gồm 12 chữ số, in trên thẻ căn cước (căn cước công dân)',
    en: 'The 12 digits printed on the citizen ID card',
  },
  'label.applicant.ethnicity': { vi: 'Dân tộc', en: 'Ethnic group' },
  'hint.applicant.ethnicity': { vi: 'Ví dụ: Kinh, Tày, Nùng', en: 'For example: Kinh, Tày, Nùng' },
  'label.applicant.religion': { vi: 'Tôn giáo', en: 'Religion' },
  'hint.applicant.religion': {
    vi: 'Ghi “Không” nếu không theo tôn giáo nào',
    en: 'Write “Không” (none) if you have no religion',
  },
  'label.applicant.phone': { vi: 'Số điện thoại', en: 'Phone number' },
  'hint.applicant.phone': {
    vi: 'Số di động gồm 10 chữ số, ví dụ 0912 345 678, hoặc số cố định kèm mã vùng; cơ quan xuất nhập cảnh có thể gọi hoặc nhắn tin vào số này',
    en: 'A 10-digit mobile number, for example 0912 345 678, or a fixed number with its area code; the immigration office may call or text it',
  },
  'label.applicant.email': { vi: 'Địa chỉ email', en: 'Email address' },
  'hint.applicant.email': {
    vi: 'Không bắt buộc và không in trên tờ khai',
    en: 'Optional; it is not printed on the form',
  },
  'label.applicant.permanentAddress': { vi: 'Nơi thường trú', en: 'Permanent residence' },
  'hint.applicant.permanentAddress': {
    vi: 'Số nhà, đường hoặc thôn, xã hoặc phường, tỉnh hoặc thành phố, như đã đăng ký thường trú',
    en: 'House number, street or village, commune or ward, province or city, as registered',
  },
  'label.applicant.temporaryAddress': { vi: 'Nơi tạm trú', en: 'Temporary residence' },
  'hint.applicant.temporaryAddress': {
    vi: 'Chỉ ghi nếu đã đăng ký tạm trú ở nơi khác nơi thường trú',
    en: 'Only if a temporary residence is registered somewhere else',
  },
  'label.applicant.currentAddress': { vi: 'Nơi ở hiện tại', en: 'Current address' },
  'action.copy.permanentAddress': { vi: 'Giống nơi thường trú', en: 'Same as permanent residence' },
  'status.copy.permanentAddress': { vi: 'Đã chép nơi thường trú vào nơi ở hiện tại.', en: 'Permanent residence copied to current residence.' },
  'action.copy.representativeAddress': { vi: 'Giống địa chỉ thường trú của người đại diện', en: 'Same as the representative’s permanent address' },
  'status.copy.representativeAddress': {
    vi: 'Đã chép địa chỉ thường trú của người đại diện vào nơi thường trú của trẻ.',
    en: 'The representative’s permanent address copied to the child’s permanent residence.',
  },
  'hint.applicant.currentAddress': {
    vi: 'Nơi đang sinh sống, kể cả khi giống nơi thường trú',
    en: 'Where you live now, even if it is the same as the permanent residence',
  },
  'label.applicant.occupation': { vi: 'Nghề nghiệp', en: 'Occupation' },
  'hint.applicant.occupation': { vi: 'Ví dụ: Giáo viên, Sinh viên, Làm ruộng', en: 'For example: teacher, student, farmer' },
  'label.applicant.employer': { vi: 'Tên và địa chỉ cơ quan', en: 'Employer’s name and address' },
  'hint.applicant.employer': {
    vi: 'Nếu có: tên cơ quan, trường học hoặc doanh nghiệp và địa chỉ',
    en: 'If any: the name and address of your employer, school or business',
  },

  // Family (item 12 of TK01)
  'label.family.father.fullName': { vi: 'Họ và tên cha', en: 'Father’s full name' },
  'label.family.father.dateOfBirth': { vi: 'Ngày sinh của cha', en: 'Father’s date of birth' },
  'label.family.mother.fullName': { vi: 'Họ và tên mẹ', en: 'Mother’s full name' },
  'label.family.mother.dateOfBirth': { vi: 'Ngày sinh của mẹ', en: 'Mother’s date of birth' },
  'label.family.spouse.fullName': { vi: 'Họ và tên vợ hoặc chồng', en: 'Spouse’s full name' },
  'label.family.spouse.dateOfBirth': { vi: 'Ngày sinh của vợ hoặc chồng', en: 'Spouse’s date of birth' },
  'hint.family.fullName': {
    vi: 'Bỏ trống cả dòng nếu không có hoặc không biết',
    en: 'Leave the whole row empty if there is none or you do not know',
  },
  'hint.family.dateOfBirth': {
    vi: 'Ngày, tháng, năm sinh; nếu chỉ biết năm sinh thì ghi năm, ví dụ 1960',
    en: 'Day, month and year; if only the year is known, the year, for example 1960',
  },

  // Previous passport
  'label.previousPassport.number': { vi: 'Số hộ chiếu cấp lần gần nhất', en: 'Number of the most recent passport' },
  'hint.previousPassport.number': {
    vi: 'Nếu đã từng được cấp hộ chiếu phổ thông: số in ở trang thông tin, ví dụ C1234567',
    en: 'If you have had an ordinary passport: the number on its data page, for example C1234567',
  },
  'label.previousPassport.issueDate': { vi: 'Ngày cấp hộ chiếu', en: 'Passport issue date' },
  'hint.previousPassport.issueDate': {
    vi: 'Ngày cấp in ở trang thông tin của hộ chiếu đó',
    en: 'The issue date on the data page of that passport',
  },

  // Request
  'label.request.reason': { vi: 'Loại đề nghị', en: 'Type of application' },
  'hint.request.reason': {
    vi: 'Chọn cấp lần đầu nếu chưa từng được cấp hộ chiếu phổ thông',
    en: 'Choose first passport only if you have never had an ordinary passport',
  },
  'label.request.details': { vi: 'Nội dung chi tiết', en: 'Details' },
  'hint.request.details': {
    vi: 'Ghi rõ lý do, ví dụ hộ chiếu bị mất khi nào và đã trình báo mất chưa',
    en: 'Give the reason, for example when the passport was lost and whether the loss was reported',
  },
  'label.request.chip': { vi: 'Loại hộ chiếu', en: 'Type of passport' },
  'hint.request.chip': {
    vi: 'Hộ chiếu gắn chíp điện tử chỉ cấp cho người từ đủ 14 tuổi. Lần đầu đề nghị hộ chiếu gắn chíp, bạn sẽ được thu thập vân tay tại nơi nộp hồ sơ. Lệ phí hai loại như nhau',
    en: 'A chip passport is issued only from the age of 14. The first time you ask for one, your fingerprints are taken where you apply. Both types cost the same',
  },

  // Legal representative (part A of TK01a)
  'label.representative.fullName': { vi: 'Họ và tên người đại diện', en: 'Representative’s full name' },
  'hint.representative.fullName': {
    vi: 'Cha, mẹ hoặc người giám hộ, viết như trên thẻ căn cước',
    en: 'The parent or guardian, as written on their ID card',
  },
  'label.representative.dateOfBirth': { vi: 'Ngày sinh người đại diện', en: 'Representative’s date of birth' },
  'label.representative.sex': { vi: 'Giới tính người đại diện', en: 'Representative’s sex' },
  'label.representative.idNumber': { vi: 'Số căn cước hoặc chứng minh nhân dân', en: 'ID card number' },
  'hint.representative.idNumber': {
    vi: 'Số định danh cá nhân 12 chữ số trên thẻ căn cước; hoặc số chứng minh nhân dân cũ 9 chữ số',
    en: 'The 12-digit number on the citizen ID card, or a former 9-digit identity card number',
  },
  'label.representative.idIssueDate': { vi: 'Ngày cấp thẻ', en: 'Card issue date' },
  'hint.representative.idIssueDate': {
    vi: 'Ngày cấp in trên thẻ căn cước hoặc chứng minh nhân dân',
    en: 'The issue date printed on the card',
  },
  'label.representative.permanentAddress': { vi: 'Địa chỉ thường trú của người đại diện', en: 'Representative’s permanent address' },
  'label.representative.phone': { vi: 'Số điện thoại người đại diện', en: 'Representative’s phone number' },
  'label.representative.relationship': { vi: 'Quan hệ với trẻ', en: 'Relationship to the child' },
  'hint.representative.relationship': {
    vi: 'Ví dụ: Cha, Mẹ, Người giám hộ',
    en: 'For example: Cha (father), Mẹ (mother), Người giám hộ (guardian)',
  },

  // Fee-refund account (TK01 and TK01a of Thông tư 69/2026)
  'label.feeRefund.accountNumber': { vi: 'Số tài khoản nhận hoàn lệ phí', en: 'Account number for a fee refund' },
  'hint.feeRefund.accountNumber': {
    vi: 'Không bắt buộc: dùng để hoàn lại lệ phí nếu hồ sơ không được giải quyết',
    en: 'Optional: used to refund the fee if the application is not granted',
  },
  'label.feeRefund.accountHolder': { vi: 'Tên chủ tài khoản', en: 'Account holder' },
  'hint.feeRefund.accountHolder': {
    vi: 'Như ngân hàng ghi, sẽ in bằng chữ in hoa',
    en: 'As the bank writes it; printed in capitals',
  },
  'label.feeRefund.bankName': { vi: 'Tên ngân hàng', en: 'Bank' },
  'hint.feeRefund.bankName': {
    vi: 'Gõ vài chữ để chọn trong danh sách (ví dụ: Vietcombank, BIDV), hoặc ghi tên ngân hàng khác',
    en: 'Type a few letters to choose from the list (for example Vietcombank, BIDV), or write another bank’s name',
  },

  // Submission (not printed, except place and date)
  'label.submission.date': { vi: 'Ngày nộp hồ sơ', en: 'Date of submission' },
  'hint.submission.date': {
    vi: 'Ngày dự kiến nộp; ngày này quyết định mẫu tờ khai, lệ phí và ngày hẹn trả',
    en: 'The day you plan to submit; it decides the form, the fee and the return date',
  },
  'label.submission.place': { vi: 'Nơi ký tờ khai', en: 'Place of signing' },
  'hint.submission.place': {
    vi: 'Tỉnh hoặc thành phố ghi trước ngày ký, ví dụ Lạng Sơn',
    en: 'The province or city written before the date of signing, for example Lạng Sơn',
  },
  'label.submission.channel': { vi: 'Cách nộp hồ sơ', en: 'How you submit' },
  'label.submission.delivery': { vi: 'Cách nhận hộ chiếu', en: 'How you get the passport' },
  'label.submission.postalAddress': { vi: 'Địa chỉ nhận hộ chiếu qua bưu chính', en: 'Postal address for the passport' },
  'hint.submission.postalAddress': {
    vi: 'Địa chỉ đầy đủ để bưu điện chuyển hộ chiếu; phí chuyển phát do người nhận trả',
    en: 'The full address the post office delivers to; you pay the delivery fee',
  },
  'label.submission.office': { vi: 'Nơi nộp hồ sơ', en: 'Office' },

  // Options
  'option.sex.male': { vi: 'Nam', en: 'Male' },
  'option.sex.female': { vi: 'Nữ', en: 'Female' },
  'option.reason.first': { vi: 'Cấp lần đầu', en: 'First passport' },
  'option.reason.renewal': { vi: 'Cấp từ lần thứ hai (đã từng có hộ chiếu)', en: 'New passport (I have had one before)' },
  'option.reason.lost': { vi: 'Cấp lại do bị mất', en: 'Replacement for a lost passport' },
  'option.reason.damaged': { vi: 'Cấp lại do bị hỏng', en: 'Replacement for a damaged passport' },
  'option.reason.other': { vi: 'Đề nghị khác', en: 'Something else' },
  'option.chip.yes': { vi: 'Hộ chiếu có gắn chíp điện tử', en: 'Passport with an electronic chip' },
  'option.chip.no': { vi: 'Hộ chiếu không gắn chíp điện tử', en: 'Passport without a chip' },
  'option.channel.in-person': { vi: 'Nộp trực tiếp tại cơ quan xuất nhập cảnh', en: 'In person at the immigration office' },
  'option.channel.online': { vi: 'Nộp trực tuyến trên Cổng dịch vụ công', en: 'Online on the public service portal' },
  'option.delivery.office': { vi: 'Nhận trực tiếp tại nơi nộp', en: 'Collect it at the office' },
  'option.delivery.post': { vi: 'Nhận qua bưu chính', en: 'By post' },
});
