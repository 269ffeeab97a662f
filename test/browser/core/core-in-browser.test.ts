// Core is DOM-free but must run unchanged in the citizen's browser.
import { expect } from '@esm-bundle/chai';
import { chooseForm, formatMessage, normalizeDeep } from '@hochieu/core';
import { example } from '@hochieu/core/examples';

describe('@hochieu/core in Chromium', () => {
  it('chooses TK01a for the child example', () => {
    const d = example('child');
    expect(chooseForm(d.applicant.dateOfBirth, d.submission.date).form).to.equal('TK01a');
  });

  it('normalizes decomposed Vietnamese input to NFC', () => {
    const nfd = 'Nguyễn Văn Ánh'.normalize('NFD');
    const out = normalizeDeep({ applicant: { familyName: `  ${nfd}  ` } });
    expect(out.applicant.familyName).to.equal('Nguyễn Văn Ánh'.normalize('NFC'));
    expect(out.applicant.familyName.length).to.equal(14);
  });

  it('formats messages in both languages', () => {
    expect(formatMessage('error.text.tooLong', { field: 'Họ', max: 40 }, 'vi')).to.equal('Họ không được dài quá 40 ký tự');
    expect(formatMessage('error.text.tooLong', { field: 'Họ', max: 40 }, 'en')).to.contain('40 characters');
  });
});
