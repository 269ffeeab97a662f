/** Messages shared by several areas (required fields, generic date and text problems). */
import { defineMessages } from './define.js';

export const commonMessages = defineMessages({
  'error.required': { vi: 'Nhập {field}', en: 'Enter {field}' },
  'error.choiceRequired': { vi: 'Chọn {field}', en: 'Select {field}' },
  'error.date.invalid': {
    vi: '{field} phải là một ngày có thật, theo dạng ngày/tháng/năm',
    en: '{field} must be a real date, as day/month/year',
  },
  'error.date.future': { vi: '{field} phải là một ngày trong quá khứ', en: '{field} must be in the past' },
  'error.text.tooLong': {
    vi: '{field} không được dài quá {max} ký tự',
    en: '{field} must be {max} characters or fewer',
  },
  'error.text.controlCharacters': {
    vi: '{field} chứa ký tự không in được; hãy xóa và nhập lại',
    en: '{field} contains characters that cannot be printed; delete them and type again',
  },
});
