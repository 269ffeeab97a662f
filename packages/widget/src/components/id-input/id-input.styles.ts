/** Styles of `<hochieu-id-input>`: tabular digits, word spacing for the groups, the decoded panel. */
import { css } from 'lit';

export const idInputStyles = css`
  input {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .decoded {
    background: var(--_surface);
    border-inline-start: calc(0.25*var(--_hochieu-rem)) solid var(--_primary);
    padding: calc(0.5*var(--_hochieu-rem)) calc(0.75*var(--_hochieu-rem));
    max-width: 100%;
  }
`;
