/**
 * Styles of `<hochieu-app>`: the tab list (underlined current tab, large
 * targets of at least 44 CSS px, WCAG 2.2 SC 2.5.8), the panels, the button
 * from the guide to the form, the webmaster's configuration notice, and the
 * `contrast` theme preset, which only sets public `--hochieu-*` tokens on the
 * host (so a page's own values on the element still win, and the inner
 * guide and form inherit them). Sizes in rem/em; no motion beyond the token
 * duration, which `prefers-reduced-motion` sets to zero.
 */
import { css } from 'lit';

export const appStyles = css`
  :host([theme~='contrast']) {
    --hochieu-color-text: #000000;
    --hochieu-color-text-secondary: #000000;
    --hochieu-color-background: #ffffff;
    --hochieu-color-surface: #ffffff;
    --hochieu-color-border: #000000;
    --hochieu-color-primary: #000000;
    --hochieu-color-on-primary: #ffffff;
    --hochieu-color-error: #8b0000;
    --hochieu-color-warning: #000000;
    --hochieu-color-focus: #ffdd00;
    --hochieu-color-focus-text: #000000;
    --hochieu-border-width: 3px;
  }
  .root {
    background: var(--_bg);
  }
  .app-title {
    margin: 0 0 calc(0.5*var(--_hochieu-rem));
    font-size: 1.5em;
    line-height: 1.25;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 0.5);
    border-bottom: var(--_border-width) solid var(--_border);
    margin-bottom: var(--_space);
  }
  [role='tab'] {
    appearance: none;
    background: transparent;
    border: 0;
    border-bottom: calc(0.3125*var(--_hochieu-rem)) solid transparent;
    border-radius: 0;
    margin: 0 0 calc(-1 * var(--_border-width));
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    min-height: calc(2.75*var(--_hochieu-rem));
    font-weight: 700;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    transition: border-color var(--_duration);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    border-bottom-color: var(--_primary);
    text-decoration: none;
  }
  [role='tab']:hover {
    text-decoration-thickness: calc(0.1875*var(--_hochieu-rem));
  }
  [role='tabpanel']:focus {
    outline: none;
  }
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
  }
  .next {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .next p {
    margin-bottom: calc(var(--_space) * 0.5);
    color: var(--_text-secondary);
  }
  .button {
    display: inline-block;
    min-height: calc(2.75*var(--_hochieu-rem));
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: var(--_border-width) solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    box-shadow: 0 2px 0 var(--_text);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .privacy {
    margin-top: var(--_space);
    font-size: 0.875em;
    color: var(--_text-secondary);
  }
  .config-notice {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: var(--_border-width) solid var(--_error);
    border-inline-start-width: calc(0.5*var(--_hochieu-rem));
    background: var(--_bg);
  }
  .draft-offer {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: var(--_border-width) solid var(--_primary, currentColor);
    border-inline-start-width: calc(0.5*var(--_hochieu-rem));
    background: var(--_bg);
  }
  .draft-offer p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .config-notice .title {
    font-weight: 700;
    color: var(--_error);
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .config-notice ul {
    margin: calc(var(--_space) * 0.5) 0 0;
    padding-inline-start: 1.5em;
  }
  .config-notice li {
    margin-top: 0.25em;
  }
  .config-notice code {
    font-family: ui-monospace, 'Cascadia Mono', 'Segoe UI Mono', 'Liberation Mono', Menlo, monospace;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  @media print {
    .tabs,
    .next,
    .config-notice {
      display: none;
    }
  }
`;
