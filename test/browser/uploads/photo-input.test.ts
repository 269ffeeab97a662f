// <hochieu-photo-input> as a citizen uses it: choose a photo, move and zoom
// the 4:6 frame with the keyboard, use it; the output is a JPEG of exactly
// 2:3 pixels, within the size limit, without EXIF/GPS. Advisory findings can
// be overridden; hostile files are refused and the photo accepted before stays.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@hochieu/widget/define';
import { hasExifSegment, readImageHeader, type HochieuPhotoInput } from '@hochieu/widget';
import { clickOn } from '../widget/helpers.js';
import { choose, containsExifBytes, encode, file, inside, maybeInside, noise, pngDeclaring, portrait, shows, text, withExif } from './helpers.js';

const TWO_MB = 2 * 1024 * 1024;

/** Chooses a photo in the picker and waits for the crop frame (or a refusal). */
async function pickPhoto(el: HochieuPhotoInput, f: File): Promise<void> {
  choose(inside<HTMLInputElement>(el, '#picker'), f);
  await waitUntil(
    () => maybeInside(el, '#frame') !== null || text(maybeInside(el, '#error')).includes(f.name),
    `nothing happened for ${f.name}`,
    { timeout: 10000 },
  );
  await el.updateComplete;
}

/** Presses "Dùng khung này" and waits for the photo to be accepted or the findings to show. */
async function applyFrame(el: HochieuPhotoInput): Promise<'accepted' | 'findings'> {
  await clickOn(inside(el, '#apply'));
  await waitUntil(() => maybeInside(el, '#findings') !== null || (el.file !== null && maybeInside(el, '#frame') === null), 'no result', {
    timeout: 15000,
  });
  await el.updateComplete;
  return maybeInside(el, '#findings') ? 'findings' : 'accepted';
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('<hochieu-photo-input>', () => {
  it('turns a JPEG with EXIF and GPS into a 600 × 900 JPEG of at most 2 MB without them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><hochieu-photo-input name="anh" label="Ảnh chân dung"></hochieu-photo-input></form>`);
    const el = form.querySelector('hochieu-photo-input')!;
    const source = withExif(await encode(portrait(1000, 1500), 'image/jpeg'));
    expect(hasExifSegment(source)).to.equal(true);
    await pickPhoto(el, file(source, 'IMG_0001.jpg', 'image/jpeg'));
    const outcome = await applyFrame(el);
    if (outcome === 'findings') await clickOn(inside(el, '#use-anyway'));
    await el.updateComplete;
    const out = el.file!;
    expect(out).to.be.instanceOf(File);
    expect(out.type).to.equal('image/jpeg');
    expect(out.name).to.equal('anh-chan-dung.jpg');
    expect(out.size).to.be.at.most(TWO_MB);
    const bytes = await bytesOf(out);
    const header = readImageHeader(bytes, 'jpeg');
    expect(header).to.deep.include({ ok: true, width: 600, height: 900, complete: true });
    expect(hasExifSegment(bytes)).to.equal(false);
    expect(containsExifBytes(bytes)).to.equal(false);
    const decoded = await createImageBitmap(out);
    expect(decoded.width * 3).to.equal(decoded.height * 2);
    decoded.close();
    expect(new FormData(form).get('anh')).to.equal(out);
    expect(text(inside(el, '[part~="file"]'))).to.contain('JPEG 600 × 900 điểm ảnh');
  });

  it('keeps the output within a lowered size limit by stepping the quality down, still exactly 2:3', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    el.maxBytes = 150_000;
    await pickPhoto(el, file(await encode(noise(1200, 1800, 3), 'image/jpeg'), 'noise.jpg', 'image/jpeg'));
    const outcome = await applyFrame(el);
    expect(outcome).to.equal('findings');
    // Scaled-down noise is an even grey: not a white background, and it needed strong compression.
    const ids = Array.from(el.shadowRoot!.querySelectorAll('#findings li')).map((li) => li.getAttribute('data-check'));
    expect(ids).to.deep.equal(['backgroundNotLight', 'compressed']);
    await clickOn(inside(el, '#use-anyway'));
    await el.updateComplete;
    expect(el.file!.size).to.be.at.most(150_000);
    const bitmap = await createImageBitmap(el.file!);
    expect(bitmap.width * 3).to.equal(bitmap.height * 2);
    bitmap.close();
    expect(text(inside(el, '[part~="file"]'))).to.contain('Bạn đã chọn dùng ảnh này dù có lưu ý.');
  });

  it('moves and zooms the frame with the keyboard, and says where it is', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    await pickPhoto(el, file(await encode(portrait(1600, 1200), 'image/jpeg'), 'ngang.jpg', 'image/jpeg'));
    const frame = inside(el, '#frame');
    expect(el.shadowRoot!.activeElement).to.equal(frame);
    expect(frame.getAttribute('aria-describedby')).to.equal('crop-help crop-status');
    const start = el.cropArea!;
    expect([start.width, start.height]).to.deep.equal([800, 1200]);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const right = el.cropArea!;
    expect(right.x).to.be.greaterThan(start.x);
    expect(right.y).to.equal(start.y);

    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.cropArea!.x).to.be.lessThan(start.x);

    await sendKeys({ press: '+' });
    await el.updateComplete;
    const zoomed = el.cropArea!;
    expect(zoomed.height).to.be.lessThan(1200);
    expect(zoomed.width / zoomed.height).to.be.closeTo(2 / 3, 1e-9);
    expect(text(inside(el, '#crop-status'))).to.match(/^Thu phóng 110%\. Khung cách mép trái \d+%, cách mép trên \d+%\.$/u);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.cropArea!.y).to.be.greaterThan(zoomed.y);

    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(el.cropArea).to.deep.equal(start);
  });

  it('uses the moved frame for the output', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    // Left half black, right half white: moving the frame to the right edge gives a white photo.
    const split = document.createElement('canvas');
    split.width = 1800;
    split.height = 1200;
    const ctx = split.getContext('2d')!;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, 900, 1200);
    ctx.fillStyle = '#fff';
    ctx.fillRect(900, 0, 900, 1200);
    await pickPhoto(el, file(await encode(split, 'image/png'), 'split.png', 'image/png'));
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.cropArea!.x + el.cropArea!.width).to.be.closeTo(1800, 1e-6);
    const outcome = await applyFrame(el);
    if (outcome === 'findings') await clickOn(inside(el, '#use-anyway'));
    const bitmap = await createImageBitmap(el.file!);
    const c = document.createElement('canvas');
    c.width = bitmap.width;
    c.height = bitmap.height;
    c.getContext('2d')!.drawImage(bitmap, 0, 0);
    const px = c.getContext('2d')!.getImageData(Math.floor(bitmap.width / 2), Math.floor(bitmap.height / 2), 1, 1).data;
    expect(px[0]).to.be.greaterThan(240);
    bitmap.close();
  });

  it('lists advisory findings with reasons, and "Chỉnh lại khung" goes back to the frame', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    await pickPhoto(el, file(await encode(portrait(300, 450, '#1f5fbf'), 'image/jpeg'), 'nen-xanh.jpg', 'image/jpeg'));
    expect(await applyFrame(el)).to.equal('findings');
    expect(el.shadowRoot!.activeElement?.id).to.equal('findings');
    const items = Array.from(el.shadowRoot!.querySelectorAll('#findings li'));
    const byId = new Map(items.map((li) => [li.getAttribute('data-check'), text(li)]));
    expect(byId.get('backgroundNotLight')).to.equal('Phông nền gần mép ảnh không phải màu trắng. Ảnh hộ chiếu cần phông nền trắng.');
    expect(byId.get('lowResolution')).to.equal(
      'Phần ảnh trong khung chỉ có 300 × 450 điểm ảnh (nên có ít nhất 400 × 600), ảnh in ra có thể bị mờ.',
    );
    expect(el.file).to.equal(null);
    await clickOn(inside(el, '#adjust'));
    await el.updateComplete;
    expect(maybeInside(el, '#frame')).to.not.equal(null);
    expect(el.file).to.equal(null);
  });

  it('accepts a clean portrait without asking', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    const big = await encode(portrait(800, 1200), 'image/png');
    await pickPhoto(el, file(big, 'chan-dung.png', 'image/png'));
    let changed = 0;
    el.addEventListener('change', () => (changed += 1));
    expect(await applyFrame(el)).to.equal('accepted');
    expect(changed).to.equal(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('current');
    expect(text(inside(el, '[role="status"]'))).to.equal('Đã nhận ảnh chân dung.');
  });

  it('refuses hostile files with their own messages and keeps the accepted photo', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    await pickPhoto(el, file(await encode(portrait(800, 1200), 'image/png'), 'ok.png', 'image/png'));
    if ((await applyFrame(el)) === 'findings') await clickOn(inside(el, '#use-anyway'));
    const kept = el.file!;
    const jpeg = await encode(noise(200, 300), 'image/jpeg');
    const cases: [File, RegExp][] = [
      [file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 's.svg', 'image/svg+xml'), /ảnh SVG/u],
      [file('<html><script>alert(1)</script></html>', 'h.jpg', 'image/jpeg'), /trang web \(HTML\)/u],
      [file(jpeg.subarray(0, 900), 't.jpg', 'image/jpeg'), /không đầy đủ/u],
      [file(new Uint8Array(0), 'e.jpg', 'image/jpeg'), /trống \(0 byte\)/u],
      [file(pngDeclaring(30000, 30000), 'b.png', 'image/png'), /30\.000 × 30\.000/u],
      [new File([new Uint8Array(60e6)], 'l.jpg', { type: 'image/jpeg' }), /nặng 57,2 MB, quá mức tối đa 25 MB/u],
    ];
    for (const [f, pattern] of cases) {
      await pickPhoto(el, f);
      expect(text(inside(el, '#error')), f.name).to.match(pattern);
      expect(el.file, f.name).to.equal(kept);
      expect(maybeInside(el, '#frame'), f.name).to.equal(null);
    }
  });

  it('cancelling the frame keeps the accepted photo', async () => {
    const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input label="Ảnh"></hochieu-photo-input>`);
    await pickPhoto(el, file(await encode(portrait(800, 1200), 'image/png'), 'a.png', 'image/png'));
    if ((await applyFrame(el)) === 'findings') await clickOn(inside(el, '#use-anyway'));
    const kept = el.file;
    await pickPhoto(el, file(await encode(portrait(600, 900), 'image/png'), 'b.png', 'image/png'));
    const cancel = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => text(b) === 'Hủy')!;
    await clickOn(cancel);
    await el.updateComplete;
    expect(el.file).to.equal(kept);
    expect(el.shadowRoot!.activeElement?.id).to.equal('input');
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}): empty, cropping, findings, accepted, refused`, async () => {
      const el = await fixture<HochieuPhotoInput>(html`<hochieu-photo-input lang=${lang} label="Ảnh chân dung"></hochieu-photo-input>`);
      await expect(el).to.be.accessible();
      await pickPhoto(el, file(await encode(portrait(300, 450, '#1f5fbf'), 'image/jpeg'), 'x.jpg', 'image/jpeg'));
      await shows(el, '#frame');
      await expect(el).to.be.accessible();
      expect(await applyFrame(el)).to.equal('findings');
      await expect(el).to.be.accessible();
      await clickOn(inside(el, '#use-anyway'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await pickPhoto(el, file('<svg/>', 'y.svg', 'image/svg+xml'));
      expect(maybeInside(el, '#error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
