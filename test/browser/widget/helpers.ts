// User-level helpers for the widget tests: the browser types, tabs and clicks
// (through the test runner's real keyboard and mouse), and the accessibility
// tree is Chromium's own (a11ySnapshot), not a guess from the DOM.
import { a11ySnapshot, findAccessibilityNode, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  invalid?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  focused?: boolean;
  children?: AxNode[];
}

/** The shadow root of a widget element. */
export function shadowOf(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${el.localName} has no shadow root`);
  return root;
}

/** The first element of a part (`[part~=name]`) in an element's shadow root. */
export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T {
  const found = shadowOf(el).querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`${el.localName} has no part "${name}"`);
  return found;
}

/** Every element of a part in an element's shadow root. */
export function parts<T extends HTMLElement = HTMLElement>(el: Element, name: string): T[] {
  return Array.from(shadowOf(el).querySelectorAll<T>(`[part~="${name}"]`));
}

/** The element focused inside `el`'s shadow root (null if focus is elsewhere). */
export function focusedIn(el: Element): Element | null {
  return shadowOf(el).activeElement;
}

/** Focuses `target`, selects what it holds (so typing replaces it) and types `text` with the real keyboard. */
export async function typeInto(target: HTMLElement, text: string): Promise<void> {
  target.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

/** Focuses `target` and types `text` after what it already holds. */
export async function typeMore(target: HTMLElement, text: string): Promise<void> {
  target.focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
}

/** Presses one key (e.g. `Tab`, `ArrowDown`, `Enter`). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Leaves the focused field the way a user does: with Tab. */
export async function tabAway(): Promise<void> {
  await sendKeys({ press: 'Tab' });
}

/** Clicks the middle of an element with the real mouse. */
export async function clickOn(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  await resetMouse();
}

/** Chromium's accessibility tree of the page (interesting nodes only). */
export async function accessibilityTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** The first node of the accessibility tree matching `predicate`, or null. */
export async function findAx(predicate: (node: AxNode) => boolean): Promise<AxNode | null> {
  return findAccessibilityNode<AxNode>((await accessibilityTree()) as AxNode & { children: AxNode[] }, predicate);
}

/** Relative luminance contrast ratio of two CSS `rgb()`/`rgba()` colours (WCAG 2.2 definition). */
export function contrastRatio(a: string, b: string): number {
  const lum = (color: string): number => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/u.exec(color);
    if (!m) throw new Error(`not an rgb colour: ${color}`);
    const [r, g, bl] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
