// Focus, labels, descriptions and language of <hochieu-form> and
// <hochieu-app>, checked on every step of the real form rather than on one
// field at a time (WCAG 1.3.1, 2.4.3, 3.3.1, 3.3.2, 4.1.2, 3.1.2):
// - focus goes to the new step's heading when a step opens (from the task
//   list, from "Quay lại"), and to the error summary on every failed
//   "Tiếp tục" and on a failed review;
// - every input, radio, checkbox and combobox has a name in Chromium's
//   accessibility tree (a11ySnapshot), equal to its visible label (or option
//   label); single inputs carry their hint and their error in the tree's
//   description; groups (radios, date boxes) carry them on the fieldset
//   (`aria-describedby` ids that resolve in the same shadow root to the hint
//   and error texts); every field of every step is in error at once, from a
//   declaration whose every text holds a NUL character and whose dates do not
//   exist, so no field escapes the error check;
// - every widget element's shadow root has a top container whose `lang` is
//   the element's language, in Vietnamese and in English, through the app,
//   the guide, the form, its fields, the uploads and the QR reader.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { formVersionFor, type DeclarationDraft, type Field } from '@hochieu/core';
import type { HochieuApp } from '@hochieu/widget';
import { accessibilityTree, type AxNode } from '../widget/helpers.js';
import { form, maybe, openTask, press, q, settle, shadow, type HochieuForm } from '../form/helpers.js';
import { deepActive, deepElements, describe as describeEl, hostsOf, settleDeep, textOf, until } from './helpers.js';

const CHOICE_KINDS = new Set(['sex', 'reason', 'chip', 'choice', 'office']);
const DATE_KINDS = new Set(['date', 'partialDate']);

/** A declaration with every text field refused (a NUL character) and every date impossible, besides the date of birth. */
function everythingWrong(dateOfBirth: string): DeclarationDraft {
  const version = formVersionFor({ applicant: { dateOfBirth } }, { date: '2026-11-23' });
  const out: Record<string, Record<string, unknown>> = {};
  for (const field of version.sections.flatMap((s) => s.fields)) {
    if (CHOICE_KINDS.has(field.kind) || field.id === 'applicant.dateOfBirth') continue;
    const [group, ...rest] = field.id.split('.');
    let node = (out[group!] ??= {});
    for (const part of rest.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[rest.at(-1)!] = DATE_KINDS.has(field.kind) ? '2026-02-31' : 'a\u0000b';
  }
  return { ...out, applicant: { ...(out['applicant'] ?? {}), dateOfBirth } } as DeclarationDraft;
}

function flatten(node: AxNode, out: AxNode[] = []): AxNode[] {
  out.push(node);
  for (const child of node.children ?? []) flatten(child, out);
  return out;
}

const CONTROL_ROLES = new Set(['textbox', 'combobox', 'radio', 'checkbox', 'spinbutton', 'searchbox']);

/** Checks every field element of the current step; returns how many were in error. */
async function checkStepLabels(el: HochieuForm, fields: readonly Field[], step: string): Promise<number> {
  const tree = flatten(await accessibilityTree()).filter((n) => CONTROL_ROLES.has(n.role));
  const hosts = Array.from(shadow(el).querySelectorAll<HTMLElement & { error: string; hint: string; label: string }>('[data-field]'));
  expect(hosts.length, `${step}: fields shown`).to.be.greaterThan(0);
  let inError = 0;
  for (const host of hosts) {
    const path = host.dataset['field']!;
    const what = `${step} ${path}`;
    const root = shadow(host);
    const label = textOf(root.querySelector('[part~="label"]'));
    expect(label, `${what}: visible label`).to.not.equal('');
    const hint = textOf(root.querySelector('#hint'));
    const error = textOf(root.querySelector('#error'));
    const field = fields.find((f) => f.id === path);
    expect(field, what).to.exist;
    if (field!.hintId) expect(hint, `${what}: hint shown`).to.not.equal('');
    // Every field but the radios (and the valid date of birth) holds a refused value: it must show an error.
    if (!CHOICE_KINDS.has(field!.kind) && path !== 'applicant.dateOfBirth') expect(host.error, `${what}: in error`).to.not.equal('');
    if (host.error) {
      inError += 1;
      expect(error, `${what}: error shown`).to.contain(host.error);
    }
    const group = root.querySelector('fieldset');
    const controls = Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type="hidden"]):not([hidden]), textarea'));
    expect(controls.length, `${what}: controls`).to.be.greaterThan(0);
    // Where the hint and error are announced: on the group's fieldset, or on the single control.
    const described = group ?? controls[0]!;
    const ids = (described.getAttribute('aria-describedby') ?? '').split(/\s+/u).filter(Boolean);
    for (const id of ids) expect(root.getElementById(id), `${what}: aria-describedby id ${id} resolves`).to.not.equal(null);
    if (hint) expect(ids, `${what}: hint in aria-describedby`).to.include('hint');
    if (error) expect(ids, `${what}: error in aria-describedby`).to.include('error');
    if (group) expect(textOf(group.querySelector('legend')), `${what}: legend`).to.equal(label);
    for (const control of controls) {
      const name =
        control.type === 'radio' || control.type === 'checkbox'
          ? textOf(root.querySelector(`label[for="${control.id}"]`))
          : group
            ? textOf(root.querySelector(`label[for="${control.id}"]`))
            : label;
      expect(name, `${what}: ${control.id} has a visible label`).to.not.equal('');
      const nodes = tree.filter((n) => n.name === name || n.name.startsWith(`${name} `));
      expect(nodes.length, `${what}: "${name}" in the accessibility tree`).to.be.greaterThan(0);
      if (!group) {
        const description = nodes.map((n) => n.description ?? '').join(' ');
        if (hint) expect(description, `${what}: hint in the description`).to.contain(hint.slice(0, 30));
        if (host.error) expect(description, `${what}: error in the description`).to.contain(host.error);
        if (host.error) expect(nodes.some((n) => n.invalid === 'true'), `${what}: invalid`).to.equal(true);
      }
    }
  }
  // No unnamed control anywhere on the page.
  const unnamed = tree.filter((n) => n.name.trim() === '');
  expect(unnamed.map((n) => n.role), `${step}: unnamed controls`).to.deep.equal([]);
  return inError;
}

