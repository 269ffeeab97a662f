/** The machine-readable declaration QR code: encoding, decoder and symbol. */
export { decodeDeclarationQr, encodeDeclarationQr, qrFieldOrder, QR_FIELDS, QR_PREFIX, QR_ENCODING_VERSION, QR_V1_FORM_VERSIONS, QR_MAX_BODY_BYTES, QR_MAX_TEXT_LENGTH } from './encoding.js';
export { qrModules } from './matrix.js';
export { modulesToPng } from './png.js';
export { base45Decode, base45Encode } from './base45.js';
export { crc32 } from './crc32.js';
