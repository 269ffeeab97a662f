/**
 * `hochieu-loader.js`: a tiny classic script for content management systems
 * that can only add `<script src>` tags. It adds the module script
 * `hochieu.js` from the loader's own folder, so lazy loading of the export,
 * QR and language chunks keeps working; a single-file classic bundle would
 * have to inline them all.
 *
 * Finding its own folder: `document.currentScript` (HTML Living Standard) when
 * that is the loader; otherwise (a CMS or jQuery's `.append('<script src>')`
 * runs the code through a script element of its own) the page's
 * `<script data-hochieu-base>` or the last `<script src>` whose file is
 * `hochieu-loader.js`. `data-hochieu-base="/assets/hochieu/"` on the loader
 * names the bundle's folder explicitly (loader and bundle on different
 * paths).
 *
 * Before adding the module it checks what the bundle needs (see
 * `missingFeature`); an older browser gets a plain message inside each
 * `hochieu-*` element instead of a script error. It keeps the loader's
 * `nonce` and `crossorigin` (for a page with a nonce-based Content Security
 * Policy or a separate asset host), goes through a Trusted Types policy when
 * the page enforces Trusted Types (W3C Trusted Types, `createScriptURL`) and
 * only ever for that one URL, and adds the module script once however often
 * the loader is included.
 */

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

const MODULE_FILE = 'hochieu.js';
const MARK = 'data-hochieu-module';
const BASE_ATTRIBUTE = 'data-hochieu-base';
const LOADER_FILE = /\/hochieu-loader[\w.-]*\.js([?#]|$)/u;
const NOTICE = 'data-hochieu-old-browser';
const ELEMENTS = 'hochieu-app, hochieu-guide, hochieu-form';

function scriptUrl(url: string): string {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy('hochieu-loader', {
    createScriptURL: (value: string) => {
      if (value !== url) throw new TypeError(value);
      return value;
    },
  });
  // A TrustedScriptURL is accepted wherever a URL string is.
  return policy.createScriptURL(url) as string;
}

function isLoader(script: HTMLScriptElement): boolean {
  // `src` reads back as an absolute URL.
  return script.hasAttribute(BASE_ATTRIBUTE) || LOADER_FILE.test(script.src);
}

/** The loader's own `<script>` element, even when `document.currentScript` is someone else's. */
function findSelf(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && isLoader(current)) return current;
  const marked = document.querySelector<HTMLScriptElement>(`script[${BASE_ATTRIBUTE}]`);
  if (marked) return marked;
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src]');
  for (let i = scripts.length - 1; i >= 0; i -= 1) {
    const script = scripts[i]!;
    if (isLoader(script)) return script;
  }
  return null;
}

/** The folder of hochieu.js: `data-hochieu-base` (relative to the page) or the loader's own folder. */
function bundleBase(self: HTMLScriptElement): string {
  const base = self.getAttribute(BASE_ATTRIBUTE);
  if (base) return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
  return new URL('.', new URL(self.src, document.baseURI)).href;
}

/**
 * Whether this browser has what the bundle needs. The bundle is ES2022
 * (class static blocks, which cannot be tested without `eval`, forbidden by a
 * strict Content Security Policy); the APIs below arrived in the same or later
 * versions of each engine, so together they admit exactly the browsers of the
 * README's support matrix: Chrome/Edge 98, Firefox 98, Safari 16.4 and later.
 * (This file is compiled for ES2017 so that older browsers can run the check.)
 */
function supported(): boolean {
  return (
    'noModule' in HTMLScriptElement.prototype &&
    typeof Object.hasOwn === 'function' &&
    typeof structuredClone === 'function' &&
    typeof ElementInternals === 'function' &&
    'setFormValue' in ElementInternals.prototype
  );
}

const OLD_BROWSER = {
  vi: 'Trình duyệt này quá cũ. Hãy dùng bản mới của Chrome, Cốc Cốc, Edge, Firefox hoặc Safari.',
  en: 'This browser is too old. Please use a recent Chrome, Edge, Firefox or Safari.',
};

/** A plain message inside each element that will never be upgraded, in its language. */
function showOldBrowserNotice(): void {
  const elements = document.querySelectorAll(ELEMENTS);
  for (let i = 0; i < elements.length; i += 1) {
    const element = elements[i]!;
    if (element.querySelector(`[${NOTICE}]`)) continue;
    const notice = document.createElement('p');
    notice.setAttribute(NOTICE, '');
    notice.textContent = (element.closest('[lang]') || document.documentElement).getAttribute('lang') === 'en' ? OLD_BROWSER.en : OLD_BROWSER.vi;
    element.append(notice);
  }
}

(function load(): void {
  const self = findSelf();
  if (!self) {
    console.error('hochieu-loader: no <script src=".../hochieu-loader.js">');
    return;
  }
  if (!supported()) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showOldBrowserNotice);
    else showOldBrowserNotice();
    return;
  }
  if (document.querySelector(`script[${MARK}]`)) return;
  const url = new URL(MODULE_FILE, bundleBase(self)).href;
  const script = document.createElement('script');
  script.type = 'module';
  script.setAttribute(MARK, '');
  if (self.nonce) script.nonce = self.nonce;
  if (self.crossOrigin !== null) script.crossOrigin = self.crossOrigin;
  script.src = scriptUrl(url);
  (document.head || document.documentElement).append(script);
})();
