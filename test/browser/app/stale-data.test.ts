// Freshness in <hochieu-app>: the guide's footer gives the bundle's data date
// to citizens ("Thông tin được kiểm tra đến ngày …"); on a day when bundled
// facts are stale (13 months after the data date, or past the end of a rule
// it falls back from) the webmaster notice lists them and one console warning
// names them; a configuration with acknowledgeStaleData (or fee rules and
// days off that take over the ended rules) silences both; the webmaster
// wording never appears in the parts citizens read (guide, form).
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { DATA_DATE, addIsoMonths, datedFacts } from '@hochieu/core';
import { axeCheck } from '../quality/helpers.js';
import { app, appMarkup, q, settle, shadow, textOf, type HochieuApp } from './helpers.js';

const STALE_DATE = addIsoMonths(DATA_DATE, 13);
const WEBMASTER_WORDS = ['quản trị trang', 'acknowledgeStaleData', 'Dữ liệu của công cụ cần được cập nhật', 'website administrator'];

function staleNotice(el: HochieuApp): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[data-notice="stale"]');
}

/** Console warnings written while `run` runs. */
async function captureWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Gives a lazy check time to load and the app to render its result. */
async function idle(el: HochieuApp): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await settle(el);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function formatVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

describe('<hochieu-app> data freshness', () => {
  afterEach(() => fixtureCleanup());

  it('on a fresh day: the footer gives the data date, no notice, no warning, and the check is never fetched', async () => {
    let el!: HochieuApp;
    const warnings = await captureWarnings(async () => {
      el = await app({ date: DATA_DATE });
      await idle(el);
    });
    const footer = q(el.guide!, '[data-freshness]');
    expect(textOf(footer)).to.equal(`Thông tin được kiểm tra đến ngày ${formatVi(DATA_DATE)}.`);
    expect(staleNotice(el)).to.equal(null);
    expect(warnings).to.deep.equal([]);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.some((n) => n.includes('stale-notice')), 'the stale check is lazy').to.equal(false);
  });

  it('13 months after the data date: the webmaster notice lists the stale facts and one warning names them', async () => {
    let el!: HochieuApp;
    const warnings = await captureWarnings(async () => {
      el = await app({ date: STALE_DATE });
      await waitUntil(() => staleNotice(el) !== null, 'the stale-data notice did not appear', { timeout: 10000 });
      await idle(el);
    });
    const notice = staleNotice(el)!;
    expect(notice.getAttribute('part')).to.equal('notice');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(textOf(notice)).to.contain('Thông báo này dành cho quản trị trang web');
    expect(textOf(notice)).to.contain(`kiểm tra đến ngày ${formatVi(DATA_DATE)}`);
    const listed = Array.from(notice.querySelectorAll('li')).map((li) => li.dataset['fact']);
    expect(listed).to.deep.equal(datedFacts().map((f) => f.id));
    expect(textOf(notice)).to.contain(`"acknowledgeStaleData": { "on": "${STALE_DATE}" }`);
    expect(warnings.length, 'exactly one console warning').to.equal(1);
    const message = String(warnings[0]![0]);
    expect(message).to.contain('<hochieu-app>');
    for (const id of ['fees/tt64-2025', 'calendar/official-2026', 'forms/TK01@TT31_2023', 'offices/lang-son']) expect(message).to.contain(id);
    // Re-rendering (a language change) does not warn again.
    const again = await captureWarnings(async () => {
      el.setAttribute('lang', 'en');
      await idle(el);
    });
    expect(again).to.deep.equal([]);
    expect(textOf(staleNotice(el))).to.contain('This notice is for the website administrator');
    await axeCheck(el, 'app with the stale-data notice (en)');
  });

  it('citizens never see the webmaster wording: the guide and the form speak to them, and the footer says the data is old', async () => {
    const el = await app({ date: STALE_DATE });
    await waitUntil(() => staleNotice(el) !== null, 'the stale-data notice did not appear', { timeout: 10000 });
    await el.guide!.renderAllSections();
    await el.show('form');
    await idle(el);
    const guideText = textOf(el.guide!.shadowRoot!.querySelector('.root'));
    const formText = textOf(el.form!.shadowRoot);
    for (const words of WEBMASTER_WORDS) {
      expect(guideText, `guide: ${words}`).to.not.contain(words);
      expect(formText, `form: ${words}`).to.not.contain(words);
    }
    expect(textOf(q(el.guide!, '[data-freshness]'))).to.equal(
      `Thông tin được kiểm tra đến ngày ${formatVi(DATA_DATE)}, đã hơn 12 tháng: hãy hỏi lại cơ quan tiếp nhận hồ sơ trước khi nộp.`,
    );
    // The notice is outside the tab panels, so it is never part of what the citizen reads in them.
    expect(staleNotice(el)!.closest('[role="tabpanel"]')).to.equal(null);
  });

  it('an acknowledging configuration: no notice and no warning', async () => {
    let el!: HochieuApp;
    const warnings = await captureWarnings(async () => {
      el = await app({ date: STALE_DATE, script: JSON.stringify({ acknowledgeStaleData: { on: STALE_DATE } }) });
      await idle(el);
    });
    expect(el.configProblems).to.deep.equal([]);
    expect(staleNotice(el)).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });

  it('past the end of the rules it falls back from (2/1/2027): the fee window and the 2026 days off; a configuration taking them over silences it', async () => {
    const el = await app({ date: '2027-01-02' });
    await waitUntil(() => staleNotice(el) !== null, 'the stale-data notice did not appear', { timeout: 10000 });
    const items = Array.from(staleNotice(el)!.querySelectorAll('li'));
    expect(items.map((li) => li.dataset['fact'])).to.deep.equal(['fees/tt64-2025', 'calendar/official-2026']);
    expect(textOf(items[0])).to.contain('hết thời hạn ngày 31/12/2026');
    fixtureCleanup();
    const config = {
      fees: [{ id: 'tt64-2025', validFrom: '2025-07-01', validTo: '2027-12-31', amounts: { issue: 100000, replacement: 200000 }, basis: 'Thông tư số 64/2025/TT-BTC' }],
      daysOff: ['2027-02-05'],
    };
    const taken = await app({ date: '2027-01-02', script: JSON.stringify(config) });
    await idle(taken);
    expect(taken.configProblems).to.deep.equal([]);
    expect(staleNotice(taken)).to.equal(null);
  });

  it('two apps on one page: one warning for the same stale facts', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(`<div>${appMarkup({ date: '2027-01-03' })}${appMarkup({ date: '2027-01-03', lang: 'en' })}</div>`);
      const apps = Array.from(wrapper.querySelectorAll('hochieu-app'));
      await waitUntil(() => apps.every((a) => staleNotice(a) !== null), 'both notices', { timeout: 10000 });
      for (const a of apps) await idle(a);
    });
    expect(warnings.length).to.equal(1);
  });

  it('the footer in English', async () => {
    const el = await app({ date: DATA_DATE, lang: 'en' });
    await idle(el);
    const [y, m, d] = DATA_DATE.split('-').map(Number);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    expect(textOf(q(el.guide!, '[data-freshness]'))).to.equal(`This information was checked up to ${d} ${months[m! - 1]} ${y}.`);
  });
});
