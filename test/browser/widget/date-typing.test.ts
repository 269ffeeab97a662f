// Issue 13, item 3: dates as people type them, with the real keyboard. In
// the day box, "15031990" and "15/03/1990" typed in one go land as
// 15 / 03 / 1990 (focus moves from box to box); "1" then "/" moves on with
// the day kept; Backspace in an empty box goes back; an earlier answer in the
// next box is replaced, not appended to.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@hochieu/widget/define';
import type { HochieuDateInput } from '@hochieu/widget';
import { focusedIn, parts, tabAway } from './helpers.js';

async function dateField(): Promise<{ el: HochieuDateInput; boxes: HTMLInputElement[] }> {
  const el = await fixture<HochieuDateInput>(html`<hochieu-date-input label="Ngày sinh"></hochieu-date-input>`);
  await el.updateComplete;
  return { el, boxes: parts<HTMLInputElement>(el, 'input') };
}

describe('<hochieu-date-input> typing (issue 13)', () => {
  for (const typed of ['15031990', '15/03/1990', '15.03.1990', '15 03 1990']) {
    it(`"${typed}" typed in one go into the day box gives 15 / 03 / 1990`, async () => {
      const { el, boxes } = await dateField();
      boxes[0]!.focus();
      await sendKeys({ type: typed });
      expect(boxes.map((b) => b.value)).to.deep.equal(['15', '03', '1990']);
      expect(focusedIn(el)?.id).to.equal('year');
      await tabAway();
      expect(el.value).to.equal('1990-03-15');
    });
  }

  it('a one-digit day and month followed by a separator move on and are kept', async () => {
    const { el, boxes } = await dateField();
    boxes[0]!.focus();
    await sendKeys({ type: '5/9/1984' });
    expect(boxes.map((b) => b.value)).to.deep.equal(['5', '9', '1984']);
    await tabAway();
    expect(el.value).to.equal('1984-09-05');
  });

  it('two digits then Tab reach the next box, not the one after it (the keyboard path)', async () => {
    const { el, boxes } = await dateField();
    boxes[0]!.focus();
    await sendKeys({ type: '12' });
    expect(focusedIn(el)?.id).to.equal('day');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.id).to.equal('month');
    await sendKeys({ type: '03' });
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.id).to.equal('year');
    await sendKeys({ type: '1990' });
    expect(boxes.map((b) => b.value)).to.deep.equal(['12', '03', '1990']);
    await tabAway();
    expect(el.value).to.equal('1990-03-12');
  });

  it('Backspace in an empty box goes back to the box before', async () => {
    const { el, boxes } = await dateField();
    boxes[0]!.focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.id).to.equal('month');
    await sendKeys({ press: 'Backspace' });
    expect(focusedIn(el)?.id).to.equal('day');
    await sendKeys({ press: 'Backspace' });
    expect(boxes[0]!.value).to.equal('1');
  });

  it('correcting the day of a full date replaces the month it moves to, never appends to it', async () => {
    const { el, boxes } = await dateField();
    el.value = '1990-03-15';
    await el.updateComplete;
    boxes[0]!.focus();
    boxes[0]!.select();
    await sendKeys({ type: '1604' });
    expect(boxes.map((b) => b.value)).to.deep.equal(['16', '04', '1990']);
    await tabAway();
    expect(el.value).to.equal('1990-04-16');
  });
});
