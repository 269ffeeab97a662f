/**
 * The command line's own words, Vietnamese first (`--lang vi`, the default)
 * and English. Declaration issues are worded by core's message table; these
 * are the CLI's status lines, usage errors and help. A missing key in one
 * language is a compile error.
 */
export type CliLocale = 'vi' | 'en';

const vi = {
  usage: 'Cách dùng: hochieu <lệnh> [tệp|-] [tùy chọn]. Xem: hochieu --help',
  unknownCommand: 'Lệnh không xác định: {command}.',
  unknownOption: 'Tùy chọn không hợp lệ: {detail}',
  missingInput: 'Thiếu tệp tờ khai (đường dẫn tệp JSON, hoặc - để đọc từ đầu vào chuẩn).',
  extraArgument: 'Thừa đối số: {arg}.',
  missingOutput: 'Thiếu tùy chọn -o <tệp kết quả>.',
  badDate: 'Ngày không hợp lệ: {value} (cần dạng YYYY-MM-DD).',
  badLang: 'Ngôn ngữ không hợp lệ: {value} (vi hoặc en).',
  badForm: 'Mẫu không hợp lệ: {value} (TK01 hoặc TK01a).',
  optionNotFor: 'Tùy chọn {option} không dùng được với lệnh {command}.',
  unreadable: 'Không đọc được tệp {file}: {reason}',
  badJson: 'Tệp {file} không phải JSON hợp lệ: {reason}',
  badPhoto: 'Ảnh {file} không phải JPEG hoặc PNG.',
  badConfig: 'Cấu hình {file} không hợp lệ:',
  retiredVersions: 'Lưu ý: "enabledFormVersions" trong {file} không còn tác dụng; mẫu tờ khai theo ngày nộp (Thông tư 69/2026 từ 01/7/2026). Để giữ mẫu năm 2023, dùng "pinnedFormVersion": "TT31_2023".',
  writeFailed: 'Không ghi được tệp {file}: {reason}',
  notRegularFile: 'Không đọc {file}: đây không phải tệp thông thường (thiết bị, ống dẫn hay thư mục).',
  inputTooLarge: 'Tệp {file} quá lớn: tối đa {max} cho loại tệp này.',
  unsafeTarget: 'Không ghi đè {file}: đây không phải tệp thông thường (liên kết tượng trưng, thiết bị, ống dẫn hay thư mục).',
  linkedTarget: 'Không ghi đè {file}: tệp này còn có {count} tên khác (liên kết cứng); ghi đè sẽ tách chúng. Hãy chọn tên khác.',
  outputIsInput: 'Tệp kết quả {file} trùng với một tệp đầu vào; hãy chọn tên khác để không ghi đè dữ liệu.',
  tooDeepJson: 'Tệp {file} lồng nhau quá {max} cấp, không phải tờ khai hay cấu hình.',
  internalError: 'Lỗi nội bộ ({reason}). Hãy báo lỗi kèm lệnh đã chạy.',
  interrupted: 'Đã dừng ({signal}); không có tệp nào được ghi.',
  valid: 'Tờ khai hợp lệ ({form}, {version}).',
  validWithWarnings: 'Tờ khai hợp lệ ({form}, {version}), có {count} lưu ý:',
  invalid: 'Tờ khai có {count} lỗi, chưa thể tạo tệp:',
  invalidCheck: 'Tờ khai có {count} lỗi:',
  dossierInvalid: 'Hồ sơ có {count} lỗi, chưa thể tạo tệp ZIP:',
  errorLabel: 'Lỗi',
  warningLabel: 'Lưu ý',
  written: 'Đã ghi {file} ({bytes} byte).',
  planForm: 'Mẫu tờ khai',
  planDate: 'Ngày nộp',
  planAge: 'Tuổi',
  planFee: 'Lệ phí',
  planDue: 'Ngày hẹn trả kết quả',
  planDueEstimated: '(ước tính)',
  planDocuments: 'Hồ sơ cần chuẩn bị',
  planOffice: 'Nơi nộp',
  planUnknown: 'Chưa xác định được',
  dong: 'đồng',
  required: 'bắt buộc',
  conditional: 'tùy trường hợp',
  dossierUnavailable: 'Lệnh dossier chưa có trong bản này.',
  dataStatusHead: 'Dữ liệu của hochieu được kiểm tra đến ngày {dataDate} ({count} mục). Ngày xét: {date}.',
  dataStatusStaleCount: 'Cần cập nhật vào ngày {date}: {count} mục (đánh dấu CŨ).',
  dataStatusChecked: 'kiểm tra ngày',
  dataStatusValid: 'hiệu lực',
  dataStatusOpen: 'không thời hạn',
  dataStatusConfidence: 'độ tin cậy',
  dataStatusFreshUntil: 'còn mới đến',
  dataStatusSource: 'nguồn',
  dataStatusNext: 'tiếp theo',
  dataStatusStale: 'CŨ',
  dataStatusReasonOld: 'kiểm tra đã quá 12 tháng',
  dataStatusReasonEnded: 'đã hết thời hạn, đang dùng quy định dự phòng',
  help: `hochieu: kiểm tra tờ khai hộ chiếu (TK01/TK01a) và tạo tệp PDF, DOCX.

Cách dùng:
  hochieu check <tệp|->                 kiểm tra tờ khai (JSON)
  hochieu plan <tệp|->                  mẫu, lệ phí, ngày hẹn, hồ sơ, nơi nộp
  hochieu pdf <tệp|-> -o to-khai.pdf    tạo tờ khai PDF
  hochieu docx <tệp|-> -o to-khai.docx  tạo tờ khai DOCX
  hochieu blank --form TK01|TK01a [--date YYYY-MM-DD] [--docx] -o mau.pdf   mẫu để trống (mẫu áp dụng vào ngày đó)
  hochieu dossier <tệp|-> --photo a.jpg --id-front t.jpg --id-back s.jpg [--attach vai-tro=tep …] -o ho-so.zip
  hochieu data-status [--json]          các dữ liệu có thời hạn: nguồn, ngày kiểm tra, hiệu lực

Tùy chọn:
  -o, --output <tệp>   tệp kết quả (ghi trọn vẹn hoặc không ghi gì)
  --date YYYY-MM-DD    ngày dùng để kiểm tra (ngày nộp) và chọn mẫu; mặc định hôm nay theo giờ Việt Nam
  --lang vi|en         ngôn ngữ thông báo (mặc định vi)
  --json               kết quả dạng JSON (check, plan, data-status)
  --qr                 in mã QR chứa dữ liệu tờ khai (pdf, docx)
  --photo <ảnh>        ảnh chân dung JPEG hoặc PNG, đặt vào khung 4 x 6 cm
  --config <tệp>       cấu hình của trang (JSON), ví dụ giữ mẫu năm 2023: {"pinnedFormVersion": "TT31_2023"}
  -h, --help           hiển thị hướng dẫn này

Mã thoát: 0 thành công; 1 tờ khai có lỗi (không ghi tệp); 2 lỗi cách dùng hoặc đọc/ghi tệp.`,
};

