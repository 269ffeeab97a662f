// Widget strings registered late (the tables of lazily loaded elements,
// localization/catalog.ts): a lookup of a string whose table is not
// registered yet gives the id and never throws, an English lookup falls back
// to the Vietnamese text, and an element that rendered the id renders again,
// with the text, when the table is registered.
import { expect, fixture, fixtureCleanup, html as testHtml } from '@open-wc/testing';
import '@hochieu/widget/define';
import { HochieuElement } from '@hochieu/widget';
import { messageText, onMessagesRegistered, registerMessages } from '../../../packages/widget/src/localization/catalog.js';
import type { WidgetMessageId } from '../../../packages/widget/src/localization/vi.js';

// Ids no real table has, so registering them changes nothing else.
const LATE = 'test.late.string' as WidgetMessageId;
const VI_ONLY = 'test.late.viOnly' as WidgetMessageId;

class LateStringProbe extends HochieuElement {
  protected override render(): string {
    return (this.l10n.t as (id: WidgetMessageId) => string)(LATE);
  }
}
customElements.define('test-late-string-probe', LateStringProbe);

describe('widget strings registered after an element rendered', () => {
  afterEach(() => fixtureCleanup());

  it('gives the id for a string whose table is not registered, then the text once it is, re-rendering the element', async () => {
    expect(messageText('vi', LATE)).to.equal(LATE);
    const el = await fixture<LateStringProbe>(testHtml`<test-late-string-probe></test-late-string-probe>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent?.trim()).to.equal(LATE);
    let heard = 0;
    const stop = onMessagesRegistered(() => {
      heard += 1;
    });
    registerMessages('vi', { [LATE]: 'Đã tải xong' } as Partial<Record<WidgetMessageId, string>>);
    stop();
    expect(heard).to.equal(1);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent?.trim()).to.equal('Đã tải xong');
    registerMessages('vi', { [LATE]: 'Văn bản khác' } as Partial<Record<WidgetMessageId, string>>);
    expect(messageText('vi', LATE), 'a registered string keeps its text').to.equal('Đã tải xong');
  });

  it('an English lookup of a string only registered in Vietnamese gives the Vietnamese text', () => {
    registerMessages('vi', { [VI_ONLY]: 'Chỉ có tiếng Việt' } as Partial<Record<WidgetMessageId, string>>);
    expect(messageText('en', VI_ONLY)).to.equal('Chỉ có tiếng Việt');
    expect(messageText('en', 'test.never.registered' as WidgetMessageId)).to.equal('test.never.registered');
  });
});
