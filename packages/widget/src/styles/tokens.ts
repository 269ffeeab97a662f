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
 * and every size is in rem/em so the user's font size and 200% zoom apply
 * (SC 1.4.4). `prefers-reduced-motion` sets every duration to zero.
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
  '--hochieu-font-size': '1rem',
  '--hochieu-line-height': '1.5',
  '--hochieu-radius': '0.25rem',
  '--hochieu-space': '1rem',
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
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;
