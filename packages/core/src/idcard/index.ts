/** The chip citizen ID card: reading the text of its QR code (domain-facts §12.1). */
export * from './cccd-qr.js';
export type { IdcardMessageId } from './messages.js';
