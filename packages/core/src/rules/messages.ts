/**
 * Messages of the validation rules (vi source, en translation), GOV.UK style:
 * each says what to do, in plain words, and names the law when a rule comes
 * from one. `{field}` is filled with a field label id (translated by
 * `formatMessage`). Ids are named after the rule: `error.<rule>.<problem>`
 * blocks, `warning.<rule>.<problem>` informs.
 */
import { defineMessages } from '../messages/define.js';

export const rulesMessages = defineMessages({
  // Whole declaration
  'error.declaration.notAnObject': {
    vi: 'Không đọc được tờ khai. Hãy mở lại bản nháp đã lưu hoặc khai lại từ đầu',
    en: 'The declaration cannot be read. Open the saved draft again or start again',
  },
  'error.schemaVersion.unsupported': {
    vi: 'Bản nháp này được lưu bởi một phiên bản khác của công cụ. Hãy khai lại tờ khai',
    en: 'This draft was saved by another version of the tool. Fill in the declaration again',
  },
  'error.value.tooDeep': {
    vi: 'Không đọc được tờ khai: dữ liệu lồng nhau quá {max} cấp. Hãy mở lại bản nháp đã lưu hoặc khai lại từ đầu',
    en: 'The declaration cannot be read: its data is nested more than {max} levels deep. Open the saved draft again or start again',
  },
  'error.value.unknownKey': {
    vi: 'Tờ khai có mục “{key}” không thuộc mẫu. Hãy xóa mục này',
    en: 'The declaration has an entry “{key}” that is not part of the form. Remove it',
  },
  'error.value.unknownKeys': {
    vi: 'Tờ khai còn {count} mục khác không thuộc mẫu. Hãy xóa các mục này',
    en: 'The declaration has {count} more entries that are not part of the form. Remove them',
  },
  'error.value.notAGroup': {
    vi: 'Mục “{key}” phải là một nhóm thông tin (đối tượng JSON) hoặc null, không phải một giá trị đơn',
    en: 'The entry “{key}” must be a group of values (a JSON object) or null, not a single value',
  },
  'error.value.wrongType': { vi: 'Nhập lại {field}', en: 'Enter {field} again' },
  'error.value.notAnOption': { vi: 'Chọn lại {field} trong danh sách', en: 'Select {field} again from the list' },

  // Free text
  'error.text.unsupportedCharacters': {
    vi: '{field} có ký tự không in được trên tờ khai: {characters}. Hãy xóa các ký tự này hoặc thay bằng chữ cái, chữ số hoặc dấu câu thông thường',
    en: '{field} has characters that cannot be printed on the form: {characters}. Remove them or use ordinary letters, digits or punctuation instead',
  },

  // Names
  'error.name.digits': {
    vi: '{field} chỉ gồm chữ cái, không có chữ số',
    en: '{field} must contain letters only, not numbers',
  },
  'error.name.characters': {
    vi: '{field} chỉ gồm chữ cái, dấu cách, dấu gạch nối và dấu nháy đơn. Hãy xóa ký tự “{char}”',
    en: '{field} can only contain letters, spaces, hyphens and apostrophes. Remove “{char}”',
  },
  'error.name.punctuation': {
    vi: 'Trong {field}, dấu gạch nối và dấu nháy đơn phải đứng giữa hai chữ cái, ví dụ H’Hen',
    en: 'In {field}, hyphens and apostrophes must come between two letters, as in H’Hen',
  },

  // Dates
  'error.date.fullDateRequired': {
    vi: 'Nhập đầy đủ ngày, tháng, năm của {field}',
    en: 'Enter the day, month and year of {field}',
  },
  'error.date.beforeBirth': {
    vi: '{field} phải sau ngày sinh. Hãy kiểm tra lại',
    en: '{field} must be after the date of birth. Check it again',
  },
  'error.dateOfBirth.tooOld': {
    vi: '{field} không thể cách ngày nộp hồ sơ quá {years} năm. Hãy kiểm tra lại năm sinh',
    en: '{field} cannot be more than {years} years before the date of submission. Check the year',
  },
  'error.dateOfBirth.yearOnlyAmbiguous': {
    vi: 'Nhập đầy đủ ngày, tháng, năm sinh. Chỉ với năm sinh thì không biết người đề nghị đã đủ 14 tuổi hay chưa, nên không chọn được mẫu tờ khai (TK01 hay TK01a)',
    en: 'Enter the full date of birth. With the year alone we cannot tell whether the applicant is 14 yet, so we cannot choose the form (TK01 or TK01a)',
  },
  'warning.dateOfBirth.before1900': {
    vi: '{field} là năm {year}, trước năm 1900. Hãy kiểm tra lại năm sinh',
    en: '{field} is in {year}, before 1900. Check the year of birth',
  },
  'warning.dateOfBirth.yearOnly': {
    vi: 'Mới có năm sinh. Nếu giấy tờ ghi đủ ngày, tháng, năm sinh thì hãy nhập đủ',
    en: 'Only the year of birth is given. If the papers show the full date of birth, enter it',
  },

  // Personal identification number (12 digits) and the representative's ID
  'error.personalId.format': {
    vi: 'Nhập {field} gồm đúng 12 chữ số',
    en: 'Enter {field} as exactly 12 digits',
  },
  'warning.personalId.unknownProvinceCode': {
    vi: 'Ba chữ số đầu ({code}) không phải mã nơi đăng ký khai sinh của tỉnh, thành phố nào. Nếu được đăng ký khai sinh ở nước ngoài thì có thể vẫn đúng; nếu không, hãy kiểm tra lại số trên thẻ căn cước',
    en: 'The first three digits ({code}) are not the birth registration code of any province. This can be right for a birth registered abroad; otherwise check the number on the ID card',
  },
  'error.personalId.sexMismatch': {
    vi: 'Chữ số thứ tư của {field} không khớp với giới tính đã chọn. Hãy kiểm tra lại số trên thẻ căn cước và giới tính',
    en: 'The 4th digit of {field} does not match the sex selected. Check the number on the ID card, and the sex',
  },
  'error.personalId.centuryMismatch': {
    vi: 'Chữ số thứ tư của {field} ứng với người sinh trong thế kỷ khác năm sinh {year}. Hãy kiểm tra lại số và năm sinh',
    en: 'The 4th digit of {field} is for people born in another century than {year}. Check the number and the year of birth',
  },
  'error.personalId.yearMismatch': {
    vi: 'Chữ số thứ năm và thứ sáu của {field} phải là hai số cuối của năm sinh ({expected}). Hãy kiểm tra lại số và năm sinh',
    en: 'The 5th and 6th digits of {field} must be the last two digits of the year of birth ({expected}). Check the number and the year of birth',
  },
  'warning.personalId.childWithoutId': {
    vi: 'Nếu trẻ chưa có số định danh cá nhân, hãy nộp kèm bản sao giấy khai sinh hoặc trích lục khai sinh',
    en: 'If the child has no personal identification number yet, add a copy of the birth certificate or birth registration extract',
  },
  'error.representativeId.format': {
    vi: 'Nhập số định danh cá nhân 12 chữ số trên thẻ căn cước, hoặc số chứng minh nhân dân cũ 9 chữ số',
    en: 'Enter the 12-digit number on the ID card, or a former 9-digit identity card number',
  },
  'warning.representativeId.cmndExpired': {
    vi: 'Chứng minh nhân dân chỉ được dùng đến hết ngày 31/12/2024 (Luật Căn cước 2023, Điều 46). Nếu người đại diện đã có thẻ căn cước, hãy nhập số định danh cá nhân 12 chữ số',
    en: 'The old identity card (CMND) could only be used until 31/12/2024 (Law on Identification 2023, Article 46). If the representative has a new ID card, enter its 12-digit number',
  },

  // Phone and email
  'error.phone.format': {
    vi: 'Nhập số di động gồm 10 chữ số (ví dụ 0912 345 678) hoặc số cố định kèm mã vùng gồm 11 chữ số (ví dụ 024 3826 1234), bắt đầu bằng 0 hoặc +84',
    en: 'Enter a 10-digit mobile number (for example 0912 345 678) or an 11-digit fixed number with its area code (for example 024 3826 1234), starting with 0 or +84',
  },
  'warning.phone.unknownPrefix': {
    vi: 'Đầu số {prefix} không có trong danh sách đầu số di động đã biết. Hãy kiểm tra lại số điện thoại',
    en: 'The prefix {prefix} is not a known mobile prefix. Check the phone number',
  },
  'error.email.format': {
    vi: 'Nhập địa chỉ email đúng dạng, ví dụ ten@example.com',
    en: 'Enter an email address in the correct format, like name@example.com',
  },

  // Family rows
  'error.family.incompleteRow': {
    vi: 'Nhập {field}, hoặc xóa cả dòng này nếu không khai',
    en: 'Enter {field}, or clear the whole row',
  },
  'warning.family.parentNotOlder': {
    vi: '{field} phải trước ngày sinh của người đề nghị cấp hộ chiếu. Hãy kiểm tra lại',
    en: '{field} must be before the applicant’s date of birth. Check it again',
  },
  'warning.family.parentTooYoung': {
    vi: '{field} chỉ cách ngày sinh của người đề nghị {years} năm, ít hơn {min} năm. Hãy kiểm tra lại',
    en: '{field} is only {years} years before the applicant’s date of birth, less than {min}. Check it again',
  },
  'warning.family.spouseUnderMarriageableAge': {
    vi: 'Theo Luật Hôn nhân và gia đình 2014 (Điều 8), nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi mới được kết hôn, nhưng người đề nghị mới {age} tuổi. Hãy kiểm tra lại thông tin vợ hoặc chồng',
    en: 'Under the Law on Marriage and Family 2014 (Article 8), men may marry from 20 and women from 18, but the applicant is {age}. Check the spouse details',
  },

  // Previous passport
  'error.previousPassport.numberCharacters': {
    vi: 'Số hộ chiếu chỉ gồm chữ cái và chữ số, ví dụ C1234567. Hãy xóa các ký tự khác',
    en: 'A passport number only has letters and digits, for example C1234567. Remove the other characters',
  },
  'warning.previousPassport.unusualNumber': {
    vi: 'Số hộ chiếu thường gồm 1 hoặc 2 chữ cái và 7 hoặc 8 chữ số, ví dụ C1234567. Hãy kiểm tra lại số trên trang thông tin của hộ chiếu',
    en: 'A passport number usually has 1 or 2 letters and 7 or 8 digits, for example C1234567. Check the number on the passport’s data page',
  },
  'error.previousPassport.incomplete': {
    vi: 'Nhập {field}, hoặc xóa cả số và ngày cấp nếu chưa từng được cấp hộ chiếu',
    en: 'Enter {field}, or clear both the number and the date if you never had a passport',
  },

  // Request
  'error.request.firstIssueWithPreviousPassport': {
    vi: 'Bạn đã khai hộ chiếu cấp lần gần nhất, nên đây không phải lần cấp đầu tiên. Hãy chọn cấp từ lần thứ hai, hoặc cấp lại do bị mất hay bị hỏng. Khai không đúng sự thật để được cấp hộ chiếu có thể bị xử phạt vi phạm hành chính (Nghị định 144/2021/NĐ-CP, Điều 18)',
    en: 'You entered a previous passport, so this is not a first passport. Choose a new passport or a replacement for a lost or damaged one. Making a false declaration to get a passport can be fined (Decree 144/2021/NĐ-CP, Article 18)',
  },
  'warning.request.previousPassportMissing': {
    vi: 'Nếu còn nhớ, hãy nhập số và ngày cấp của hộ chiếu cấp lần gần nhất',
    en: 'If you remember them, enter the number and issue date of your most recent passport',
  },
  'warning.request.describeLoss': {
    vi: 'Hãy ghi rõ hộ chiếu bị mất khi nào, ở đâu, và đã có đơn trình báo mất chưa',
    en: 'Say when and where the passport was lost, and whether the loss was reported',
  },
  'warning.request.describeDamage': {
    vi: 'Hãy ghi rõ hộ chiếu bị hỏng như thế nào',
    en: 'Say how the passport was damaged',
  },
  'error.request.detailsRequired': {
    vi: 'Nhập nội dung đề nghị và ghi rõ lý do',
    en: 'Enter what you are asking for and why',
  },
  'error.request.chipUnder14': {
    vi: 'Người chưa đủ 14 tuổi chỉ được cấp hộ chiếu không gắn chíp điện tử (Luật Xuất cảnh, nhập cảnh của công dân Việt Nam, Điều 6 khoản 2). Hãy chọn hộ chiếu không gắn chíp',
    en: 'A child under 14 can only get a passport without a chip (Law on Exit and Entry of Vietnamese Citizens, Article 6(2)). Choose a passport without a chip',
  },

  // Legal representative (TK01a)
  'error.representative.missing': {
    vi: 'Nhập thông tin người đại diện hợp pháp: với người chưa đủ 14 tuổi, cha, mẹ hoặc người giám hộ khai và ký thay',
    en: 'Enter the legal representative: for a child under 14, a parent or guardian fills in and signs the form',
  },
  'error.representative.notAdult': {
    vi: 'Người đại diện hợp pháp phải từ đủ 18 tuổi trở lên, nhưng mới {age} tuổi. Hãy kiểm tra lại ngày sinh hoặc chọn người đại diện khác',
    en: 'The legal representative must be 18 or over, but is {age}. Check the date of birth or choose another representative',
  },

  // Form choice
  'error.form.mustBeTK01': {
    vi: 'Người đề nghị đã đủ 14 tuổi từ ngày {birthday}, nên phải khai mẫu TK01 (dành cho người từ 14 tuổi trở lên), không phải TK01a',
    en: 'The applicant turned 14 on {birthday}, so the form is TK01 (for people aged 14 and over), not TK01a',
  },
  'error.form.mustBeTK01a': {
    vi: 'Người đề nghị chưa đủ 14 tuổi vào ngày nộp hồ sơ (đủ 14 tuổi vào ngày {birthday}), nên phải khai mẫu TK01a, do người đại diện hợp pháp khai và ký thay',
    en: 'The applicant is not yet 14 on the date of submission (turns 14 on {birthday}), so the form is TK01a, filled in and signed by a legal representative',
  },
  'error.form.unknown': { vi: 'Chọn mẫu tờ khai TK01 hoặc TK01a', en: 'Select form TK01 or TK01a' },

  // Submission
  'warning.submission.dateInPast': {
    vi: 'Ngày nộp hồ sơ đã qua. Hãy chọn ngày nộp từ hôm nay trở đi, vì ngày này quyết định mẫu tờ khai và lệ phí',
    en: 'The date of submission has passed. Choose today or a later date, as it decides the form and the fee',
  },
  'error.submission.onlineNeedsChipId': {
    vi: 'Nộp hồ sơ trực tuyến cần thẻ căn cước gắn chíp và tài khoản Cổng dịch vụ công của người khai. Hãy nhập số định danh cá nhân 12 chữ số của {field}, hoặc chọn nộp trực tiếp',
    en: 'Applying online needs the declarant’s chip ID card and public service portal account. Enter the 12-digit number for {field}, or choose to apply in person',
  },

  // Fee-refund account (TK01, Thông tư 69/2026)
  'error.feeRefund.incomplete': {
    vi: 'Nhập {field}, hoặc xóa cả ba thông tin tài khoản nếu không cần hoàn lệ phí qua tài khoản',
    en: 'Enter {field}, or clear all three account details if you do not need a refund to an account',
  },
  'error.bankAccount.format': {
    vi: 'Số tài khoản nhận hoàn lệ phí chỉ gồm chữ số. Hãy nhập lại đúng số tài khoản ngân hàng',
    en: 'The account number for a fee refund has digits only. Enter the bank account number again',
  },
  'error.bankAccount.length': {
    vi: 'Số tài khoản nhận hoàn lệ phí gồm từ {min} đến {max} chữ số. Hãy kiểm tra lại',
    en: 'The account number for a fee refund has {min} to {max} digits. Check it again',
  },
  'warning.bankName.unknown': {
    vi: 'Tên ngân hàng không có trong danh sách. Hãy kiểm tra lại tên đầy đủ của ngân hàng; nếu đúng, có thể giữ nguyên',
    en: 'This bank is not in the list. Check the bank’s full name; if it is right, you can keep it',
  },
});
