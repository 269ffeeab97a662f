// Helpers for the browser quality gates (issue 8, part 2): axe-core run
// directly (so a test can see which rules ran, e.g. that color-contrast
// checked real text), focus followed through shadow roots, keyboard-only
// navigation (Tab until a control is reached, as a keyboard user does), a
// walk over every shadow root of the widget, and download capture (the Blob
// the form hands to `URL.createObjectURL` for its `<a download>` link).
import { sendKeys } from '@web/test-runner-commands';

// ------------------------------------------------------------------ axe

interface AxeNodeResult {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeRuleResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNodeResult[];
}
export interface AxeResults {
  violations: AxeRuleResult[];
  passes: AxeRuleResult[];
  incomplete: AxeRuleResult[];
}
interface Axe {
  run(context: Element, options: Record<string, unknown>): Promise<AxeResults>;
}

let axeLoaded: Promise<Axe> | null = null;

function loadAxe(): Promise<Axe> {
  axeLoaded ??= import('axe-core/axe.min.js').then(() => {
    const axe = (window as unknown as { axe?: Axe }).axe;
    if (!axe) throw new Error('axe-core did not register itself');
    return axe;
  });
  return axeLoaded;
}

/** Runs axe serially (axe refuses concurrent runs in one page). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * axe-core on `root` with every rule of its default set (WCAG 2.0–2.2 A and
 * AA, best practices) and `color-contrast` explicitly on. Throws on any
 * violation, naming the state, the rule and the elements.
 */
export async function axeCheck(root: Element, state: string): Promise<AxeResults> {
  const axe = await loadAxe();
  const run = queue.then(() =>
    axe.run(root, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: true } },
    }),
  );
  queue = run.catch(() => undefined);
  const results = await run;
  if (results.violations.length > 0) {
    const lines = results.violations.flatMap((v) => [
      `${v.id} (${v.impact ?? ''}): ${v.help}`,
      ...v.nodes.slice(0, 5).map((n) => `  ${JSON.stringify(n.target)} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`),
    ]);
    throw new Error(`axe violations in state "${state}":\n${lines.join('\n')}`);
  }
  return results;
}

/** True when axe's colour-contrast rule checked text and found it sufficient (not only skipped or unsure). */
export function contrastChecked(results: AxeResults): boolean {
  return results.passes.some((r) => r.id === 'color-contrast' && r.nodes.length > 0);
}

// ------------------------------------------------------------------ DOM and focus

/** The element that has focus, following open shadow roots down. */
export function deepActive(): Element | null {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** The chain of hosts around an element (innermost first). */
export function hostsOf(node: Node | null): Element[] {
  const hosts: Element[] = [];
  let current: Node | null = node;
  while (current) {
    const root = current.getRootNode();
    if (root instanceof ShadowRoot) {
      hosts.push(root.host);
      current = root.host;
    } else break;
  }
  return hosts;
}

/** Every element under `root` (not itself), descending into open shadow roots (its own too). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document): void => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

/** Every open shadow root under (and including) `host`. */
export function shadowRoots(host: Element): ShadowRoot[] {
  return [host, ...deepElements(host)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

/** Text with white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy. */
export async function until<T>(check: () => T | Promise<T>, what: string, ms = 10000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Waits for Lit updates of every widget element under `host` (a few rounds: children render after parents). */
export async function settleDeep(host: Element): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    const elements = [host, ...deepElements(host)].filter((e) => e.localName.startsWith('hochieu-')) as (Element & {
      updateComplete?: Promise<unknown>;
    })[];
    await Promise.all(elements.map((e) => e.updateComplete));
    await sleep(0);
  }
}

// ------------------------------------------------------------------ keyboard

/** Presses one key with the real keyboard. */
export async function key(name: string): Promise<void> {
  await sendKeys({ press: name });
}

/** Types text with the real keyboard into whatever has focus. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Shift+Tab. */
export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a
 * keyboard user moves through a page; fails after `max` presses. Returns the
 * focused element and how many presses it took.
 */
export async function tabTo(
  matches: (el: Element) => boolean,
  what: string,
  options: { max?: number; backwards?: boolean; settle?: () => Promise<void> } = {},
): Promise<{ element: Element; presses: number }> {
  const max = options.max ?? 60;
  const seen: string[] = [];
  for (let presses = 1; presses <= max; presses += 1) {
    if (options.backwards) await shiftTab();
    else await key('Tab');
    await options.settle?.();
    const active = deepActive();
    if (active && matches(active)) return { element: active, presses };
    seen.push(describe(active));
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses; went through: ${seen.slice(-12).join(' → ')}`);
}

/** A short description of an element for failure messages. */
export function describe(el: Element | null): string {
  if (!el) return '(nothing)';
  const host = hostsOf(el)[0];
  const id = el.id ? `#${el.id}` : '';
  const data = (el as HTMLElement).dataset ? Object.entries((el as HTMLElement).dataset).map(([k, v]) => `[${k}=${v}]`).join('') : '';
  return `${host ? `${host.localName}${host.id ? `#${host.id}` : ''}>` : ''}${el.localName}${id}${data}`;
}

// ------------------------------------------------------------------ downloads

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Records downloads instead of letting the browser save them: the Blob given
 * to `URL.createObjectURL` and the `download` name of the link the form
 * clicks (the form's only way to hand a file over; see export-adapter.ts).
 */
export function captureDownloads(): { downloads: Download[]; restore: () => void } {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = create.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, blob });
    else click.call(this);
  };
  return {
    downloads,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
