/**
 * The dossier ("Thành phần hồ sơ" of the official procedure page, seed 004):
 * the declaration TK01/TK01a (Thông tư 31/2023/TT-BCA), the photo, the most
 * recent passport if still valid, the loss report for a lost valid passport
 * (Luật 49/2019/QH14 Điều 28 k2 a), the birth certificate for a child without
 * a personal identification number, the proof of legal representation; plus,
 * from the portal guide (seed 000), the images of the identity card uploaded
 * online, and, from the page's step 2, the identity document shown at the
 * counter. `requiredDocuments` picks the components for one case, each with
 * the message id that says why it is needed.
 */
import type { Channel, FormId, RequestReason } from '../declaration/types.js';
import { ONLINE_CERTIFICATION_NOTE } from './channels.js';
import type { ProcedureMessageId } from './messages.js';
import { CMND_EXPIRED_NOTE } from './steps.js';
import { SOURCE_PORTAL_GUIDE, SOURCE_PROCEDURE_PAGE } from './types.js';
import { excerpt, verbatim } from './provenance.js';
import type { TextProvenance } from './types.js';

export type DossierDocumentId =
  | 'declaration'
  | 'photo'
  | 'previousPassport'
  | 'lossReport'
  | 'birthCertificate'
  | 'representationProof'
  | 'idCardImages'
  | 'identityDocument';

/**
 * What is handed over: the original itself, a copy (a certified copy, or a
 * photocopy with the original shown), an uploaded image, or nothing (the
 * document is only shown at the counter).
 */
export type DossierDocumentForm = 'original' | 'copy' | 'image' | 'show';

/** Whether the original must be shown: never, always (it is only shown), or when a photocopy replaces a certified copy. */
export type ShowOriginalRule = 'no' | 'always' | 'ifPhotocopy';

export interface DossierDocumentSpec {
  id: DossierDocumentId;
  title: ProcedureMessageId;
  description: ProcedureMessageId;
  /** The official wording of the component (seed 004, or seed 000 for the online images). */
  source: ProcedureMessageId;
  sourceProvenance: TextProvenance;
  /** Number of pieces; null when no source states it (the photo). */
  quantity: number | null;
  form: DossierDocumentForm;
  formLabel: ProcedureMessageId;
  showOriginal: ShowOriginalRule;
  /** Channels where the component exists; absent means both. */
  channels?: readonly Channel[];
  /** Every reason id `requiredDocuments` can give for it. */
  reasons: readonly ProcedureMessageId[];
}

const page = SOURCE_PROCEDURE_PAGE;
const FORM_LABEL: Readonly<Record<DossierDocumentForm, ProcedureMessageId>> = {
  original: 'procedure.doc.form.original',
  copy: 'procedure.doc.form.copy',
  image: 'procedure.doc.form.image',
  show: 'procedure.doc.form.show',
};

function spec(s: Omit<DossierDocumentSpec, 'formLabel'>): DossierDocumentSpec {
  return { ...s, formLabel: FORM_LABEL[s.form] };
}

