// <hochieu-file-input> as a citizen uses it: choose a file in the picker,
// see it, remove it; hostile files are refused one by one with their own
// message while the file chosen before stays, and the page stays responsive.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@hochieu/widget/define';
import type { HochieuFileInput } from '@hochieu/widget';
import { clickOn } from '../widget/helpers.js';
import { choose, encode, file, inside, longestTask, maybeInside, noise, pngDeclaring, portrait, text } from './helpers.js';

/**
 * No long task over this while a hostile file is handled: far below what decoding the 30 000² PNG
 * bomb or reading the 57 MB file would block for (seconds), loose enough for a loaded machine
 * (speed itself is measured by `pnpm bench`, not here).
 */
const LONG_TASK_LIMIT_MS = 1500;

/** Chooses a file in the picker and waits for the outcome (every outcome's announcement names the file). */
async function pick(el: HochieuFileInput, f: File): Promise<void> {
  const status = (): string => text(el.shadowRoot!.querySelector('[role="status"]'));
  choose(inside<HTMLInputElement>(el, '#picker'), f);
  await el.updateComplete;
  await waitUntil(() => status().includes(`${f.name}`) && !/^(Đang kiểm tra|Checking)/u.test(status()), `no outcome for ${f.name}`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

async function hostileFiles(): Promise<{ name: string; f: File; pattern: RegExp }[]> {
  const jpeg = await encode(noise(240, 360), 'image/jpeg');
  return [
    {
      name: 'svg',
      f: file('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>', 'anh.svg', 'image/svg+xml'),
      pattern: /Tệp “anh\.svg” là ảnh SVG\. Vì lý do an toàn, ảnh SVG không được nhận/u,
    },
    {
      name: 'html',
      f: file('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>', 'mat-truoc.jpg', 'image/jpeg'),
      pattern: /Tệp “mat-truoc\.jpg” thực chất là một trang web \(HTML\)/u,
    },
    {
      name: 'truncated',
      f: file(jpeg.subarray(0, Math.floor(jpeg.length * 0.55)), 'bi-cat.jpg', 'image/jpeg'),
      pattern: /Tệp “bi-cat\.jpg” không đầy đủ: thiếu phần cuối/u,
    },
    { name: 'empty', f: file(new Uint8Array(0), 'rong.jpg', 'image/jpeg'), pattern: /Tệp “rong\.jpg” trống \(0 byte\)/u },
    {
      name: 'bomb',
      f: file(pngDeclaring(30000, 30000), 'khong-lo.png', 'image/png'),
      pattern: /Ảnh “khong-lo\.png” ghi kích thước 30\.000 × 30\.000 điểm ảnh, quá lớn để mở an toàn/u,
    },
    {
      name: 'huge',
      f: new File([new Uint8Array(60e6)], 'rat-lon.jpg', { type: 'image/jpeg' }),
      pattern: /Tệp “rat-lon\.jpg” nặng 57,2 MB, quá mức tối đa 10 MB/u,
    },
    {
      name: 'notPdf',
      f: file('PK\u0003\u0004 this is a zip', 'giay-khai-sinh.pdf', 'application/pdf'),
      pattern: /Tệp “giay-khai-sinh\.pdf” mang tên tệp PDF nhưng nội dung không phải PDF/u,
    },
  ];
}

describe('<hochieu-file-input>', () => {
  it('keeps a chosen image, shows its thumbnail, name and size, and hands the File to the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><hochieu-file-input name="cccdFront" label="Ảnh mặt trước thẻ căn cước"></hochieu-file-input></form>`,
    );
    const el = form.querySelector('hochieu-file-input')!;
    const png = file(await encode(portrait(300, 200), 'image/png'), 'mat-truoc.png', 'image/png');
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    await pick(el, png);
    expect(el.file).to.equal(png);
    expect(el.value).to.equal('mat-truoc.png');
    expect(changes).to.equal(1);
    expect(new FormData(form).get('cccdFront')).to.equal(png);
    expect(inside<HTMLImageElement>(el, '[part~="thumbnail"]').src).to.match(/^blob:/u);
    expect(text(inside(el, '[part~="file"]'))).to.contain('Tệp đã chọn: mat-truoc.png');
    expect(text(inside(el, '[role="status"]'))).to.equal('Đã nhận tệp mat-truoc.png.');
  });

  it('removes the file with its button and puts focus back on the chooser', async () => {
    const el = await fixture<HochieuFileInput>(html`<hochieu-file-input label="Ảnh mặt sau" required></hochieu-file-input>`);
    await pick(el, file(await encode(portrait(90, 60), 'image/jpeg'), 'sau.jpg', 'image/jpeg'));
    expect(el.checkValidity()).to.equal(true);
    await clickOn(inside(el, '[part~="remove"]'));
    await el.updateComplete;
    expect(el.file).to.equal(null);
    expect(el.value).to.equal('');
    expect(el.checkValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('input');
  });

  it('names its chooser button with the label and describes it with the limits', async () => {
    const el = await fixture<HochieuFileInput>(html`<hochieu-file-input label="Ảnh mặt trước" kind="attachment"></hochieu-file-input>`);
    const button = inside<HTMLButtonElement>(el, '#input');
    expect(button.getAttribute('aria-labelledby')).to.equal('label input-text');
    expect(text(inside(el, '#hint'))).to.contain('Nhận ảnh JPEG, PNG hoặc tệp PDF, tối đa 10 MB.');
    expect(button.getAttribute('aria-describedby')!.split(' ')).to.include('hint');
  });

  it('accepts a real PDF as an attachment and shows it by name', async () => {
    const el = await fixture<HochieuFileInput>(html`<hochieu-file-input label="Giấy khai sinh" kind="attachment"></hochieu-file-input>`);
    const pdf = file('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n', 'giay-khai-sinh.pdf', 'application/pdf');
    await pick(el, pdf);
    expect(el.file).to.equal(pdf);
    expect(maybeInside(el, '[part~="thumbnail"]')).to.equal(null);
    expect(text(inside(el, '[part~="file"]'))).to.contain('giay-khai-sinh.pdf');
  });

  it('refuses each hostile file with its own message and keeps the file chosen before', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><hochieu-file-input name="giayTo" label="Giấy tờ kèm theo" kind="attachment"></hochieu-file-input></form>`,
    );
    const el = form.querySelector('hochieu-file-input')!;
    const good = file(await encode(portrait(300, 200), 'image/jpeg'), 'hop-le.jpg', 'image/jpeg');
    await pick(el, good);
    const cases = await hostileFiles();
    const messages = new Set<string>();
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    const longest = await longestTask(async () => {
      for (const c of cases) {
        await pick(el, c.f);
        const message = text(inside(el, '#error'));
        expect(message, c.name).to.match(c.pattern);
        messages.add(message.replace(/“[^”]*”/u, ''));
        // The earlier valid file is still the value, in the element and in the form.
        expect(el.file, c.name).to.equal(good);
        expect(new FormData(form).get('giayTo'), c.name).to.equal(good);
        expect(text(inside(el, '[role="status"]')), c.name).to.contain('Tệp chọn trước đó (hop-le.jpg) vẫn được giữ.');
        expect(inside<HTMLButtonElement>(el, '#input').getAttribute('aria-describedby')!.split(' ')).to.include('error');
      }
    });
    expect(messages.size).to.equal(cases.length);
    expect(changes).to.equal(0);
    expect(longest).to.be.below(LONG_TASK_LIMIT_MS);
  });

  it('refuses a PDF for an ID card image (images only)', async () => {
    const el = await fixture<HochieuFileInput>(html`<hochieu-file-input label="Ảnh mặt trước"></hochieu-file-input>`);
    await pick(el, file('%PDF-1.4\nstartxref\n0\n%%EOF\n', 'the.pdf', 'application/pdf'));
    expect(text(inside(el, '#error'))).to.equal('Lỗi: Tệp “the.pdf” là tệp PDF, loại tệp không dùng được ở đây. Hãy chọn ảnh JPEG hoặc PNG.');
  });

  it('a later valid file clears the refusal', async () => {
    const el = await fixture<HochieuFileInput>(html`<hochieu-file-input label="Ảnh mặt trước"></hochieu-file-input>`);
    await pick(el, file(new Uint8Array(0), 'rong.jpg', 'image/jpeg'));
    expect(maybeInside(el, '#error')).to.not.equal(null);
    const good = file(await encode(portrait(60, 40), 'image/png'), 'ok.png', 'image/png');
    await pick(el, good);
    expect(maybeInside(el, '#error')).to.equal(null);
    expect(el.file).to.equal(good);
  });

  it('speaks English in an English page, refusals included', async () => {
    const el = await fixture<HochieuFileInput>(html`<hochieu-file-input lang="en" label="Front of the ID card"></hochieu-file-input>`);
    await pick(el, file('<svg xmlns="http://www.w3.org/2000/svg"/>', 'x.svg', 'image/svg+xml'));
    expect(text(inside(el, '#error'))).to.equal(
      'Error: The file “x.svg” is an SVG image. For safety, SVG images are not accepted. Choose a JPEG or PNG image.',
    );
    expect(text(inside(el, '#hint'))).to.contain('Use a JPEG or PNG image, up to 10 MB.');
  });

  for (const lang of ['vi', 'en']) {
    it(`has no axe violations (${lang}), empty, with a file, and refusing a file`, async () => {
      const el = await fixture<HochieuFileInput>(html`<hochieu-file-input lang=${lang} label="Ảnh mặt trước thẻ"></hochieu-file-input>`);
      await expect(el).to.be.accessible();
      await pick(el, file(await encode(portrait(90, 60), 'image/jpeg'), 'a.jpg', 'image/jpeg'));
      await expect(el).to.be.accessible();
      await pick(el, file('<!doctype html><p>x', 'b.jpg', 'image/jpeg'));
      expect(maybeInside(el, '#error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
