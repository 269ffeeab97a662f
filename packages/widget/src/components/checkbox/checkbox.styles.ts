/** Styles of `<hochieu-checkbox>`: the label beside the box is not bold, as in GOV.UK checkboxes. */
import { css } from 'lit';

export const checkboxStyles = css`
  .option .label {
    font-weight: 400;
    cursor: pointer;
    padding-block: calc(0.25*var(--_hochieu-rem));
  }
  .option-hint:empty {
    display: none;
  }
`;