/** True when focus is inside the form's error summary. */
function summaryFocused(): boolean {
  const active = deepActive();
  return hostsOf(active).some((h) => h.localName === 'hochieu-error-summary') || active?.localName === 'hochieu-error-summary';
}

async function headingFocused(el: HochieuForm, what: string): Promise<void> {
  await until(() => deepActive()?.localName === 'h2', `${what}: focus on the heading (focus is on ${describeEl(deepActive())})`, 2000);
  expect(shadow(el).activeElement?.localName, what).to.equal('h2');
}

for (const [formId, lang, dateOfBirth] of [
  ['TK01', 'vi', '1990-05-12'],
  ['TK01a', 'en', '2016-03-08'],
] as const) {
  describe(`focus and labels on every ${formId} step (${lang})`, () => {
    afterEach(() => fixtureCleanup());

    it('focuses each opened step’s heading and the error summary on each failed "Tiếp tục"; names and describes every control', async function () {
      this.timeout(90000);
      const declaration = everythingWrong(dateOfBirth);
      const el = await form({ lang, declaration });
      expect(el.form).to.equal(formId);
      const version = formVersionFor({ applicant: { dateOfBirth } }, { date: '2026-11-23' });
      const fields = version.sections.flatMap((s) => s.fields);
      const sections = Array.from(shadow(el).querySelectorAll<HTMLElement>('[data-task]'))
        .map((t) => t.dataset['task']!)
        .filter((id) => id !== 'review' && id !== 'uploads');
      expect(sections).to.deep.equal(version.sections.map((s) => s.id));
      let errors = 0;
      for (const id of sections) {
        await openTask(el, id);
        expect(el.step).to.equal(id);
        await headingFocused(el, `${id} opened`);
        await press(el, 'continue');
        expect(el.step, `${id}: "Tiếp tục" must fail`).to.equal(id);
        await until(summaryFocused, `${id}: focus on the error summary (focus is on ${describeEl(deepActive())})`, 2000);
        errors += await checkStepLabels(el, fields, id);
        await press(el, 'back');
        expect(el.step).to.equal('tasks');
        await headingFocused(el, `back from ${id}`);
      }
      expect(errors, 'fields in error').to.be.at.least(fields.filter((f) => !CHOICE_KINDS.has(f.kind) && !f.showIf && f.id !== 'applicant.dateOfBirth').length);
      // The review: "Xác nhận và tiếp tục" fails and focuses the summary.
      await openTask(el, 'review');
      await headingFocused(el, 'review opened');
      await press(el, 'confirm');
      expect(el.step).to.equal('review');
      await until(summaryFocused, 'review: focus on the error summary', 2000);
      // The uploads step: its inputs are named and described too.
      await press(el, 'back');
      await openTask(el, 'uploads');
      await headingFocused(el, 'uploads opened');
      const tree = flatten(await accessibilityTree());
      expect(tree.filter((n) => CONTROL_ROLES.has(n.role) && n.name.trim() === '').map((n) => n.role)).to.deep.equal([]);
      for (const upload of Array.from(shadow(el).querySelectorAll<HTMLElement>('[data-upload]'))) {
        const root = shadow(upload);
        const button = root.querySelector<HTMLElement>('button');
        expect(button, `${upload.dataset['upload']}: a button to choose a file`).to.not.equal(null);
        const labelText = textOf(root.querySelector('[part~="label"], legend, label, h3'));
        expect(labelText, `${upload.dataset['upload']}: label`).to.not.equal('');
      }
    });
  });
}

