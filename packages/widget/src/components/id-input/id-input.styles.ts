/** Styles of `<hochieu-id-input>`: tabular digits, word spacing for the groups, the decoded panel. */
import { css } from 'lit';

export const idInputStyles = css`
  input {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .decoded {
    background: var(--_surface);
    border-inline-start: 0.25rem solid var(--_primary);
    padding: 0.5rem 0.75rem;
    max-width: 100%;
  }
`;
