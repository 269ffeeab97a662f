/**
 * buildDossier: everything a citizen needs to submit the passport application
 * online or send it by post, as one reproducible ZIP, built in the browser or
 * in Node with no DOM. It checks the declaration exactly as the declaration
 * builders do (core's validation, Thông tư 31/2023/TT-BCA forms) and the
 * supplied files against the plan of the case (`planApplication`: the dossier
 * components of the procedure page, seed 004, and the uploads of the portal
 * guide, seed 000), and refuses with one DocgenError listing every issue
 * before anything is made. Then it renders the declaration as PDF and DOCX
 * with the photo placed, the checklist `danh-muc-ho-so.pdf`, the read-me
 * `doc-truoc.txt` and `manifest.json`, and zips them with the supplied files.
 */
import {
  planApplication,
  vietnamDateOf,
  type ApplicationPlan,
  type DeclarationDraft,
  type HostConfig,
  type Locale,
  type PhotoUploadPolicy,
} from '@hochieu/core';
import { strToU8 } from 'fflate';
import { declarationModel } from '../declaration.js';
import { renderDocx } from '../docx/render.js';
import { DocgenError, isDocgenError, type DocgenIssue } from '../errors.js';
import { renderPdf } from '../pdf/render.js';
import { checklistModel, paperItems } from './checklist-layout.js';
import {
  CHECKLIST_NAME,
  componentStates,
  declarationNames,
  MANIFEST_NAME,
  missingWarnings,
  README_NAME,
  suppliedEntries,
  type DossierEntry,
} from './contents.js';
import { checkDossierFiles, type DossierFiles, type DossierLimits } from './files.js';
import { buildManifest, type DossierManifest } from './manifest.js';
import { describeDossierIssues } from './messages.js';
import { readmeBytes } from './readme.js';
import { isStored, joinParts, restampZipDates, writeZipParts } from '../zip/zip.js';

export interface DossierOptions {
  /** Today (`YYYY-MM-DD`, Vietnam time) for validation; default: the clock's date in UTC+7. */
  date?: string;
  config?: HostConfig;
  /**
   * The time written in the manifest, the PDF and DOCX metadata and every ZIP
   * entry. Same input and clock → same bytes. Default: the current time.
   */
  clock?: () => Date;
  /** Language of the tool's own notes (checklist, read-me, manifest titles); official parts stay Vietnamese. */
  locale?: Locale;
  /** Size and pixel limits (see DEFAULT_DOSSIER_LIMITS). */
  limits?: Partial<DossierLimits>;
  /** The portal's photo rules (core's DEFAULT_PHOTO_UPLOAD_POLICY, e.g. `maxBytes`). */
  photoPolicy?: Partial<Omit<PhotoUploadPolicy, 'provenance'>>;
  /** Force the covering sheet on or off; default: on when an online dossier has papers to mail to the office (see README). */
  coverSheet?: boolean;
  /** Whether the applicant holds a chip ID card (only affects the office rule of the plan). */
  hasChipId?: boolean;
}

export interface DossierResult {
  zip: Uint8Array;
  manifest: DossierManifest;
  plan: ApplicationPlan;
}

/** Builds the dossier and returns the ZIP with its manifest (warnings included) and the plan. */
export async function buildDossierWithManifest(declarationInput: unknown, files: DossierFiles = {}, options: DossierOptions = {}): Promise<DossierResult> {
  const { parts, manifest, plan } = await buildDossierParts(declarationInput, files, options);
  return { zip: joinParts(parts), manifest, plan };
}

