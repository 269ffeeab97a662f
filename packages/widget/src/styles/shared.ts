/**
 * Small shared style pieces: text hidden visually but read by screen readers
 * (the GOV.UK "visually hidden" technique), the focus indicator (GOV.UK
 * yellow with a dark edge, WCAG 2.2 SC 2.4.7 / 2.4.11; in Windows forced
 * colours the system outline is kept) and links.
 */
import { css } from 'lit';

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

export const focusStyles = css`
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  input[type='radio']:focus-visible,
  input[type='checkbox']:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    input:focus-visible,
    button:focus-visible,
    a:focus-visible,
    [tabindex='-1']:focus {
      outline: 3px solid Highlight;
    }
  }
`;

export const linkStyles = css`
  a {
    color: var(--_primary);
    text-decoration: underline;
    text-decoration-thickness: max(1px, calc(0.0625*var(--_hochieu-rem)));
    text-underline-offset: 0.1em;
  }
  a:hover {
    text-decoration-thickness: max(3px, calc(0.1875*var(--_hochieu-rem)));
  }
`;
