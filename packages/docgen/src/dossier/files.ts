/**
 * The files a citizen supplies for the dossier, checked at the edge before
 * anything is built: the portrait photo (JPEG, as the portal guide asks:
 * "Tải ảnh tài liệu dưới dạng jpeg", seed 000; 2:3 like the 4 × 6 cm frame of
 * the procedure page, seed 004), the two ID card images (JPEG or PNG) and one
 * or more files per dossier component that `planApplication` requires for the
 * case (JPEG, PNG or PDF). Types come from the bytes (core's `inspectFile`,
 * shared with the widget and the CLI), sizes and
 * pixel limits are data a host can override, and every problem is one
 * `{ path, id, params }` issue. Warnings (a photo over the portal's size) do
 * not block. Nothing is decoded or re-encoded here: the widget crops and
 * re-encodes the photo before it gets here.
 */
import {
  DOSSIER_DOCUMENTS,
  photoUploadPolicy,
  type ApplicationPlan,
  type DossierDocumentId,
  type PhotoUploadPolicy,
} from '@hochieu/core';
import { exceedsPixelLimits, inspectFile } from '@hochieu/core';
import type { DocgenIssue } from '../errors.js';
import { KIND_LABEL, MEDIA_TYPE_OF, type DossierMediaType, type FileKind } from './media.js';
import type { DossierMessageId } from './messages.js';

/** One supplied document for a dossier component (e.g. the latest passport, scanned). */
export interface DossierAttachment {
  role: DossierDocumentId;
  bytes: Uint8Array;
  /** What the sender says it is; checked against the bytes. */
  mediaType?: string;
  /** Original file name; kept in the manifest, never used as the entry name. */
  name?: string;
}

export interface DossierFiles {
  /** Portrait photo, JPEG, already cropped to 2:3 by the widget. */
  photo?: Uint8Array;
  /** Front and back of the chip ID card (online submission), JPEG or PNG. */
  idFront?: Uint8Array;
  idBack?: Uint8Array;
  attachments?: DossierAttachment[];
}

/**
 * Limits on supplied files. Pixel rules for the photo are not published by any
 * source found (domain-facts §10 [NF]); 400 × 600 and 2:3 are this project's
 * rule (the issue's), kept as data so a host can change them.
 */
export interface DossierLimits {
  /** Per supplied file, in bytes. */
  maxFileBytes: number;
  /** All supplied files together, in bytes. */
  maxTotalBytes: number;
  /** Largest declared image side, checked in the header before any decoding. */
  maxImageSidePx: number;
  /** Largest declared width × height, checked in the header before any decoding. */
  maxImagePixels: number;
  minPhotoWidthPx: number;
  minPhotoHeightPx: number;
  /** Allowed relative deviation of width / height from 2 / 3. */
  photoAspectTolerance: number;
}

export const DEFAULT_DOSSIER_LIMITS: Readonly<DossierLimits> = {
  maxFileBytes: 25 * 1024 * 1024,
  maxTotalBytes: 120 * 1024 * 1024,
  maxImageSidePx: 12_000,
  maxImagePixels: 50_000_000,
  minPhotoWidthPx: 400,
  minPhotoHeightPx: 600,
  photoAspectTolerance: 0.02,
};

/** A supplied file that passed the checks. */
export interface CheckedFile {
  role: DossierDocumentId;
  side?: 'front' | 'back';
  bytes: Uint8Array;
  mediaType: DossierMediaType;
  originalName?: string;
  width?: number;
  height?: number;
}

export interface FileCheckResult {
  files: CheckedFile[];
  errors: DocgenIssue[];
  warnings: DocgenIssue[];
}

/** Components supplied as attachments (the others are made here, uploaded through their own input, or only shown). */
export const ATTACHMENT_ROLES = ['previousPassport', 'lossReport', 'birthCertificate', 'representationProof'] as const;
export type AttachmentRole = (typeof ATTACHMENT_ROLES)[number];

const NOT_ATTACHABLE: Readonly<Partial<Record<DossierDocumentId, DossierMessageId>>> = {
  declaration: 'docgen.file.howGenerated',
  photo: 'docgen.file.howPhotoOption',
  idCardImages: 'docgen.file.howIdCardOption',
  identityDocument: 'docgen.file.howShowOnly',
};

