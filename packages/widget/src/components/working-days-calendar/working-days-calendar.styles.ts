/**
 * Styles of `<hochieu-working-days-calendar>`: small month grids; days off
 * and weekends on a grey ground with a hatched pattern (so the difference
 * survives greyscale printing and is never colour alone: each cell also says
 * what it is in words); the counted day's number in a corner; the due date
 * framed in the primary colour, the submission day with a dashed frame.
 * Backgrounds are kept in print.
 */
import { css } from 'lit';

export const workingDaysCalendarStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin-block: 0 calc(0.5*var(--_hochieu-rem));
  }
  .months {
    display: flex;
    flex-wrap: wrap;
    gap: calc(1*var(--_hochieu-rem));
  }
  table {
    /* Seven equal columns that shrink with the space (320 px wide at 200 % text keeps it inside). */
    table-layout: fixed;
    flex: 1 1 calc(15*var(--_hochieu-rem));
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: calc(20*var(--_hochieu-rem));
    border-collapse: collapse;
    font-size: calc(0.875*var(--_hochieu-rem));
    line-height: 1.2;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: calc(0.25*var(--_hochieu-rem));
  }
  th {
    font-weight: 700;
    padding: calc(0.25*var(--_hochieu-rem)) 0;
    text-align: center;
  }
  th abbr {
    text-decoration: none;
  }
  th,
  td {
    overflow-wrap: anywhere;
  }
  td {
    block-size: calc(2.5*var(--_hochieu-rem));
    border: 1px solid var(--hochieu-color-border, #b1b4b6);
    vertical-align: top;
    padding: calc(0.125*var(--_hochieu-rem)) calc(0.25*var(--_hochieu-rem));
  }
  td.empty {
    border: none;
  }
  .day {
    display: block;
    font-weight: 700;
  }
  .tag {
    display: block;
    font-size: calc(0.75*var(--_hochieu-rem));
  }
  td.outside {
    color: var(--hochieu-color-text-secondary, #505a5f);
  }
  td.outside .day {
    font-weight: 400;
  }
  td.weekend,
  td.dayOff {
    background-color: #e8e8e8;
    background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgb(0 0 0 / 0.07) 6px 8px);
  }
  td.dayOff .tag {
    font-weight: 700;
  }
  td.counted .tag,
  td.workedSaturday .tag,
  td.due .tag {
    font-variant-numeric: tabular-nums;
  }
  td.submission {
    outline: 2px dashed var(--hochieu-color-text, #0b0c0c);
    outline-offset: -3px;
  }
  td.due {
    outline: 3px solid var(--hochieu-color-primary, #1d70b8);
    outline-offset: -3px;
  }
  .legend {
    margin-block: calc(0.5*var(--_hochieu-rem)) 0;
    padding-inline-start: calc(1.25*var(--_hochieu-rem));
  }
  @media (forced-colors: active) {
    td.weekend,
    td.dayOff {
      background-image: none;
      border-style: dashed;
    }
  }
`;
