/** Styles of `<hochieu-phone-input>`: digits are easier to check with tabular figures. */
import { css } from 'lit';

export const phoneInputStyles = css`
  input {
    font-variant-numeric: tabular-nums;
  }
`;
