/**
 * Styles of `<hochieu-form>`, after the GOV.UK Design System (task list with
 * status tags, back link, primary and secondary buttons, summary list of the
 * check-answers page, notification banners): mobile first, one column from
 * 320 px, sizes in rem so user font size and 200% zoom apply (WCAG 2.2 SC
 * 1.4.4, 1.4.10), targets of at least 44 px (SC 2.5.8), colours from the
 * shared `--hochieu-*` tokens (tags and buttons at 4.5:1 or more); the QR
 * prefill sits in a GOV.UK "details" disclosure.
 */
import { css } from 'lit';

export const formStyles = css`
  .root {
    display: block;
    max-width: 40rem;
  }
  h2 {
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.1875rem;
    font-weight: 700;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }
  /* Headings receive focus on each step change (for screen readers); like GOV.UK, no ring on them. */
  h2[tabindex='-1']:focus {
    outline: none;
  }
  p + p {
    margin-top: 0.5rem;
  }
  .caption {
    color: var(--_text-secondary);
    margin-bottom: 0.25rem;
  }
  .lead {
    margin-bottom: var(--_space);
  }
  .fields {
    margin-block: var(--_space);
  }
  .fields > * {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  /* One-tap copy under a field ("Giống nơi thường trú"), close to the field it fills. */
  .fields > .copy-from {
    margin-block-start: calc(var(--_space) * -1);
  }

  /* Back link */
  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    padding: 0;
    margin-bottom: 0.5rem;
    border: 0;
    background: none;
    color: var(--_text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .back::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-inline-start: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block: calc(var(--_space) * 1.5) var(--_space);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    box-shadow: 0 2px 0 var(--_text);
    text-align: center;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 0 var(--_text-secondary);
  }
  .button.warning {
    background: var(--_error);
    color: var(--_on-primary);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .link-button {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
  }

  /* Notices and live regions */
  .notice {
    border-inline-start: 0.3125rem solid var(--_primary);
    background: var(--_surface);
    padding: 0.75rem 1rem;
    margin: 0 0 var(--_space);
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
    color: var(--_warning);
  }
  .notice.error {
    border-inline-start-color: var(--_error);
    color: var(--_error);
    font-weight: 700;
  }
  .notice p + p {
    margin-top: 0.25rem;
  }

  /* Task list */
  .task-list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25rem 1rem;
    min-height: 2.75rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .task a {
    padding-block: 0.25rem;
  }
  .tag {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: var(--_radius);
    font-size: 0.9375rem;
    font-weight: 700;
    background: var(--_surface);
    color: var(--_text);
  }
  .tag.completed {
    background: transparent;
    color: var(--_text);
    font-weight: 400;
  }
  .tag.inProgress {
    background: #d2e2f1;
    color: #0b0c0c;
  }
  .tag.hasErrors {
    background: var(--_error);
    color: var(--_on-primary);
  }

  /* Summary list (check answers) */
  .summary-list {
    margin: 0 0 var(--_space);
    border-top: 1px solid var(--_border);
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
    padding: 0.625rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .row dt {
    font-weight: 700;
    grid-column: 1 / -1;
  }
  .row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .row .value {
    white-space: pre-line;
  }
  .row .change {
    justify-self: end;
  }
  .row .row-error {
    grid-column: 1 / -1;
    color: var(--_error);
    font-weight: 700;
  }
  .row.has-error {
    border-inline-start: 0.3125rem solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  @media (min-width: 40em) {
    .row {
      grid-template-columns: 14rem 1fr auto;
    }
    .row dt {
      grid-column: auto;
    }
  }

  /* Draft tools */
  .draft-tools {
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 2px solid var(--_border);
  }
  .file-group {
    margin-block: var(--_space);
  }
  .file-group label {
    display: block;
    font-weight: 700;
  }
  .file-group .hint {
    color: var(--_text-secondary);
  }
  .file-group input[type='file'] {
    margin-top: 0.25rem;
    min-height: 2.75rem;
    max-width: 100%;
  }
  .muted {
    color: var(--_text-secondary);
  }

  /* Uploads step and its task list row */
  .task-hint {
    flex-basis: 100%;
    font-size: 0.9375rem;
  }
  .uploads h3 {
    margin-top: calc(var(--_space) * 2);
  }

  /* QR prefill disclosure (GOV.UK details) */
  .qr {
    margin-block: var(--_space);
  }
  .qr summary {
    display: inline-block;
    min-height: 2.75rem;
    padding-block: 0.5rem;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .qr summary::marker {
    color: var(--_text);
  }
  .qr summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .qr-body {
    padding: 0.75rem 0 0.75rem 1rem;
    border-inline-start: 0.3125rem solid var(--_border);
  }
  /* The disclosure's summary already names the reader. */
  .qr hochieu-qr-prefill::part(heading) {
    display: none;
  }
  .qr-conflicts h3 {
    margin-top: 0;
    color: var(--_text);
  }
  .qr-conflicts .summary-list,
  .qr-conflicts p {
    color: var(--_text);
  }
  #qr-outcome:focus,
  #qr-conflicts:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
  }
`;
