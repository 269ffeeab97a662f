// <hochieu-qr-prefill> with QR code pictures made in the test: the card's
// layout is read, reviewed and sent only on confirmation; other layouts are
// "cannot read"; an old address gets the pre-merger notice and can be fixed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@hochieu/widget/define';
import { readQr, type HochieuQrPrefill, type QrPrefillDetail } from '@hochieu/widget';
import { clickOn, typeInto } from '../widget/helpers.js';
import { choose, encode, file, inside, maybeInside, portrait, qrPng, text } from './helpers.js';

const CARD =
  '020190001234|123456789|Hoàng Thị Mai Anh|01021990|Nữ|Thôn Nà Pàn, Xã Tân Đoàn, Huyện Văn Quan, Lạng Sơn|12042021';
const NEW_CARD = '001098012345||Nguyễn Văn An|15031998|Nam|Phường Đông Kinh, Tỉnh Lạng Sơn|20082025';

/** Chooses the card's front image in the element's picker and waits for the review or an error. */
async function readFront(el: HochieuQrPrefill, f: File): Promise<void> {
  choose(inside<HTMLInputElement>(el, '#picker'), f);
  await waitUntil(() => maybeInside(el, '#review') !== null || maybeInside(el, '#error') !== null, 'nothing was read', {
    timeout: 15000,
  });
  await el.updateComplete;
}

function events(el: Element): QrPrefillDetail[] {
  const got: QrPrefillDetail[] = [];
  el.addEventListener('hochieu-qr-prefill', (e) => got.push((e as CustomEvent<QrPrefillDetail>).detail));
  return got;
}

function review(el: HochieuQrPrefill): Record<string, string> {
  const out: Record<string, string> = {};
  const terms = Array.from(el.shadowRoot!.querySelectorAll('#review dt'));
  for (const dt of terms) out[text(dt)] = text(dt.nextElementSibling);
  return out;
}

