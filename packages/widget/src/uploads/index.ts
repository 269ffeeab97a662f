/**
 * Browser helpers for uploads that never leave the device: real file types
 * from magic bytes, header-only image sizes and completeness, upload limits,
 * the ordered inspection of a chosen file, the 4:6 crop geometry, JPEG
 * re-encoding within a size limit (which drops EXIF and GPS), and advisory
 * photo checks.
 */
// The file inspection itself is core's (core/src/files), shared with docgen and the CLI.
export {
  claimsPdf,
  hasExifSegment,
  jpegHasEnd,
  jpegMetadataMarkers,
  jpegSegments,
  mimeTypeOf,
  pdfHasEnd,
  pdfStructure,
  readImageHeader,
  sniffFileKind,
  SNIFF_BYTES,
  type FileKind,
  type HeaderProblem,
  type ImageHeader,
  type JpegSegment,
} from '@hochieu/core';
export * from './limits.js';
export * from './inspect.js';
export * from './crop.js';
export * from './encode.js';
export * from './photo-checks.js';
export * from './format.js';