/** The components in the order of the page. */
export const DOSSIER_DOCUMENTS: readonly DossierDocumentSpec[] = [
  spec({
    id: 'declaration',
    title: 'procedure.doc.declaration.title',
    description: 'procedure.doc.declaration.description',
    source: 'procedure.doc.declaration.source',
    sourceProvenance: excerpt(page, 'C2', { note: 'First sentence of the item; the second is the representative rule (conditions).' }),
    quantity: 1,
    form: 'original',
    showOriginal: 'no',
    reasons: [
      'procedure.docReason.declaration.tk01',
      'procedure.docReason.declaration.tk01a',
      'procedure.docReason.declaration.representative',
    ],
  }),
  spec({
    id: 'photo',
    title: 'procedure.doc.photo.title',
    description: 'procedure.doc.photo.description',
    source: 'procedure.doc.photo.source',
    sourceProvenance: verbatim(page, 'C2'),
    quantity: null,
    form: 'original',
    showOriginal: 'no',
    reasons: ['procedure.docReason.photo.paper', 'procedure.docReason.photo.online'],
  }),
  spec({
    id: 'previousPassport',
    title: 'procedure.doc.previousPassport.title',
    description: 'procedure.doc.previousPassport.description',
    source: 'procedure.doc.previousPassport.source',
    sourceProvenance: excerpt(page, 'C2'),
    quantity: 1,
    form: 'original',
    showOriginal: 'no',
    reasons: ['procedure.docReason.previousPassport.valid', 'procedure.docReason.previousPassport.ifValid'],
  }),
  spec({
    id: 'lossReport',
    title: 'procedure.doc.lossReport.title',
    description: 'procedure.doc.lossReport.description',
    source: 'procedure.doc.lossReport.source',
    sourceProvenance: excerpt(page, 'C2'),
    quantity: 1,
    form: 'original',
    showOriginal: 'no',
    reasons: ['procedure.docReason.lossReport.valid', 'procedure.docReason.lossReport.ifValid'],
  }),
  spec({
    id: 'birthCertificate',
    title: 'procedure.doc.birthCertificate.title',
    description: 'procedure.doc.birthCertificate.description',
    source: 'procedure.doc.birthCertificate.source',
    sourceProvenance: verbatim(page, 'C2'),
    quantity: 1,
    form: 'copy',
    showOriginal: 'ifPhotocopy',
    reasons: ['procedure.docReason.birthCertificate'],
  }),
  spec({
    id: 'representationProof',
    title: 'procedure.doc.representationProof.title',
    description: 'procedure.doc.representationProof.description',
    source: 'procedure.doc.representationProof.source',
    sourceProvenance: verbatim(page, 'C2'),
    quantity: 1,
    form: 'copy',
    showOriginal: 'ifPhotocopy',
    reasons: ['procedure.docReason.representationProof.child', 'procedure.docReason.representationProof.adult'],
  }),
  spec({
    id: 'idCardImages',
    title: 'procedure.doc.idCardImages.title',
    description: 'procedure.doc.idCardImages.description',
    source: 'procedure.portalGuide.submit.step9.uploadImages',
    sourceProvenance: verbatim(SOURCE_PORTAL_GUIDE, 'S1'),
    quantity: 2,
    form: 'image',
    showOriginal: 'no',
    channels: ['online'],
    reasons: ['procedure.docReason.idCardImages'],
  }),
  spec({
    id: 'identityDocument',
    title: 'procedure.doc.identityDocument.title',
    description: 'procedure.doc.identityDocument.description',
    source: 'procedure.doc.identityDocument.source',
    sourceProvenance: excerpt(page, 'S1'),
    quantity: 1,
    form: 'show',
    showOriginal: 'always',
    channels: ['in-person'],
    reasons: ['procedure.docReason.identityDocument'],
  }),
];

export function dossierDocumentSpec(id: DossierDocumentId): DossierDocumentSpec {
  const found = DOSSIER_DOCUMENTS.find((d) => d.id === id);
  if (!found) throw new RangeError(`Unknown dossier document: ${id}`);
  return found;
}

/** The case a dossier is assembled for. */
export interface DossierFacts {
  form: FormId;
  reason: RequestReason;
  /** A passport was issued to the applicant before. */
  hasPreviousPassport: boolean;
  /** Whether that passport (or the lost one) is still within its validity; unknown when absent. */
  previousPassportValid?: boolean;
  /** The applicant has a personal identification number (số định danh cá nhân). */
  hasPersonalId: boolean;
  channel: Channel;
  /** A legal representative declares and signs for an adult (lost capacity, difficulties in cognition). Always implied for TK01a. */
  representativeSigns: boolean;
}

