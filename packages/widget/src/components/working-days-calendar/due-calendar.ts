/**
 * The tag of the working-day calendar beside a due date, with the host's days
 * off and working days. Only the template: it costs the first screen a few
 * bytes, and the element, once defined (define.ts), upgrades it in place.
 */
import { html, type TemplateResult } from 'lit';

export function dueCalendar(config: { daysOff?: readonly string[]; workingDays?: readonly string[] } | undefined, submission: string): TemplateResult {
  return html`<hochieu-working-days-calendar data-result="calendar" submission=${submission} .calendar=${config}></hochieu-working-days-calendar>`;
}
