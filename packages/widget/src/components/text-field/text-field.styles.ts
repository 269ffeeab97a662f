/** Styles of `<hochieu-text-field>`: the capital-letter preview. */
import { css } from 'lit';

export const textFieldStyles = css`
  .preview {
    color: var(--_text-secondary);
  }
  .printed {
    color: var(--_text);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
`;
