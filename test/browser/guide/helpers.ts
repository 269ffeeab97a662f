// Helpers for the <hochieu-guide> tests: create a guide, read its shadow DOM
// as a user sees it (visible text, sections, result parts) and answer the
// questionnaire the way a user does (click a radio label, type a date).
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@hochieu/widget/define';
import { HochieuGuide } from '@hochieu/widget';

export { HochieuGuide };

export interface GuideOptions {
  lang?: 'vi' | 'en';
  date?: string;
  office?: string;
  headingLevel?: number;
  shareDateOfBirth?: boolean;
}

/** A rendered guide (its strings loaded). */
export async function guide(options: GuideOptions = {}): Promise<HochieuGuide> {
  const el = await fixture<HochieuGuide>(html`<hochieu-guide
    lang=${options.lang ?? 'vi'}
    date=${options.date ?? '2026-11-23'}
    office=${options.office ?? ''}
    heading-level=${options.headingLevel ?? 2}
    ?share-date-of-birth=${options.shareDateOfBirth ?? false}
  ></hochieu-guide>`);
  await settle(el);
  return el;
}

/**
 * Opens sections as a reader does (a deep link, a summary click) and waits
 * until their content, which the guide loads on first opening, is rendered.
 */
export async function openSections(el: HochieuGuide, ...ids: string[]): Promise<void> {
  for (const id of ids) if (!el.openSection(id, false)) throw new Error(`no section ${id}`);
  await HochieuGuide.preloadSections();
  await settle(el);
}

/** Renders the content of every section, open or not, as printing and the guide's background render do. */
export async function renderAllSections(el: HochieuGuide): Promise<void> {
  await el.renderAllSections();
  await settle(el);
}

/** Waits until the element has rendered what its state asks for. */
export async function settle(el: HochieuGuide): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await Promise.resolve();
    await el.updateComplete;
  }
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Text of a node with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** All the text of the guide (every rendered section, open or not: see `renderAllSections`). */
export function allText(el: Element): string {
  return textOf(shadow(el).querySelector('.root'));
}

/** The `<details>` of a section by slug. */
export function section(el: Element, id: string): HTMLDetailsElement {
  const d = shadow(el).querySelector<HTMLDetailsElement>(`details#${id}`);
  if (!d) throw new Error(`no section ${id}`);
  return d;
}

/** A part of the personalised result (`form`, `documents`, `fee`, `due`, `where`). */
export function resultPart(el: Element, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`.result [data-part="${name}"]`);
}

/** The dossier component ids listed in the result, in order. */
export function resultDocuments(el: Element): string[] {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('.result [data-part="documents"] li[data-document]')).map(
    (li) => li.dataset['document'] ?? '',
  );
}

/** Clicks the label of a radio answer, like a user. */
export async function choose(el: HochieuGuide, question: string, value: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(`#q-${question}-${value}`);
  if (!input) throw new Error(`no answer ${question}=${value}`);
  const label = shadow(el).querySelector<HTMLLabelElement>(`label[for="q-${question}-${value}"]`);
  (label ?? input).click();
  await settle(el);
}

/** The box (`day`, `month`, `year`) of the date-of-birth field. */
export function dobBox(el: HochieuGuide, box: 'day' | 'month' | 'year'): HTMLInputElement {
  const field = shadow(el).querySelector('#q-dob');
  const input = field?.shadowRoot?.querySelector<HTMLInputElement>(`#${box}`);
  if (!input) throw new Error(`no ${box} box`);
  return input;
}

async function typeInBox(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
}

/** Types a date of birth (ISO `YYYY-MM-DD`, or `YYYY` alone) into the day, month and year boxes with the keyboard. */
export async function enterDateOfBirth(el: HochieuGuide, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  await typeInBox(dobBox(el, 'day'), day);
  await typeInBox(dobBox(el, 'month'), month);
  await typeInBox(dobBox(el, 'year'), year);
  dobBox(el, 'year').blur();
  await settle(el);
}

/** Types an age with the real keyboard. */
export async function typeAge(el: HochieuGuide, age: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('#q-age');
  if (!input) throw new Error('no age field');
  input.focus();
  input.select();
  await sendKeys({ type: age });
  await settle(el);
}
