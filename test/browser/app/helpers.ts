// Helpers for the <hochieu-app> tests: create an app (optionally with a JSON
// configuration child), wait until it and its inner guide and form have
// rendered, and reach into their shadow roots as a user sees them.
import { fixture } from '@open-wc/testing';
import '@hochieu/widget/define';
import type { HochieuApp } from '@hochieu/widget';

export type { HochieuApp };

export interface AppOptions {
  lang?: 'vi' | 'en';
  date?: string;
  office?: string;
  theme?: string;
  view?: 'guide' | 'form';
  /** Text of a `<script type="application/json">` child. */
  script?: string;
  /** Extra attributes, e.g. `style="…"`. */
  attrs?: string;
}

function escapeAttr(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/** The markup of an app, as a webmaster would write it. */
export function appMarkup(options: AppOptions = {}): string {
  const attrs = [
    `lang="${options.lang ?? 'vi'}"`,
    `date="${options.date ?? '2026-11-23'}"`,
    options.office ? `office="${escapeAttr(options.office)}"` : '',
    options.theme ? `theme="${escapeAttr(options.theme)}"` : '',
    options.view ? `view="${options.view}"` : '',
    // No drafts on the device, so test files running in parallel never share storage.
    'no-drafts',
    options.attrs ?? '',
  ].filter(Boolean);
  const child = options.script === undefined ? '' : `<script type="application/json">${options.script}</script>`;
  return `<hochieu-app ${attrs.join(' ')}>${child}</hochieu-app>`;
}

/** A rendered app (strings loaded, inner guide rendered). */
export async function app(options: AppOptions = {}): Promise<HochieuApp> {
  const el = await fixture<HochieuApp>(appMarkup(options));
  await settle(el);
  return el;
}

/** Waits for the app and its inner elements to render (a few rounds: strings load, then children update). */
export async function settle(el: HochieuApp): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await el.updateComplete;
    const inner = Array.from(shadow(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('hochieu-guide, hochieu-form'));
    await Promise.all(inner.map((c) => c.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function q<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = shadow(root).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${root.localName}`);
  return found;
}

/** Text with white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The element focused inside the app (following shadow roots down). */
export function deepFocus(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Console errors logged while `run` runs. */
export async function captureConsoleErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}