const KINDS_OF_MEDIA: Readonly<Record<DossierMediaType, FileKind>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** A declared type from a media type or a file name, when it names one of ours. */
function declaredKind(mediaType: string | undefined, name: string | undefined): FileKind | null {
  const m = mediaType?.trim().toLowerCase();
  if (m) {
    if (m === 'image/jpeg' || m === 'image/jpg' || m === 'image/pjpeg') return 'jpeg';
    if (m === 'image/png') return 'png';
    if (m === 'application/pdf') return 'pdf';
  }
  const ext = name ? /\.([a-z0-9]+)$/iu.exec(name.trim())?.[1]?.toLowerCase() : undefined;
  if (ext === 'jpg' || ext === 'jpeg' || ext === 'jfif') return 'jpeg';
  if (ext === 'png') return 'png';
  if (ext === 'pdf') return 'pdf';
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function titleOf(role: DossierDocumentId): string {
  return DOSSIER_DOCUMENTS.find((d) => d.id === role)?.title ?? role;
}

interface Slot {
  path: string;
  /** The file as named in messages: its name, or the title id of its role. */
  label: string;
  role: DossierDocumentId;
  side?: 'front' | 'back';
  bytes: unknown;
  allowed: readonly FileKind[];
  declared: FileKind | null;
  originalName?: string;
}

function checkSlot(slot: Slot, limits: DossierLimits, errors: DocgenIssue[]): CheckedFile | null {
  const { path, label: file } = slot;
  const allowedText = slot.allowed.map((k) => KIND_LABEL[k]).join(', ');
  const fail = (id: DossierMessageId, params: Record<string, string | number> = {}): null => {
    errors.push({ path, id, params: { file, ...params } });
    return null;
  };
  if (!(slot.bytes instanceof Uint8Array)) return fail('docgen.file.notBytes');
  const bytes = slot.bytes;
  if (bytes.length === 0) return fail('docgen.file.empty');
  if (bytes.length > limits.maxFileBytes) return fail('docgen.file.tooLarge', { size: megabytes(bytes.length), max: megabytes(limits.maxFileBytes) });
  const seen = inspectFile(bytes);
  if (seen.kind === 'svg') return fail('docgen.file.svg', { alsoAllowed: slot.allowed.length > 1 ? `, ${slot.allowed.filter((k) => k !== 'jpeg').map((k) => KIND_LABEL[k]).join(', ')}` : '' });
  if (seen.kind === 'html') return fail('docgen.file.html');
  if (slot.declared && slot.declared !== seen.kind) {
    return fail('docgen.file.typeMismatch', { declared: KIND_LABEL[slot.declared], actual: KIND_LABEL[seen.kind] });
  }
  if (seen.kind === 'unknown' || seen.kind === 'empty' || seen.kind === 'xml' || !seen.mediaType) return fail('docgen.file.unknownType', { allowed: allowedText });
  if (!slot.allowed.includes(seen.kind)) return fail('docgen.file.typeNotAllowed', { actual: KIND_LABEL[seen.kind], allowed: allowedText });
  // The declared size before completeness: a bomb is named as one even when cut off.
  if (seen.width !== undefined && seen.height !== undefined && exceedsPixelLimits(seen, { maxSide: limits.maxImageSidePx, maxPixels: limits.maxImagePixels })) {
    return fail('docgen.file.dimensionsTooLarge', { width: seen.width, height: seen.height, max: limits.maxImageSidePx });
  }
  if (seen.problem === 'truncated') return fail('docgen.file.truncated', { actual: KIND_LABEL[seen.kind] });
  if (seen.problem === 'malformed') return fail('docgen.file.malformed', { actual: KIND_LABEL[seen.kind] });
  const out: CheckedFile = { role: slot.role, bytes, mediaType: MEDIA_TYPE_OF[seen.kind as 'jpeg' | 'png' | 'pdf'] };
  if (slot.side) out.side = slot.side;
  if (slot.originalName !== undefined) out.originalName = slot.originalName;
  if (seen.width !== undefined) out.width = seen.width;
  if (seen.height !== undefined) out.height = seen.height;
  return out;
}

function checkPhoto(photo: CheckedFile, limits: DossierLimits, policy: PhotoUploadPolicy, errors: DocgenIssue[], warnings: DocgenIssue[]): boolean {
  const path = 'files.photo';
  const w = photo.width ?? 0;
  const h = photo.height ?? 0;
  const target = policy.aspectRatio.width / policy.aspectRatio.height;
  let ok = true;
  if (Math.abs(w / h - target) / target > limits.photoAspectTolerance) {
    errors.push({ path, id: 'docgen.file.photoAspect', params: { width: w, height: h } });
    ok = false;
  }
  if (w < limits.minPhotoWidthPx || h < limits.minPhotoHeightPx) {
    errors.push({ path, id: 'docgen.file.photoTooSmall', params: { width: w, height: h, minWidth: limits.minPhotoWidthPx, minHeight: limits.minPhotoHeightPx } });
    ok = false;
  }
  if (photo.bytes.length > policy.maxBytes) {
    warnings.push({ path, id: 'docgen.file.photoOverPortalLimit', params: { size: megabytes(photo.bytes.length), max: megabytes(policy.maxBytes) } });
  }
  return ok;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks every supplied file against the plan of the case. Returns the files
 * that passed, in input order, with all errors and warnings.
 */
export function checkDossierFiles(
  input: unknown,
  plan: Pick<ApplicationPlan, 'documents'>,
  options: { limits?: Partial<DossierLimits>; photoPolicy?: Partial<Omit<PhotoUploadPolicy, 'provenance'>> } = {},
): FileCheckResult {
  const limits: DossierLimits = { ...DEFAULT_DOSSIER_LIMITS, ...options.limits };
  const policy = photoUploadPolicy(options.photoPolicy);
  const errors: DocgenIssue[] = [];
  const warnings: DocgenIssue[] = [];
  const files: CheckedFile[] = [];
  const given: Record<string, unknown> = isObject(input) ? input : {};
  if (input !== undefined && input !== null && !isObject(input)) errors.push({ path: 'files', id: 'docgen.file.notBytes', params: { file: 'files' } });
  const required = new Set(plan.documents.map((d) => d.id));
  const photoKinds: FileKind[] = policy.mimeTypes.flatMap((m) => (m in KINDS_OF_MEDIA ? [KINDS_OF_MEDIA[m as DossierMediaType]] : []));

  const slots: Slot[] = [];
  if (given['photo'] !== undefined) {
    slots.push({ path: 'files.photo', label: titleOf('photo'), role: 'photo', bytes: given['photo'], allowed: photoKinds.length ? photoKinds : ['jpeg'], declared: null });
  }
  for (const [key, side, title] of [['idFront', 'front', 'dossier.title.idFront'], ['idBack', 'back', 'dossier.title.idBack']] as const) {
    if (given[key] === undefined) continue;
    if (!required.has('idCardImages')) {
      errors.push({ path: `files.${key}`, id: 'docgen.file.roleNotRequired', params: { title: titleOf('idCardImages') } });
      continue;
    }
    slots.push({ path: `files.${key}`, label: title, role: 'idCardImages', side, bytes: given[key], allowed: ['jpeg', 'png'], declared: null });
  }
  const attachments = given['attachments'];
  if (attachments !== undefined && !Array.isArray(attachments)) {
    errors.push({ path: 'files.attachments', id: 'docgen.file.notBytes', params: { file: 'attachments' } });
  } else if (Array.isArray(attachments)) {
    attachments.forEach((a: unknown, index) => {
      const path = `files.attachments.${index}`;
      if (!isObject(a)) {
        errors.push({ path, id: 'docgen.file.notBytes', params: { file: String(index + 1) } });
        return;
      }
      const role = a['role'];
      const known = typeof role === 'string' && DOSSIER_DOCUMENTS.some((d) => d.id === role);
      if (!known) {
        errors.push({ path: `${path}.role`, id: 'docgen.file.unknownRole', params: { index: index + 1, role: String(role) } });
        return;
      }
      const id = role as DossierDocumentId;
      const how = NOT_ATTACHABLE[id];
      if (how) {
        errors.push({ path: `${path}.role`, id: 'docgen.file.roleNotAttachable', params: { title: titleOf(id), how } });
        return;
      }
      if (!required.has(id)) {
        errors.push({ path: `${path}.role`, id: 'docgen.file.roleNotRequired', params: { title: titleOf(id) } });
        return;
      }
      const name = typeof a['name'] === 'string' ? a['name'].normalize('NFC') : undefined;
      const mediaType = typeof a['mediaType'] === 'string' ? a['mediaType'] : undefined;
      slots.push({
        path,
        label: name ?? titleOf(id),
        role: id,
        bytes: a['bytes'],
        allowed: ['jpeg', 'png', 'pdf'],
        declared: declaredKind(mediaType, name),
        ...(name !== undefined ? { originalName: name } : {}),
      });
    });
  }

  let total = 0;
  for (const slot of slots) {
    const checked = checkSlot(slot, limits, errors);
    if (!checked) continue;
    if (checked.role === 'photo' && !checkPhoto(checked, limits, policy, errors, warnings)) continue;
    total += checked.bytes.length;
    files.push(checked);
  }
  if (total > limits.maxTotalBytes) errors.push({ path: 'files', id: 'docgen.file.totalTooLarge', params: { size: megabytes(total), max: megabytes(limits.maxTotalBytes) } });
  return { files, errors, warnings };
}
