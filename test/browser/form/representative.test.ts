// TK01a does not make the parent type twice (issue 13 item 5): part A's name
// and birth date fill the matching parent row (by the relationship), a typed
// parent row is kept and only replaced in one tap, the child's permanent
// residence copies the representative's in one tap, and the ID card QR is
// offered for the representative (the parent has the card), not the child.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { clickOn } from '../widget/helpers.js';
import { choose, file, inside, maybeInside, qrPng } from '../uploads/helpers.js';
import { field, fill, form, maybe, openTask, press, q, settle, type HochieuForm } from './helpers.js';

const PARENT_CARD = '001098012345||Nguyễn Văn An|15031988|Nam|Phường Đông Kinh, Tỉnh Lạng Sơn|20082025';

async function readAndConfirm(el: HochieuForm, png: Uint8Array): Promise<void> {
  const details = q<HTMLDetailsElement>(el, 'details[data-qr]');
  if (!details.open) await clickOn(q(el, 'details[data-qr] summary'));
  const qr = q(el, 'hochieu-qr-prefill');
  choose(inside<HTMLInputElement>(qr, '#picker'), file(png, 'mat-truoc.png', 'image/png'));
  await waitUntil(() => maybeInside(qr, '#review') !== null || maybeInside(qr, '#error') !== null, 'the code was not read', { timeout: 15000 });
  expect(maybeInside(qr, '#error')).to.equal(null);
  await clickOn(inside(qr, '#confirm'));
  await settle(el);
  await new Promise((r) => setTimeout(r, 20));
  await settle(el);
}

async function child(extra: Record<string, unknown> = {}): Promise<HochieuForm> {
  return form({ declaration: { applicant: { dateOfBirth: '2018-02-01' }, ...extra } as never });
}

describe('<hochieu-form> TK01a: the parent types once', () => {
  afterEach(() => fixtureCleanup());

  it('the QR reader fills part A from the parent\'s card, and the father row follows; the child\'s step offers no QR', async function () {
    this.timeout(30000);
    const el = await child({ representative: { relationship: 'Cha' } });
    await openTask(el, 'representative');
    expect(el.step).to.equal('representative');
    expect(maybe(el, 'details[data-qr]')).to.not.equal(null);
    await readAndConfirm(el, await qrPng(PARENT_CARD));
    const r = el.value.representative!;
    expect(r.fullName).to.equal('Nguyễn Văn An');
    expect(r.dateOfBirth).to.equal('1988-03-15');
    expect(r.idNumber).to.equal('001098012345');
    expect(r.permanentAddress).to.equal('Phường Đông Kinh, Tỉnh Lạng Sơn');
    expect(el.value.family?.father?.fullName).to.equal('Nguyễn Văn An');
    expect(el.value.family?.father?.dateOfBirth).to.equal('1988-03-15');
    expect(el.value.family?.mother?.fullName ?? '').to.equal('');
    await press(el, 'back');
    await openTask(el, 'identity');
    expect(el.step).to.equal('identity');
    expect(maybe(el, 'details[data-qr]')).to.equal(null);
    await press(el, 'back');
    await openTask(el, 'family');
    expect(field(el, 'family.father.fullName').value).to.equal('Nguyễn Văn An');
    expect(maybe(el, '[data-parent-offer]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a mother row already typed is kept and offered for replacement in one tap', async function () {
    this.timeout(30000);
    const el = await child({ representative: { relationship: 'Mẹ' }, family: { mother: { fullName: 'Lê Thị Hoa', dateOfBirth: '1990-01-01' } } });
    await openTask(el, 'representative');
    await fill(el, 'representative.fullName', 'Lê Thị Hòa');
    await press(el, 'back');
    await openTask(el, 'family');
    expect(el.value.family?.mother?.fullName).to.equal('Lê Thị Hoa');
    const offer = q(el, '[data-parent-offer]');
    expect(offer.textContent).to.contain('Lê Thị Hòa');
    await expect(el).to.be.accessible();
    await press(el, 'use-representative');
    expect(el.value.family?.mother?.fullName).to.equal('Lê Thị Hòa');
    expect(el.value.family?.mother?.dateOfBirth).to.equal('1990-01-01', 'part A has no birth date yet: kept');
    expect(maybe(el, '[data-parent-offer]')).to.equal(null);
  });

  it('the child\'s permanent residence copies the representative\'s in one tap', async () => {
    const el = await child({ representative: { permanentAddress: 'Số 5, Phường Đông Kinh, Tỉnh Lạng Sơn' } });
    await openTask(el, 'addresses');
    const copy = q<HTMLButtonElement>(el, '[data-copy="applicant.permanentAddress"]');
    expect(copy.textContent).to.contain('Giống địa chỉ thường trú của người đại diện');
    await clickOn(copy);
    await settle(el);
    expect(el.value.applicant?.permanentAddress).to.equal('Số 5, Phường Đông Kinh, Tỉnh Lạng Sơn');
  });
});
