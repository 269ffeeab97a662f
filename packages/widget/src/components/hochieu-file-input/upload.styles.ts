/**
 * Styles shared by the upload elements: buttons as GOV.UK draws them
 * (primary and secondary, at least 2.75rem high for touch, WCAG 2.2 SC
 * 2.5.8), the chosen-file row with its thumbnail, notices, and lists of
 * findings. Sizes in rem/em so 200% text and 320 px widths still work.
 */
import { css } from 'lit';

export const uploadStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  button {
    min-height: calc(2.75*var(--_hochieu-rem));
    padding: calc(0.5*var(--_hochieu-rem)) var(--_hochieu-rem);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    line-height: 1.25;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: 100%;
  }
  .file .name {
    overflow-wrap: anywhere;
  }
  .thumb {
    width: calc(6*var(--_hochieu-rem));
    max-height: calc(9*var(--_hochieu-rem));
    object-fit: contain;
    background: var(--_surface);
  }
  .pdf-badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: calc(4*var(--_hochieu-rem));
    height: calc(5*var(--_hochieu-rem));
    border: 1px solid var(--_border);
    font-weight: 700;
  }
  .status {
    color: var(--_text-secondary);
  }
  .notice {
    border-inline-start: calc(0.3125*var(--_hochieu-rem)) solid var(--_primary);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .findings {
    border-inline-start: calc(0.3125*var(--_hochieu-rem)) solid var(--_warning);
    padding-inline-start: calc(var(--_space) * 0.75);
    color: var(--_text);
  }
  .findings ul {
    padding-inline-start: calc(1.25*var(--_hochieu-rem));
    margin-block: calc(var(--_space) * 0.5);
  }
  .findings li + li {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
`;
