// Behaviour particular to each field element, tested as a user would use it:
// NFC on commit, the capital-letter preview, suggestions, the date input's
// partial text and year-only mode, the ID number's grouping, the telephone
// keyboard, the radio group's arrow keys and the checkbox's submission.
import { expect, fixture, html } from '@open-wc/testing';
import '@hochieu/widget/define';
import type { HochieuCheckbox, HochieuChoice, HochieuDateInput, HochieuIdInput, HochieuTextField } from '@hochieu/widget';
import { findAx, part, parts, press, shadowOf, tabAway, typeInto, typeMore } from './helpers.js';

describe('<hochieu-text-field>', () => {
  it('turns decomposed (NFD) typing into an NFC value when the field is left', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><hochieu-text-field name="ten" label="Tên"></hochieu-text-field></form>`);
    const el = form.querySelector('hochieu-text-field')!;
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(nfd.length).to.be.greaterThan('Nguyễn Thị Ánh'.length);
    await typeInto(part(el, 'input'), nfd);
    await tabAway();
    expect(el.value).to.equal('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(el.value.normalize('NFC')).to.equal(el.value);
    expect(new FormData(form).get('ten')).to.equal('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(part<HTMLInputElement>(el, 'input').value).to.equal('Nguyễn Thị Ánh'.normalize('NFC'));
  });

  it('shows the name in capitals as it will be printed', async () => {
    const el = await fixture<HochieuTextField>(html`<hochieu-text-field label="Họ, chữ đệm và tên" preview></hochieu-text-field>`);
    expect(shadowOf(el).querySelector('[part="preview"]')).to.equal(null);
    await typeInto(part(el, 'input'), 'nguyễn văn an');
    await el.updateComplete;
    expect(part(el, 'preview').textContent?.replace(/\s+/gu, ' ').trim()).to.equal('Sẽ in là: NGUYỄN VĂN AN');
  });

  it('offers suggestions through a native datalist tied to the input', async () => {
    const el = await fixture<HochieuTextField>(html`<hochieu-text-field label="Dân tộc"></hochieu-text-field>`);
    expect(part(el, 'input').hasAttribute('list')).to.equal(false);
    el.suggestions = ['Kinh', 'Tày', 'Thái'];
    await el.updateComplete;
    const input = part<HTMLInputElement>(el, 'input');
    expect(input.list?.localName).to.equal('datalist');
    expect(Array.from(input.list!.options).map((o) => o.value)).to.deep.equal(['Kinh', 'Tày', 'Thái']);
    await expect(el).to.be.accessible();
  });

  it('is an e-mail input with type="email"', async () => {
    const el = await fixture<HochieuTextField>(html`<hochieu-text-field type="email" label="Email" autocomplete="email"></hochieu-text-field>`);
    const input = part<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
  });

  it('never rewrites what the user typed, even an invalid value', async () => {
    const el = await fixture<HochieuTextField>(html`<hochieu-text-field label="Họ" error="Họ chỉ gồm chữ cái"></hochieu-text-field>`);
    await typeInto(part(el, 'input'), 'Trần 123 !!');
    await tabAway();
    expect(el.value).to.equal('Trần 123 !!');
    expect(part<HTMLInputElement>(el, 'input').value).to.equal('Trần 123 !!');
  });
});

describe('<hochieu-date-input>', () => {
  async function dateField(attrs = ''): Promise<{ form: HTMLFormElement; el: HochieuDateInput; boxes: HTMLInputElement[] }> {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.innerHTML = `<hochieu-date-input name="ngaySinh" label="Ngày sinh" ${attrs}></hochieu-date-input>`;
    const el = form.querySelector('hochieu-date-input')!;
    await el.updateComplete;
    return { form, el, boxes: parts<HTMLInputElement>(el, 'input') };
  }

  it('has day, month and year boxes with numeric keyboards', async () => {
    const { boxes } = await dateField();
    expect(boxes.map((b) => b.id)).to.deep.equal(['day', 'month', 'year']);
    for (const box of boxes) expect(box.inputMode).to.equal('numeric');
    const names = await Promise.all(['Ngày', 'Tháng', 'Năm'].map((n) => findAx((node) => node.role === 'textbox' && node.name === n)));
    expect(names.every(Boolean)).to.equal(true);
  });

  it('keeps partial text while the date is incomplete and never clears it', async () => {
    const { form, el, boxes } = await dateField();
    await typeInto(boxes[0]!, '31');
    await typeInto(boxes[1]!, '2');
    await tabAway();
    expect(el.value).to.equal('31/2/');
    expect(new FormData(form).get('ngaySinh')).to.equal('31/2/');
    expect(boxes.map((b) => b.value)).to.deep.equal(['31', '2', '']);
    await typeInto(boxes[2]!, '19x5');
    await tabAway();
    expect(el.value).to.equal('31/2/19x5');
    expect(boxes.map((b) => b.value)).to.deep.equal(['31', '2', '19x5']);
  });

  it('gives ISO YYYY-MM-DD once the three boxes hold a date, padding day and month', async () => {
    const { el, boxes } = await dateField();
    await typeInto(boxes[0]!, '5');
    await typeInto(boxes[1]!, '9');
    await typeInto(boxes[2]!, '1984');
    await tabAway();
    expect(el.value).to.equal('1984-09-05');
    expect(boxes.map((b) => b.value)).to.deep.equal(['5', '9', '1984']);
  });

  it('leaves judging whether the date exists to core (31/02 becomes 2001-02-31)', async () => {
    const { el, boxes } = await dateField();
    await typeInto(boxes[0]!, '31');
    await typeInto(boxes[1]!, '02');
    await typeInto(boxes[2]!, '2001');
    await tabAway();
    expect(el.value).to.equal('2001-02-31');
  });

  it('accepts a year alone with precision="year"', async () => {
    const { form, el, boxes } = await dateField('precision="year"');
    await typeInto(boxes[2]!, '1958');
    await tabAway();
    expect(el.value).to.equal('1958');
    expect(new FormData(form).get('ngaySinh')).to.equal('1958');
    expect(boxes[0]!.required || boxes[1]!.required).to.equal(false);
  });

  it('treats a year alone as incomplete without precision="year"', async () => {
    const { el, boxes } = await dateField('required');
    expect(boxes.every((b) => b.required)).to.equal(true);
    await typeInto(boxes[2]!, '1958');
    await tabAway();
    expect(el.value).to.equal('//1958');
  });

  it('shows a value set from outside in the three boxes', async () => {
    const { el, boxes } = await dateField();
    el.value = '2007-03-27';
    await el.updateComplete;
    expect(boxes.map((b) => b.value)).to.deep.equal(['27', '03', '2007']);
    el.value = '1960';
    await el.updateComplete;
    expect(boxes.map((b) => b.value)).to.deep.equal(['', '', '1960']);
  });

  it('spreads a whole date typed into the day box over the three boxes', async () => {
    const { el, boxes } = await dateField();
    await typeInto(boxes[0]!, '27/3/2007');
    await tabAway();
    expect(boxes.map((b) => b.value)).to.deep.equal(['27', '3', '2007']);
    expect(el.value).to.equal('2007-03-27');
  });

  it('names its boxes for autofill of a birth date', async () => {
    const { boxes } = await dateField('autocomplete="bday"');
    expect(boxes.map((b) => b.autocomplete)).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
  });
});

describe('<hochieu-id-input>', () => {
  it('strips spaces from the value and groups the digits 3-3-6 once committed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><hochieu-id-input name="soDinhDanh" label="Số định danh cá nhân"></hochieu-id-input></form>`);
    const el = form.querySelector('hochieu-id-input')!;
    const input = part<HTMLInputElement>(el, 'input');
    expect(input.inputMode).to.equal('numeric');
    await typeInto(input, '0010 9001 2345');
    expect(el.value).to.equal('001090012345');
    expect(input.value).to.equal('0010 9001 2345');
    await tabAway();
    expect(input.value).to.equal('001 090 012345');
    expect(new FormData(form).get('soDinhDanh')).to.equal('001090012345');
  });

  it('keeps characters that are not digits, for core to explain', async () => {
    const el = await fixture<HochieuIdInput>(html`<hochieu-id-input label="Số định danh cá nhân"></hochieu-id-input>`);
    await typeInto(part(el, 'input'), '00109O012345');
    await tabAway();
    expect(el.value).to.equal('00109O012345');
    expect(part<HTMLInputElement>(el, 'input').value).to.equal('00109O012345');
  });

  it('shows a value set from outside grouped', async () => {
    const el = await fixture<HochieuIdInput>(html`<hochieu-id-input label="Số định danh cá nhân" value="079203000123"></hochieu-id-input>`);
    expect(part<HTMLInputElement>(el, 'input').value).to.equal('079 203 000123');
  });

  it('shows what the number reveals and adds it to the description', async () => {
    const el = await fixture<HochieuIdInput>(
      html`<hochieu-id-input label="Số định danh cá nhân" hint="12 chữ số"></hochieu-id-input>`,
    );
    expect(part(el, 'decoded').hidden).to.equal(true);
    el.decoded = 'Đăng ký khai sinh tại Hà Nội; nam, sinh năm 1990';
    await el.updateComplete;
    expect(part(el, 'decoded').hidden).to.equal(false);
    expect(part(el, 'input').getAttribute('aria-describedby')).to.equal('hint decoded');
    const node = await findAx((n) => n.role === 'textbox' && n.name === 'Số định danh cá nhân');
    expect(node?.description).to.equal('12 chữ số Đăng ký khai sinh tại Hà Nội; nam, sinh năm 1990');
  });

  it('accepts the decoded text in a slot', async () => {
    const el = await fixture<HochieuIdInput>(
      html`<hochieu-id-input label="Số định danh cá nhân"><span slot="decoded">Nữ, sinh năm 2003</span></hochieu-id-input>`,
    );
    expect(part(el, 'decoded').hidden).to.equal(false);
    expect(part(el, 'input').getAttribute('aria-describedby')).to.equal('decoded');
    const node = await findAx((n) => n.role === 'textbox' && n.name === 'Số định danh cá nhân');
    expect(node?.description).to.equal('Nữ, sinh năm 2003');
  });
});

