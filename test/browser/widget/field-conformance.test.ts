// The shared conformance suite: every form field element of the widget must
// behave like a native control inside a <form> (FormData, reset, disabled,
// validity), present label, hint and error the GOV.UK way inside one shadow
// root (visible to Chromium's accessibility tree), re-dispatch input/change
// from its host, delegate focus, and pass axe in normal and error states.
import { expect, fixture, html } from '@open-wc/testing';
import '@hochieu/widget/define';
import type { FieldElement } from '@hochieu/widget';
import { clickOn, findAx, part, parts, shadowOf, tabAway, typeInto } from './helpers.js';

interface FieldCase {
  tag: 'hochieu-text-field' | 'hochieu-date-input' | 'hochieu-id-input' | 'hochieu-phone-input' | 'hochieu-choice' | 'hochieu-checkbox';
  /** A fieldset with a legend labels the control(s). */
  grouped: boolean;
  /** Accessibility role of the (first) control. */
  role: 'textbox' | 'radio' | 'checkbox';
  /** Extra set-up (options of a choice). */
  setup?: (el: FieldElement) => void;
  /** Gives the field a value the way a user does. */
  fill: (el: FieldElement) => Promise<void>;
  /** What the form then submits under the field's name. */
  filled: string;
  /** Makes the field's default (attribute) non-empty. */
  setDefault: (el: FieldElement) => void;
  /** What the form submits for that default (null: nothing). */
  defaultSubmitted: string | null;
}

const sexOptions = [
  { value: 'male', label: 'Nam' },
  { value: 'female', label: 'Nữ' },
];

const cases: FieldCase[] = [
  {
    tag: 'hochieu-text-field',
    grouped: false,
    role: 'textbox',
    fill: (el) => typeInto(part(el, 'input'), 'Trần Thị Bình'),
    filled: 'Trần Thị Bình',
    setDefault: (el) => el.setAttribute('value', 'Lê'),
    defaultSubmitted: 'Lê',
  },
  {
    tag: 'hochieu-date-input',
    grouped: true,
    role: 'textbox',
    fill: async (el) => {
      const [day, month, year] = parts(el, 'input') as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
      await typeInto(day, '27');
      await typeInto(month, '3');
      await typeInto(year, '2007');
    },
    filled: '2007-03-27',
    setDefault: (el) => el.setAttribute('value', '1990-01-02'),
    defaultSubmitted: '1990-01-02',
  },
  {
    tag: 'hochieu-id-input',
    grouped: false,
    role: 'textbox',
    fill: (el) => typeInto(part(el, 'input'), '001 090 012345'),
    filled: '001090012345',
    setDefault: (el) => el.setAttribute('value', '079203000123'),
    defaultSubmitted: '079203000123',
  },
  {
    tag: 'hochieu-phone-input',
    grouped: false,
    role: 'textbox',
    fill: (el) => typeInto(part(el, 'input'), '0912 345 678'),
    filled: '0912 345 678',
    setDefault: (el) => el.setAttribute('value', '0205 3870 000'),
    defaultSubmitted: '0205 3870 000',
  },
  {
    tag: 'hochieu-choice',
    grouped: true,
    role: 'radio',
    setup: (el) => {
      (el as HTMLElementTagNameMap['hochieu-choice']).options = sexOptions;
    },
    fill: (el) => clickOn(parts(el, 'option-label')[1]!),
    filled: 'female',
    setDefault: (el) => el.setAttribute('value', 'male'),
    defaultSubmitted: 'male',
  },
  {
    tag: 'hochieu-checkbox',
    grouped: false,
    role: 'checkbox',
    fill: (el) => clickOn(part(el, 'label')),
    filled: 'on',
    // The default of a checkbox stays unticked, so the user's tick is what a reset undoes.
    setDefault: () => undefined,
    defaultSubmitted: null,
  },
];