/** The dossier as the ZIP's parts (see `buildDossierBlobParts`) with its manifest and plan. */
async function buildDossierParts(
  declarationInput: unknown,
  files: DossierFiles,
  options: DossierOptions,
): Promise<{ parts: Uint8Array[]; manifest: DossierManifest; plan: ApplicationPlan }> {
  const instant = (options.clock ?? (() => new Date()))();
  const clock = (): Date => new Date(instant.getTime());
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const today = options.date ?? vietnamDateOf(instant);
  const config = options.config;

  // The plan of the case decides which files belong; it never throws on a draft.
  const plan = planApplication((declarationInput ?? {}) as DeclarationDraft, {
    date: today,
    ...(config ? { config } : {}),
    ...(options.hasChipId !== undefined ? { hasChipId: options.hasChipId } : {}),
  });
  const checked = checkDossierFiles(files, plan, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.photoPolicy ? { photoPolicy: options.photoPolicy } : {}),
  });

  const issues: DocgenIssue[] = [];
  const photo = checked.files.find((f) => f.role === 'photo');
  let built: ReturnType<typeof declarationModel> | null = null;
  try {
    built = declarationModel(declarationInput, {
      date: today,
      clock,
      ...(config ? { config } : {}),
      ...(photo ? { photo: { bytes: photo.bytes, mediaType: 'image/jpeg' as const } } : {}),
    });
  } catch (e) {
    if (!isDocgenError(e)) throw e;
    issues.push(...e.issues);
  }
  issues.push(...checked.errors);
  if (issues.length > 0 || !built) {
    throw new DocgenError(issues, `Dossier refused: ${describeDossierIssues(issues, 'en').slice(0, 5).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`);
  }
  const { model, declaration } = built;
  const form = plan.form ?? 'TK01';
  const names = declarationNames(form);

  const [declarationPdf, docx] = await Promise.all([renderPdf(model, { clock }), renderDocx(model, { clock })]);
  // The DOCX package's own entry dates follow the machine's zone; give them the dossier's date.
  const declarationDocx = restampZipDates(docx, instant);
  const contentEntries: DossierEntry[] = [
    { name: names.pdf, role: 'declaration', format: 'pdf', title: { id: 'dossier.title.declarationPdf', params: { form } }, mediaType: 'application/pdf', bytes: declarationPdf },
    {
      name: names.docx,
      role: 'declaration',
      format: 'docx',
      title: { id: 'dossier.title.declarationDocx', params: { form } },
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: declarationDocx,
    },
    ...suppliedEntries(checked.files),
  ];

  const states = componentStates(plan, contentEntries);
  const warnings = [...checked.warnings, ...missingWarnings(states)];
  const online = plan.channel === 'online';
  // Only what is mailed to the office gets a covering sheet: online papers not certified electronically.
  // In person the citizen brings the papers, also when the passport is to be returned by post.
  const coverSheet = options.coverSheet ?? (online && paperItems(states, online).length > 0);

  const checklist = await renderPdf(
    checklistModel({ declaration, version: built.version, plan, states, entries: contentEntries, warnings, locale, coverSheet, declarationFile: names.pdf, calendar: { daysOff: config?.daysOff ?? [], workingDays: config?.workingDays ?? [] } }),
    { clock },
  );
  const checklistEntry: DossierEntry = { name: CHECKLIST_NAME, role: 'checklist', title: { id: 'dossier.title.checklist' }, mediaType: 'application/pdf', bytes: checklist };
  const readme = readmeBytes({
    declaration,
    plan,
    states,
    entries: [checklistEntry, ...contentEntries],
    warnings,
    coverSheet,
    declarationFile: names.pdf,
    generatedAt: instant,
    locale,
  });
  const readmeEntry: DossierEntry = { name: README_NAME, role: 'readme', title: { id: 'dossier.title.readme' }, mediaType: 'text/plain; charset=utf-8', bytes: readme };

  const entries = [readmeEntry, checklistEntry, ...contentEntries];
  const manifest = await buildManifest({ declaration, plan, states, entries, warnings, generatedAt: instant, locale });
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);

  const parts = writeZipParts(
    [...entries.map((e) => ({ name: e.name, bytes: e.bytes, store: isStored(e.mediaType) })), { name: MANIFEST_NAME, bytes: manifestBytes, store: false }],
    instant,
  );
  return { parts, manifest, plan };
}

/**
 * The dossier ZIP as parts to join in order, for `new Blob(parts)` (issue 16:
 * the attachments are STORED, and their parts are the arrays given in
 * `files`, so the archive adds no second copy of them before the Blob is
 * made). Same bytes as `buildDossier`, same errors.
 */
export async function buildDossierBlobParts(declaration: unknown, files: DossierFiles = {}, options: DossierOptions = {}): Promise<Uint8Array[]> {
  return (await buildDossierParts(declaration, files, options)).parts;
}

/**
 * The dossier ZIP for online or postal submission. Throws a DocgenError
 * (issues `{ path, id, params }`, ids `error.*` from core for the declaration
 * and `docgen.file.*` for the files) when anything is invalid; nothing is made then.
 */
export async function buildDossier(declaration: unknown, files: DossierFiles = {}, options: DossierOptions = {}): Promise<Uint8Array> {
  return (await buildDossierWithManifest(declaration, files, options)).zip;
}
