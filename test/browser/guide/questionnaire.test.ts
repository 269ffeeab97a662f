// The "Bạn cần chuẩn bị gì?" questionnaire: the user's answers give the form,
// the checklist, the fee, the return date and where to apply, at once on each
// change. Expected values are worked out by hand from domain-facts.md:
// - the date is Monday 23/11/2026; the fee window of Thông tư 64/2025/TT-BTC
//   (50%) applies: 100.000 đ for a new passport, 200.000 đ after loss or
//   damage, both channels (the 90% online window ended on 31/12/2025), with
//   the notice that the end of the window is disputed;
// - 08 working days, the day of receipt not counted: 24/11 is Ngày Văn hóa
//   Việt Nam, so 25, 26, 27, 30/11, 1, 2, 3, 4/12 -> 04/12/2026;
// - TK01 from the 14th birthday on (Thông tư 31/2023/TT-BCA Điều 4).
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { planApplication } from '@hochieu/core';
import type { GuideAnswersDetail } from '../../../packages/widget/src/events.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  choose,
  dobBox,
  enterDateOfBirth,
  guide,
  resultDocuments,
  resultPart,
  shadow,
  textOf,
  typeAge,
  type HochieuGuide,
} from './helpers.js';

/** Types the day of the date of birth last, so that one event carries the complete date. */
async function typeIntoDay(el: HochieuGuide, day: string): Promise<void> {
  const input = dobBox(el, 'day');
  input.focus();
  input.select();
  await sendKeys({ type: day });
}

function formOf(el: HochieuGuide): string {
  return textOf(shadow(el).querySelector('.result [data-result="form"]'));
}
function feeOf(el: HochieuGuide): string {
  return textOf(shadow(el).querySelector('.result [data-result="fee"]'));
}
function dueOf(el: HochieuGuide): string | undefined {
  return shadow(el).querySelector<HTMLElement>('.result [data-result="due"]')?.dataset['date'];
}
function scopeOf(el: HochieuGuide): string | undefined {
  return shadow(el).querySelector<HTMLElement>('.result [data-result="office-rule"]')?.dataset['scope'];
}

