/**
 * Protection against the host page's CSS. Old CMS themes style `*`, `body`,
 * `input` or `table`, sometimes with `!important`. Selectors of the page do
 * not reach into a shadow root, but inherited properties (font, colour, line
 * height, letter spacing, text transform…) flow in through the host element.
 * `:host { all: initial }` cuts that inheritance at the host (custom
 * properties still inherit, so theming works); the `.root` container then
 * sets the widget's own typography explicitly, which also wins when a page
 * forces inherited values onto the host with `!important`. Form controls,
 * buttons and tables inside the shadow root get a neutral baseline.
 * Follows CSS Cascade 4 (`all`) and CSS Scoping 1 (`:host`).
 */
import { css } from 'lit';

export const resetStyles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    text-align: start;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    text-decoration: none;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    visibility: visible;
    direction: ltr;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p,
  h1,
  h2,
  h3,
  h4,
  ul,
  ol,
  li,
  fieldset,
  legend,
  figure {
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  input,
  button,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
    max-width: 100%;
    float: none;
    box-shadow: none;
    text-shadow: none;
  }
  button {
    cursor: pointer;
  }
  table {
    border-collapse: collapse;
    border-spacing: 0;
    width: auto;
    font: inherit;
    color: inherit;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0;
    border: 0;
  }
  img {
    max-width: 100%;
    height: auto;
    border: 0;
  }
  [hidden] {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