describe('<hochieu-phone-input>', () => {
  it('asks for the telephone keypad', async () => {
    const el = await fixture(html`<hochieu-phone-input label="Số điện thoại"></hochieu-phone-input>`);
    const input = part<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('tel');
    expect(input.inputMode).to.equal('tel');
    expect(input.autocomplete).to.equal('tel');
  });

  it('keeps the number as typed', async () => {
    const el = await fixture<HTMLElementTagNameMap['hochieu-phone-input']>(html`<hochieu-phone-input label="Số điện thoại"></hochieu-phone-input>`);
    await typeInto(part(el, 'input'), '+84 912 345 678');
    await tabAway();
    expect(el.value).to.equal('+84 912 345 678');
  });
});

describe('<hochieu-choice>', () => {
  const reasons = [
    { value: 'first', label: 'Cấp lần đầu' },
    { value: 'renewal', label: 'Cấp lại do hết hạn', hint: 'Hộ chiếu cũ còn hạn dưới 6 tháng hoặc đã hết hạn' },
    { value: 'lost', label: 'Cấp lại do bị mất' },
  ];

  it('moves the selection with the arrow keys, as a native radio group', async () => {
    const el = await fixture<HochieuChoice>(html`<hochieu-choice label="Lý do đề nghị" .options=${reasons}></hochieu-choice>`);
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    const radios = parts<HTMLInputElement>(el, 'input');
    radios[0]!.focus();
    await press('Space');
    expect(el.value).to.equal('first');
    await press('ArrowDown');
    expect(el.value).to.equal('renewal');
    expect(shadowOf(el).activeElement).to.equal(radios[1]);
    await press('ArrowDown');
    expect(el.value).to.equal('lost');
    await press('ArrowUp');
    expect(el.value).to.equal('renewal');
    expect(changes).to.deep.equal(['first', 'renewal', 'lost', 'renewal']);
  });

  it('checks the radio of a value set from outside, and describes an option by its hint', async () => {
    const el = await fixture<HochieuChoice>(html`<hochieu-choice label="Lý do đề nghị" value="renewal" .options=${reasons}></hochieu-choice>`);
    const radios = parts<HTMLInputElement>(el, 'input');
    expect(radios.map((r) => r.checked)).to.deep.equal([false, true, false]);
    const node = await findAx((n) => n.role === 'radio' && n.name === 'Cấp lại do hết hạn');
    expect(node?.description).to.equal('Hộ chiếu cũ còn hạn dưới 6 tháng hoặc đã hết hạn');
    expect(node?.checked).to.equal(true);
  });

  it('submits nothing until an option is chosen', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><hochieu-choice name="lyDo" label="Lý do" .options=${reasons}></hochieu-choice></form>`);
    expect(new FormData(form).has('lyDo')).to.equal(false);
  });
});

describe('<hochieu-checkbox>', () => {
  it('submits its value only while ticked, and toggles with Space', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><hochieu-checkbox name="camDoan" value="yes" label="Tôi cam đoan những lời khai trên là đúng"></hochieu-checkbox></form>`,
    );
    const el = form.querySelector<HochieuCheckbox>('hochieu-checkbox')!;
    expect(new FormData(form).has('camDoan')).to.equal(false);
    part(el, 'input').focus();
    await press('Space');
    expect(el.checked).to.equal(true);
    expect(new FormData(form).get('camDoan')).to.equal('yes');
    await press('Space');
    expect(el.checked).to.equal(false);
    expect(new FormData(form).has('camDoan')).to.equal(false);
  });

  it('starts ticked, and returns to ticked on reset, with the checked attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><hochieu-checkbox name="buuDien" checked label="Nhận qua bưu điện"></hochieu-checkbox></form>`);
    const el = form.querySelector<HochieuCheckbox>('hochieu-checkbox')!;
    expect(el.checked).to.equal(true);
    expect(new FormData(form).get('buuDien')).to.equal('on');
    part(el, 'input').focus();
    await press('Space');
    expect(new FormData(form).has('buuDien')).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'input').checked).to.equal(true);
    expect(new FormData(form).get('buuDien')).to.equal('on');
  });
});

describe('typing more text into a field', () => {
  it('appends to what is there without losing it', async () => {
    const el = await fixture<HochieuTextField>(html`<hochieu-text-field label="Tên" value="Văn"></hochieu-text-field>`);
    await typeMore(part(el, 'input'), ' An');
    await tabAway();
    expect(el.value).to.equal('Văn An');
  });
});
