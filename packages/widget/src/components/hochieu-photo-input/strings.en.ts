/**
 * English strings of `<hochieu-photo-input>`: the portrait cropped to 4 × 6, its keyboard
 * crop frame and the automatic checks (which may be wrong, and say so): a faithful translation of strings.vi.ts, spread
 * into the lazy English table (`localization/en.ts`). Typed on the
 * Vietnamese keys, so a missing or extra id is a compile error.
 */
import type { photoStringsVi } from './strings.vi.js';

export const photoStringsEn: { readonly [K in keyof typeof photoStringsVi]: string } = {
  'photo.choose': 'Choose a photo',
  'photo.take': 'Take a photo',
  'photo.remove': 'Remove the photo',
  'photo.chooseAnother': 'Choose another photo',
  'photo.none': 'No portrait yet.',
  'photo.loading': 'Opening the photo…',
  'photo.processing': 'Processing the photo…',
  'photo.crop.heading': 'Adjust the 4 × 6 frame',
  'photo.crop.label': '4 × 6 crop frame',
  'photo.crop.roledescription': 'crop frame',
  'photo.crop.instructions':
    'Drag the photo to move the frame, or select the frame and use the arrow keys to move it, + and − to zoom in and out, and 0 to reset. Hold Shift to move faster. The head and shoulders must be fully inside the frame.',
  'photo.crop.status': 'Zoom {zoom}%. Frame {x}% from the left edge, {y}% from the top edge.',
  'photo.crop.zoom': 'Zoom (%)',
  'photo.crop.zoomIn': 'Zoom in',
  'photo.crop.zoomOut': 'Zoom out',
  'photo.crop.left': 'Move the frame left',
  'photo.crop.right': 'Move the frame right',
  'photo.crop.up': 'Move the frame up',
  'photo.crop.down': 'Move the frame down',
  'photo.crop.apply': 'Use this frame',
  'photo.crop.cancel': 'Cancel',
  'photo.result': 'Photo to be used: JPEG, {width} × {height} pixels, {size}, with no location or camera data.',
  'photo.previewAlt': 'Portrait cropped to the 4 × 6 frame',
  'photo.accepted': 'The portrait was accepted.',
  'photo.removed': 'The portrait was removed.',
  'photo.checks.heading': 'The photo may not meet the requirements',
  'photo.checks.intro':
    'Only a few points can be checked automatically, and the checks can be wrong. Look at the photo again; if it meets the requirements, you can still use it.',
  'photo.check.aspect':
    'The original photo ({width} × {height} pixels) is not 4 × 6, so the part outside the frame is cut off. Check that the frame holds the whole head and shoulders.',
  'photo.check.lowResolution':
    'The part inside the frame has only {width} × {height} pixels (at least {minWidth} × {minHeight} is advised); the printed photo may be blurred.',
  'photo.check.tooDark': 'The photo is too dark; the face may not be clear.',
  'photo.check.tooBright': 'The photo is too bright, almost white; the face may not be clear.',
  'photo.check.backgroundNotLight': 'The background near the edges is not white. A passport photo needs a white background.',
  'photo.check.backgroundNotUniform': 'The background near the edges is not even (objects, shadows or patterns).',
  'photo.check.smallFile': 'The original file is very small ({size}); it may have been heavily compressed, and the print may be blurred.',
  'photo.check.compressed': 'To keep the photo within {max} it had to be compressed strongly and may lose detail.',
  'photo.useAnyway': 'Use this photo anyway',
  'photo.adjust': 'Adjust the frame',
  'photo.overridden': 'You chose to use this photo despite the notes.',
  'photo.error.cannotFit': 'The photo “{name}” cannot be compressed below {max}. Choose another photo.',
  'photo.error.encode': 'This browser cannot process the photo “{name}”. Try another photo or another browser.',
};
