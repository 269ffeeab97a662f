// Issue 13, item 2: no click is lost when the layout would jump. With the
// real mouse: "Tiếp tục" pressed while the "Nơi sinh" suggestion list is
// open is taken on the first click; a field whose error appears when it is
// left (a past submission date's warning) does not move the button out from under the
// pointer between mouse-down and mouse-up.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import { field, form, openTask, q, settle, shadow, type HochieuForm } from './helpers.js';

/** A click as a person makes it: the button is held for a moment between mouse-down and mouse-up. */
async function humanClick(target: Element): Promise<{ movedBy: number }> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  const position: [number, number] = [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  await new Promise((resolve) => setTimeout(resolve, 120));
  const held = target.getBoundingClientRect();
  await sendMouse({ type: 'up' });
  await resetMouse();
  return { movedBy: Math.abs(held.y - r.y) };
}

/** Counts the form's `hochieu-validation` events: one per "Tiếp tục" actually taken. */
function countChecks(el: HochieuForm): { count: () => number } {
  let n = 0;
  el.addEventListener('hochieu-validation', () => (n += 1));
  return { count: () => n };
}

describe('<hochieu-form> no lost click (issue 13, item 2)', () => {
  // Safari has no scroll anchoring, and Chromium's does not apply at the top of a page: turn it off so
  // that a layout jump is not hidden by the browser moving the scroll position. The host page goes on
  // below the form (as pages do), so the scroll position is not clamped at the end of the document.
  before(() => {
    document.documentElement.style.overflowAnchor = 'none';
    document.body.style.overflowAnchor = 'none';
    document.body.style.paddingBottom = '150vh';
  });
  after(() => {
    document.documentElement.style.overflowAnchor = '';
    document.body.style.overflowAnchor = '';
    document.body.style.paddingBottom = '';
  });
  afterEach(() => fixtureCleanup());

  it('"Tiếp tục" is taken on the first click while the "Nơi sinh" suggestions are open', async () => {
    const el = await form({ declaration: { applicant: { ...example('minimalAdult').applicant, placeOfBirth: '' } } as DeclarationDraft });
    await openTask(el, 'identity');
    const place = field(el, 'applicant.placeOfBirth');
    const input = shadow(place).querySelector<HTMLInputElement>('input')!;
    input.focus();
    await sendKeys({ type: 'Hà' });
    await waitUntil(() => (place as unknown as { open: boolean }).open, 'the suggestions did not open');
    const checks = countChecks(el);
    const { movedBy } = await humanClick(q(el, '[data-action="continue"]'));
    await settle(el);
    expect(movedBy, 'the button stays under the pointer while it is held').to.equal(0);
    expect(checks.count(), 'the click on "Tiếp tục" was taken').to.equal(1);
    expect((place as unknown as { open: boolean }).open, 'the list closes after the click').to.equal(false);
  });

  it('a message shown when a field is left does not move "Tiếp tục" from under the pointer', async () => {
    const el = await form({ declaration: example('minimalAdult') as DeclarationDraft });
    await openTask(el, 'submission');
    const date = field(el, 'submission.date');
    const day = shadow(date).querySelector<HTMLInputElement>('#day')!;
    day.focus();
    day.select();
    // A past date: its error appears once the field is left.
    await sendKeys({ type: '01012020' });
    const checks = countChecks(el);
    const { movedBy } = await humanClick(q(el, '[data-action="continue"]'));
    await settle(el);
    expect(movedBy, 'the button stays under the pointer while it is held').to.equal(0);
    expect(checks.count(), 'the click on "Tiếp tục" was taken').to.equal(1);
  });
});
