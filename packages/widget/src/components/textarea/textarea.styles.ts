/** Styles of `<hochieu-textarea>`: the same border, size and focus as the one-line inputs. */
import { css } from 'lit';

export const textareaStyles = css`
  textarea {
    display: block;
    width: 100%;
    min-height: 5rem;
    padding: 0.3125rem 0.5rem;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    line-height: var(--_line-height);
    resize: vertical;
  }
  .has-error textarea {
    border-color: var(--_error);
  }
`;
