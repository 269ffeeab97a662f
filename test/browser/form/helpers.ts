// Helpers for the <hochieu-form> tests: create a form, find its steps and
// fields, and fill them the way a citizen does — typing with the real
// keyboard, leaving a field with Tab, clicking option labels with the real
// mouse — from the values of a declaration (core's examples).
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@hochieu/widget/define';
import { HochieuForm } from '@hochieu/widget';
import { readPath, type DeclarationDraft, type HostConfig } from '@hochieu/core';
import { clickOn, tabAway, typeInto } from '../widget/helpers.js';

export { HochieuForm };

export interface FormOptions {
  lang?: 'vi' | 'en';
  date?: string;
  draftKey?: string;
  /** Drafts on the device (default off, so test files running in parallel never share storage). */
  drafts?: boolean;
  config?: HostConfig;
  declaration?: DeclarationDraft;
}

/** A rendered form. */
export async function form(options: FormOptions = {}): Promise<HochieuForm> {
  const el = await fixture<HochieuForm>(html`<hochieu-form
    lang=${options.lang ?? 'vi'}
    date=${options.date ?? '2026-11-23'}
    draft-key=${options.draftKey ?? 'test'}
    ?no-drafts=${!(options.drafts ?? false)}
    .config=${options.config}
    .declaration=${options.declaration}
  ></hochieu-form>`);
  await settle(el);
  return el;
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Waits until the form and the fields in its current step have rendered. */
export async function settle(el: HochieuForm): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    const children = Array.from(shadow(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-field], hochieu-error-summary'));
    await Promise.all(children.map((c) => c.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Text with white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export function q<T extends Element = HTMLElement>(el: HochieuForm, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the form (step ${el.step})`);
  return found;
}

export function maybe<T extends Element = HTMLElement>(el: HochieuForm, selector: string): T | null {
  return shadow(el).querySelector<T>(selector);
}

/** The field element of a declaration path in the current step. */
export function field(el: HochieuForm, id: string): HTMLElement & { value: string; error: string; warning: string } {
  return q(el, `[data-field="${id}"]`);
}

/** The declaration paths of the fields shown in the current step, in order. */
export function stepFields(el: HochieuForm): string[] {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('[data-field]')).map((f) => f.dataset['field'] ?? '');
}

/** The element focused inside the form (the field element when focus is in a field). */
export function focused(el: HochieuForm): Element | null {
  return shadow(el).activeElement;
}

/** Clicks a button of the form by its `data-action` (or `data-export`) with the real mouse. */
export async function press(el: HochieuForm, action: string): Promise<void> {
  const button = maybe(el, `[data-action="${action}"]`) ?? q(el, `[data-export="${action}"]`);
  await clickOn(button);
  await settle(el);
}

/** Presses "Tiếp tục" (or "Xác nhận và tiếp tục" on the review). */
export async function next(el: HochieuForm): Promise<void> {
  await press(el, el.step === 'review' ? 'confirm' : 'continue');
}

function inner<T extends HTMLElement>(host: Element, selector: string): T {
  const found = shadow(host).querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

async function typeBox(input: HTMLInputElement, text: string): Promise<void> {
  if (text === '') {
    input.focus();
    input.select();
    if (input.value !== '') await sendKeys({ press: 'Backspace' });
    return;
  }
  await typeInto(input, text);
}

/** Fills one field the way a user does, then leaves it with Tab. */
export async function fill(el: HochieuForm, id: string, value: unknown): Promise<void> {
  const host = field(el, id);
  const tag = host.localName;
  const text = typeof value === 'string' ? value : String(value);
  if (tag === 'hochieu-choice') {
    const radios = Array.from(shadow(host).querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    const radio = radios.find((r) => r.value === text);
    if (!radio) throw new Error(`${id}: no option ${text}`);
    await clickOn(inner<HTMLLabelElement>(host, `label[for="${radio.id}"]`));
    await tabAway();
  } else if (tag === 'hochieu-date-input') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
    const [day, month, year] = iso ? [iso[3]!, iso[2]!, iso[1]!] : ['', '', text];
    await typeBox(inner(host, '#day'), day);
    await typeBox(inner(host, '#month'), month);
    await typeBox(inner(host, '#year'), year);
    await tabAway();
  } else if (tag === 'hochieu-textarea') {
    await typeInto(inner(host, 'textarea'), text);
    await tabAway();
  } else {
    await typeInto(inner(host, 'input'), text);
    await tabAway();
  }
  await settle(el);
}

/** Fills every field of the current step that has a value in `data`. */
export async function fillStep(el: HochieuForm, data: DeclarationDraft): Promise<string[]> {
  const filled: string[] = [];
  for (const id of stepFields(el)) {
    const value = readPath(data, id);
    if (value === undefined || value === null || value === '') continue;
    if (field(el, id).localName !== 'hochieu-choice' && readPath(el.value, id) === value) continue;
    await fill(el, id, value);
    filled.push(id);
  }
  return filled;
}

/** Fills each step from `data` and presses "Tiếp tục" until the review; returns the steps visited. */
export async function fillAll(el: HochieuForm, data: DeclarationDraft): Promise<string[]> {
  const visited: string[] = [];
  if (el.step === 'tasks') await press(el, 'start');
  for (let guard = 0; guard < 20 && el.step !== 'review'; guard += 1) {
    visited.push(el.step);
    await fillStep(el, data);
    const before = el.step;
    await next(el);
    if (el.step === before) {
      const summary = textOf(maybe(el, 'hochieu-error-summary')?.shadowRoot ?? null);
      throw new Error(`stuck on ${before}: ${summary}`);
    }
  }
  return visited;
}

/** Follows the task list link of a step (`identity`, `review`…) with the real mouse. */
export async function openTask(el: HochieuForm, id: string): Promise<void> {
  await clickOn(q(el, `[data-task="${id}"] a`));
  await settle(el);
}
