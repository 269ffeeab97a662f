/**
 * What each upload accepts, as data a host can override. The portrait's
 * *output* follows core's `photoUploadPolicy` (JPEG, at most 2 MB, 4:6;
 * domain-facts §10, where the portal's own limits disagree and the 2 MB
 * figure is an inference satisfying both). The limits on what a citizen may
 * *choose* (size of the original file, pixel count) are not set by any
 * source: they are engineering limits [INF] that keep a phone's browser
 * responsive, chosen so that any phone camera's photo (up to about 50
 * megapixels) passes while a "decompression bomb" does not. The portal takes
 * ID card images and attached documents as JPEG images (domain-facts §12.2);
 * PNG is accepted too because a screenshot or a scan is often PNG, and PDF
 * for attachments, which are printed or converted rather than uploaded as is.
 */
import type { FileKind } from '@hochieu/core';

/** The kinds an upload can accept. */
export type AcceptedKind = Extract<FileKind, 'jpeg' | 'png' | 'webp' | 'pdf'>;

export interface UploadPolicy {
  /** Kinds accepted, by their real content (not their name). */
  readonly accept: readonly AcceptedKind[];
  /** Largest file, in bytes; checked on `file.size` before anything is read. */
  readonly maxBytes: number;
  /** Largest declared image size, in pixels (width × height); checked in the header before decoding. */
  readonly maxPixels: number;
  /** Largest declared width or height, in pixels. */
  readonly maxSide: number;
}

const MB = 1024 * 1024;

/** The original portrait the citizen chooses (it is cropped and re-encoded afterwards). */
export const PHOTO_SOURCE_POLICY: UploadPolicy = {
  accept: ['jpeg', 'png', 'webp'],
  maxBytes: 25 * MB,
  maxPixels: 50_000_000,
  maxSide: 12_000,
};

/** The front or back image of the ID card. */
export const ID_CARD_IMAGE_POLICY: UploadPolicy = {
  accept: ['jpeg', 'png'],
  maxBytes: 10 * MB,
  maxPixels: 50_000_000,
  maxSide: 12_000,
};

/** An attached document of the dossier (birth certificate copy, proof of representation…). */
export const ATTACHMENT_POLICY: UploadPolicy = {
  accept: ['jpeg', 'png', 'pdf'],
  maxBytes: 10 * MB,
  maxPixels: 50_000_000,
  maxSide: 12_000,
};

/** A policy with a host's changes; numbers must be positive integers. */
export function uploadPolicy(base: UploadPolicy, overrides: Partial<UploadPolicy> = {}): UploadPolicy {
  const merged = { ...base, ...overrides };
  for (const key of ['maxBytes', 'maxPixels', 'maxSide'] as const) {
    const value = merged[key];
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${key} must be a positive integer: ${value}`);
  }
  if (merged.accept.length === 0) throw new RangeError('accept must name at least one kind');
  return merged;
}
