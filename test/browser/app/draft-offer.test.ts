// After a reload the page opens on the guide: a draft kept on this device is
// offered there, where the citizen lands, not only in the form tab (issue 13
// item 7). The offer leads to the form, which asks to continue or start again.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { DraftStore, createDraftRecord } from '@hochieu/widget';
import { clickOn } from '../widget/helpers.js';
import { settle, shadow, textOf, type HochieuApp } from './helpers.js';

const KEY = 'app-draft-offer-test';

async function appWithDrafts(noDrafts = false): Promise<HochieuApp> {
  const el = await fixture<HochieuApp>(
    `<hochieu-app lang="vi" date="2026-11-23" draft-key="${KEY}"${noDrafts ? ' no-drafts' : ''}></hochieu-app>`,
  );
  await settle(el);
  return el;
}

describe('<hochieu-app> offers a saved draft on the guide tab', () => {
  const store = new DraftStore(KEY);
  beforeEach(async () => {
    await store.remove();
    await store.save(createDraftRecord(example('minimalAdult') as DeclarationDraft, ['identity'], new Date()));
  });
  afterEach(async () => {
    fixtureCleanup();
    await store.remove();
  });

  it('shows the offer with the save time on the guide, and its button opens the form with the form\'s own offer', async () => {
    const el = await appWithDrafts();
    await waitUntil(() => shadow(el).querySelector('[data-draft-offer]') !== null, 'no draft offer on the guide', { timeout: 5000 });
    const offer = shadow(el).querySelector('[data-draft-offer]')!;
    expect(el.view).to.equal('guide');
    expect(offer.closest('#panel-guide')).to.not.equal(null);
    expect(textOf(offer)).to.contain('Bạn có một bản khai chưa xong');
    expect(textOf(offer)).to.match(/\d{1,2}:\d{2}/u, 'the save time');
    await expect(el).to.be.accessible();
    await clickOn(shadow(el).querySelector<HTMLElement>('[data-action="continue-draft"]')!);
    await waitUntil(() => el.view === 'form' && el.form?.shadowRoot?.querySelector('[data-step="offer"]'), 'the form did not offer the draft', { timeout: 10000 });
    await settle(el);
    expect(shadow(el).querySelector('[data-draft-offer]')).to.equal(null);
  });

  it('offers nothing with no-drafts', async () => {
    const el = await appWithDrafts(true);
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(shadow(el).querySelector('[data-draft-offer]')).to.equal(null);
  });
});
