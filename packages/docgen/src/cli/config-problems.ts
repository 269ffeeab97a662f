/**
 * The words of the host configuration problems (core's `checkHostConfig`
 * ids `config.*`) for the CLI's `--config`, in Vietnamese and English: the
 * CLI prints a sentence for each problem, never a raw id (issue 13). The same
 * sentences as the widget's notice for the webmaster (docgen cannot import
 * the widget); an id without a sentence here falls back to a generic line.
 */
import type { HostConfigProblemId } from '@hochieu/core';

type Texts = { readonly vi: string; readonly en: string };

const CONFIG_PROBLEM_TEXTS: Partial<Record<HostConfigProblemId, Texts>> = {
  'config.notObject': {
    vi: 'Cấu hình phải là một đối tượng JSON, dạng { … }.',
    en: 'The configuration must be a JSON object, written { … }.',
  },
  'config.unknownKey': {
    vi: 'Khóa này không có trong định dạng cấu hình (viết sai tên khóa?).',
    en: 'This key is not part of the configuration format (misspelt?).',
  },
  'config.notList': {
    vi: 'Giá trị này phải là một danh sách, dạng [ … ].',
    en: 'This value must be a list, written [ … ].',
  },
  'config.dateInvalid': {
    vi: 'Ngày phải có dạng năm-tháng-ngày (YYYY-MM-DD) và là một ngày có thật.',
    en: 'A date must be written year-month-day (YYYY-MM-DD) and exist.',
  },
  'config.dateRepeated': {
    vi: 'Ngày này đã có ở trên danh sách.',
    en: 'This date is already in the list.',
  },
  'config.dateBothOffAndWorking': {
    vi: 'Ngày này vừa là ngày nghỉ vừa là ngày làm việc; hãy chọn một.',
    en: 'This date is both a day off and a working day; choose one.',
  },
  'config.feeNotObject': {
    vi: 'Mỗi mức lệ phí phải là một đối tượng JSON.',
    en: 'Each fee rule must be a JSON object.',
  },
  'config.feeIdMissing': {
    vi: 'Mức lệ phí cần một mã (id).',
    en: 'A fee rule needs an id.',
  },
  'config.feeIdDuplicate': {
    vi: 'Mã (id) này đã dùng cho một mức lệ phí khác.',
    en: 'This id is already used by another fee rule.',
  },
  'config.feeDateInvalid': {
    vi: 'Ngày phải có dạng năm-tháng-ngày (YYYY-MM-DD) và là một ngày có thật.',
    en: 'A date must be written year-month-day (YYYY-MM-DD) and exist.',
  },
  'config.feeDateOrder': {
    vi: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
    en: 'The end date must be on or after the start date.',
  },
  'config.feeAmountInvalid': {
    vi: 'Số tiền phải là số nguyên đồng, không âm (ví dụ 200000).',
    en: 'An amount must be a whole, non-negative number of đồng (for example 200000).',
  },
  'config.feeBasisMissing': {
    vi: 'Hãy ghi văn bản quy định mức thu (ví dụ “Thông tư số 25/2021/TT-BTC”).',
    en: 'Name the instrument that sets the fee (for example “Thông tư số 25/2021/TT-BTC”).',
  },
  'config.feePriorityInvalid': {
    vi: 'Mức ưu tiên (priority) phải là một số.',
    en: 'The priority must be a number.',
  },
  'config.feeChannelInvalid': {
    vi: 'Kênh nộp chỉ có thể là "in-person" (trực tiếp) hoặc "online" (trực tuyến).',
    en: 'A channel can only be "in-person" or "online".',
  },
  'config.feeFlagInvalid': {
    vi: 'Giá trị này phải là true hoặc false.',
    en: 'This value must be true or false.',
  },
  'config.feeProvenanceInvalid': {
    vi: 'Nguồn (provenance) cần "confidence" (C2, S1, INF hoặc host) và "source".',
    en: 'A provenance needs a "confidence" (C2, S1, INF or host) and a "source".',
  },
  'config.formVersionUnknown': {
    vi: 'Phiên bản mẫu chỉ có thể là "TT31_2023" hoặc "TT69_2026".',
    en: 'A form version can only be "TT31_2023" or "TT69_2026".',
  },
  'config.flagInvalid': {
    vi: 'Giá trị này phải là true hoặc false.',
    en: 'This value must be true or false.',
  },
};

const GENERIC: Texts = { vi: 'Giá trị này không hợp lệ.', en: 'This value is not valid.' };

/** The sentence for a configuration problem id in the CLI's language. */
export function configProblemText(id: string, locale: 'vi' | 'en'): string {
  return (CONFIG_PROBLEM_TEXTS[id as HostConfigProblemId] ?? GENERIC)[locale];
}
