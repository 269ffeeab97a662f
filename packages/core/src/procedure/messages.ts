/** Messages of the procedure area (vi source, en translation). */
import { defineMessages } from '../messages/define.js';

export const procedureMessages = defineMessages({});
