/**
 * `<hochieu-working-days-calendar>`: the due date as a picture. From the day
 * a complete dossier is received to the day the result is due, small month
 * tables (Monday first) show the counted working days numbered 1..8, the
 * weekends and days off shaded and named (Tết, Giỗ Tổ, 30/4, 1/5, 2/9,
 * 24/11, swapped days), the Saturdays worked in exchange, the submission day
 * and the due date. Data from core's `workingDaysCalendar` (the same
 * calendar as the due date, host days included). Accessible: a summary
 * sentence, real tables with a caption per month and column headers, every
 * cell saying in words what it is (never colour alone); prints with its
 * shading. Loaded lazily (see load.ts): it is not part of the first screen.
 */
import {
  coreMessagesLoaded,
  formatVietnameseDate,
  loadCoreMessages,
  namedRanges,
  workingDaysCalendar,
  type CalendarDay,
  type CalendarOptions,
  type MessageId,
  type WorkingDaysCalendar,
} from '@hochieu/core';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { visuallyHidden } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { workingDaysCalendarStyles } from './working-days-calendar.styles.js';

/**
 * @summary A month calendar from the submission date to the due date, counted working days numbered.
 *
 * @attr submission - ISO date the complete dossier is received.
 * @attr working-days - Number of working days counted (default 8).
 */
export class HochieuWorkingDaysCalendar extends HochieuElement {
  static override styles = [HochieuElement.styles, visuallyHidden, workingDaysCalendarStyles];

  static override properties: PropertyDeclarations = {
    submission: {},
    workingDays: { type: Number, attribute: 'working-days' },
    calendar: { attribute: false },
  };

  /** ISO date of submission. */
  declare submission: string;
  declare workingDays: number;
  /** The host's days off and working days (`HostConfig.daysOff` / `workingDays`). */
  declare calendar: CalendarOptions | undefined;

  constructor() {
    super();
    this.submission = '';
    this.workingDays = 8;
    this.calendar = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The names of the days off are core's reference texts (a lazy part in the embed bundle).
    if (!coreMessagesLoaded(this.locale, 'reference')) void loadCoreMessages(this.locale, 'reference').catch(() => undefined);
  }

  private m(id: MessageId, params?: Readonly<Record<string, string | number>>): string {
    return this.l10n.tCore(id, params);
  }

  private compute(): WorkingDaysCalendar | null {
    try {
      return workingDaysCalendar(this.submission, this.calendar, this.workingDays);
    } catch {
      return null;
    }
  }

  /** What a cell says in words: the small visible tag and the full text for screen readers. */
  private describe(d: CalendarDay): { tag: string; full: string } {
    const name = d.name ? (d.holiday ? `${this.m(d.name)} (${this.m(d.holiday)})` : this.m(d.name)) : '';
    switch (d.kind) {
      case 'submission':
        return { tag: this.m('calendar.picture.short.submission'), full: [this.m('calendar.picture.submission'), name].filter(Boolean).join('. ') };
      case 'due':
        return { tag: `${d.count ?? ''} · ${this.m('calendar.picture.short.due')}`, full: this.m('calendar.picture.due', { count: d.count ?? '' }) };
      case 'counted':
        return { tag: String(d.count ?? ''), full: this.m('calendar.picture.counted', { count: d.count ?? '' }) };
      case 'workedSaturday':
        return { tag: `${d.count ?? ''} · ${this.m('calendar.picture.short.workedSaturday')}`, full: `${this.m('calendar.picture.counted', { count: d.count ?? '' })}. ${name}` };
      case 'dayOff':
        return { tag: this.m('calendar.picture.short.dayOff'), full: name };
      case 'weekend':
        return { tag: '', full: this.m('calendar.picture.weekend') };
      default:
        return { tag: '', full: '' };
    }
  }

  private cell(d: CalendarDay | null): TemplateResult {
    if (!d) return html`<td class="empty"></td>`;
    const { tag, full } = this.describe(d);
    return html`<td class=${d.kind} data-date=${d.date} data-kind=${d.kind} data-count=${d.count ?? nothing} title=${full || nothing}>
      <span class="day">${d.day}</span>${tag ? html`<span class="tag" aria-hidden="true">${tag}</span>` : nothing}${full
        ? html`<span class="visually-hidden">${full}</span>`
        : nothing}
    </td>`;
  }

  override render(): TemplateResult {
    const cal = this.submission ? this.compute() : null;
    if (!cal) return html`<div class="root" lang=${this.locale}></div>`;
    const summaryId = 'summary';
    const date = (iso: string): string => formatVietnameseDate(iso);
    const ranges = namedRanges(cal);
    return html`<div class="root" lang=${this.locale} data-due=${cal.due}>
      <p class="summary" id=${summaryId}>
        ${this.m('calendar.picture.caption', { submission: date(cal.submission), due: date(cal.due), count: cal.workingDays })}
      </p>
      <div class="months">
        ${cal.months.map(
          (month) => html`<table aria-describedby=${summaryId} data-month=${`${month.year}-${String(month.month).padStart(2, '0')}`}>
            <caption>${this.m('calendar.picture.month', { month: month.month, year: month.year })}</caption>
            <thead>
              <tr>
                ${[1, 2, 3, 4, 5, 6, 7].map(
                  (n) => html`<th scope="col"><abbr title=${this.m(`calendar.weekdayFull.${n}` as MessageId)}>${this.m(`calendar.weekday.${n}` as MessageId)}</abbr></th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${month.weeks.map((week) => html`<tr>${week.map((d) => this.cell(d))}</tr>`)}
            </tbody>
          </table>`,
        )}
      </div>
      ${ranges.length > 0
        ? html`<p class="legend-title">${this.m('calendar.picture.legend')}:</p>
            <ul class="legend">
              ${ranges.map(
                (r) => html`<li data-from=${r.from} data-to=${r.to}>
                  ${r.from === r.to ? date(r.from) : this.m('calendar.picture.range', { from: date(r.from), to: date(r.to) })}:
                  ${this.m(r.name)}${r.holiday ? ` (${this.m(r.holiday)})` : ''}
                </li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }
}
