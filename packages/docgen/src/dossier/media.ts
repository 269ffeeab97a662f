/**
 * The media types a dossier holds and their names in messages and entry
 * names. What a file *is* comes from core's one file inspection
 * (`inspectFile`, core/src/files), shared with the widget and the CLI.
 */
import type { InspectedKind } from '@hochieu/core';

export type DossierMediaType = 'image/jpeg' | 'image/png' | 'application/pdf';

export type FileKind = InspectedKind;

export const MEDIA_TYPE_OF: Readonly<Record<'jpeg' | 'png' | 'pdf', DossierMediaType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

export const EXTENSION_OF: Readonly<Record<DossierMediaType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** Human names of the kinds, the same in both languages. */
export const KIND_LABEL: Readonly<Record<FileKind, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  gif: 'GIF',
  heif: 'HEIF',
  pdf: 'PDF',
  svg: 'SVG',
  html: 'HTML',
  xml: 'XML',
  empty: '0 byte',
  unknown: '?',
};
