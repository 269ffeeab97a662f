/** Styles of `<hochieu-textarea>`: the same border, size and focus as the one-line inputs. */
import { css } from 'lit';

export const textareaStyles = css`
  textarea {
    display: block;
    width: 100%;
    min-height: calc(5*var(--_hochieu-rem));
    padding: calc(0.3125*var(--_hochieu-rem)) calc(0.5*var(--_hochieu-rem));
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
