/** Styles of `<hochieu-address-field>`: the address input, the disclosure with the pickers, and the former-unit notice. */
import { css } from 'lit';

export const addressFieldStyles = css`
  .group {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
    width: 100%;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  select {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.3125rem 0.5rem;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .picker {
    border-inline-start: 0.25rem solid var(--_border);
    padding-inline-start: calc(var(--_space) * 0.75);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    width: 100%;
  }
  .picker hochieu-combobox {
    margin: 0;
  }
  .sub-label {
    font-weight: 700;
  }
  .link-button {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    max-width: 100%;
  }
  .notice {
    border-inline-start: 0.3125rem solid var(--_warning);
    background: var(--_surface);
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    width: 100%;
  }
  .notice p {
    margin: 0;
  }
  .choices {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
`;
