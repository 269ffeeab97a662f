/** Messages of the rules area (vi source, en translation). */
import { defineMessages } from '../messages/define.js';

export const rulesMessages = defineMessages({});
