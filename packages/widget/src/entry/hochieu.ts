/**
 * The embed entry `hochieu.js`: a page needs only
 * `<script type="module" src=".../hochieu.js"></script>` and
 * `<hochieu-app></hochieu-app>`. Built by Vite as an ES module
 * (vite.widget.config.ts). To keep the first screen small (issue 9: at most
 * 40 kB gzip before any export), the entry holds only what the first screen
 * shows: `<hochieu-app>` and `<hochieu-guide>` (with the date input of its
 * questionnaire), registered at once. Everything else is a lazy chunk beside
 * it, loaded with `import()` from the same folder: the form when its tab is
 * first opened (the app loads it), every other `hochieu-*` element when the
 * page itself uses one (`<hochieu-form>` alone, an upload input…; found in
 * the document at start or when added later), document export (@hochieu/docgen
 * with its embedded font), the QR decoder (jsqr) and the English strings.
 * Nothing is loaded from any other origin.
 */
import { HochieuApp } from '../components/hochieu-app/hochieu-app.js';
import { HochieuDateInput } from '../components/date-input/date-input.js';
import { HochieuGuide } from '../components/hochieu-guide/hochieu-guide.js';

/** Tag name -> class of the elements registered by the entry itself (the first screen). */
export const elements = {
  'hochieu-app': HochieuApp,
  'hochieu-guide': HochieuGuide,
  'hochieu-date-input': HochieuDateInput,
} as const;

/** Tags registered by the lazy `elements` chunk (packages/widget/src/define.ts), not by the entry. */
export const LAZY_TAGS: readonly string[] = [
  'hochieu-form',
  'hochieu-text-field',
  'hochieu-textarea',
  'hochieu-id-input',
  'hochieu-phone-input',
  'hochieu-choice',
  'hochieu-checkbox',
  'hochieu-combobox',
  'hochieu-error-summary',
  'hochieu-file-input',
  'hochieu-photo-input',
  'hochieu-qr-prefill',
];

let allElements: Promise<void> | null = null;

/** Loads the lazy chunk that registers every other `hochieu-*` element (once). */
export function loadElements(): Promise<void> {
  allElements ??= import('../define.js').then(() => undefined);
  return allElements;
}

/**
 * Defines each first-screen tag that is not defined yet, then loads and
 * defines the rest; the returned promise settles when every element is
 * defined. Defining twice is harmless.
 */
export function defineElements(registry: CustomElementRegistry = customElements): Promise<void> {
  for (const [tag, element] of Object.entries(elements)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
  if (registry !== customElements) {
    return import('../define.js').then((module) => module.defineElements(registry));
  }
  return loadElements();
}

const LAZY_SELECTOR = LAZY_TAGS.join(',');

function usesLazyElement(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return node.matches(LAZY_SELECTOR) || node.querySelector(LAZY_SELECTOR) !== null;
}

/** Loads the other elements as soon as the page (outside our own shadow roots) holds one of them. */
function watchForLazyElements(): void {
  if (document.querySelector(LAZY_SELECTOR)) {
    void loadElements();
    return;
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!usesLazyElement(node)) continue;
        observer.disconnect();
        void loadElements();
        return;
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
watchForLazyElements();