describe('<hochieu-guide> questionnaire', () => {
  afterEach(() => fixtureCleanup());

  it('shows an invitation and no result before any answer', async () => {
    const el = await guide();
    expect(shadow(el).querySelector('.result')?.getAttribute('data-state')).to.equal('empty');
    expect(resultPart(el, 'fee')).to.equal(null);
  });

  it('case 1, adult, first passport, in person, with a chip ID card: TK01, three papers, 100.000 đ, 04/12/2026, any province', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'first');
    await choose(el, 'hasChipIdCard', 'true');
    await choose(el, 'channel', 'in-person');
    await choose(el, 'delivery', 'office');
    expect(formOf(el)).to.equal('Mẫu TK01');
    expect(textOf(resultPart(el, 'form'))).to.contain('đủ 36 tuổi');
    expect(resultDocuments(el)).to.deep.equal(['declaration', 'photo', 'identityDocument']);
    expect(feeOf(el)).to.contain('100.000 đ');
    expect(textOf(resultPart(el, 'fee'))).to.contain('Thông tư số 64/2025/TT-BTC');
    expect(textOf(resultPart(el, 'fee')?.querySelector('.notice-warning'))).to.contain('31/12/2026');
    expect(dueOf(el)).to.equal('2026-12-04');
    expect(textOf(resultPart(el, 'due'))).to.contain('04/12/2026');
    expect(scopeOf(el)).to.equal('anyConvenient');
    expect(textOf(resultPart(el, 'where'))).to.contain('Phòng Quản lý xuất nhập cảnh, Công an tỉnh Lạng Sơn');
    expect(textOf(shadow(el).querySelector('.result'))).to.contain('không khai là đề nghị cấp lần đầu');
  });

  it('case 2, renewal online: the previous passport if still valid and the ID card images, 100.000 đ', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '1985-01-01');
    await choose(el, 'reason', 'renewal');
    await choose(el, 'hasChipIdCard', 'true');
    await choose(el, 'channel', 'online');
    expect(formOf(el)).to.equal('Mẫu TK01');
    expect(resultDocuments(el)).to.deep.equal(['declaration', 'photo', 'previousPassport', 'idCardImages']);
    const previous = shadow(el).querySelector('.result li[data-document="previousPassport"]');
    expect(textOf(previous)).to.contain('Tùy trường hợp');
    expect(feeOf(el)).to.contain('100.000 đ');
    expect(scopeOf(el)).to.equal('anyConvenient');
    const where = resultPart(el, 'where')!;
    expect(Array.from(where.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.include('https://dichvucong.gov.vn');
    expect(where.querySelector('[data-result="online-no-chip"]')).to.equal(null);
  });

  it('case 3, lost passport: the loss report instead of the passport, 200.000 đ on 23/11/2026', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '2000-02-29');
    await choose(el, 'reason', 'lost');
    await choose(el, 'channel', 'in-person');
    expect(formOf(el)).to.equal('Mẫu TK01');
    expect(resultDocuments(el)).to.deep.equal(['declaration', 'photo', 'lossReport', 'identityDocument']);
    expect(feeOf(el)).to.contain('200.000 đ');
    expect(textOf(resultPart(el, 'fee'))).to.contain('Cấp lại do bị hỏng hoặc bị mất');
  });

  it('case 4, damaged passport: hand in the damaged passport, 200.000 đ', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '1978-12-31');
    await choose(el, 'reason', 'damaged');
    await choose(el, 'channel', 'in-person');
    expect(resultDocuments(el)).to.deep.equal(['declaration', 'photo', 'previousPassport', 'identityDocument']);
    expect(feeOf(el)).to.contain('200.000 đ');
    expect(scopeOf(el)).to.equal('anyConvenient');
  });

  it('case 5, child under 14: TK01a, representative papers, chipless passport, birth certificate only without a personal ID', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '2015-06-01');
    await choose(el, 'reason', 'first');
    await choose(el, 'channel', 'in-person');
    expect(formOf(el)).to.equal('Mẫu TK01a');
    const form = textOf(resultPart(el, 'form'));
    expect(form).to.contain('11 tuổi, chưa đủ 14 tuổi');
    expect(form).to.contain('01/06/2029');
    expect(form).to.contain('không gắn chíp điện tử');
    expect(resultDocuments(el)).to.deep.equal(['declaration', 'photo', 'birthCertificate', 'representationProof', 'identityDocument']);
    expect(textOf(shadow(el).querySelector('.result li[data-document="birthCertificate"]'))).to.contain('Tùy trường hợp');
    expect(feeOf(el)).to.contain('100.000 đ');

    await choose(el, 'childHasPersonalId', 'true');
    expect(resultDocuments(el)).to.deep.equal(['declaration', 'photo', 'representationProof', 'identityDocument']);
    await choose(el, 'childHasPersonalId', 'false');
    expect(resultDocuments(el)).to.include('birthCertificate');
    expect(textOf(shadow(el).querySelector('.result li[data-document="birthCertificate"]'))).not.to.contain('Tùy trường hợp');
  });

  it('case 6, exactly 14 today: born 23/11/2012 uses TK01 on 23/11/2026; born a day later uses TK01a', async () => {
    const el = await guide({ date: '2026-11-23' });
    await enterDateOfBirth(el, '2012-11-23');
    expect(formOf(el)).to.equal('Mẫu TK01');
    expect(textOf(resultPart(el, 'form'))).to.contain('đủ 14 tuổi');
    expect(shadow(el).querySelector('[data-question="childHasPersonalId"]')).to.equal(null);
    await enterDateOfBirth(el, '2012-11-24');
    expect(formOf(el)).to.equal('Mẫu TK01a');
    expect(textOf(resultPart(el, 'form'))).to.contain('24/11/2026');
    expect(shadow(el).querySelector('[data-question="childHasPersonalId"]')).to.exist;
  });

  it('case 7, receiving by post: the courier fee is separate, the return date is unchanged', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'renewal');
    await choose(el, 'channel', 'in-person');
    await choose(el, 'delivery', 'post');
    const fee = textOf(resultPart(el, 'fee'));
    expect(feeOf(el)).to.contain('100.000 đ');
    expect(fee).to.contain('Phí dịch vụ chuyển phát');
    expect(dueOf(el)).to.equal('2026-12-04');
  });

  it('case 8, no chip ID card but wanting to apply online: says online needs one, office of residence only', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '1995-03-15');
    await choose(el, 'reason', 'first');
    await choose(el, 'hasChipIdCard', 'false');
    await choose(el, 'channel', 'online');
    const warning = shadow(el).querySelector('[data-result="online-no-chip"]');
    expect(textOf(warning)).to.contain('Chưa thể nộp trực tuyến');
    expect(textOf(warning)).to.contain('gắn chip');
    expect(textOf(warning)).to.contain('nộp trực tiếp');
    expect(scopeOf(el)).to.equal('residence');
    expect(textOf(resultPart(el, 'where'))).to.contain('nơi bạn thường trú hoặc tạm trú');
    // Issue 13 item 6: no portal steps and no ID card images after saying online is not possible.
    expect(resultPart(el, 'where')?.querySelector('ul.links')).to.equal(null);
    expect(textOf(resultPart(el, 'where'))).not.to.contain('Cổng dịch vụ công');
    expect(resultDocuments(el)).not.to.include('idCardImages');
    expect(resultDocuments(el)).to.include('identityDocument');
    // With a card, online is offered with its portals and the ID card images.
    await choose(el, 'hasChipIdCard', 'true');
    expect(shadow(el).querySelector('[data-result="online-no-chip"]')).to.equal(null);
    expect(resultPart(el, 'where')?.querySelector('ul.links')).to.exist;
    expect(resultDocuments(el)).to.include('idCardImages');
  });

  it('child under 14: the chip card question is about the parent, whose card decides online filing', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '2018-02-01');
    await choose(el, 'reason', 'first');
    await choose(el, 'channel', 'online');
    const legend = textOf(shadow(el).querySelector('[data-question="hasChipIdCard"] legend'));
    expect(legend).to.contain('Cha, mẹ hoặc người giám hộ');
    await choose(el, 'hasChipIdCard', 'false');
    const warning = shadow(el).querySelector('[data-result="online-no-chip"]');
    expect(textOf(warning)).to.contain('cha, mẹ hoặc người giám hộ');
    expect(resultPart(el, 'where')?.querySelector('ul.links')).to.equal(null);
    expect(resultDocuments(el)).not.to.include('idCardImages');
    // The parent has a card: online is possible for the child, who has none.
    await choose(el, 'hasChipIdCard', 'true');
    expect(shadow(el).querySelector('[data-result="online-no-chip"]')).to.equal(null);
    expect(resultPart(el, 'where')?.querySelector('ul.links')).to.exist;
  });

  it('agrees with core planApplication on form, fee and due date for each case', async () => {
    const cases = [
      { dob: '1990-05-10', reason: 'first', channel: 'in-person' },
      { dob: '1985-01-01', reason: 'renewal', channel: 'online' },
      { dob: '2000-02-29', reason: 'lost', channel: 'in-person' },
      { dob: '1978-12-31', reason: 'damaged', channel: 'online' },
      { dob: '2015-06-01', reason: 'first', channel: 'in-person' },
      { dob: '2012-11-23', reason: 'first', channel: 'in-person' },
    ] as const;
    for (const c of cases) {
      const el = await guide({ date: '2026-11-23' });
      await enterDateOfBirth(el, c.dob);
      await choose(el, 'reason', c.reason);
      await choose(el, 'channel', c.channel);
      const plan = planApplication(
        { applicant: { dateOfBirth: c.dob }, request: { reason: c.reason }, submission: { date: '2026-11-23', channel: c.channel } },
        { date: '2026-11-23' },
      );
      expect(formOf(el), c.dob).to.equal(`Mẫu ${plan.form}`);
      expect(shadow(el).querySelector<HTMLElement>('.result [data-result="fee"]')?.dataset['amount'], c.dob).to.equal(String(plan.fee?.amount));
      expect(dueOf(el), c.dob).to.equal(plan.dueDate);
      fixtureCleanup();
    }
  });

  it('accepts a year of birth alone when the year decides the form', async () => {
    const el = await guide({ date: '2026-11-23' });
    await enterDateOfBirth(el, '1990');
    expect(formOf(el)).to.equal('Mẫu TK01');
    // Born in 2012: 13 or 14 on 23/11/2026 depending on the day, so the year alone cannot decide.
    await enterDateOfBirth(el, '2012');
    expect(formOf(el)).to.equal('');
    expect(textOf(resultPart(el, 'form'))).to.contain('Nhập ngày sinh hoặc tuổi');
  });

  it('on a Sunday, also gives the due date of a dossier received on the next working day', async () => {
    const el = await guide({ date: '2026-11-22' });
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'first');
    // Counted from Sunday 22/11: 23, 25, 26, 27, 30/11, 1, 2, 3/12 (24/11 is a holiday).
    expect(dueOf(el)).to.equal('2026-12-03');
    const note = shadow(el).querySelector<HTMLElement>('.result [data-result="closed-day"]');
    expect(note?.dataset['next']).to.equal('2026-11-23');
    expect(note?.dataset['due']).to.equal('2026-12-04');
    expect(textOf(note)).to.contain('22/11/2026 không phải ngày làm việc');
  });

  it('adds no closed-day note on a working day', async () => {
    const el = await guide({ date: '2026-11-23' });
    await choose(el, 'reason', 'first');
    expect(shadow(el).querySelector('.result [data-result="closed-day"]')).to.equal(null);
  });

  it('takes an age instead of a date of birth: 13 gives TK01a, 14 gives TK01', async () => {
    const el = await guide();
    await typeAge(el, '13');
    expect(formOf(el)).to.equal('Mẫu TK01a');
    await typeAge(el, '14');
    expect(formOf(el)).to.equal('Mẫu TK01');
  });

  it('updates the result at once when an answer changes, with no button', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'first');
    expect(feeOf(el)).to.contain('100.000 đ');
    await choose(el, 'reason', 'lost');
    expect(feeOf(el)).to.contain('200.000 đ');
    expect(shadow(el).querySelector('#chuan-bi button, #chuan-bi [type="submit"]')).to.equal(null);
  });

  it('announces a summary of the result in a polite live region', async () => {
    const el = await guide();
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    expect(textOf(live)).to.equal('');
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'lost');
    const said = textOf(live);
    expect(said).to.contain('Mẫu TK01');
    expect(said).to.contain('200.000 đ');
    expect(said).to.contain('04/12/2026');
  });

  it('marks the return date as estimated in a year without an official holiday table (2027)', async () => {
    const el = await guide({ date: '2027-03-01' });
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'first');
    // Monday 1/3/2027 + 8 working days, no holiday in March: 11/3/2027.
    expect(dueOf(el)).to.equal('2027-03-11');
    expect(textOf(resultPart(el, 'due'))).to.contain('chỉ là ước tính');
    // The 50% window has ended by then: the base rate, with a caution that it may have been extended.
    expect(feeOf(el)).to.contain('200.000 đ');
    expect(resultPart(el, 'fee')!.querySelector('.notice-warning')).to.exist;
  });

  it('sends hochieu-guide-answers (bubbling, composed) with the age band and no date of birth', async () => {
    const el = await guide();
    const events: CustomEvent<GuideAnswersDetail>[] = [];
    const listener = (e: Event): void => void events.push(e as CustomEvent<GuideAnswersDetail>);
    document.addEventListener('hochieu-guide-answers', listener);
    try {
      await enterDateOfBirth(el, '1990-05-10');
      await choose(el, 'channel', 'online');
    } finally {
      document.removeEventListener('hochieu-guide-answers', listener);
    }
    expect(events.length).to.be.greaterThan(1);
    const last = events[events.length - 1]!;
    expect(last.bubbles).to.equal(true);
    expect(last.composed).to.equal(true);
    expect(last.detail.answers).to.deep.equal({ ageGroup: '14orOver', channel: 'online' });
    for (const e of events) expect(JSON.stringify(e.detail)).not.to.match(/1990|05-10/u);
    expect(el.answers).to.deep.equal({ ageGroup: '14orOver', channel: 'online' });
  });

  it('includes the date of birth only when the host sets share-date-of-birth', async () => {
    const el = await guide({ shareDateOfBirth: true });
    await enterDateOfBirth(el, '2015-06');
    setTimeout(() => void typeIntoDay(el, '1'));
    const event = (await oneEvent(el, 'hochieu-guide-answers')) as CustomEvent<GuideAnswersDetail & { answers: { dateOfBirth?: string } }>;
    expect(event.detail.answers).to.deep.equal({ ageGroup: 'under14', dateOfBirth: '2015-06-01' });
  });
});