const LABEL = 'Câu hỏi thử';
const HINT = 'Gợi ý cho câu hỏi';
const ERROR = 'Nhập câu trả lời';

async function mount(c: FieldCase, attrs: Record<string, string> = {}): Promise<{ form: HTMLFormElement; el: FieldElement }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset id="outer"></fieldset></form>`);
  const el = document.createElement(c.tag) as FieldElement;
  el.setAttribute('name', 'answer');
  el.setAttribute('label', LABEL);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  c.setup?.(el);
  form.querySelector('fieldset')!.append(el);
  await el.updateComplete;
  return { form, el };
}

/** The element whose accessible name and description the field sets: the fieldset of a group, else the input. */
function describedControl(c: FieldCase, el: FieldElement): HTMLElement {
  return c.grouped ? shadowOf(el).querySelector('fieldset')! : part(el, 'input');
}

for (const c of cases) {
  describe(`<${c.tag}> conformance`, () => {
    it('ties its label to the control inside its own shadow root', async () => {
      const { el } = await mount(c);
      const control = describedControl(c, el);
      if (c.grouped) {
        const legend = control.querySelector(':scope > legend');
        expect(legend?.textContent?.trim()).to.equal(LABEL);
        expect(legend?.getAttribute('part')).to.equal('label');
        expect(control.contains(part(el, 'input'))).to.equal(true);
      } else {
        const label = part(el, 'label') as HTMLLabelElement;
        expect(label.textContent?.trim()).to.equal(LABEL);
        expect(shadowOf(el).getElementById(label.htmlFor)).to.equal(control);
      }
    });

    it('is named by its label in the accessibility tree', async () => {
      const { el } = await mount(c);
      const first = part(el, 'input');
      // For a group the inputs carry their own short names; the question is the group's legend.
      const expected = c.grouped ? (shadowOf(el).querySelector(`label[for="${first.id}"]`)?.textContent ?? '').trim() : LABEL;
      expect(expected).to.not.equal('');
      const node = await findAx((n) => n.role === c.role && n.name === expected);
      expect(node, `no ${c.role} named "${expected}"`).to.not.equal(null);
    });

    it('describes the control with its hint and error, in that order, inside the same shadow root', async () => {
      const { el } = await mount(c, { hint: HINT, error: ERROR });
      const ids = (describedControl(c, el).getAttribute('aria-describedby') ?? '').split(/\s+/u);
      const texts = ids.map((id) => shadowOf(el).getElementById(id)?.textContent?.replace(/\s+/gu, ' ').trim());
      const hintAt = texts.indexOf(HINT);
      const errorAt = texts.findIndex((t) => t?.endsWith(ERROR));
      expect(hintAt, `describedby ${ids.join(' ')}`).to.be.greaterThan(-1);
      expect(errorAt).to.be.greaterThan(hintAt);
      expect(texts[errorAt]).to.equal(`Lỗi: ${ERROR}`);
      const prefix = shadowOf(el).querySelector('[part~="error"] .visually-hidden')!;
      expect(getComputedStyle(prefix).position).to.equal('absolute');
    });

    if (!c.grouped) {
      it('has the hint and the error in its accessible description', async () => {
        const { el } = await mount(c, { hint: HINT, error: ERROR });
        expect(el.error).to.equal(ERROR);
        const node = await findAx((n) => n.role === c.role && n.name === LABEL);
        expect(node?.description).to.equal(`${HINT} Lỗi: ${ERROR}`);
        expect(node?.invalid).to.equal('true');
      });
    }

    it('shows the error after the label and the hint', async () => {
      const { el } = await mount(c, { hint: HINT, error: ERROR });
      const label = c.grouped ? shadowOf(el).querySelector('legend')! : part(el, 'label');
      const hint = part(el, 'hint');
      const error = part(el, 'error');
      expect(label.compareDocumentPosition(hint) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(hint.compareDocumentPosition(error) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('sets aria-invalid on its inputs only while it has an error', async () => {
      const { el } = await mount(c);
      for (const input of parts(el, 'input')) expect(input.getAttribute('aria-invalid')).to.not.equal('true');
      el.error = ERROR;
      await el.updateComplete;
      for (const input of parts(el, 'input')) expect(input.getAttribute('aria-invalid')).to.equal('true');
      el.error = '';
      await el.updateComplete;
      for (const input of parts(el, 'input')) expect(input.getAttribute('aria-invalid')).to.not.equal('true');
    });

    it('submits what the user entered with the form', async () => {
      const { form, el } = await mount(c);
      await c.fill(el);
      await tabAway();
      expect(new FormData(form).get('answer')).to.equal(c.filled);
      expect(el.form).to.equal(form);
    });

    it('restores its default when the form is reset', async () => {
      const { form, el } = await mount(c);
      c.setDefault(el);
      await c.fill(el);
      await tabAway();
      expect(new FormData(form).get('answer')).to.equal(c.filled);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('answer')).to.equal(c.defaultSubmitted);
    });

    it('is disabled, and not submitted, inside a disabled fieldset', async () => {
      const { form, el } = await mount(c);
      await c.fill(el);
      await tabAway();
      const outer = form.querySelector<HTMLFieldSetElement>('#outer')!;
      outer.disabled = true;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      for (const input of parts<HTMLInputElement>(el, 'input')) expect(input.disabled).to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
      outer.disabled = false;
      await el.updateComplete;
      for (const input of parts<HTMLInputElement>(el, 'input')) expect(input.disabled).to.equal(false);
      expect(new FormData(form).get('answer')).to.equal(c.filled);
    });

    it('is invalid while required and empty, valid once filled', async () => {
      const { form, el } = await mount(c, { required: '' });
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(el.matches(':invalid')).to.equal(true);
      await c.fill(el);
      await tabAway();
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('is invalid with the error message while `error` is set', async () => {
      const { form, el } = await mount(c);
      expect(el.checkValidity()).to.equal(true);
      el.error = ERROR;
      await el.updateComplete;
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal(ERROR);
      expect(form.checkValidity()).to.equal(false);
      el.error = '';
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
    });

    it('re-dispatches input and change from its host, after updating its value', async () => {
      const { form, el } = await mount(c);
      const seen: { type: string; target: EventTarget | null; composed: boolean; value: string | null }[] = [];
      const record = (e: Event): void => {
        seen.push({ type: e.type, target: e.target, composed: e.composed, value: new FormData(form).get('answer') as string | null });
      };
      form.addEventListener('input', record);
      form.addEventListener('change', record);
      await c.fill(el);
      await tabAway();
      const inputs = seen.filter((e) => e.type === 'input');
      const changes = seen.filter((e) => e.type === 'change');
      expect(inputs.length).to.be.greaterThan(0);
      expect(changes.length).to.be.greaterThan(0);
      for (const e of seen) {
        expect(e.target).to.equal(el);
        expect(e.composed).to.equal(true);
      }
      expect(changes.at(-1)?.value).to.equal(c.filled);
    });

    it('moves focus to its first input when focused', async () => {
      const { el } = await mount(c);
      el.focus();
      expect(shadowOf(el).activeElement).to.equal(part(el, 'input'));
      expect(document.activeElement).to.equal(el);
    });

    it('passes axe with a hint', async () => {
      const { el } = await mount(c, { hint: HINT });
      await expect(el).to.be.accessible();
    });

    it('passes axe in the error state, with a warning', async () => {
      const { el } = await mount(c, { hint: HINT, error: ERROR, warning: 'Kiểm tra lại' });
      await expect(el).to.be.accessible();
    });

    it('uses the English error prefix in an English element', async () => {
      const { el } = await mount(c, { lang: 'en', error: ERROR });
      expect(part(el, 'error').textContent?.replace(/\s+/gu, ' ').trim()).to.equal(`Error: ${ERROR}`);
    });
  });
}
