/**
 * What goes into the dossier ZIP and under which name: ASCII entry names
 * (Windows Explorer garbles non-ASCII names; the Vietnamese titles live in
 * the manifest), one name per dossier component of the procedure page (seed
 * 004, "Thành phần hồ sơ") with a numbered suffix when a component has
 * several files, and the status of each component the plan requires for this
 * case: in the ZIP, missing, a paper to hand in, or a document only shown.
 */
import { formatMessage, type ApplicationPlan, type DossierDocument, type DossierDocumentId, type FormId, type Locale, type MessageId } from '@hochieu/core';
import type { DocgenIssue } from '../errors.js';
import type { CheckedFile } from './files.js';
import { dossierText, isDossierMessageId, type DossierMessageId } from './messages.js';
import { EXTENSION_OF, type DossierMediaType } from './media.js';

/** The ZIP's fixed files. */
export const README_NAME = 'doc-truoc.txt';
export const CHECKLIST_NAME = 'danh-muc-ho-so.pdf';
export const MANIFEST_NAME = 'manifest.json';
export const PHOTO_BASENAME = 'anh-chan-dung';

/** Entry base names of the supplied components. */
export const COMPONENT_BASENAMES: Readonly<Partial<Record<DossierDocumentId, string>>> = {
  previousPassport: 'ho-chieu-gan-nhat',
  lossReport: 'don-bao-mat',
  birthCertificate: 'giay-khai-sinh',
  representationProof: 'giay-to-dai-dien',
};

export type EntryRole = DossierDocumentId | 'checklist' | 'readme';

/** One file of the ZIP before it is written. */
export interface DossierEntry {
  name: string;
  role: EntryRole;
  side?: 'front' | 'back';
  format?: 'pdf' | 'docx';
  /** Title as a message id plus params (rendered in Vietnamese for the manifest). */
  title: { id: MessageId | DossierMessageId; params?: Record<string, string | number> };
  mediaType: string;
  bytes: Uint8Array;
  originalName?: string;
}

export function declarationNames(form: FormId): { pdf: string; docx: string } {
  return { pdf: `to-khai-${form}.pdf`, docx: `to-khai-${form}.docx` };
}

export function titleText(title: DossierEntry['title'], locale: Locale): string {
  const id = title.id;
  return isDossierMessageId(id) ? dossierText(id, title.params ?? {}, locale) : formatMessage(id, title.params ?? {}, locale);
}

/** Entries for the checked files, named by role (and side, and a counter when a role has several files). */
export function suppliedEntries(files: readonly CheckedFile[]): DossierEntry[] {
  const out: DossierEntry[] = [];
  const counts = new Map<DossierDocumentId, number>();
  for (const f of files) counts.set(f.role, (counts.get(f.role) ?? 0) + 1);
  const seen = new Map<DossierDocumentId, number>();
  for (const f of files) {
    const ext = EXTENSION_OF[f.mediaType as DossierMediaType];
    const base: DossierEntry = { name: '', role: f.role, title: { id: 'procedure.doc.photo.title' }, mediaType: f.mediaType, bytes: f.bytes };
    if (f.originalName !== undefined) base.originalName = f.originalName;
    if (f.role === 'photo') {
      out.push({ ...base, name: `${PHOTO_BASENAME}.${ext}`, title: { id: 'procedure.doc.photo.title' } });
    } else if (f.role === 'idCardImages' && f.side) {
      out.push({
        ...base,
        side: f.side,
        name: `cccd-mat-${f.side === 'front' ? 'truoc' : 'sau'}.${ext}`,
        title: { id: f.side === 'front' ? 'dossier.title.idFront' : 'dossier.title.idBack' },
      });
    } else {
      const n = (seen.get(f.role) ?? 0) + 1;
      seen.set(f.role, n);
      const several = (counts.get(f.role) ?? 0) > 1;
      const stem = COMPONENT_BASENAMES[f.role] ?? f.role.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
      const titleId = `procedure.doc.${f.role}.title` as MessageId;
      out.push({
        ...base,
        name: several ? `${stem}-${n}.${ext}` : `${stem}.${ext}`,
        title: several ? { id: 'dossier.title.part', params: { title: titleId, n } } : { id: titleId },
      });
    }
  }
  return out;
}

export type ComponentStatus = 'included' | 'missing' | 'paper' | 'show';

export interface ComponentState {
  document: DossierDocument;
  status: ComponentStatus;
  /** Entry names of this component in the ZIP. */
  files: string[];
}

/**
 * The status of each required component. Online, a component without a file
 * is missing (the portal wants an upload); in person, it is a paper to hand
 * in. The declaration is always made here; the identity document is shown.
 */
export function componentStates(plan: Pick<ApplicationPlan, 'documents' | 'channel'>, entries: readonly DossierEntry[]): ComponentState[] {
  const online = plan.channel === 'online';
  return plan.documents.map((document) => {
    const files = entries.filter((e) => e.role === document.id).map((e) => e.name);
    let status: ComponentStatus;
    if (document.form === 'show') status = 'show';
    else if (document.id === 'idCardImages') status = files.length >= 2 ? 'included' : 'missing';
    else if (files.length > 0) status = 'included';
    else if (online) status = 'missing';
    else status = 'paper';
    return { document, status, files };
  });
}

/** Warnings for the components still missing. */
export function missingWarnings(states: readonly ComponentState[]): DocgenIssue[] {
  return states
    .filter((s) => s.status === 'missing')
    .map((s) => ({
      path: `components.${s.document.id}`,
      id: s.document.conditional ? 'docgen.dossier.missingConditional' : 'docgen.dossier.missing',
      params: { title: s.document.spec.title },
    }));
}
