/** Messages of the schema area (vi source, en translation). */
import { defineMessages } from '../messages/define.js';

export const schemaMessages = defineMessages({});