export interface DossierDocument {
  id: DossierDocumentId;
  spec: DossierDocumentSpec;
  /** Why this component is needed in this case. */
  reason: ProcedureMessageId;
  /** How it is handed over in this case (the photo is an image online). */
  form: DossierDocumentForm;
  /** True when needed only if a condition the facts leave open holds (e.g. the passport is still valid). */
  conditional: boolean;
  notes: readonly ProcedureMessageId[];
}

const ONLINE_PAPER_NOTES: readonly ProcedureMessageId[] = [
  ONLINE_CERTIFICATION_NOTE.text,
  'procedure.portalGuide.submit.step9.jpeg',
];

/**
 * The components for one case, in the page's order. Rules (seed 004 unless
 * said): the declaration always (TK01 or TK01a; a representative signs TK01a
 * and, for adults who need one, TK01); the photo always (an upload online);
 * the most recent passport "còn giá trị sử dụng": required when known valid,
 * conditional when validity is unknown, not listed when known expired or
 * when it was lost; the loss report when a passport was lost, conditional
 * unless it is known to have been valid; the birth certificate for TK01a
 * without a personal ID; the proof of representation for TK01a or whenever a
 * representative signs; online, the two ID card images (seed 000); in person,
 * the identity document shown at the counter.
 */
export function requiredDocuments(facts: DossierFacts): DossierDocument[] {
  const online = facts.channel === 'online';
  const out: DossierDocument[] = [];
  const add = (id: DossierDocumentId, reason: ProcedureMessageId, extra: Partial<Omit<DossierDocument, 'id' | 'spec' | 'reason'>> = {}): void => {
    const s = dossierDocumentSpec(id);
    const paperNotes: ProcedureMessageId[] = [];
    if (s.showOriginal === 'ifPhotocopy') paperNotes.push('procedure.doc.note.copyOrShowOriginal');
    if (online && s.form !== 'image') paperNotes.push(...ONLINE_PAPER_NOTES);
    out.push({
      id,
      spec: s,
      reason,
      form: extra.form ?? s.form,
      conditional: extra.conditional ?? false,
      notes: [...paperNotes, ...(extra.notes ?? [])],
    });
  };

  const child = facts.form === 'TK01a';
  add(
    'declaration',
    child
      ? 'procedure.docReason.declaration.tk01a'
      : facts.representativeSigns
        ? 'procedure.docReason.declaration.representative'
        : 'procedure.docReason.declaration.tk01',
    online ? { notes: ['procedure.portalGuide.submit.step9.fields'] } : {},
  );

  if (online) out.push({ id: 'photo', spec: dossierDocumentSpec('photo'), reason: 'procedure.docReason.photo.online', form: 'image', conditional: false, notes: ['procedure.portalGuide.submit.step9.uploadImages'] });
  else add('photo', 'procedure.docReason.photo.paper');

  const lost = facts.reason === 'lost';
  if (facts.hasPreviousPassport && !lost && facts.previousPassportValid !== false) {
    const known = facts.previousPassportValid === true;
    add('previousPassport', known ? 'procedure.docReason.previousPassport.valid' : 'procedure.docReason.previousPassport.ifValid', {
      conditional: !known,
    });
  }

  if (lost && facts.previousPassportValid !== false) {
    const known = facts.previousPassportValid === true;
    add('lossReport', known ? 'procedure.docReason.lossReport.valid' : 'procedure.docReason.lossReport.ifValid', {
      conditional: !known,
    });
  }

  if (child && !facts.hasPersonalId) add('birthCertificate', 'procedure.docReason.birthCertificate');

  if (child) add('representationProof', 'procedure.docReason.representationProof.child');
  else if (facts.representativeSigns) add('representationProof', 'procedure.docReason.representationProof.adult');

  if (online) add('idCardImages', 'procedure.docReason.idCardImages');
  else add('identityDocument', 'procedure.docReason.identityDocument', { notes: [CMND_EXPIRED_NOTE] });

  return out;
}
