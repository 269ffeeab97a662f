/**
 * Design tokens. The public theming surface is a set of `--hochieu-*` CSS
 * custom properties that a host page may set on the element or any ancestor
 * (custom properties inherit into shadow roots). Inside each shadow root they
 * are read once into private `--_*` aliases with the defaults below, so a
 * component never repeats a default and the documented defaults are the ones
 * in force. Defaults are high contrast (text 19.6:1,
 * secondary text 9:1, link 8.1:1, error 6.5:1, warning 9.2:1 on white; input
 * borders 19.6:1 for WCAG 2.2 SC 1.4.11), the focus indicator is the GOV.UK
 * yellow-and-black pair (visible on any background, SC 2.4.7 and 2.4.11),
 * and every size follows the reader's font size so their browser setting
 * and 200% zoom apply (SC 1.4.4). `prefers-reduced-motion` sets every
 * duration to zero.
 *
 * The widget's own base (issue 13): text starts at `medium` (the reader's
 * browser font size, 16 px by default), not at the page's root size, so a
 * page with `html { font-size: 62.5% }` (Bootstrap 3, many CMS themes) does
 * not shrink it; `--hochieu-font-size` on the element sets another base.
 * Sizes that were in `rem` are multiples of `--_hochieu-rem`, the base in
 * pixels: registered as a `<length>` (CSS Properties and Values API), `1em`
 * on the host computes to the host's font size and inherits as pixels, so
 * headings, the table of contents and spacing follow the same base. Media
 * queries keep `rem`, which there always means the reader's initial size.
 */
import { css, unsafeCSS } from 'lit';

/** Default values of the public tokens (documented in the README). */
export const tokenDefaults = {
  '--hochieu-color-text': '#0b0c0c',
  '--hochieu-color-text-secondary': '#484949',
  '--hochieu-color-background': '#ffffff',
  '--hochieu-color-surface': '#f3f2f1',
  '--hochieu-color-border': '#0b0c0c',
  '--hochieu-color-primary': '#1d4f91',
  '--hochieu-color-on-primary': '#ffffff',
  '--hochieu-color-error': '#b3261e',
  '--hochieu-color-warning': '#6b3d00',
  '--hochieu-color-focus': '#ffdd00',
  '--hochieu-color-focus-text': '#0b0c0c',
  '--hochieu-font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  '--hochieu-font-size': 'medium',
  '--hochieu-line-height': '1.5',
  '--hochieu-radius': '4px',
  '--hochieu-space': 'var(--_hochieu-rem)',
  '--hochieu-border-width': '2px',
  '--hochieu-duration': '150ms',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** The private alias each public token is read into inside a shadow root. */
export const tokenAliases: { readonly [K in TokenName]: string } = {
  '--hochieu-color-text': '--_text',
  '--hochieu-color-text-secondary': '--_text-secondary',
  '--hochieu-color-background': '--_bg',
  '--hochieu-color-surface': '--_surface',
  '--hochieu-color-border': '--_border',
  '--hochieu-color-primary': '--_primary',
  '--hochieu-color-on-primary': '--_on-primary',
  '--hochieu-color-error': '--_error',
  '--hochieu-color-warning': '--_warning',
  '--hochieu-color-focus': '--_focus',
  '--hochieu-color-focus-text': '--_focus-text',
  '--hochieu-font-family': '--_font',
  '--hochieu-font-size': '--_font-size',
  '--hochieu-line-height': '--_line-height',
  '--hochieu-radius': '--_radius',
  '--hochieu-space': '--_space',
  '--hochieu-border-width': '--_border-width',
  '--hochieu-duration': '--_duration',
};

/** Registers the base length once per page (a name no host page uses; ignored where unsupported). */
function registerBase(): void {
  try {
    const api = (globalThis as { CSS?: { registerProperty?: (definition: object) => void } }).CSS;
    api?.registerProperty?.({ name: '--_hochieu-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Already registered (a second copy of the widget on the page): the same definition is in force.
  }
}
registerBase();

const declarations = (Object.keys(tokenAliases) as TokenName[])
  .map((name) => `${tokenAliases[name]}: var(${name}, ${tokenDefaults[name]});`)
  .join('\n');

/**
 * The aliases with their defaults, on `:host`. Built from the two tables above
 * (constants of this module, never user input), so the documented defaults
 * are the ones in force.
 */
export const tokens = css`
  :host {
    ${unsafeCSS(declarations)}
    --_hochieu-rem: 1em;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;