/** Every widget element under `host` (itself included) and the `lang` of its shadow root's top container. */
function langs(host: Element): { element: string; lang: string | null }[] {
  return [host, ...deepElements(host)]
    .filter((e) => e.localName.startsWith('hochieu-') && e.shadowRoot)
    .flatMap((e) => {
      const top = Array.from(e.shadowRoot!.children).find((c) => c.localName !== 'style');
      return top ? [{ element: e.localName, lang: top.getAttribute('lang') }] : [];
    });
}

for (const lang of ['vi', 'en'] as const) {
  describe(`lang on every element root (${lang})`, () => {
    afterEach(() => fixtureCleanup());

    it('marks the top container of every shadow root with the element’s language, through guide, form, fields, uploads and QR reader', async function () {
      this.timeout(60000);
      const app = await fixture<HochieuApp>(`<hochieu-app lang="${lang}" date="2026-11-23" no-drafts></hochieu-app>`);
      await settleDeep(app);
      const seen = new Set<string>();
      const check = async (state: string): Promise<void> => {
        await settleDeep(app);
        for (const { element, lang: found } of langs(app)) {
          expect(found, `${state}: ${element}`).to.equal(lang);
          seen.add(element);
        }
      };
      await check('guide');
      await app.show('form');
      await settleDeep(app);
      const el = await until(() => app.form, 'the form');
      await settle(el);
      await check('tasks');
      await press(el, 'start');
      q<HTMLDetailsElement>(el, 'details[data-qr]').open = true;
      await press(el, 'continue');
      await check('identity in error, QR reader open');
      await openTask(el, 'idContacts').catch(async () => {
        await press(el, 'back');
        await openTask(el, 'idContacts');
      });
      await check('idContacts');
      await press(el, 'back');
      await openTask(el, 'uploads');
      await check('uploads');
      await press(el, 'back');
      await openTask(el, 'review');
      await check('review');
      for (const tag of [
        'hochieu-app',
        'hochieu-guide',
        'hochieu-form',
        'hochieu-text-field',
        'hochieu-choice',
        'hochieu-date-input',
        'hochieu-combobox',
        'hochieu-id-input',
        'hochieu-phone-input',
        'hochieu-error-summary',
        'hochieu-qr-prefill',
        'hochieu-photo-input',
        'hochieu-file-input',
      ]) {
        expect(seen.has(tag), `${tag} checked`).to.equal(true);
      }
      expect(maybe(el, '.root')?.getAttribute('lang')).to.equal(lang);
    });
  });
}
