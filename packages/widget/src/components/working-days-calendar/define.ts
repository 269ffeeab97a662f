/**
 * Registers `<hochieu-working-days-calendar>` unless the page did. Not in the
 * first screen (issue 9): the guide's lazy sections module calls it when it
 * loads (which happens on the first answer of the questionnaire, before a
 * due date can show), the form when it shows its review (a lazy import), and
 * a page that wants the element alone imports `@hochieu/widget` and calls it.
 */
import { HochieuWorkingDaysCalendar } from './working-days-calendar.js';

export const WORKING_DAYS_CALENDAR_TAG = 'hochieu-working-days-calendar';

export function defineWorkingDaysCalendar(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(WORKING_DAYS_CALENDAR_TAG)) registry.define(WORKING_DAYS_CALENDAR_TAG, HochieuWorkingDaysCalendar);
}
