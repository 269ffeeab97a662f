/**
 * English strings of `<hochieu-qr-prefill>`: reading the QR code of the chip ID card from an
 * image or the camera, and the review before anything is filled in: a faithful translation of strings.vi.ts, spread
 * into the lazy English table (`localization/en.ts`). Typed on the
 * Vietnamese keys, so a missing or extra id is a compile error.
 */
import type { qrStringsVi } from './strings.vi.js';

export const qrStringsEn: { readonly [K in keyof typeof qrStringsVi]: string } = {
  'qr.heading': 'Fill in from the QR code on the ID card',
  'qr.intro':
    'The QR code on the front of the chip citizen ID card holds the personal identification number, full name, date of birth, sex and permanent address. It is read on your own device, and you check the details before they go into the form.',
  'qr.chooseImage': 'Choose a photo of the card’s front',
  'qr.useUploaded': 'Read the QR code from the uploaded front image',
  'qr.useCamera': 'Scan the code with the camera',
  'qr.stopCamera': 'Stop scanning',
  'qr.cameraHint': 'Hold the QR code on the front of the card in the middle of the picture, steady, well lit and without glare.',
  'qr.cameraLabel': 'Camera picture',
  'qr.cameraStarting': 'Opening the camera…',
  'qr.reading': 'Reading the QR code…',
  'qr.error.notFound':
    'No QR code was found in the picture. Take the photo of the card’s front again, sharp, well lit and without glare, or type the details into the form yourself.',
  'qr.error.notText': 'The content of this QR code cannot be read. Please type the details into the form yourself.',
  'qr.error.camera': 'The camera could not be opened (it may not be allowed). You can choose a photo of the card’s front instead.',
  'qr.review.heading': 'Check the details that were read',
  'qr.review.intro': 'These details will be filled into the form. You can still change each of them afterwards.',
  'qr.review.oldId': 'Old ID card (CMND) number',
  'qr.review.issueDate': 'Card issue date',
  'qr.review.address': 'Permanent address (correct it if needed)',
  'qr.confirm': 'Fill in the form',
  'qr.cancel': 'Do not use',
  'qr.filled': 'The details from the QR code were filled in. Check each of them in the form.',
  'qr.cancelled': 'The details read from the QR code were dropped; the form is unchanged.',
};
