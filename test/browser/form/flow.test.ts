// The flow of <hochieu-form>, as a citizen meets it: the task list built from
// the schema, focus on each new step's heading, when errors appear (after
// leaving a changed field or on "Tiếp tục"), the error summary (focused,
// linking to each field, same words as the field), warnings that never
// block, nothing typed ever cleared, the TK01 → TK01a switch and its notice,
// the personal ID decoding, the place search, "Thay đổi" returning to the
// review, an export failure that keeps the draft, and event details without
// personal data.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formDocgen, type DraftDetail, type StepChangeDetail, type ValidationDetail } from '@hochieu/widget';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { clickOn, tabAway, typeInto } from '../widget/helpers.js';
import { field, fill, fillAll, fillStep, focused, form, maybe, next, openTask, press, q, settle, shadow, stepFields, textOf, type HochieuForm } from './helpers.js';

function inner<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

function summaryLinks(el: HochieuForm): HTMLAnchorElement[] {
  const summary = q(el, 'hochieu-error-summary');
  return Array.from(summary.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
}

/** The element that has focus, looking through the form's and the summary's shadow roots. */
function deepFocus(): Element | null {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** Presses the PDF button with docgen loaded by `load` instead, and restores the real loader afterwards. */
async function pressPdfLoading(el: HochieuForm, load: typeof formDocgen.load): Promise<void> {
  const real = formDocgen.load;
  formDocgen.load = load;
  try {
    await press(el, 'pdf');
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
  } finally {
    formDocgen.load = real;
  }
}

async function startAt(el: HochieuForm, step: string): Promise<void> {
  await press(el, 'start');
  while (el.step !== step) {
    const before = el.step;
    await next(el);
    if (el.step === before) throw new Error(`cannot pass ${before}`);
  }
}

describe('<hochieu-form> flow', () => {
  afterEach(() => fixtureCleanup());

  it('lists the sections of the chosen form version with a status, and starts with focus on the first heading', async () => {
    const el = await form();
    const tasks = Array.from(shadow(el).querySelectorAll<HTMLElement>('[data-task]')).map((t) => t.dataset['task']);
    expect(tasks).to.deep.equal(['identity', 'idContacts', 'addresses', 'work', 'family', 'previousPassport', 'feeRefund', 'request', 'submission', 'uploads', 'review'], 'the TK01 of 69/2026 (form date 23/11/2026) has the refund account');
    expect(textOf(q(el, '[data-task="identity"] .tag'))).to.equal('Chưa bắt đầu');
    await press(el, 'start');
    expect(el.step).to.equal('identity');
    expect(focused(el)?.localName).to.equal('h2');
    expect(textOf(focused(el))).to.equal('Họ tên, giới tính, ngày sinh');
    expect(stepFields(el)).to.deep.equal([
      'applicant.familyName',
      'applicant.givenNames',
      'applicant.sex',
      'applicant.dateOfBirth',
      'applicant.placeOfBirth',
    ]);
  });

  it('shows no error while typing, and shows it once the user leaves the changed field', async () => {
    const el = await form();
    await press(el, 'start');
    const name = field(el, 'applicant.familyName');
    await typeInto(inner(name, 'input'), 'Trần 123');
    await settle(el);
    expect(name.error).to.equal('');
    await tabAway();
    await settle(el);
    expect(name.error).to.not.equal('');
    expect(textOf(inner(name, '[part~="error"]'))).to.contain(name.error);
    // An untouched field stays quiet.
    expect(field(el, 'applicant.givenNames').error).to.equal('');
  });

  it('on a failed "Tiếp tục" shows the focused error summary, linking to each field with the same words, and keeps what was typed', async () => {
    const el = await form();
    const validations: ValidationDetail[] = [];
    el.addEventListener('hochieu-validation', (e) => validations.push(e.detail));
    await press(el, 'start');
    await fill(el, 'applicant.familyName', 'Trần 123');
    await next(el);
    expect(el.step).to.equal('identity');
    const summary = q(el, 'hochieu-error-summary');
    expect(deepFocus()?.closest('section')?.getAttribute('part')).to.equal('summary');
    const links = summaryLinks(el);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-applicant-familyName',
      '#f-applicant-givenNames',
      '#f-applicant-sex',
      '#f-applicant-dateOfBirth',
      '#f-applicant-placeOfBirth',
    ]);
    for (const link of links) {
      const target = q(el, link.getAttribute('href')!) as HTMLElement & { error: string };
      expect(textOf(link)).to.equal(target.error);
    }
    expect(textOf(links[1])).to.equal('Nhập chữ đệm và tên');
    expect(field(el, 'applicant.familyName').value).to.equal('Trần 123');
    expect(validations.at(-1)?.valid).to.equal(false);
    expect(validations.at(-1)?.step).to.equal('identity');

    await clickOn(links[3]!);
    await settle(el);
    expect(focused(el)?.id).to.equal('f-applicant-dateOfBirth');
    expect(summary.isConnected).to.equal(true);

    // A second failed "Tiếp tục" focuses the summary again.
    await next(el);
    expect(deepFocus()?.closest('section')?.getAttribute('part')).to.equal('summary');
  });

  it('lets warnings through: a phone number with an unknown prefix shows a note and "Tiếp tục" moves on', async () => {
    const el = await form({ declaration: { applicant: example('minimalAdult').applicant } });
    await startAt(el, 'idContacts');
    await fill(el, 'applicant.phone', '0301234567');
    const phone = field(el, 'applicant.phone');
    expect(phone.warning).to.contain('030');
    expect(phone.error).to.equal('');
    await next(el);
    expect(el.step).to.equal('addresses');
  });

  it('switches to TK01a when the date of birth makes the applicant under 14, explains it, and adds part A without a chip choice', async () => {
    const el = await form();
    await press(el, 'start');
    await fill(el, 'applicant.dateOfBirth', '2016-03-08');
    expect(el.form).to.equal('TK01a');
    const notice = q(el, '[data-notice="TK01a"]');
    expect(textOf(notice)).to.contain(
      'Vì người đề nghị chưa đủ 14 tuổi vào ngày nộp, tờ khai là mẫu TK01a; người đại diện hợp pháp khai và ký thay.',
    );
    expect(notice.closest('[role="status"]')).to.not.equal(null);
    expect(textOf(q(el, '.caption'))).to.contain('TK01a');
    await fillStep(el, example('child') as DeclarationDraft);
    await next(el);
    expect(el.step).to.equal('representative');
    expect(textOf(q(el, 'h2'))).to.equal('Người đại diện hợp pháp');
    // Back to an adult date: TK01 again, explained, and the representative step is gone.
    await press(el, 'back');
    expect(el.step).to.equal('identity');
    await fill(el, 'applicant.dateOfBirth', '1990-05-12');
    expect(el.form).to.equal('TK01');
    expect(textOf(q(el, '[data-notice="TK01"]'))).to.contain('Vì người đề nghị đã đủ 14 tuổi vào ngày nộp, tờ khai là mẫu TK01.');
  });

  it('keeps an answer that the other form does not ask (chip) through a TK01 → TK01a → TK01 switch', async () => {
    const adult = example('minimalAdult');
    const el = await form({ declaration: { applicant: adult.applicant } });
    await startAt(el, 'request');
    await fill(el, 'request.reason', 'first');
    await fill(el, 'request.chip', 'false');
    expect(el.effective.request?.chip).to.equal(false);
    await fill(el, 'request.chip', 'true');
    await press(el, 'back');
    while (el.step !== 'identity') await press(el, 'back');
    await fill(el, 'applicant.dateOfBirth', '2016-03-08');
    expect(el.effective.request?.chip).to.equal(false);
    expect(el.value.request?.chip).to.equal(true);
    await fill(el, 'applicant.dateOfBirth', '1990-05-12');
    expect(el.effective.request?.chip).to.equal(true);
  });

  it('shows what the personal ID number says, and flags a sex that does not match with core’s message after leaving it', async () => {
    const applicant = { ...example('minimalAdult').applicant, sex: 'male' as const, dateOfBirth: '1988-02-29', personalId: '' };
    const el = await form({ declaration: { applicant } });
    await startAt(el, 'idContacts');
    await fill(el, 'applicant.personalId', '004 188 001234');
    const id = field(el, 'applicant.personalId') as ReturnType<typeof field> & { decoded: string };
    expect(id.decoded).to.contain('Cao Bằng');
    expect(id.decoded).to.contain('Nữ');
    expect(id.decoded).to.contain('1988');
    expect(id.decoded).to.contain('thế kỷ XX');
    expect(id.error).to.contain('giới tính');
    expect(inner<HTMLInputElement>(id, 'input').value).to.equal('004 188 001234');
  });

  it('searches places without accents, offers former provinces with their current one, and takes one by keyboard', async () => {
    const el = await form();
    await press(el, 'start');
    const place = field(el, 'applicant.placeOfBirth');
    const input = inner<HTMLInputElement>(place, 'input');
    await typeInto(input, 'ha giang');
    await settle(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = Array.from(place.shadowRoot!.querySelectorAll('[role="option"]')).map((o) => textOf(o));
    expect(options[0]).to.equal('Hà Giang (nay thuộc Tuyên Quang)');
    await sendKeys({ press: 'ArrowDown' });
    await (place as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(input.value).to.equal('Hà Giang');
    expect(el.value.applicant?.placeOfBirth).to.equal('Hà Giang');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('prefills religion with "Không" and the office with the host’s default office', async () => {
    const el = await form();
    expect(el.value.applicant?.religion).to.equal('Không');
    expect(el.value.submission?.office).to.equal('lang-son');
  });

  it('goes from a "Thay đổi" link to the field, and back to the review after "Tiếp tục"', async () => {
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    await press(el, 'start');
    while (el.step !== 'review') await next(el);
    const change = q<HTMLAnchorElement>(el, '#change-applicant-phone');
    expect(textOf(change)).to.equal('Thay đổi Số điện thoại');
    await clickOn(change);
    await settle(el);
    expect(el.step).to.equal('idContacts');
    expect(focused(el)?.id).to.equal('f-applicant-phone');
    await fill(el, 'applicant.phone', '0987654321');
    await next(el);
    expect(el.step).to.equal('review');
    expect(textOf(q(el, '[data-answer="applicant.phone"]'))).to.equal('0987654321');
  });

  it('on the review, a missing answer is listed in the summary with a link to its "Thay đổi" link', async () => {
    const data = example('minimalAdult') as DeclarationDraft;
    const el = await form({ declaration: { ...data, applicant: { ...data.applicant, phone: '' } } });
    await openTask(el, 'review');
    expect(el.step).to.equal('review');
    await next(el);
    expect(el.step).to.equal('review');
    const links = summaryLinks(el);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#change-applicant-phone']);
    expect(textOf(q(el, '#change-applicant-phone').closest('.row')?.querySelector('.row-error'))).to.equal(textOf(links[0]));
  });

  it('shows an export failure with its reason and keeps the draft, then succeeds on retry', async () => {
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    await openTask(el, 'review');
    await next(el);
    expect(el.step).to.equal('export');
    const before = JSON.stringify(el.value);
    const results: { ok: boolean; reason?: string }[] = [];
    el.addEventListener('hochieu-export', (e) => results.push(e.detail));
    await pressPdfLoading(el, () => Promise.reject(new Error('network down')));
    expect(results[0]).to.deep.equal({ kind: 'pdf', ok: false, reason: 'load' });
    const message = textOf(q(el, '[data-export-error]'));
    expect(message).to.contain('Không tạo được tệp PDF');
    expect(message).to.contain('không tải được phần tạo tài liệu');
    expect(message).to.contain('Bản nháp của bạn vẫn được giữ nguyên');
    expect(JSON.stringify(el.value)).to.equal(before);
    expect(el.step).to.equal('export');

    await pressPdfLoading(el, () => Promise.resolve({ buildDeclarationPdf: () => Promise.reject(new Error('font missing')) }));
    expect(textOf(q(el, '[data-export-error]'))).to.contain('font missing');
    expect(JSON.stringify(el.value)).to.equal(before);
  });

  it('loads docgen when the review step is reached (not before), once, and shows a progress state on the click', async () => {
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    const load = formDocgen.load;
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    formDocgen.load = async () => {
      calls += 1;
      await gate;
      return { buildDeclarationPdf: async () => new Uint8Array([37, 80, 68, 70]) };
    };
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const names: string[] = [];
    URL.createObjectURL = () => 'blob:stub';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      expect(calls).to.equal(0);
      await openTask(el, 'review');
      // Issue 16: the export code and fonts load while the citizen reads the review, once.
      expect(calls).to.equal(1);
      await next(el);
      expect(calls).to.equal(1);
      await press(el, 'pdf');
      expect(calls).to.equal(2);
      expect(textOf(q(el, '[data-export-status]'))).to.contain('Đang tạo tệp PDF');
      expect(q(el, '[data-step="export"]').getAttribute('aria-busy')).to.equal('true');
      release();
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(textOf(q(el, '[data-export-status]'))).to.contain('Đã tạo tệp to-khai-TK01.pdf');
      expect(names).to.deep.equal(['to-khai-TK01.pdf']);
    } finally {
      formDocgen.load = load;
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('sends step, validation and export events without personal data', async () => {
    const data = example('minimalAdult') as DeclarationDraft;
    const el = await form({ declaration: data });
    const details: unknown[] = [];
    for (const type of ['hochieu-step-change', 'hochieu-validation', 'hochieu-draft'] as const) {
      el.addEventListener(type, (e: CustomEvent<StepChangeDetail | ValidationDetail | DraftDetail>) => {
        expect(e.bubbles && e.composed).to.equal(true);
        details.push(e.detail);
      });
    }
    await press(el, 'start');
    await fill(el, 'applicant.familyName', 'Nguyễn 9');
    await next(el);
    await fill(el, 'applicant.familyName', 'Nguyễn');
    await next(el);
    expect(details.length).to.be.greaterThan(2);
    const text = JSON.stringify(details);
    for (const secret of ['Nguyễn', 'Văn An', '1990', '020090123456', '0912345678', 'Lê Lợi']) expect(text).to.not.contain(secret);
    expect(text).to.contain('error.name.digits');
  });

  it('keeps the full journey typing intact when an optional field is left empty', async () => {
    const data = example('minimalAdult') as DeclarationDraft;
    const el = await form();
    const visited = await fillAll(el, data);
    expect(visited[0]).to.equal('identity');
    expect(el.step).to.equal('review');
    expect(textOf(q(el, '[data-answer="applicant.email"]'))).to.equal('Không khai');
    expect(maybe(el, 'hochieu-error-summary')?.shadowRoot?.querySelector('a') ?? null).to.equal(null);
  });
});
