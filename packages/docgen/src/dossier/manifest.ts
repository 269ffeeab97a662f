/**
 * `manifest.json` of the dossier ZIP: a machine-readable description that a
 * receiving office, the CLI or a later tool can check. It carries the schema
 * version, the generation time (from the clock), the form and its version
 * (Thông tư 31/2023/TT-BCA or 69/2026), the channel and delivery, the fee,
 * the due date and the office of the plan, the declaration data itself, the
 * status of each dossier component, the warnings, and for each file of the
 * ZIP its ASCII entry name, role, Vietnamese title, media type, byte size and
 * SHA-256 (FIPS 180-4). The manifest does not list itself.
 */
import type { ApplicationPlan, Declaration, Locale } from '@hochieu/core';
import type { DocgenIssue } from '../errors.js';
import { titleText, type ComponentState, type DossierEntry, type EntryRole } from './contents.js';
import { describeDossierIssues } from './messages.js';
import { sha256Hex } from './sha256.js';

export const MANIFEST_SCHEMA_VERSION = 1;

export interface ManifestFile {
  name: string;
  role: EntryRole;
  side?: 'front' | 'back';
  format?: 'pdf' | 'docx';
  /** Vietnamese title. */
  title: string;
  /** English title, only with `locale: 'en'`. */
  titleEn?: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** The name the file had when supplied (attachments only). */
  originalName?: string;
}

export interface ManifestComponent {
  id: string;
  title: string;
  titleEn?: string;
  status: ComponentState['status'];
  conditional: boolean;
  files: string[];
}

export interface ManifestWarning extends DocgenIssue {
  message: string;
  messageEn?: string;
}

export interface DossierManifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION;
  generator: 'hochieu docgen';
  generatedAt: string;
  locale: Locale;
  form: string | null;
  formVersion: string | null;
  circular: string | null;
  formVersionVerified: boolean | null;
  submission: { date: string; channel: string | null; delivery: string | null };
  fee: { amount: number; currency: 'VND'; kind: string; basis: string; uncertain: boolean } | null;
  dueDate: string | null;
  dueDateEstimated: boolean;
  office: { id: string; name: string; address: string; phone?: string; verified: boolean } | null;
  declaration: Declaration;
  components: ManifestComponent[];
  files: ManifestFile[];
  warnings: ManifestWarning[];
}

export interface ManifestInput {
  declaration: Declaration;
  plan: ApplicationPlan;
  states: readonly ComponentState[];
  entries: readonly DossierEntry[];
  warnings: readonly DocgenIssue[];
  generatedAt: Date;
  locale: Locale;
}

export async function buildManifest(input: ManifestInput): Promise<DossierManifest> {
  const { plan, locale } = input;
  const en = locale === 'en';
  const files: ManifestFile[] = [];
  for (const e of input.entries) {
    const f: ManifestFile = {
      name: e.name,
      role: e.role,
      ...(e.side ? { side: e.side } : {}),
      ...(e.format ? { format: e.format } : {}),
      title: titleText(e.title, 'vi'),
      ...(en ? { titleEn: titleText(e.title, 'en') } : {}),
      mediaType: e.mediaType,
      size: e.bytes.length,
      sha256: await sha256Hex(e.bytes),
      ...(e.originalName !== undefined ? { originalName: e.originalName } : {}),
    };
    files.push(f);
  }
  const vi = describeDossierIssues(input.warnings.map((w) => ({ ...w, path: '' })), 'vi');
  const english = en ? describeDossierIssues(input.warnings.map((w) => ({ ...w, path: '' })), 'en') : [];
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    generator: 'hochieu docgen',
    generatedAt: input.generatedAt.toISOString(),
    locale,
    form: plan.form,
    formVersion: plan.formVersion,
    circular: plan.circular,
    formVersionVerified: plan.formVersionVerified,
    submission: { date: plan.date, channel: plan.channel, delivery: plan.delivery },
    fee: plan.fee ? { amount: plan.fee.amount, currency: 'VND', kind: plan.fee.kind, basis: plan.fee.basis, uncertain: plan.fee.uncertain } : null,
    dueDate: plan.dueDate,
    dueDateEstimated: plan.dueDateEstimated,
    office: plan.office
      ? { id: plan.office.id, name: plan.office.name, address: plan.office.address, ...(plan.office.phone ? { phone: plan.office.phone } : {}), verified: plan.office.verified }
      : null,
    declaration: input.declaration,
    components: input.states.map((s) => ({
      id: s.document.id,
      title: titleText({ id: s.document.spec.title }, 'vi'),
      ...(en ? { titleEn: titleText({ id: s.document.spec.title }, 'en') } : {}),
      status: s.status,
      conditional: s.document.conditional,
      files: s.files,
    })),
    files,
    warnings: input.warnings.map((w, i) => ({ ...w, message: vi[i] ?? w.id, ...(en ? { messageEn: english[i] ?? w.id } : {}) })),
  };
}
