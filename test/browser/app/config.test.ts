// Host configuration of <hochieu-app>: a JSON child (`<script
// type="application/json">`) and the `config` property are applied (offices of
// a province that is not bundled, an extra day off moving the due date shown);
// a bad configuration shows the webmaster a notice listing the problems, logs
// one console error, and leaves the defaults in force.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { choose, enterDateOfBirth, resultPart } from '../guide/helpers.js';
import { app, captureConsoleErrors, q, settle, shadow, textOf, type HochieuApp } from './helpers.js';

const QUANG_NINH = {
  province: 'quang-ninh',
  offices: [
    {
      id: 'quang-ninh-xnc',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Quảng Ninh',
      address: 'Số 1 đường Ví Dụ, phường Hồng Gai, tỉnh Quảng Ninh',
    },
  ],
};

/** All the text of the inner guide, its closed sections rendered (they are rendered lazily). */
async function guideText(el: HochieuApp): Promise<string> {
  await el.guide!.renderAllSections();
  await settle(el);
  return textOf(el.guide?.shadowRoot?.querySelector('.root'));
}

function noticeOf(el: HochieuApp): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[data-notice="config"]');
}

/** The due date shown by the guide for an adult's first passport submitted on the app's date. */
async function dueShown(el: HochieuApp): Promise<string> {
  await enterDateOfBirth(el.guide!, '1990-05-17');
  await choose(el.guide!, 'reason', 'first');
  await settle(el);
  return textOf(resultPart(el.guide!, 'due'));
}

describe('<hochieu-app> configuration', () => {
  afterEach(() => fixtureCleanup());

  it('applies the offices of a JSON child for a province that is not bundled', async () => {
    const el = await app({ script: JSON.stringify(QUANG_NINH) });
    expect(noticeOf(el)).to.equal(null);
    expect(el.configProblems).to.deep.equal([]);
    expect(el.effectiveConfig.province?.province).to.equal('quang-ninh');
    expect(await guideText(el)).to.contain('Công an tỉnh Quảng Ninh');
    expect(await guideText(el)).to.not.contain('Công an tỉnh Lạng Sơn');
  });

  it('never renders the JSON child itself', async () => {
    const el = await app({ script: JSON.stringify(QUANG_NINH) });
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(shadow(el))).to.not.contain('"offices"');
    const script = el.querySelector('script');
    expect(script?.getClientRects().length, 'the script child has no box').to.equal(0);
    expect(shadow(el).querySelector('slot'), 'no slot shows light DOM').to.equal(null);
  });

  it('an extra day off in the JSON child moves the due date shown', async () => {
    const plain = await dueShown(await app());
    fixtureCleanup();
    const moved = await dueShown(await app({ script: JSON.stringify({ daysOff: ['2026-11-25'] }) }));
    // Received Monday 23/11/2026 (24/11 is a day off): the 8th working day is 04/12; with 25/11 off, 07/12.
    expect(plain).to.contain('04/12/2026');
    expect(moved).to.contain('07/12/2026');
  });

  it('the config property is applied and merged over the JSON child, key by key', async () => {
    const el = await app({ script: JSON.stringify(QUANG_NINH) });
    el.config = { daysOff: ['2026-11-25'] };
    await settle(el);
    expect(el.effectiveConfig.province?.province, 'kept from the child').to.equal('quang-ninh');
    expect(el.effectiveConfig.daysOff).to.deep.equal(['2026-11-25']);
  });

  it('the office attribute selects a bundled province when the configuration names none', async () => {
    const el = await app({ office: 'ho-chi-minh' });
    expect(el.effectiveConfig.province?.province).to.equal('ho-chi-minh');
    expect(await guideText(el)).to.contain('Thành phố Hồ Chí Minh');
  });

  it('a changed JSON child is read again', async () => {
    const el = await app({ script: '{}' });
    el.querySelector('script')!.textContent = JSON.stringify(QUANG_NINH);
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(el.effectiveConfig.province?.province).to.equal('quang-ninh');
  });
});

