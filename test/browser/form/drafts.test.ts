// Private drafts of <hochieu-form> in real Chromium storage: saved within half
// a second (IndexedDB), offered again after the element is re-created (as
// after a reload), "Bắt đầu lại", "Xóa dữ liệu trên máy này" leaving no
// `hochieu:` localStorage key and no IndexedDB database, saving to a file and
// opening it, refusing a bad or foreign file without touching the current
// draft, expiry, and blocked storage (the form keeps working in memory).
// Every test of this file uses the device's storage, so they all live in this
// one file (mocha runs them one after another); the other form test files
// run with `no-drafts`.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import {
  DraftStore,
  IDB_NAME,
  clearAllDrafts,
  createDraftRecord,
  draftFileText,
  type DraftDetail,
} from '@hochieu/widget';
import { clickOn } from '../widget/helpers.js';
import { field, fill, form, maybe, next, press, q, settle, shadow, textOf, type HochieuForm } from './helpers.js';

const KEY = 'drafts-test';

function hochieuKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (key?.startsWith('hochieu:')) keys.push(key);
  }
  return keys;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

function draftEvents(el: HochieuForm): DraftDetail[] {
  const events: DraftDetail[] = [];
  el.addEventListener('hochieu-draft', (e) => events.push(e.detail));
  return events;
}

async function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Chooses a file in the form's "Mở bản nháp từ tệp" input, as a user's file picker would. */
async function chooseFile(el: HochieuForm, name: string, text: string): Promise<void> {
  const input = q<HTMLInputElement>(el, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 50));
  await settle(el);
}

async function typedForm(): Promise<HochieuForm> {
  const el = await form({ drafts: true, draftKey: KEY });
  await press(el, 'start');
  await fill(el, 'applicant.familyName', 'Hoàng');
  await fill(el, 'applicant.givenNames', 'Thị Thu Hường');
  return el;
}

