/**
 * Types of the self-hosted bundle `hochieu.js`, published as the npm entries
 * `@hochieu/widget/define` and `@hochieu/widget/hochieu.js`. Importing it
 * registers `<hochieu-app>`, `<hochieu-guide>` and `<hochieu-date-input>` at
 * once and every other `hochieu-*` element when a page uses one; the form,
 * document export, QR decoder and English texts are lazy chunks beside it,
 * so a bundler gets the same sizes as the embed.
 *
 * The classes, event details and helper types are those of the package's main
 * entry (`@hochieu/widget`), re-exported here as types only: the elements on
 * the page are the bundle's own classes, so use them through
 * `document.querySelector('hochieu-app')` (typed by `HTMLElementTagNameMap`),
 * not with `instanceof` against classes imported from `@hochieu/widget`.
 */
import type { HochieuApp, HochieuDateInput, HochieuGuide } from '../dist/index.js';

export type * from '../dist/index.js';

/** Tag name -> class of the elements the bundle registers at once (the first screen). */
export declare const elements: {
  readonly 'hochieu-app': typeof HochieuApp;
  readonly 'hochieu-guide': typeof HochieuGuide;
  readonly 'hochieu-date-input': typeof HochieuDateInput;
};

/** Tags registered by the lazy `elements` chunk when a page first uses one of them. */
export declare const LAZY_TAGS: readonly string[];

/** Loads the lazy chunk that registers every other `hochieu-*` element (once). */
export declare function loadElements(): Promise<void>;

/** Defines every `hochieu-*` tag not defined yet (in `registry`, default the global one); settles when all are defined. */
export declare function defineElements(registry?: CustomElementRegistry): Promise<void>;
