/**
 * English strings of the upload fields (`<hochieu-file-input>`, and the shared wording of
 * `<hochieu-photo-input>` and `<hochieu-qr-prefill>`: limits, accepted kinds,
 * refusals). Files never leave the device, and the texts say so: a faithful translation of strings.vi.ts, spread
 * into the lazy English table (`localization/en.ts`). Typed on the
 * Vietnamese keys, so a missing or extra id is a compile error.
 */
import type { uploadStringsVi } from './strings.vi.js';

export const uploadStringsEn: { readonly [K in keyof typeof uploadStringsVi]: string } = {
  'upload.choose': 'Choose a file',
  'upload.chooseAnother': 'Choose another file',
  'upload.remove': 'Remove the file',
  'upload.limits': 'Use {accepted}, up to {max}.',
  'upload.accept.images': 'a JPEG or PNG image',
  'upload.accept.photo': 'a JPEG, PNG or WebP image',
  'upload.accept.imagesOrPdf': 'a JPEG or PNG image or a PDF file',
  'upload.privacy': 'The file stays on your device and is not sent anywhere.',
  'upload.none': 'No file chosen.',
  'upload.selected': 'Chosen file: {name}, {size}',
  'upload.pdf': 'PDF file',
  'upload.checking': 'Checking the file…',
  'upload.accepted': 'The file {name} was accepted.',
  'upload.removed': 'The file was removed.',
  'upload.keptPrevious': 'The file chosen before ({name}) is kept.',
  'upload.kind.jpeg': 'a JPEG image',
  'upload.kind.png': 'a PNG image',
  'upload.kind.webp': 'a WebP image',
  'upload.kind.gif': 'a GIF image',
  'upload.kind.pdf': 'a PDF file',
  'upload.kind.heif': 'a HEIC/HEIF image',
  'upload.error.empty': 'The file “{name}” is empty (0 bytes). Choose another file.',
  'upload.error.tooLarge': 'The file “{name}” is {size}, more than the maximum of {max}. Choose a smaller file.',
  'upload.error.svg': 'The file “{name}” is an SVG image. For safety, SVG images are not accepted. Choose a JPEG or PNG image.',
  'upload.error.html':
    'The file “{name}” is really a web page (HTML), not an image or a PDF, even though its name looks like one. Choose the right file.',
  'upload.error.notPdf':
    'The file “{name}” is named as a PDF but its content is not a PDF. Choose the real PDF file, or a photo of the document.',
  'upload.error.notAccepted': 'The file “{name}” is {kind}, which cannot be used here. Choose {accepted}.',
  'upload.error.unknownType': 'The file “{name}” is not {accepted}. Choose another file.',
  'upload.error.truncated':
    'The file “{name}” is incomplete: its end is missing (it may not have finished downloading or copying). Choose the original file again.',
  'upload.error.malformed': 'The file “{name}” is damaged: its image size cannot be read. Choose another file.',
  'upload.error.dimensionsTooLarge':
    'The image “{name}” declares {width} × {height} pixels, too large to open safely (at most {maxSide} pixels a side and {megapixels} million pixels). Choose a smaller image.',
  'upload.error.undecodable':
    'The image “{name}” cannot be opened: it is damaged or this browser cannot read this kind of image. Choose another image.',
  'upload.error.unreadable': 'The file “{name}” could not be read from your device. Choose it again.',
};