describe('<hochieu-form> private drafts', () => {
  beforeEach(async () => {
    await clearAllDrafts();
  });
  afterEach(async () => {
    fixtureCleanup();
    await clearAllDrafts();
  });

  it('saves every change on the device within half a second, in IndexedDB, and says so without personal data', async () => {
    const el = await form({ drafts: true, draftKey: KEY });
    await new Promise((r) => setTimeout(r, 100));
    let lastInput = 0;
    let savedAt = 0;
    el.addEventListener('input', () => (lastInput = performance.now()));
    const events = draftEvents(el);
    el.addEventListener('hochieu-draft', (e) => {
      if (e.detail.action === 'saved' && !savedAt) savedAt = performance.now();
    });
    await press(el, 'start');
    await fill(el, 'applicant.familyName', 'Hoàng');
    await waitFor(() => savedAt > 0, 1500);
    expect(lastInput).to.be.greaterThan(0);
    expect(savedAt - lastInput).to.be.within(0, 500);
    const stored = await new DraftStore(KEY).load();
    expect(stored?.declaration.applicant?.familyName).to.equal('Hoàng');
    expect(await databaseNames()).to.include(IDB_NAME);
    expect(hochieuKeys()).to.deep.equal([]);
    expect(JSON.stringify(events)).to.not.contain('Hoàng');
  });

  it('offers the draft again after the element is re-created, and "Tiếp tục bản nháp" restores it', async () => {
    let el = await typedForm();
    await el.flushDraft();
    el.remove();
    fixtureCleanup();

    el = await form({ drafts: true, draftKey: KEY });
    await waitFor(() => maybe(el, '[data-step="offer"]') !== null);
    await settle(el);
    expect(textOf(q(el, '[data-step="offer"] h2'))).to.equal('Bạn có một bản nháp chưa khai xong');
    await expect(el).to.be.accessible();
    const events = draftEvents(el);
    await press(el, 'resume');
    expect(events.map((e) => e.action)).to.include('restored');
    expect(textOf(q(el, '[data-task="identity"] .tag'))).to.equal('Đang khai');
    await press(el, 'start');
    expect(field(el, 'applicant.familyName').value).to.equal('Hoàng');
    expect(field(el, 'applicant.givenNames').value).to.equal('Thị Thu Hường');
  });

  it('"Bắt đầu lại" deletes the stored draft and keeps the form empty', async () => {
    const el0 = await typedForm();
    await el0.flushDraft();
    el0.remove();
    fixtureCleanup();
    const el = await form({ drafts: true, draftKey: KEY });
    await waitFor(() => maybe(el, '[data-action="restart"]') !== null);
    await settle(el);
    await press(el, 'restart');
    expect(await new DraftStore(KEY).load()).to.equal(null);
    expect(el.value.applicant?.familyName).to.equal(undefined);
  });

  it('"Xóa dữ liệu trên máy này" leaves no hochieu: key and no IndexedDB database, and empties the form', async () => {
    const el = await typedForm();
    await el.flushDraft();
    localStorage.setItem('hochieu:draft:other', '{}');
    localStorage.setItem('unrelated-key', 'kept');
    await press(el, 'back');
    expect(el.step).to.equal('tasks');
    await press(el, 'clear');
    expect(textOf(q(el, '[data-confirm-clear]'))).to.contain('Không thể khôi phục');
    const events = draftEvents(el);
    await press(el, 'clear-yes');
    await new Promise((r) => setTimeout(r, 600));
    expect(hochieuKeys()).to.deep.equal([]);
    expect(localStorage.getItem('unrelated-key')).to.equal('kept');
    localStorage.removeItem('unrelated-key');
    expect(await databaseNames()).to.not.include(IDB_NAME);
    expect(events.map((e) => e.action)).to.include('cleared');
    expect(el.value.applicant?.familyName).to.equal(undefined);
    expect(textOf(q(el, '[data-draft-message]'))).to.contain('Đã xóa');
  });

  it('saves the draft to a .json file that another device can open', async () => {
    const el = await typedForm();
    await press(el, 'back');
    let saved: { name: string; text: string } | null = null;
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (b: Blob | MediaSource) => {
      const url = create.call(URL, b);
      if (b instanceof Blob) blobs.set(url, b);
      return url;
    };
    let pending: Promise<void> = Promise.resolve();
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) pending = blob.text().then((text) => void (saved = { name: this.download, text }));
    };
    try {
      await press(el, 'export-draft');
      await pending;
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.not.equal(null);
    const file = saved as unknown as { name: string; text: string };
    expect(file.name).to.match(/^ban-nhap-ho-chieu-\d{4}-\d{2}-\d{2}\.json$/u);
    const json = JSON.parse(file.text) as Record<string, unknown>;
    expect(json['format']).to.equal('hochieu-draft');
    expect(json['schemaVersion']).to.equal(1);
    expect(typeof json['savedAt']).to.equal('string');

    // "Another device": a fresh form with no stored draft opens the file.
    await clearAllDrafts();
    fixtureCleanup();
    const other = await form({ drafts: true, draftKey: `${KEY}-2` });
    await chooseFile(other, file.name, file.text);
    expect(textOf(q(other, '[data-draft-message]'))).to.contain(file.name);
    expect(other.value.applicant?.givenNames).to.equal('Thị Thu Hường');
  });

  it('refuses a bad or foreign file with a message naming the problem, and leaves the current draft untouched', async () => {
    const el = await typedForm();
    await el.flushDraft();
    await press(el, 'back');
    const before = JSON.stringify(el.value);
    const storedBefore = JSON.stringify((await new DraftStore(KEY).load())?.declaration);
    const cases: [string, string, string][] = [
      ['hong.json', '{"format": "hochieu-draft", "schemaVersion": 1, "savedAt": "2026-11-20T08:00:00Z", "declaration": ', 'không phải JSON'],
      ['package.json', '{"name": "something-else", "version": "1.0.0"}', 'không phải bản nháp tờ khai hộ chiếu'],
      ['moi.json', '{"format": "hochieu-draft", "schemaVersion": 7, "savedAt": "2026-11-20T08:00:00Z", "declaration": {}}', 'phiên bản 7'],
      ['sua.json', '{"format": "hochieu-draft", "schemaVersion": 1, "savedAt": "2026-11-20T08:00:00Z", "declaration": {"applicant": [1, 2]}}', 'bị hỏng'],
    ];
    for (const [name, text, problem] of cases) {
      await chooseFile(el, name, text);
      const message = textOf(q(el, '#import-error'));
      expect(message, name).to.contain(name);
      expect(message, name).to.contain(problem);
      expect(message, name).to.contain('Bản nháp hiện tại không thay đổi');
      expect(q(el, '#import-file').getAttribute('aria-describedby')).to.contain('import-error');
      expect(JSON.stringify(el.value), name).to.equal(before);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.stringify((await new DraftStore(KEY).load())?.declaration)).to.equal(storedBefore);
    await expect(el).to.be.accessible();
  });

  it('does not offer a draft older than 30 days, and deletes it', async () => {
    const old = createDraftRecord({ applicant: { familyName: 'Cũ' } } as DeclarationDraft, [], new Date(Date.now() - 31 * 24 * 3600 * 1000));
    localStorage.setItem(`hochieu:draft:${KEY}`, draftFileText(old));
    const el = await form({ drafts: true, draftKey: KEY });
    await new Promise((r) => setTimeout(r, 200));
    await settle(el);
    expect(maybe(el, '[data-step="offer"]')).to.equal(null);
    expect(localStorage.getItem(`hochieu:draft:${KEY}`)).to.equal(null);
  });

  it('falls back to localStorage when IndexedDB is blocked', async () => {
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await typedForm();
      await el.flushDraft();
      const stored = JSON.parse(localStorage.getItem(`hochieu:draft:${KEY}`) ?? 'null') as { declaration?: DeclarationDraft } | null;
      expect(stored?.declaration?.applicant?.familyName).to.equal('Hoàng');
      expect(maybe(el, '[data-notice="storage"]')).to.equal(null);
    } finally {
      indexedDB.open = open;
    }
  });

  it('when storage is full or blocked, says so and the form keeps working in memory', async () => {
    const open = indexedDB.open;
    const setItem = Storage.prototype.setItem;
    indexedDB.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await form({ drafts: true, draftKey: KEY });
      const events = draftEvents(el);
      await press(el, 'start');
      await fill(el, 'applicant.familyName', 'Hoàng');
      await el.flushDraft();
      await settle(el);
      const notice = q(el, '[data-notice="storage"]');
      expect(textOf(notice)).to.contain('Không lưu được bản nháp trên máy này');
      expect(notice.closest('[role="status"]')).to.not.equal(null);
      expect(events.map((e) => e.action)).to.include('storage-unavailable');
      const data = example('minimalAdult');
      await fill(el, 'applicant.givenNames', data.applicant.givenNames);
      await fill(el, 'applicant.sex', data.applicant.sex);
      await fill(el, 'applicant.dateOfBirth', data.applicant.dateOfBirth);
      await fill(el, 'applicant.placeOfBirth', data.applicant.placeOfBirth);
      await next(el);
      expect(el.step).to.equal('idContacts');
      expect(el.value.applicant?.familyName).to.equal('Hoàng');
      expect(shadow(el).querySelector('[data-notice="storage"]')).to.not.equal(null);
    } finally {
      indexedDB.open = open;
      Storage.prototype.setItem = setItem;
    }
  });

  it('the "Xóa dữ liệu" confirmation can be cancelled', async () => {
    const el = await form({ drafts: true, draftKey: KEY });
    await press(el, 'clear');
    await clickOn(q(el, '[data-action="clear-no"]'));
    await settle(el);
    expect(maybe(el, '[data-confirm-clear]')).to.equal(null);
  });
});
