/** Styles of `<hochieu-error-summary>`: a box with a thick error-coloured border, bold red links. */
import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    margin-block-end: calc(var(--_space) * 2);
  }
  .summary {
    border: calc(0.3125*var(--_hochieu-rem)) solid var(--_error);
    padding: var(--_space);
    background: var(--_bg);
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .list {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .list a {
    color: var(--_error);
    font-weight: 700;
  }
`;
