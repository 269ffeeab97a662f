/**
 * Browser helpers for uploads that never leave the device: real file types
 * from magic bytes, header-only image sizes and completeness, upload limits,
 * the ordered inspection of a chosen file, the 4:6 crop geometry, JPEG
 * re-encoding within a size limit (which drops EXIF and GPS), and advisory
 * photo checks.
 */
export * from './sniff.js';
export * from './image-header.js';
export * from './limits.js';
export * from './inspect.js';
export * from './crop.js';
export * from './encode.js';
export * from './photo-checks.js';
export * from './format.js';