const en: Record<keyof typeof vi, string> = {
  usage: 'Usage: hochieu <command> [file|-] [options]. See: hochieu --help',
  unknownCommand: 'Unknown command: {command}.',
  unknownOption: 'Invalid option: {detail}',
  missingInput: 'Missing declaration file (a JSON file path, or - for standard input).',
  extraArgument: 'Unexpected argument: {arg}.',
  missingOutput: 'Missing option -o <output file>.',
  badDate: 'Invalid date: {value} (expected YYYY-MM-DD).',
  badLang: 'Invalid language: {value} (vi or en).',
  badForm: 'Invalid form: {value} (TK01 or TK01a).',
  optionNotFor: 'Option {option} cannot be used with the {command} command.',
  unreadable: 'Cannot read {file}: {reason}',
  badJson: '{file} is not valid JSON: {reason}',
  badPhoto: 'The photo {file} is not a JPEG or PNG.',
  badConfig: 'The configuration {file} is invalid:',
  retiredVersions: 'Note: "enabledFormVersions" in {file} has no effect any more; the form follows the submission date (Thông tư 69/2026 from 1/7/2026). To keep the 2023 forms, set "pinnedFormVersion": "TT31_2023".',
  writeFailed: 'Cannot write {file}: {reason}',
  notRegularFile: 'Not reading {file}: it is not a regular file (a device, pipe or directory).',
  inputTooLarge: '{file} is too large: at most {max} for this kind of file.',
  unsafeTarget: 'Not replacing {file}: it is not a regular file (a symbolic link, device, pipe or directory).',
  linkedTarget: 'Not replacing {file}: it has {count} other name(s) (hard links) that replacing it would split. Choose another name.',
  outputIsInput: 'The output {file} is one of the input files; choose another name so no data is overwritten.',
  tooDeepJson: '{file} is nested more than {max} levels deep; it is not a declaration or configuration.',
  internalError: 'Internal error ({reason}). Please report it with the command you ran.',
  interrupted: 'Stopped ({signal}); no file was written.',
  valid: 'The declaration is valid ({form}, {version}).',
  validWithWarnings: 'The declaration is valid ({form}, {version}), with {count} warning(s):',
  invalid: 'The declaration has {count} error(s); no file was made:',
  invalidCheck: 'The declaration has {count} error(s):',
  dossierInvalid: 'The dossier has {count} error(s); no ZIP file was made:',
  errorLabel: 'Error',
  warningLabel: 'Warning',
  written: 'Wrote {file} ({bytes} bytes).',
  planForm: 'Form',
  planDate: 'Submission date',
  planAge: 'Age',
  planFee: 'Fee',
  planDue: 'Result due on',
  planDueEstimated: '(estimated)',
  planDocuments: 'Documents to prepare',
  planOffice: 'Where to submit',
  planUnknown: 'Not yet known',
  dong: 'VND',
  required: 'required',
  conditional: 'depending on the case',
  dossierUnavailable: 'The dossier command is not available in this build.',
  dataStatusHead: 'hochieu data checked up to {dataDate} ({count} facts). Date considered: {date}.',
  dataStatusStaleCount: 'To update on {date}: {count} facts (marked STALE).',
  dataStatusChecked: 'checked on',
  dataStatusValid: 'valid',
  dataStatusOpen: 'open-ended',
  dataStatusConfidence: 'confidence',
  dataStatusFreshUntil: 'fresh until',
  dataStatusSource: 'source',
  dataStatusNext: 'next',
  dataStatusStale: 'STALE',
  dataStatusReasonOld: 'checked more than 12 months ago',
  dataStatusReasonEnded: 'ended; a fallback rule is in use',
  help: `hochieu: check a passport declaration (TK01/TK01a) and make its PDF or DOCX.

Usage:
  hochieu check <file|->                 check a declaration (JSON)
  hochieu plan <file|->                  form, fee, due date, documents, office
  hochieu pdf <file|-> -o to-khai.pdf    make the declaration as PDF
  hochieu docx <file|-> -o to-khai.docx  make the declaration as DOCX
  hochieu blank --form TK01|TK01a [--date YYYY-MM-DD] [--docx] -o form.pdf   blank form (the version in force on that date)
  hochieu dossier <file|-> --photo p.jpg --id-front f.jpg --id-back b.jpg [--attach role=file …] -o dossier.zip
  hochieu data-status [--json]           every dated fact: source, checked-on date, validity

Options:
  -o, --output <file>  output file (written whole or not at all)
  --date YYYY-MM-DD    date the checks use (the submission day), which also picks the form; default today in Vietnam
  --lang vi|en         language of the messages (default vi)
  --json               machine-readable output (check, plan, data-status)
  --qr                 print a QR code holding the declaration data (pdf, docx)
  --photo <image>      portrait photo, JPEG or PNG, placed in the 4 x 6 cm frame
  --config <file>      host configuration (JSON), e.g. to keep the 2023 forms: {"pinnedFormVersion": "TT31_2023"}
  -h, --help           show this help

Exit codes: 0 success; 1 invalid declaration (nothing written); 2 usage or file error.`,
};

export type CliStringId = keyof typeof vi;

const tables: Record<CliLocale, Record<CliStringId, string>> = { vi, en };

export function cliText(locale: CliLocale, id: CliStringId, params: Record<string, string | number> = {}): string {
  return tables[locale][id].replace(/\{(\w+)\}/gu, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
