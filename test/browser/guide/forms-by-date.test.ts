// Issue 17 in the guide: "Tên mẫu đơn, mẫu tờ khai", the questionnaire result
// and the legal basis follow the guide's date (Thông tư 69/2026/TT-BCA from
// 1/7/2026), a host pin keeps the 2023 forms with its own note, and the law's
// date is 24/6/2023 with the seed page's 14/6 only as a note.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { enterDateOfBirth, guide, openSections, section, settle, shadow, textOf } from './helpers.js';

describe('<hochieu-guide>: the forms of the submission date', () => {
  afterEach(() => fixtureCleanup());

  it('in December 2026 names TK01 and TK01a of Thông tư 69/2026 and says TK01a is reconstructed', async () => {
    const el = await guide({ date: '2026-12-07' });
    await openSections(el, 'bieu-mau');
    const text = textOf(section(el, 'bieu-mau'));
    expect(text).to.contain('(mẫu TK01) ban hành kèm theo Thông tư số 69/2026/TT-BCA');
    expect(text).to.contain('(mẫu TK01a) ban hành kèm theo Thông tư số 69/2026/TT-BCA');
    expect(text).to.not.contain('ban hành kèm theo Thông tư số 31/2023/TT-BCA');
    expect(section(el, 'bieu-mau').querySelector('[data-forms-note]')?.getAttribute('data-forms-note')).to.equal('forms.tt69InForce');
    expect(text).to.contain('dựng lại');
  });

  it('in June 2026 names the 31/2023 forms and announces those of 1/7/2026', async () => {
    const el = await guide({ date: '2026-06-15' });
    await openSections(el, 'bieu-mau');
    const text = textOf(section(el, 'bieu-mau'));
    expect(text).to.contain('(mẫu TK01) ban hành kèm theo Thông tư số 31/2023/TT-BCA');
    expect(text).to.contain('Từ ngày 01/7/2026, Thông tư số 69/2026/TT-BCA thay thế');
  });

  it('a host pin to TT31_2023 keeps the 2023 forms in December with a note that the office uses them', async () => {
    const el = await guide({ date: '2026-12-07' });
    el.config = { pinnedFormVersion: 'TT31_2023' };
    await settle(el);
    await openSections(el, 'bieu-mau');
    const text = textOf(section(el, 'bieu-mau'));
    expect(text).to.contain('(mẫu TK01) ban hành kèm theo Thông tư số 31/2023/TT-BCA');
    expect(section(el, 'bieu-mau').querySelector('[data-forms-note]')?.getAttribute('data-forms-note')).to.equal('forms.pinned');
  });

  it('the questionnaire result names the circular of the form', async () => {
    const el = await guide({ date: '2026-12-07' });
    await enterDateOfBirth(el, '2015-06-01');
    expect(textOf(shadow(el).querySelector('.result [data-result="form"]'))).to.equal('Mẫu TK01a');
    expect(textOf(shadow(el).querySelector('.result [data-result="circular"]'))).to.equal('Ban hành kèm theo Thông tư số 69/2026/TT-BCA.');
  });

  it('Luật 23/2023/QH15: passed 24/6/2023, in force 15/8/2023; the page\'s 14/6 only as a note', async () => {
    const el = await guide({ date: '2026-12-07' });
    await openSections(el, 'can-cu-phap-ly');
    const item = section(el, 'can-cu-phap-ly').querySelector('[data-instrument="luat-23-2023"]');
    const text = textOf(item);
    expect(text).to.contain('24/06/2023');
    expect(text).to.contain('15/08/2023');
    expect(text).to.contain('trang thủ tục của tỉnh ghi ngày 14/6/2023');
  });
});
