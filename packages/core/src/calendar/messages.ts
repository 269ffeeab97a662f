/** Messages of the calendar area (vi source, en translation). */
import { defineMessages } from '../messages/define.js';

export const calendarMessages = defineMessages({});
