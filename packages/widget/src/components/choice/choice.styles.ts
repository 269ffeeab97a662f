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
    column-gap: 0.75rem;
    align-items: center;
    min-height: 2.75rem;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .option-label {
    cursor: pointer;
    padding-block: 0.25rem;
  }
  .option-hint {
    grid-column: 2;
    color: var(--_text-secondary);
  }
`;
