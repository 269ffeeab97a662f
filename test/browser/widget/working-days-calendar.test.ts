// <hochieu-working-days-calendar>: the due date as month tables, read as a
// user and a screen reader meet them (captions, column headers, the words in
// each cell), axe-clean, in both languages; and beside the due date of the
// guide's questionnaire result and of the form's review.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '@hochieu/widget/define';
import { HochieuGuide, defineWorkingDaysCalendar, type HochieuWorkingDaysCalendar } from '@hochieu/widget';
import { choose, enterDateOfBirth, guide, resultPart, shadow as guideShadow } from '../guide/helpers.js';
import { form, shadow as formShadow, fillAll, q } from '../form/helpers.js';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';

async function calendar(submission: string, lang: 'vi' | 'en' = 'vi', days?: { daysOff?: string[]; workingDays?: string[] }): Promise<HochieuWorkingDaysCalendar> {
  defineWorkingDaysCalendar();
  const el = await fixture<HochieuWorkingDaysCalendar>(
    html`<hochieu-working-days-calendar lang=${lang} submission=${submission} .calendar=${days}></hochieu-working-days-calendar>`,
  );
  await el.updateComplete;
  return el;
}
const root = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const cell = (el: Element, iso: string): HTMLTableCellElement => {
  const td = root(el).querySelector<HTMLTableCellElement>(`td[data-date="${iso}"]`);
  if (!td) throw new Error(`no cell ${iso}`);
  return td;
};

describe('<hochieu-working-days-calendar>', () => {
  afterEach(() => fixtureCleanup());

  it('a dossier received before Tết 2026: two month tables, days 1-8 numbered in order, the Tết days named', async () => {
    const el = await calendar('2026-02-12');
    const tables = [...root(el).querySelectorAll('table')];
    expect(tables.map((t) => text(t.querySelector('caption')))).to.deep.equal(['Tháng 2/2026', 'Tháng 3/2026']);
    expect([...tables[0]!.querySelectorAll('thead th[scope="col"]')].map((th) => text(th))).to.deep.equal(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    expect(tables[0]!.querySelector('th abbr')?.getAttribute('title')).to.equal('Thứ Hai');
    const counted = [...root(el).querySelectorAll<HTMLElement>('td[data-count]')];
    expect(counted.map((td) => td.dataset['count'])).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(counted.map((td) => td.dataset['date'])).to.deep.equal([
      '2026-02-13', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03',
    ]);
    expect(cell(el, '2026-02-12').dataset['kind']).to.equal('submission');
    expect(cell(el, '2026-03-03').dataset['kind']).to.equal('due');
    expect(text(cell(el, '2026-03-03'))).to.contain('Hạn trả kết quả (ngày làm việc thứ 8)');
    for (const d of ['16', '17', '18', '19', '20']) {
      const td = cell(el, `2026-02-${d}`);
      expect(td.dataset['kind']).to.equal('dayOff');
      expect(text(td.querySelector('.visually-hidden'))).to.equal('Tết Nguyên đán');
    }
    expect(text(cell(el, '2026-02-14').querySelector('.visually-hidden'))).to.equal('Nghỉ cuối tuần');
    expect(text(root(el).querySelector('.summary'))).to.contain('nộp ngày 12/02/2026').and.to.contain('03/03/2026');
    expect(tables[0]!.getAttribute('aria-describedby')).to.equal('summary');
    expect(text(root(el).querySelector('.legend'))).to.equal('16/02/2026 đến 20/02/2026: Tết Nguyên đán');
    await expect(el).to.be.accessible();
  });

  it('in English: 24/11/2026 is named Vietnamese Culture Day and skipped', async () => {
    const el = await calendar('2026-11-20', 'en');
    expect(text(root(el).querySelector('caption'))).to.equal('Month 11/2026');
    const culture = cell(el, '2026-11-24');
    expect(culture.dataset['kind']).to.equal('dayOff');
    expect(text(culture)).to.contain('Vietnamese Culture Day, 24 November');
    expect(cell(el, '2026-11-25').dataset['count']).to.equal('2');
    expect(root(el).querySelector('.root')?.getAttribute('data-due')).to.equal('2026-12-03');
    await expect(el).to.be.accessible();
  });

  it('the worked Saturday of 10/01/2026 is counted and says why; a host day off moves the due date', async () => {
    const el = await calendar('2026-01-08');
    const saturday = cell(el, '2026-01-10');
    expect(saturday.dataset['kind']).to.equal('workedSaturday');
    expect(saturday.dataset['count']).to.equal('2');
    expect(text(saturday)).to.contain('Ngày làm việc bù (Tết Dương lịch)');
    const host = await calendar('2026-03-09', 'vi', { daysOff: ['2026-03-10'] });
    expect(cell(host, '2026-03-10').dataset['kind']).to.equal('dayOff');
    expect(root(host).querySelector('.root')?.getAttribute('data-due')).to.equal('2026-03-20');
  });

  it('shows nothing for a date it cannot count (malformed), never a broken table', async () => {
    const el = await calendar('2026-02-30');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('sits beside the due date of the questionnaire result, on the same dates', async function () {
    this.timeout(30000);
    const el = await guide({ date: '2026-02-12' });
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'first');
    await choose(el, 'hasChipIdCard', 'true');
    await choose(el, 'channel', 'in-person');
    await choose(el, 'delivery', 'office');
    await HochieuGuide.preloadSections();
    await el.updateComplete;
    const due = resultPart(el, 'due');
    const cal = due?.querySelector<HochieuWorkingDaysCalendar>('hochieu-working-days-calendar');
    expect(cal, 'calendar in the due part').to.not.equal(null);
    await cal!.updateComplete;
    const dueDate = guideShadow(el).querySelector<HTMLElement>('.result [data-result="due"]')?.dataset['date'];
    expect(dueDate).to.equal('2026-03-03');
    expect(root(cal!).querySelector('.root')?.getAttribute('data-due')).to.equal(dueDate);
    await expect(el).to.be.accessible();
  });

  it('sits on the review page under the due date, on the submission date of the declaration', async function () {
    this.timeout(60000);
    const el = await form({ date: '2026-11-23' });
    await fillAll(el, example('minimalAdult') as DeclarationDraft);
    expect(el.step).to.equal('review');
    await customElements.whenDefined('hochieu-working-days-calendar');
    const row = q(el, '[data-answer="due"]');
    expect(row.dataset['date']).to.equal('2026-12-04');
    const cal = formShadow(el).querySelector<HochieuWorkingDaysCalendar>('hochieu-working-days-calendar');
    expect(cal).to.not.equal(null);
    await cal!.updateComplete;
    expect(cal!.getAttribute('submission')).to.equal('2026-11-23');
    expect(cell(cal!, '2026-11-24').dataset['kind']).to.equal('dayOff');
    expect(root(cal!).querySelector('.root')?.getAttribute('data-due')).to.equal('2026-12-04');
    await expect(el).to.be.accessible();
  });
});