describe('<hochieu-qr-prefill>', () => {
  it('the JavaScript decoder reads the generated QR picture as UTF-8', async () => {
    const png = await qrPng(CARD);
    const bitmap = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    const result = await readQr(bitmap, { native: false });
    bitmap.close();
    expect(result).to.deep.equal({ ok: true, text: CARD, via: 'js' });
  });

  it('reads the front image, shows what will be filled, and sends it only on confirmation', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill today="2026-07-15"></hochieu-qr-prefill>`);
    const got = events(el);
    await readFront(el, file(await qrPng(NEW_CARD), 'mat-truoc.png', 'image/png'));
    expect(maybeInside(el, '#error')).to.equal(null);
    expect(review(el)).to.deep.equal({
      Họ: 'Nguyễn',
      'Chữ đệm và tên': 'Văn An',
      'Giới tính': 'Nam',
      'Ngày sinh': '15/03/1998',
      'Số định danh cá nhân': '001098012345',
      'Ngày cấp thẻ': '20/08/2025',
    });
    expect(maybeInside(el, '#address-notice')).to.equal(null);
    expect(inside<HTMLTextAreaElement>(el, '#address').value).to.equal('Phường Đông Kinh, Tỉnh Lạng Sơn');
    expect(el.shadowRoot!.activeElement?.id).to.equal('review');
    expect(got).to.have.length(0);

    await clickOn(inside(el, '#confirm'));
    await el.updateComplete;
    expect(got).to.have.length(1);
    expect(got[0]).to.deep.equal({
      data: {
        personalId: '001098012345',
        fullName: 'Nguyễn Văn An',
        familyName: 'Nguyễn',
        givenNames: 'Văn An',
        dateOfBirth: '1998-03-15',
        sex: 'male',
        permanentAddress: 'Phường Đông Kinh, Tỉnh Lạng Sơn',
        issueDate: '2025-08-20',
        addressMayBePreMerger: false,
        preMergerHints: [],
      },
      addressCorrected: false,
    });
    expect(text(inside(el, '#outcome'))).to.equal('Đã điền thông tin từ mã QR. Hãy kiểm tra lại từng mục trong tờ khai.');
  });

  it('the event bubbles out of shadow roots to the document', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('hochieu-qr-prefill');
    el.today = '2026-07-15';
    root.append(el);
    const got: QrPrefillDetail[] = [];
    const listener = (e: Event): void => void got.push((e as CustomEvent<QrPrefillDetail>).detail);
    document.addEventListener('hochieu-qr-prefill', listener);
    await readFront(el, file(await qrPng(NEW_CARD), 'f.png', 'image/png'));
    await clickOn(inside(el, '#confirm'));
    document.removeEventListener('hochieu-qr-prefill', listener);
    expect(got.map((d) => d.data.personalId)).to.deep.equal(['001098012345']);
  });

  it('flags an address from an older card and sends the corrected one', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill today="2026-07-15"></hochieu-qr-prefill>`);
    const got = events(el);
    await readFront(el, file(await qrPng(CARD), 'cccd.png', 'image/png'));
    const notice = inside(el, '#address-notice');
    expect(text(notice)).to.contain('Địa chỉ trên thẻ có thể còn ghi theo đơn vị hành chính cũ');
    const hints = Array.from(notice.querySelectorAll('li')).map((li) => [li.getAttribute('data-hint'), text(li)]);
    expect(hints).to.deep.equal([
      ['issuedBeforeMerger', 'Thẻ được cấp ngày 12/04/2021, trước khi sắp xếp lại đơn vị hành chính.'],
      ['districtLevel', 'Địa chỉ có cấp huyện (quận, huyện, thị xã); từ ngày 01/7/2025 không còn cấp này.'],
    ]);
    const address = inside<HTMLTextAreaElement>(el, '#address');
    expect(address.getAttribute('aria-describedby')).to.equal('address-notice');
    expect(review(el)['Số chứng minh nhân dân cũ']).to.equal('123456789');
    await typeInto(address, 'Thôn Nà Pàn, Xã Văn Quan, Tỉnh Lạng Sơn');
    await clickOn(inside(el, '#confirm'));
    expect(got).to.have.length(1);
    expect(got[0]!.addressCorrected).to.equal(true);
    expect(got[0]!.data.permanentAddress).to.equal('Thôn Nà Pàn, Xã Văn Quan, Tỉnh Lạng Sơn');
    expect(got[0]!.data.fullName).to.equal('Hoàng Thị Mai Anh');
    expect(got[0]!.data.oldId).to.equal('123456789');
  });

  it('names the former province the address uses and what it is part of now', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill lang="en" today="2026-07-15"></hochieu-qr-prefill>`);
    await readFront(el, file(await qrPng('002095001234||Lý Thị Mỷ|02021995|Nữ|Xã Minh Tân, Tỉnh Hà Giang|05092025'), 'f.png', 'image/png'));
    const hint = inside(el, '#address-notice li[data-hint="formerProvince"]');
    expect(text(hint)).to.equal('The address names Hà Giang, which is now part of Tuyên Quang.');
  });

  it('says an unknown layout cannot be read, shows no data and sends nothing', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill></hochieu-qr-prefill>`);
    const got = events(el);
    await readFront(el, file(await qrPng('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html'), 'link.png', 'image/png'));
    expect(text(inside(el, '#error'))).to.equal(
      'Không đọc được mã QR này: nội dung không theo cấu trúc của mã QR trên thẻ căn cước công dân gắn chip. Hãy tự nhập thông tin vào tờ khai.',
    );
    expect(maybeInside(el, '#review')).to.equal(null);
    expect(got).to.have.length(0);
  });

  it('refuses a card text with an eighth field rather than guessing', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill></hochieu-qr-prefill>`);
    await readFront(el, file(await qrPng(`${NEW_CARD}|extra`), 'x.png', 'image/png'));
    expect(text(inside(el, '#error'))).to.contain('Không đọc được mã QR này');
    expect(maybeInside(el, '#review')).to.equal(null);
  });

  it('says when there is no QR code in the picture', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill></hochieu-qr-prefill>`);
    await readFront(el, file(await encode(portrait(400, 300), 'image/png'), 'the.png', 'image/png'));
    expect(text(inside(el, '#error'))).to.match(/^Không tìm thấy mã QR trong ảnh\./u);
  });

  it('refuses a hostile "front image" with the upload message', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill></hochieu-qr-prefill>`);
    await readFront(el, file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'qr.svg', 'image/svg+xml'));
    expect(text(inside(el, '#error'))).to.match(/^Tệp “qr\.svg” là ảnh SVG/u);
  });

  it('reads the front image uploaded elsewhere in the form', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill today="2026-07-15"></hochieu-qr-prefill>`);
    expect(maybeInside(el, '#use-uploaded')).to.equal(null);
    el.image = file(await qrPng(NEW_CARD), 'front.png', 'image/png');
    await el.updateComplete;
    await clickOn(inside(el, '#use-uploaded'));
    await waitUntil(() => maybeInside(el, '#review') !== null, 'no review', { timeout: 15000 });
    expect(review(el)['Số định danh cá nhân']).to.equal('001098012345');
  });

  it('cancelling sends nothing and says the form is unchanged', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill today="2026-07-15"></hochieu-qr-prefill>`);
    const got = events(el);
    await readFront(el, file(await qrPng(NEW_CARD), 'f.png', 'image/png'));
    await clickOn(inside(el, '#cancel'));
    await el.updateComplete;
    expect(got).to.have.length(0);
    expect(text(inside(el, '#outcome'))).to.equal('Đã bỏ qua thông tin đọc từ mã QR, tờ khai không thay đổi.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('outcome');
  });

  it('offers the camera only where the page may use it', async () => {
    const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill no-camera></hochieu-qr-prefill>`);
    expect(maybeInside(el, '#camera')).to.equal(null);
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}): start, review with notice, error`, async () => {
      const el = await fixture<HochieuQrPrefill>(html`<hochieu-qr-prefill lang=${lang} today="2026-07-15"></hochieu-qr-prefill>`);
      await expect(el).to.be.accessible();
      await readFront(el, file(await qrPng(CARD), 'a.png', 'image/png'));
      expect(maybeInside(el, '#address-notice')).to.not.equal(null);
      await expect(el).to.be.accessible();
      await clickOn(inside(el, '#cancel'));
      await readFront(el, file(await qrPng('hello'), 'b.png', 'image/png'));
      expect(maybeInside(el, '#error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
