// "Điền tự động từ mã QR trên thẻ căn cước" in <hochieu-form>, with QR code
// pictures generated in the test (the card's `|`-separated layout): the
// confirmed details fill the empty answers, typed answers are kept until the
// citizen chooses to replace them, the pre-merger address notice is shown,
// the uploaded front image of the card can be read, and the personal data
// of the reader's event never leaves the form; axe with the disclosure open,
// the notice and the question shown.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { clickOn } from '../widget/helpers.js';
import { choose, file, inside, maybeInside, qrPng } from '../uploads/helpers.js';
import { field, fill, form, maybe, openTask, press, q, settle, type HochieuForm } from './helpers.js';
import { addFile, text, toUploads } from './upload-helpers.js';

/** Issued before 1/7/2025 with a district in the address: the address notice applies. */
const OLD_CARD =
  '020190001234|123456789|Hoàng Thị Mai Anh|01021990|Nữ|Thôn Nà Pàn, Xã Tân Đoàn, Huyện Văn Quan, Lạng Sơn|12042021';
/** Issued after the merger, current units. */
const NEW_CARD = '001098012345||Nguyễn Văn An|15031998|Nam|Phường Đông Kinh, Tỉnh Lạng Sơn|20082025';

function reader(el: HochieuForm): HTMLElement {
  return q(el, 'hochieu-qr-prefill');
}

/** Opens the disclosure, chooses the picture in the reader and confirms what it shows. */
async function readAndConfirm(el: HochieuForm, png: Uint8Array): Promise<void> {
  const details = q<HTMLDetailsElement>(el, 'details[data-qr]');
  if (!details.open) await clickOn(q(el, 'details[data-qr] summary'));
  const qr = reader(el);
  choose(inside<HTMLInputElement>(qr, '#picker'), file(png, 'mat-truoc.png', 'image/png'));
  await waitUntil(() => maybeInside(qr, '#review') !== null || maybeInside(qr, '#error') !== null, 'the code was not read', { timeout: 15000 });
  expect(maybeInside(qr, '#error')).to.equal(null);
  await clickOn(inside(qr, '#confirm'));
  await settle(el);
  await new Promise((r) => setTimeout(r, 20));
  await settle(el);
}

/** Counts `hochieu-qr-prefill` events that reach the form's host or the document. */
function leaks(el: HochieuForm): { count: number } {
  const seen = { count: 0 };
  const count = (): void => void (seen.count += 1);
  el.addEventListener('hochieu-qr-prefill', count);
  document.addEventListener('hochieu-qr-prefill', count);
  return seen;
}

describe('<hochieu-form> QR prefill', () => {
  afterEach(() => fixtureCleanup());

  it('fills the empty answers from the card, shows the old-address notice, and keeps the personal data inside', async function () {
    this.timeout(30000);
    const el = await form();
    const seen = leaks(el);
    await press(el, 'start');
    expect(el.step).to.equal('identity');
    expect(text(q(el, 'details[data-qr] summary'))).to.equal('Điền tự động từ mã QR trên thẻ căn cước');
    await readAndConfirm(el, await qrPng(OLD_CARD));
    const a = el.value.applicant!;
    expect(a.familyName).to.equal('Hoàng');
    expect(a.givenNames).to.equal('Thị Mai Anh');
    expect(a.sex).to.equal('female');
    expect(a.dateOfBirth).to.equal('1990-02-01');
    expect(a.personalId).to.equal('020190001234');
    expect(a.permanentAddress).to.equal('Thôn Nà Pàn, Xã Tân Đoàn, Huyện Văn Quan, Lạng Sơn');
    // The fields on screen show them.
    expect(field(el, 'applicant.familyName').value).to.equal('Hoàng');
    expect(field(el, 'applicant.dateOfBirth').value).to.equal('1990-02-01');
    expect(text(q(el, '[data-qr-message]'))).to.contain('Đã điền 6 mục từ mã QR');
    expect(q(el, '[data-qr-message]').closest('[role="status"]')).to.not.equal(null);
    const notice = text(q(el, '[data-qr-address]'));
    expect(notice).to.contain('Địa chỉ trên thẻ có thể còn ghi theo đơn vị hành chính cũ');
    expect(notice).to.contain('Địa chỉ thường trú đã điền lấy từ thẻ');
    expect(maybe(el, '[data-qr-conflicts]')).to.equal(null);
    expect(seen.count).to.equal(0);
    await expect(el).to.be.accessible();
    // The notice is repeated where the address is typed.
    await press(el, 'back');
    await openTask(el, 'addresses');
    expect(el.step).to.equal('addresses');
    expect(text(q(el, '[data-qr-address]'))).to.contain('Hãy kiểm tra và sửa lại');
  });

  it('asks before replacing typed answers: "Giữ" keeps them, "Thay" uses the card', async function () {
    this.timeout(30000);
    const el = await form();
    await press(el, 'start');
    await fill(el, 'applicant.familyName', 'Trần');
    await fill(el, 'applicant.dateOfBirth', '1998-03-15');
    await readAndConfirm(el, await qrPng(NEW_CARD));
    // Empty answers were filled; the same date of birth is no conflict; the typed family name is untouched.
    expect(el.value.applicant!.givenNames).to.equal('Văn An');
    expect(el.value.applicant!.personalId).to.equal('001098012345');
    expect(el.value.applicant!.familyName).to.equal('Trần');
    const conflicts = q(el, '[data-qr-conflicts]');
    expect(Array.from(conflicts.querySelectorAll('[data-qr-conflict]')).map((r) => r.getAttribute('data-qr-conflict'))).to.deep.equal([
      'applicant.familyName',
    ]);
    expect(text(conflicts)).to.contain('Đã khai: TRẦN · Trên thẻ: NGUYỄN');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'qr-conflicts', 'the question is focused', { timeout: 2000 });
    // No address notice for a card issued after the merger.
    expect(maybe(el, '[data-qr-address]')).to.equal(null);
    await expect(el).to.be.accessible();

    await press(el, 'qr-keep');
    expect(el.value.applicant!.familyName).to.equal('Trần');
    expect(field(el, 'applicant.familyName').value).to.equal('Trần');
    expect(maybe(el, '[data-qr-conflicts]')).to.equal(null);
    expect(text(q(el, '[data-qr-message]'))).to.contain('Đã giữ nguyên những gì bạn đã khai.');

    await readAndConfirm(el, await qrPng(NEW_CARD));
    expect(el.value.applicant!.familyName).to.equal('Trần');
    await press(el, 'qr-replace');
    expect(el.value.applicant!.familyName).to.equal('Nguyễn');
    expect(field(el, 'applicant.familyName').value).to.equal('Nguyễn');
    expect(text(q(el, '[data-qr-message]'))).to.contain('Đã thay 1 mục bằng thông tin trên thẻ.');
  });

  it('reads the front image uploaded on the uploads step', async function () {
    this.timeout(30000);
    const el = await form();
    await toUploads(el);
    await addFile(el, 'idFront', file(await qrPng(NEW_CARD), 'mat-truoc.png', 'image/png'));
    await press(el, 'back');
    await openTask(el, 'identity');
    await clickOn(q(el, 'details[data-qr] summary'));
    const qr = reader(el);
    await clickOn(inside(qr, '#use-uploaded'));
    await waitUntil(() => maybeInside(qr, '#review') !== null, 'the uploaded image was not read', { timeout: 15000 });
    await clickOn(inside(qr, '#confirm'));
    await settle(el);
    expect(el.value.applicant!.personalId).to.equal('001098012345');
    expect(el.value.applicant!.sex).to.equal('male');
  });
});
