/** Messages of the places area (vi source, en translation). */
import { defineMessages } from '../messages/define.js';

export const placesMessages = defineMessages({});
