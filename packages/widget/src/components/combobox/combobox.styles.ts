/** Styles of `<hochieu-combobox>`: the suggestion list under the input, options as large touch rows. */
import { css } from 'lit';

export const comboboxStyles = css`
  .control {
    position: relative;
    width: 100%;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    border: var(--_border-width) solid var(--_border);
    border-block-start: 0;
    background: var(--_bg);
    max-height: calc(18*var(--_hochieu-rem));
    overflow-y: auto;
    width: 100%;
  }
  .option {
    display: block;
    min-height: calc(2.75*var(--_hochieu-rem));
    padding: calc(0.5*var(--_hochieu-rem)) calc(0.75*var(--_hochieu-rem));
    cursor: pointer;
    border-block-end: 1px solid var(--_surface);
  }
  .option:hover {
    background: var(--_surface);
  }
  .option[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .option-detail {
    display: block;
    font-size: 0.875em;
  }
`;
