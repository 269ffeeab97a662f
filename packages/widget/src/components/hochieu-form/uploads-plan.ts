/**
 * The uploads step of `<hochieu-form>` as data: which files the citizen can
 * add for this case, derived from core's `planApplication` (the dossier
 * components of the official procedure page, seed 004, and the images the
 * national portal guide asks for online, seed 000), never from a list of
 * the widget's own. Always: the portrait photo ("Ảnh chân dung") and the
 * front and back images of the ID card (the front also feeds the QR
 * prefill); the photo and the card images are required only where the plan
 * says they are uploaded (online submission), optional otherwise. Then one
 * attachment per other component the plan lists, except those the tool makes
 * (the declaration) or that are only shown at the counter (the identity
 * document): the previous passport, the loss report, the birth certificate,
 * the proof of representation. A component the plan marks as conditional
 * ("nếu còn giá trị sử dụng") is optional. Uploads never block the flow: a
 * missing photo can still be glued on paper, and the dossier's checklist
 * names what is missing. This module also turns the kept files into
 * docgen's `DossierFiles` for the components the current plan requires.
 */
import {
  planApplication,
  type ApplicationPlan,
  type DeclarationDraft,
  type DossierDocumentId,
  type HostConfig,
  type MessageId,
} from '@hochieu/core';
import type { DossierUploads } from './export-job.js';

/** Components the citizen attaches as files (docgen's `ATTACHMENT_ROLES`, kept here so docgen stays lazy). */
export type AttachmentRole = 'previousPassport' | 'lossReport' | 'birthCertificate' | 'representationProof';

/** One place to put a file: the photo, a side of the ID card, or a component's attachment. */
export type UploadSlotId = 'photo' | 'idFront' | 'idBack' | `attachment-${AttachmentRole}`;

/** Components with their own input, made by the tool, or only shown at the counter: never attachments. */
const NOT_ATTACHED: ReadonlySet<DossierDocumentId> = new Set(['declaration', 'photo', 'idCardImages', 'identityDocument']);

export interface UploadSlot {
  readonly id: UploadSlotId;
  /** The element: the photo input with its crop tool, an image input, or an attachment input (JPEG/PNG/PDF). */
  readonly input: 'photo' | 'image' | 'attachment';
  /** The dossier component this file belongs to. */
  readonly document: DossierDocumentId;
  /** Core's title of the component (the card sides have the widget's own labels). */
  readonly titleId: MessageId;
  /** Why the plan asks for it in this case (core's reason), when the plan lists it. */
  readonly reasonId?: MessageId;
  /** Needed for this case (the plan lists it as an upload, or as an unconditional online attachment). */
  readonly required: boolean;
  readonly side?: 'front' | 'back';
}

export interface UploadContext {
  /** Today (ISO), when the declaration has no submission date. */
  readonly date: string;
  readonly config?: HostConfig | undefined;
}

/** The plan of the case for the effective declaration (never throws on a partial draft). */
export function planFor(declaration: DeclarationDraft, context: UploadContext): ApplicationPlan {
  return planApplication(declaration, context.config ? { date: context.date, config: context.config } : { date: context.date });
}

/** The upload slots of a plan, in the order of the procedure page. */
export function uploadSlots(plan: Pick<ApplicationPlan, 'documents' | 'channel'>): UploadSlot[] {
  const photo = plan.documents.find((d) => d.id === 'photo');
  const cards = plan.documents.find((d) => d.id === 'idCardImages');
  const online = plan.channel === 'online';
  const slots: UploadSlot[] = [
    {
      id: 'photo',
      input: 'photo',
      document: 'photo',
      titleId: 'procedure.doc.photo.title',
      ...(photo ? { reasonId: photo.reason } : {}),
      required: photo?.form === 'image',
    },
  ];
  for (const side of ['front', 'back'] as const) {
    slots.push({
      id: side === 'front' ? 'idFront' : 'idBack',
      input: 'image',
      document: 'idCardImages',
      titleId: 'procedure.doc.idCardImages.title',
      ...(cards ? { reasonId: cards.reason } : {}),
      required: cards !== undefined,
      side,
    });
  }
  for (const doc of plan.documents) {
    if (NOT_ATTACHED.has(doc.id)) continue;
    slots.push({
      id: `attachment-${doc.id as AttachmentRole}`,
      input: 'attachment',
      document: doc.id,
      titleId: doc.spec.title,
      reasonId: doc.reason,
      required: online && !doc.conditional,
    });
  }
  return slots;
}

export type UploadsStatus = 'notStarted' | 'inProgress' | 'completed';

/** The task list status: completed once "Tiếp tục" was pressed with every required file present. */
export function uploadsStatus(slots: readonly UploadSlot[], files: ReadonlyMap<string, File>, submitted: boolean): UploadsStatus {
  const present = slots.filter((s) => files.has(s.id));
  const missing = slots.some((s) => s.required && !files.has(s.id));
  if (submitted && !missing) return 'completed';
  return present.length > 0 || submitted ? 'inProgress' : 'notStarted';
}

/** How many required files are present, of how many. */
export function requiredCount(slots: readonly UploadSlot[], files: ReadonlyMap<string, File>): { present: number; total: number } {
  const required = slots.filter((s) => s.required);
  return { present: required.filter((s) => files.has(s.id)).length, total: required.length };
}

/**
 * The files for `buildDossier`, still as Blobs (read only where the ZIP is
 * made, export-job.ts): only those the current plan asks for (a loss report
 * kept from before the reason changed is left out, and the card images only
 * go in when the plan lists them, as docgen refuses others). No media type or
 * file name: the type comes from the bytes (the widget checked them), and a
 * name could be personal.
 */
export function dossierUploads(plan: Pick<ApplicationPlan, 'documents' | 'channel'>, files: ReadonlyMap<string, Blob>): DossierUploads {
  const listed = new Set(plan.documents.map((d) => d.id));
  const out: DossierUploads = {};
  const photo = files.get('photo');
  if (photo) out.photo = photo;
  if (listed.has('idCardImages')) {
    const front = files.get('idFront');
    const back = files.get('idBack');
    if (front) out.idFront = front;
    if (back) out.idBack = back;
  }
  const attachments: NonNullable<DossierUploads['attachments']> = [];
  for (const slot of uploadSlots(plan)) {
    if (slot.input !== 'attachment' || !listed.has(slot.document)) continue;
    const file = files.get(slot.id);
    if (file) attachments.push({ role: slot.document, blob: file });
  }
  if (attachments.length > 0) out.attachments = attachments;
  return out;
}