describe('<hochieu-app> with a bad configuration', () => {
  afterEach(() => fixtureCleanup());

  const BAD = JSON.stringify({ province: 'quang-ninh', offices: [{ id: 'x', name: 'X' }], daysOff: ['2026-02-30'], dayOff: [] });

  it('shows a notice for the webmaster listing each problem, saying the defaults are used', async () => {
    let el: HochieuApp | undefined;
    await captureConsoleErrors(async () => {
      el = await app({ script: BAD });
    });
    const notice = noticeOf(el!);
    expect(notice).to.exist;
    expect(textOf(notice)).to.contain('đang dùng cấu hình mặc định');
    const paths = Array.from(notice!.querySelectorAll('li')).map((li) => li.dataset['path']);
    expect(paths).to.deep.equal(['dayOff', 'offices[0].address', 'daysOff[0]']);
    expect(textOf(notice)).to.contain('viết sai tên khóa');
  });

  it('logs one console error listing the problems', async () => {
    const errors = await captureConsoleErrors(async () => {
      const el = await app({ script: BAD });
      el.requestUpdate();
      await settle(el);
    });
    expect(errors.length).to.equal(1);
    const message = String(errors[0]?.[0]);
    expect(message).to.contain('<hochieu-app>');
    expect(message).to.contain('daysOff[0]');
    expect(message).to.contain('offices[0].address');
  });

  it('keeps the defaults in force: Lạng Sơn offices and the bundled calendar', async () => {
    let el: HochieuApp | undefined;
    await captureConsoleErrors(async () => {
      el = await app({ script: JSON.stringify({ province: 'quang-ninh', offices: [], daysOff: ['2026-11-25', 'x'] }) });
    });
    expect(el!.effectiveConfig).to.deep.equal({});
    expect(await guideText(el!)).to.contain('Công an tỉnh Lạng Sơn');
    expect(await dueShown(el!)).to.contain('04/12/2026');
  });

  it('reports a JSON syntax error with the parser message', async () => {
    let el: HochieuApp | undefined;
    const errors = await captureConsoleErrors(async () => {
      el = await app({ script: '{ "daysOff": [2026-11-25] ' });
    });
    expect(textOf(noticeOf(el!))).to.contain('không phải JSON hợp lệ');
    expect(errors.length).to.equal(1);
  });

  it('words the notice in English in an English app', async () => {
    let el: HochieuApp | undefined;
    await captureConsoleErrors(async () => {
      el = await app({ lang: 'en', script: '{"qr": "yes"}' });
    });
    expect(textOf(noticeOf(el!))).to.contain('the defaults are used');
    expect(textOf(noticeOf(el!))).to.contain('must be true or false');
  });

  it('a bad config property is reported; fixing it removes the notice', async () => {
    const el = await app();
    await captureConsoleErrors(async () => {
      el.config = JSON.parse('{ "fees": [{ "id": "a" }] }') as HochieuApp['config'];
      await settle(el);
    });
    expect(noticeOf(el)).to.exist;
    el.config = { daysOff: ['2026-11-25'] };
    await settle(el);
    expect(noticeOf(el)).to.equal(null);
    expect(q(el, '[role="tablist"]')).to.exist;
  });

  it('an office name that cannot print is named at its place, in words with the characters, never as an id (issue 15)', async () => {
    const bad = { ...QUANG_NINH, offices: [{ ...QUANG_NINH.offices[0]!, name: 'Phòng \u202eXNC 🛂' }] };
    let el: HochieuApp | undefined;
    await captureConsoleErrors(async () => {
      el = await app({ script: JSON.stringify(bad) });
    });
    const notice = noticeOf(el!);
    expect(notice).to.exist;
    const item = Array.from(notice!.querySelectorAll('li')).find((li) => li.dataset['path'] === 'offices[0].name');
    expect(item, textOf(notice)).to.exist;
    expect(textOf(item)).to.contain('không in được trên giấy tờ');
    expect(textOf(item)).to.contain('U+202E');
    expect(textOf(notice)).to.not.match(/config\.text\./u);
  });
});
