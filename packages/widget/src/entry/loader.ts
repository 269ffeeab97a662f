/**
 * `hochieu-loader.js`: a tiny classic script for content management systems
 * that can only add `<script src>` tags. It adds the module script
 * `hochieu.js` from the loader's own folder (HTML Living Standard,
 * `document.currentScript`), so lazy loading of the export, QR and language
 * chunks keeps working; a single-file classic bundle would have to inline
 * them all. It keeps the loader's `nonce` and `crossorigin` (for a page with a
 * nonce-based Content Security Policy or a separate asset host), goes through
 * a Trusted Types policy when the page enforces Trusted Types (W3C Trusted
 * Types, `createScriptURL`) and only ever for that one URL, and adds the
 * module script once however often the loader is included.
 */

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

const MODULE_FILE = 'hochieu.js';
const MARK = 'data-hochieu-module';

function scriptUrl(url: string): string {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy('hochieu-loader', {
    createScriptURL: (value: string) => {
      if (value !== url) throw new TypeError(`hochieu-loader: refusing script URL ${value}`);
      return value;
    },
  });
  // A TrustedScriptURL is accepted wherever a URL string is.
  return policy.createScriptURL(url) as string;
}

(function load(): void {
  const current = document.currentScript;
  if (!(current instanceof HTMLScriptElement) || !current.src) {
    console.error('hochieu-loader: include it with <script src="…/hochieu-loader.js"></script>, not inline.');
    return;
  }
  if (!('noModule' in HTMLScriptElement.prototype)) {
    console.error('hochieu-loader: this browser cannot run JavaScript modules.');
    return;
  }
  const url = new URL(MODULE_FILE, current.src).href;
  if (document.querySelector(`script[${MARK}]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.setAttribute(MARK, '');
  if (current.nonce) script.nonce = current.nonce;
  if (current.crossOrigin !== null) script.crossOrigin = current.crossOrigin;
  script.src = scriptUrl(url);
  (document.head ?? document.documentElement).append(script);
})();
