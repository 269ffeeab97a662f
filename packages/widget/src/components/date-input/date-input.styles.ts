/** Styles of `<hochieu-date-input>`: three labelled boxes in a row that wraps on narrow screens. */
import { css } from 'lit';

export const dateInputStyles = css`
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
    max-width: 100%;
  }
  .boxes {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .box {
    display: flex;
    flex-direction: column;
  }
  .box-label {
    display: block;
  }
  input.width-2 {
    width: 3em;
  }
  input.width-4 {
    width: 4.5em;
  }
`;
