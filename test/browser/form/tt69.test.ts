// Issue 17 in the form: the forms of Thông tư 69/2026 from 1/7/2026. A draft
// whose submission date moves across the switch keeps every answer and says
// why the form changed and what is new; "Nơi ở hiện tại" is filled from the
// permanent address with one tap; the bank is a combobox of Vietnamese banks
// that also takes free text. Checked with the real keyboard and mouse and axe.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { example } from '@hochieu/core/examples';
import { clickOn, tabAway, typeInto, typeMore } from '../widget/helpers.js';
import { field, fill, form, maybe, openTask, press, q, settle, stepFields, textOf, type HochieuForm } from './helpers.js';

function june() {
  const d = structuredClone(example('minimalAdult'));
  d.submission.date = '2026-06-20';
  return d;
}

async function accessible(el: HochieuForm, what: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

describe('<hochieu-form> and the forms of Thông tư 69/2026', () => {
  afterEach(() => fixtureCleanup());

  it('moves a draft of June 2026 to the 69/2026 TK01 when the date moves to July, keeping every answer and naming what is new', async () => {
    const el = await form({ date: '2026-06-10', declaration: june() });
    expect(maybe(el, '[data-task="feeRefund"]')).to.equal(null, 'the 31/2023 form has no refund account');
    const before = structuredClone(el.value);
    await openTask(el, 'submission');
    await fill(el, 'submission.date', '2026-07-02');
    const notice = q(el, '[data-notice="version"]');
    expect(notice.dataset['version']).to.equal('TK01@TT69_2026');
    const text = textOf(notice);
    expect(text).to.contain('Thông tư số 69/2026/TT-BCA');
    expect(text).to.contain('02/07/2026');
    expect(text).to.contain('Nơi ở hiện tại');
    expect(text).to.contain('Số tài khoản nhận hoàn lệ phí');
    expect(notice.closest('[role="status"]')).to.not.equal(null, 'announced');
    // Nothing typed is lost: only the date changed.
    expect({ ...el.value, submission: { ...el.value.submission, date: '2026-06-20' } }).to.deep.equal(before);
    await accessible(el, 'version notice');
    await press(el, 'back');
    expect(el.step).to.equal('tasks');
    expect(maybe(el, '[data-task="feeRefund"]')).to.not.equal(null, 'the 69/2026 form asks for the refund account');
    await openTask(el, 'addresses');
    expect(stepFields(el)).to.include('applicant.currentAddress');
  });

  it('fills "Nơi ở hiện tại" from the permanent address with one tap, announced, and keeps it editable', async () => {
    const el = await form({ date: '2026-11-20', declaration: example('minimalAdult') });
    await openTask(el, 'addresses');
    const button = q<HTMLButtonElement>(el, '[data-copy="applicant.currentAddress"]');
    expect(textOf(button)).to.equal('Giống nơi thường trú');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await clickOn(button);
    await settle(el);
    const permanent = example('minimalAdult').applicant.permanentAddress;
    expect(el.value.applicant?.currentAddress).to.equal(permanent);
    expect(field(el, 'applicant.currentAddress').value).to.equal(permanent);
    expect(q(el, '[data-copy="applicant.currentAddress"]').getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(q(el, '.copy-from [role="status"]'))).to.contain('Đã chép nơi thường trú');
    await accessible(el, 'copy button');
    await typeMore(field(el, 'applicant.currentAddress').shadowRoot!.querySelector('input')!, ', tầng 2');
    await tabAway();
    await settle(el);
    expect(el.value.applicant?.currentAddress).to.equal(`${permanent}, tầng 2`);
  });

  it('offers no copy button before the permanent address is typed', async () => {
    const d = structuredClone(example('minimalAdult'));
    d.applicant.permanentAddress = '';
    const el = await form({ date: '2026-11-20', declaration: d });
    await openTask(el, 'addresses');
    expect(maybe(el, '[data-copy]')).to.equal(null);
  });

  it('lets the citizen pick a bank by its short name without accents, or keep another name with a warning', async () => {
    const el = await form({ date: '2026-11-20', declaration: example('minimalAdult') });
    await openTask(el, 'feeRefund');
    const bank = field(el, 'feeRefund.bankName');
    expect(bank.localName).to.equal('hochieu-combobox');
    const input = bank.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    await typeInto(input, 'vietcom');
    await settle(el);
    const options = Array.from(bank.shadowRoot!.querySelectorAll('[role="option"]')).map((o) => textOf(o));
    expect(options[0]).to.equal('Vietcombank – Ngân hàng TMCP Ngoại Thương Việt Nam');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.feeRefund?.bankName).to.equal('Ngân hàng TMCP Ngoại Thương Việt Nam');
    await accessible(el, 'bank combobox');
    await typeMore(input, ' (chi nhánh Đồng Đăng)');
    await tabAway();
    await settle(el);
    expect(el.value.feeRefund?.bankName).to.equal('Ngân hàng TMCP Ngoại Thương Việt Nam (chi nhánh Đồng Đăng)');
    expect(field(el, 'feeRefund.bankName').warning).to.equal('', 'a branch after a known bank is no warning');
    const other = await form({ date: '2026-11-20', declaration: { ...example('minimalAdult'), feeRefund: { accountNumber: '0123456789', accountHolder: 'Nguyễn Văn An', bankName: '' } } });
    await openTask(other, 'feeRefund');
    await fill(other, 'feeRefund.bankName', 'Ngân hàng Không Có Thật');
    expect(field(other, 'feeRefund.bankName').warning).to.contain('không có trong danh sách');
    expect(other.value.feeRefund?.bankName).to.equal('Ngân hàng Không Có Thật');
  });
});
