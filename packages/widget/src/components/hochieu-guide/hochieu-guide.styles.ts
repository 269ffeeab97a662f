/**
 * Styles of <hochieu-guide>: mobile first (one column from 320 px, two
 * columns for the questionnaire and its result on wide screens), sizes in
 * rem so user font size and 200% zoom apply (WCAG 2.2 SC 1.4.4, 1.4.10),
 * targets of at least 24 × 24 px (SC 2.5.8), colours from the shared
 * `--hochieu-*` tokens. The print stylesheet (CSS Paged Media, `@page` A4)
 * opens every section (`::details-content`, with a script fallback in the
 * element), hides buttons, the table of contents and the questionnaire
 * inputs, and prints the address after each external link.
 */
import { css } from 'lit';

export const guideStyles = css`
  .root {
    display: block;
    max-width: 60rem;
    /* A long word (English headings at 200% text on a 320 px screen) wraps instead of pushing content off screen (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  p + p,
  p + ul,
  ul + p,
  p + ol,
  .table-scroll + p {
    margin-top: 0.5rem;
  }
  .intro {
    font-size: 1.125rem;
  }
  .date-note,
  .meta,
  .hint {
    color: var(--_text-secondary);
  }
  .date-note {
    margin-top: 0.25rem;
    font-size: 0.9375rem;
  }
  .data-date {
    margin-top: var(--_space);
  }

  /* Notices */
  .trust {
    margin: var(--_space) 0;
  }
  .notice {
    border-inline-start: 0.3125rem solid var(--_primary);
    background: var(--_surface);
    padding: 0.75rem 1rem;
    margin: 0.75rem 0;
  }
  .notice-warning {
    border-inline-start-color: var(--_warning);
  }
  .notice-title {
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .note {
    margin-top: 0.375rem;
    font-size: 0.9375rem;
    color: var(--_text-secondary);
  }
  .tag {
    font-size: 0.875rem;
    color: var(--_warning);
  }
  .badge {
    display: inline-block;
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1.4;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_primary);
  }

  /* Table of contents */
  .toc {
    margin: var(--_space) 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toc-title {
    font-weight: 700;
  }
  .toc ol {
    margin-top: 0.25rem;
    padding-inline-start: 1.5rem;
    columns: 16rem auto;
    column-gap: 2rem;
  }
  .toc li {
    padding: 0.125rem 0;
    break-inside: avoid;
  }

  /* Sections */
  .section {
    border-top: 1px solid var(--_border);
  }
  .section:last-of-type {
    border-bottom: 1px solid var(--_border);
  }
  summary {
    cursor: pointer;
    padding: 0.75rem 0;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    list-style: none;
    color: var(--_primary);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    width: 0;
    height: 0;
    border-style: solid;
    border-width: 0.4375rem 0 0.4375rem 0.75rem;
    border-color: transparent transparent transparent currentColor;
    transition: transform var(--_duration);
  }
  details[open] > summary::before {
    transform: rotate(90deg);
  }
  summary:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    background: var(--_focus);
    color: var(--_focus-text);
  }
  summary .heading {
    display: inline;
  }
  .heading {
    font-weight: 700;
    line-height: 1.3;
    color: inherit;
  }
  .heading.depth-0 {
    font-size: 1.375rem;
  }
  .heading.depth-1 {
    font-size: 1.1875rem;
    margin: 1.25rem 0 0.5rem;
  }
  .heading.depth-2,
  .heading.depth-3 {
    font-size: 1.0625rem;
    margin: 1rem 0 0.375rem;
  }
  .section-body {
    padding: 0 0 1.5rem;
  }
  .block + .block {
    margin-top: 0.5rem;
  }

  /* Lists and tables */
  .points,
  .numbered,
  .legal,
  .documents,
  .checklist,
  .forms {
    padding-inline-start: 1.25rem;
  }
  .points li,
  .numbered li,
  .legal li,
  .documents li,
  .checklist li,
  .forms li {
    margin-top: 0.5rem;
  }
  .points .points {
    margin-top: 0.25rem;
  }
  ul.plain,
  .links {
    list-style: none;
    padding: 0;
  }
  .links li {
    margin-top: 0.25rem;
  }
  .steps {
    list-style: none;
    padding: 0;
  }
  .steps > li {
    margin-top: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.1875rem solid var(--_surface);
  }
  .step-label {
    font-weight: 700;
  }
  .doc-title {
    font-weight: 700;
  }
  .quote {
    font-style: italic;
  }
  .table {
    width: 100%;
  }
  /* A table wider than the screen (the fees at 200% text) scrolls inside its own region, never the page (WCAG 1.4.10); focusable so the keyboard can scroll it. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin-top: 0.5rem;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .table th,
  .table td {
    padding: 0.5rem 0.75rem 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .table thead th {
    font-weight: 700;
  }
  .table tbody th {
    font-weight: 400;
  }
  .fees td {
    white-space: nowrap;
    font-weight: 700;
  }
  .basis {
    margin-top: 0.5rem;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125rem 1rem;
    margin: 0.5rem 0 0;
  }
  dl.facts dt {
    font-weight: 700;
    margin-top: 0.375rem;
  }
  dl.facts dd {
    margin: 0;
  }
  @media (min-width: 40em) {
    dl.facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }
    dl.facts dt {
      margin-top: 0;
    }
  }
  .office {
    margin-top: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .office .heading {
    margin-top: 0;
  }

  /* Questionnaire */
  .questions {
    margin-top: 0.5rem;
  }
  .question {
    margin-top: 1.25rem;
  }
  .question > label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  input[type='date'],
  input[type='number'] {
    display: block;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: var(--_border-width) solid var(--_border);
    border-radius: 0;
    background: var(--_bg);
    margin-top: 0.25rem;
  }
  input.short {
    width: 6rem;
  }
  .radios {
    display: grid;
    gap: 0.25rem;
  }
  .radio {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.25rem 0;
  }
  .radio input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_primary);
  }
  .radio label {
    cursor: pointer;
  }

  /* Result */
  .result {
    margin-top: 1.5rem;
    padding: 1rem;
    background: var(--_surface);
    border-top: 0.3125rem solid var(--_primary);
  }
  .result > .heading.depth-1 {
    margin-top: 0;
  }
  .result .notice {
    background: var(--_bg);
  }
  .result .office {
    background: var(--_bg);
  }
  .result-part + .result-part {
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_text-secondary);
  }
  .value {
    font-size: 1.25rem;
    font-weight: 700;
  }

  /* Buttons */
  .button {
    display: inline-block;
    min-height: 2.75rem;
    margin-top: 0.5rem;
    padding: 0.5rem 1rem;
    border: var(--_border-width) solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    text-align: center;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_primary);
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-top: 0.375rem;
  }
  .url {
    color: var(--_text-secondary);
  }

  @media (min-width: 64em) {
    details[open] > .section-body > .questions {
      max-width: 40rem;
    }
  }

  @media print {
    @page {
      size: A4;
      margin: 18mm 16mm;
    }
    :host {
      --_text: #000;
      --_primary: #000;
      --_surface: #fff;
    }
    .root {
      font-size: 11pt;
      max-width: none;
    }
    .table-scroll {
      overflow: visible;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary {
      color: #000;
      padding: 0.5rem 0 0.25rem;
      min-height: 0;
    }
    summary::before,
    .toc,
    .questions,
    button,
    .button,
    .status,
    [data-live] {
      display: none !important;
    }
    .section {
      border: 0;
    }
    .section-body {
      padding-bottom: 0.5rem;
    }
    .heading {
      break-after: avoid;
    }
    li,
    tr,
    .office,
    .notice {
      break-inside: avoid;
    }
    .notice,
    .result {
      border: 1px solid #000;
      background: #fff;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
    a {
      color: #000;
    }
  }
`;
