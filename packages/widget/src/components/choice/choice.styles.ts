/**
 * Styles of the radio and checkbox controls: native inputs drawn large
 * (1.5rem box, 2.75rem touch row, WCAG 2.2 SC 2.5.8) with the label beside
 * them and the option hint indented under the label.
 */
import { css } from 'lit';

export const choiceStyles = css`
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
    max-width: 100%;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.25);
  }
  :host([inline]) .options {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 1.5);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(0.75*var(--_hochieu-rem));
    align-items: center;
    min-height: calc(2.75*var(--_hochieu-rem));
  }
  .option input {
    width: calc(1.5*var(--_hochieu-rem));
    height: calc(1.5*var(--_hochieu-rem));
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .option-label {
    cursor: pointer;
    padding-block: calc(0.25*var(--_hochieu-rem));
  }
  .option-hint {
    grid-column: 2;
    color: var(--_text-secondary);
  }
`;
