/**
 * The dossier ZIP for online or postal submission (issue 4): `buildDossier`
 * and its parts (file checks, entry names, manifest, checklist layout,
 * read-me, ZIP writer) and the CLI helper `parseAttachmentArg`.
 */
export { buildDossier, buildDossierBlobParts, buildDossierWithManifest, type DossierOptions, type DossierResult } from './build.js';
export {
  checkDossierFiles,
  DEFAULT_DOSSIER_LIMITS,
  ATTACHMENT_ROLES,
  type AttachmentRole,
  type CheckedFile,
  type DossierAttachment,
  type DossierFiles,
  type DossierLimits,
  type FileCheckResult,
} from './files.js';
export { inspectFile, type FileInspection } from '@hochieu/core';
export type { DossierMediaType, FileKind } from './media.js';
export { sha256Hex, sha256Pure } from './sha256.js';
export { MANIFEST_SCHEMA_VERSION, type DossierManifest, type ManifestFile, type ManifestComponent, type ManifestWarning } from './manifest.js';
export { CHECKLIST_NAME, MANIFEST_NAME, README_NAME, COMPONENT_BASENAMES, type ComponentStatus, type EntryRole } from './contents.js';
export { checklistModel, type ChecklistInput } from './checklist-layout.js';
export { readmeText } from './readme.js';
export { portalFieldRows, type PortalFieldRow } from './portal-fields.js';
export { parseAttachmentArg, attachmentRoleNames, type AttachmentArg } from './attach-arg.js';
export { dossierMessages, dossierText, describeDossierIssues, isDossierMessageId, type DossierMessageId } from './messages.js';
export { dosDateTime, restampZipDates } from '../zip/zip.js';
