/**
 * Messages of the host configuration check that core words itself (the other
 * `config.*` problems are worded by the widget's tables and the CLI): texts
 * that cannot print on the documents or are too long (printable-config.ts).
 */
import { defineMessages } from '../messages/define.js';

export const configMessages = defineMessages({
  'config.text.unprintable': {
    vi: 'Văn bản này có ký tự không in được trên giấy tờ: {characters}. Hãy xóa hoặc thay bằng chữ cái, chữ số hay dấu câu thông thường.',
    en: 'This text has characters that cannot be printed on the documents: {characters}. Remove them or use ordinary letters, digits or punctuation.',
  },
  'config.text.tooLong': {
    vi: 'Văn bản này quá dài: tối đa {max} ký tự.',
    en: 'This text is too long: at most {max} characters.',
  },
  'config.text.tooDeep': {
    vi: 'Cấu hình lồng nhau quá {max} cấp.',
    en: 'The configuration is nested more than {max} levels deep.',
  },
});
