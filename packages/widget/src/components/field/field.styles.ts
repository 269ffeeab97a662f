/**
 * Styles shared by the field elements, after the GOV.UK Design System form
 * group: bold label, secondary-colour hint, red error text with a red bar at
 * the start of the group, 2px dark input borders (WCAG 2.2 SC 1.4.11), touch
 * targets of at least 2.75rem (44 CSS px at the default size, SC 2.5.8), and
 * widths in `em`/`ch` that never exceed the container (usable at 320 px and
 * at 200% text size, SC 1.4.10).
 */
import { css } from 'lit';

export const fieldStyles = css`
  :host {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .field {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.25);
  }
  .field.has-error {
    border-inline-start: calc(0.3125*var(--_hochieu-rem)) solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .label,
  legend {
    font-weight: 700;
    color: var(--_text);
    display: block;
    max-width: 100%;
  }
  .hint {
    color: var(--_text-secondary);
  }
  .error {
    color: var(--_error);
    font-weight: 700;
  }
  .warning {
    color: var(--_warning);
    border-inline-start: calc(0.25*var(--_hochieu-rem)) solid currentColor;
    padding-inline-start: calc(0.5*var(--_hochieu-rem));
  }
  input:not([type='radio'], [type='checkbox']) {
    display: block;
    width: 100%;
    min-height: calc(2.75*var(--_hochieu-rem));
    padding: calc(0.3125*var(--_hochieu-rem)) calc(0.5*var(--_hochieu-rem));
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    line-height: 1.25;
    appearance: none;
    transition: box-shadow var(--_duration);
  }
  .has-error input:not([type='radio'], [type='checkbox']) {
    border-color: var(--_error);
  }
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .width-20 {
    max-width: 20em;
  }
  .width-10 {
    max-width: 11em;
  }
  .width-5 {
    max-width: 5.5em;
  }
  .width-3 {
    max-width: 3.75em;
  }
  .width-2 {
    max-width: 2.75em;
  }
  .full {
    max-width: 100%;
  }
`;
