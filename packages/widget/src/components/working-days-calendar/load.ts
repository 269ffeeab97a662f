/**
 * Defines `<hochieu-working-days-calendar>` on first need: the guide's result
 * and the form's review render the tag and call this, so the element and
 * core's month-picture code stay out of the first screen (a lazy chunk in
 * the embed bundle). A failed load may be tried again.
 */
import { html, type TemplateResult } from 'lit';
let loading: Promise<void> | null = null;

export const WORKING_DAYS_CALENDAR_TAG = 'hochieu-working-days-calendar';

export function loadWorkingDaysCalendar(registry: CustomElementRegistry = customElements): Promise<void> {
  if (registry.get(WORKING_DAYS_CALENDAR_TAG)) return Promise.resolve();
  loading ??= import('./working-days-calendar.js').then(
    ({ HochieuWorkingDaysCalendar }) => {
      if (!registry.get(WORKING_DAYS_CALENDAR_TAG)) registry.define(WORKING_DAYS_CALENDAR_TAG, HochieuWorkingDaysCalendar);
    },
    (reason: unknown) => {
      loading = null;
      throw reason;
    },
  );
  return loading;
}

/** The calendar beside a due date: the tag, defined on first use, with the host's days off and working days. */
export function dueCalendar(config: { daysOff?: readonly string[]; workingDays?: readonly string[] } | undefined, submission: string): TemplateResult {
  void loadWorkingDaysCalendar().catch(() => undefined);
  const calendar = { daysOff: config?.daysOff ?? [], workingDays: config?.workingDays ?? [] };
  return html`<hochieu-working-days-calendar data-result="calendar" submission=${submission} .calendar=${calendar}></hochieu-working-days-calendar>`;
}
