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
    max-width: calc(60*var(--_hochieu-rem));
    /* A long word (English headings at 200% text on a 320 px screen) wraps instead of pushing content off screen (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  p + p,
  p + ul,
  ul + p,
  p + ol,
  .table-scroll + p {
    margin-top: calc(0.5*var(--_hochieu-rem));
  }
  .intro {
    font-size: calc(1.125*var(--_hochieu-rem));
  }
  .date-note,
  .meta,
  .hint {
    color: var(--_text-secondary);
  }
  .date-note {
    margin-top: calc(0.25*var(--_hochieu-rem));
    font-size: calc(0.9375*var(--_hochieu-rem));
  }
  .data-date {
    margin-top: var(--_space);
  }

  /* Notices */
  .trust {
    margin: var(--_space) 0;
  }
  .notice {
    border-inline-start: calc(0.3125*var(--_hochieu-rem)) solid var(--_primary);
    background: var(--_surface);
    padding: calc(0.75*var(--_hochieu-rem)) var(--_hochieu-rem);
    margin: calc(0.75*var(--_hochieu-rem)) 0;
  }
  .notice-warning {
    border-inline-start-color: var(--_warning);
  }
  .notice-title {
    font-weight: 700;
    margin-bottom: calc(0.25*var(--_hochieu-rem));
  }
  .note {
    margin-top: calc(0.375*var(--_hochieu-rem));
    font-size: calc(0.9375*var(--_hochieu-rem));
    color: var(--_text-secondary);
  }
  .tag {
    font-size: calc(0.875*var(--_hochieu-rem));
    color: var(--_warning);
  }
  .badge {
    display: inline-block;
    font-size: calc(0.8125*var(--_hochieu-rem));
    font-weight: 700;
    line-height: 1.4;
    padding: 0 calc(0.375*var(--_hochieu-rem));
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_primary);
  }

  /* Table of contents */
  .toc {
    margin: var(--_space) 0;
    padding: calc(0.75*var(--_hochieu-rem)) var(--_hochieu-rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toc-title {
    font-weight: 700;
  }
  .toc ol {
    margin-top: calc(0.25*var(--_hochieu-rem));
    padding-inline-start: calc(1.5*var(--_hochieu-rem));
    columns: calc(16*var(--_hochieu-rem)) auto;
    column-gap: calc(2*var(--_hochieu-rem));
  }
  .toc li {
    padding: calc(0.125*var(--_hochieu-rem)) 0;
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
    padding: calc(0.75*var(--_hochieu-rem)) 0;
    min-height: calc(2.75*var(--_hochieu-rem));
    display: flex;
    align-items: center;
    gap: calc(0.5*var(--_hochieu-rem));
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
    border-width: calc(0.4375*var(--_hochieu-rem)) 0 calc(0.4375*var(--_hochieu-rem)) calc(0.75*var(--_hochieu-rem));
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
    font-size: calc(1.375*var(--_hochieu-rem));
  }
  .heading.depth-1 {
    font-size: calc(1.1875*var(--_hochieu-rem));
    margin: calc(1.25*var(--_hochieu-rem)) 0 calc(0.5*var(--_hochieu-rem));
  }
  .heading.depth-2,
  .heading.depth-3 {
    font-size: calc(1.0625*var(--_hochieu-rem));
    margin: var(--_hochieu-rem) 0 calc(0.375*var(--_hochieu-rem));
  }
  .section-body {
    padding: 0 0 calc(1.5*var(--_hochieu-rem));
  }
  .block + .block {
    margin-top: calc(0.5*var(--_hochieu-rem));
  }

  /* Lists and tables */
  .points,
  .numbered,
  .legal,
  .documents,
  .checklist,
  .forms {
    padding-inline-start: calc(1.25*var(--_hochieu-rem));
  }
  .points li,
  .numbered li,
  .legal li,
  .documents li,
  .checklist li,
  .forms li {
    margin-top: calc(0.5*var(--_hochieu-rem));
  }
  .points .points {
    margin-top: calc(0.25*var(--_hochieu-rem));
  }
  ul.plain,
  .links {
    list-style: none;
    padding: 0;
  }
  .links li {
    margin-top: calc(0.25*var(--_hochieu-rem));
  }
  .steps {
    list-style: none;
    padding: 0;
  }
  .steps > li {
    margin-top: calc(0.5*var(--_hochieu-rem));
    padding-inline-start: calc(0.75*var(--_hochieu-rem));
    border-inline-start: calc(0.1875*var(--_hochieu-rem)) solid var(--_surface);
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
    margin-top: calc(0.5*var(--_hochieu-rem));
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .table th,
  .table td {
    padding: calc(0.5*var(--_hochieu-rem)) calc(0.75*var(--_hochieu-rem)) calc(0.5*var(--_hochieu-rem)) 0;
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
    margin-top: calc(0.5*var(--_hochieu-rem));
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(0.125*var(--_hochieu-rem)) var(--_hochieu-rem);
    margin: calc(0.5*var(--_hochieu-rem)) 0 0;
  }
  dl.facts dt {
    font-weight: 700;
    margin-top: calc(0.375*var(--_hochieu-rem));
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
    margin-top: calc(0.75*var(--_hochieu-rem));
    padding: calc(0.75*var(--_hochieu-rem)) var(--_hochieu-rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .office .heading {
    margin-top: 0;
  }

  /* Questionnaire */
  .questions {
    margin-top: calc(0.5*var(--_hochieu-rem));
  }
  .question {
    margin-top: calc(1.25*var(--_hochieu-rem));
  }
  .question > label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: calc(0.25*var(--_hochieu-rem));
  }
  input[type='date'],
  input[type='number'] {
    display: block;
    min-height: calc(2.75*var(--_hochieu-rem));
    padding: calc(0.25*var(--_hochieu-rem)) calc(0.5*var(--_hochieu-rem));
    border: var(--_border-width) solid var(--_border);
    border-radius: 0;
    background: var(--_bg);
    margin-top: calc(0.25*var(--_hochieu-rem));
  }
  input.short {
    width: calc(6*var(--_hochieu-rem));
  }
  .radios {
    display: grid;
    gap: calc(0.25*var(--_hochieu-rem));
  }
  .radio {
    display: flex;
    align-items: flex-start;
    gap: calc(0.5*var(--_hochieu-rem));
    min-height: calc(2.75*var(--_hochieu-rem));
    padding: calc(0.25*var(--_hochieu-rem)) 0;
  }
  .radio input {
    flex: none;
    width: calc(1.5*var(--_hochieu-rem));
    height: calc(1.5*var(--_hochieu-rem));
    margin: calc(0.125*var(--_hochieu-rem)) 0 0;
    accent-color: var(--_primary);
  }
  .radio label {
    cursor: pointer;
  }

  /* Result */
  .result {
    margin-top: calc(1.5*var(--_hochieu-rem));
    padding: var(--_hochieu-rem);
    background: var(--_surface);
    border-top: calc(0.3125*var(--_hochieu-rem)) solid var(--_primary);
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
    margin-top: var(--_hochieu-rem);
    padding-top: calc(0.75*var(--_hochieu-rem));
    border-top: 1px solid var(--_text-secondary);
  }
  .value {
    font-size: calc(1.25*var(--_hochieu-rem));
    font-weight: 700;
  }

  /* Buttons */
  .button {
    display: inline-block;
    min-height: calc(2.75*var(--_hochieu-rem));
    margin-top: calc(0.5*var(--_hochieu-rem));
    padding: calc(0.5*var(--_hochieu-rem)) var(--_hochieu-rem);
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
    margin-top: calc(0.375*var(--_hochieu-rem));
  }
  .url {
    color: var(--_text-secondary);
  }

  @media (min-width: 64em) {
    details[open] > .section-body > .questions {
      max-width: calc(40*var(--_hochieu-rem));
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
      padding: calc(0.5*var(--_hochieu-rem)) 0 calc(0.25*var(--_hochieu-rem));
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
      padding-bottom: calc(0.5*var(--_hochieu-rem));
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
