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
  help: `hochieu: kiểm tra tờ khai hộ chiếu (TK01/TK01a) và tạo tệp PDF, DOCX.

Cách dùng:
  hochieu check <tệp|->                 kiểm tra tờ khai (JSON)
  hochieu plan <tệp|->                  mẫu, lệ phí, ngày hẹn, hồ sơ, nơi nộp
  hochieu pdf <tệp|-> -o to-khai.pdf    tạo tờ khai PDF
  hochieu docx <tệp|-> -o to-khai.docx  tạo tờ khai DOCX
  hochieu blank --form TK01|TK01a [--date YYYY-MM-DD] [--docx] -o mau.pdf   mẫu để trống (mẫu áp dụng vào ngày đó)
  hochieu dossier <tệp|-> --photo a.jpg --id-front t.jpg --id-back s.jpg [--attach vai-tro=tep …] -o ho-so.zip

Tùy chọn:
  -o, --output <tệp>   tệp kết quả (ghi trọn vẹn hoặc không ghi gì)
  --date YYYY-MM-DD    ngày dùng để kiểm tra (ngày nộp) và chọn mẫu; mặc định hôm nay theo giờ Việt Nam
  --lang vi|en         ngôn ngữ thông báo (mặc định vi)
  --json               kết quả dạng JSON (check, plan)
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
  help: `hochieu: check a passport declaration (TK01/TK01a) and make its PDF or DOCX.

Usage:
  hochieu check <file|->                 check a declaration (JSON)
  hochieu plan <file|->                  form, fee, due date, documents, office
  hochieu pdf <file|-> -o to-khai.pdf    make the declaration as PDF
  hochieu docx <file|-> -o to-khai.docx  make the declaration as DOCX
  hochieu blank --form TK01|TK01a [--date YYYY-MM-DD] [--docx] -o form.pdf   blank form (the version in force on that date)
  hochieu dossier <file|-> --photo p.jpg --id-front f.jpg --id-back b.jpg [--attach role=file …] -o dossier.zip

Options:
  -o, --output <file>  output file (written whole or not at all)
  --date YYYY-MM-DD    date the checks use (the submission day), which also picks the form; default today in Vietnam
  --lang vi|en         language of the messages (default vi)
  --json               machine-readable output (check, plan)
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
