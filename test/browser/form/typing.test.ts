// Issue 13, item 3 in the form: the birth date typed as people type it
// ("15031990" in the day box, in one go) is understood; a future birth year
// is an error on the field and does not switch an adult to TK01a.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tabAway } from '../widget/helpers.js';
import { field, fill, form, maybe, press, settle, shadow, type HochieuForm } from './helpers.js';

function dayBox(el: HochieuForm): HTMLInputElement {
  return shadow(field(el, 'applicant.dateOfBirth')).querySelector<HTMLInputElement>('#day')!;
}

describe('<hochieu-form> dates as people type them (issue 13)', () => {
  afterEach(() => fixtureCleanup());

  it('"15031990" typed in one go into the day box of the birth date is 15/03/1990', async () => {
    const el = await form();
    await press(el, 'start');
    dayBox(el).focus();
    await sendKeys({ type: '15031990' });
    await tabAway();
    await settle(el);
    expect(el.value.applicant?.dateOfBirth).to.equal('1990-03-15');
    expect(el.form).to.equal('TK01');
    expect(field(el, 'applicant.dateOfBirth').error).to.equal('');
  });

  it('a future birth year is an error on the field and keeps the adult on TK01, with no switch notice', async () => {
    const el = await form();
    await press(el, 'start');
    await fill(el, 'applicant.dateOfBirth', '1990-03-15');
    await fill(el, 'applicant.dateOfBirth', '2090-03-15');
    expect(field(el, 'applicant.dateOfBirth').error).to.not.equal('');
    expect(el.form).to.equal('TK01');
    expect(maybe(el, '[data-notice="TK01a"]')).to.equal(null);
  });
});
