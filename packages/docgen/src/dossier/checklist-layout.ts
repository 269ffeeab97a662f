/**
 * The layout of `danh-muc-ho-so.pdf` as a neutral document model, drawn by
 * the same PDF renderer, font and checks as the declaration. It holds: the
 * dossier components of this case ("Thành phần hồ sơ", seed 004) with a tick
 * box each, ticked when the file is in the ZIP; the fee on the submission date
 * with its legal basis (core's dated fee rules) and the uncertainty note when
 * the plan says so; the expected return date after 08 working days (Điều 147
 * Bộ luật Dân sự; estimated when the holiday table is not official); the
 * receiving office from the host's province configuration. Online, the steps
 * of the national portal guide (seed 000) in order, with the file of this ZIP
 * to upload and the values to type at each point. For papers sent by post, a
 * covering sheet ("Phiếu gửi hồ sơ") addressed to the office. Official and
 * addressed parts stay Vietnamese; the tool's own notes follow `locale`.
 */
import {
  circularNumber,
  circularOn,
  formatMessage,
  formatVietnameseDate,
  PORTAL_GUIDE,
  toPrintedCapitals,
  type ApplicationPlan,
  type CalendarOptions,
  type Declaration,
  type FormVersion,
  type GuidePoint,
  type Locale,
  type MessageId,
  type Office,
  type ProcedureFeeRule,
} from '@hochieu/core';
import type { DocgenIssue } from '../errors.js';
import { ADMINISTRATIVE_MARGINS_MM } from '../model/defaults.js';
import type { Block, DocumentModel } from '../model/types.js';
import { docgenText } from '../layout/strings.js';
import type { ComponentState, DossierEntry } from './contents.js';
import { describeDossierIssues, dossierText, type DossierMessageId } from './messages.js';
import { portalFieldRows } from './portal-fields.js';
import { calendarBlocks } from './calendar-layout.js';

export interface ChecklistInput {
  declaration: Declaration;
  version: FormVersion;
  plan: ApplicationPlan;
  states: readonly ComponentState[];
  entries: readonly DossierEntry[];
  warnings: readonly DocgenIssue[];
  locale: Locale;
  /** Add the covering sheet for papers sent by post. */
  coverSheet: boolean;
  /** Entry name of the declaration PDF. */
  declarationFile: string;
  /** The host's days off and working days, so the calendar picture matches the due date. */
  calendar?: CalendarOptions;
}

const CHECKLIST_TYPOGRAPHY = { bodyPt: 11, smallPt: 9, titlePt: 14, lineHeight: 1.25 } as const;

/** Characters the embedded font lacks, in texts of the guide (the seed wrote "->"). */
function printable(text: string): string {
  return text.normalize('NFC').replace(/\u2192/gu, '->');
}

/** 100000 → "100.000" (vi) or "100,000" (en). */
export function groupThousands(amount: number, locale: Locale): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/gu, locale === 'vi' ? '.' : ',');
}

export function fullName(declaration: Declaration): string {
  return toPrintedCapitals(`${declaration.applicant.familyName} ${declaration.applicant.givenNames}`.normalize('NFC').trim());
}

/** The hours of an office in words. */
export function officeHours(office: Office, locale: Locale): string {
  const d = (id: DossierMessageId, params: Record<string, string | number> = {}): string => dossierText(id, params, locale);
  if (office.hours.periods && office.hours.periods.length > 0) {
    return office.hours.periods
      .map((p) => {
        const days = p.days.map((n) => d(`dossier.weekday.${n}` as DossierMessageId)).join(', ');
        return d('dossier.office.hoursPeriod', { days, from: p.from, to: p.to });
      })
      .join('; ');
  }
  const parts = [d('dossier.office.hoursWeekdays')];
  if (office.hours.saturdayMorning) parts.push(d('dossier.office.hoursSaturday'));
  return parts.join(' ');
}

/** How the component is handed over in this case (the photo is an upload online). */
function formLabel(s: ComponentState): MessageId {
  return `procedure.doc.form.${s.document.form}` as MessageId;
}

function paragraph(text: string, extra: Partial<Omit<Extract<Block, { kind: 'paragraph' }>, 'kind' | 'text'>> = {}): Block {
  return { kind: 'paragraph', text: printable(text), ...extra };
}

function pointText(point: { text: MessageId; params?: Readonly<Record<string, string | number>> }, locale: Locale): string {
  return formatMessage(point.text, { ...(point.params ?? {}) }, locale);
}

interface Ctx {
  input: ChecklistInput;
  /** A numbered section heading ("2. Lệ phí"). */
  heading: (id: DossierMessageId) => Block;
  t: (id: DossierMessageId, params?: Record<string, string | number>) => string;
  m: (id: MessageId, params?: Record<string, string | number>) => string;
}

function componentBlocks(ctx: Ctx): Block[] {
  const { states } = ctx.input;
  const blocks: Block[] = [ctx.heading('dossier.checklist.componentsHeading')];
  blocks.push(paragraph(ctx.t('dossier.checklist.componentsNote'), { italic: true }));
  states.forEach((s, i) => {
    const title = ctx.m(s.document.spec.title);
    const how = ctx.m(formLabel(s));
    let status: string;
    if (s.status === 'included') status = ctx.t('dossier.status.included', { files: s.files.join(', ') });
    else if (s.status === 'show') status = ctx.t('dossier.status.show');
    else if (s.status === 'paper') status = ctx.t('dossier.status.paper');
    else if (s.document.conditional) status = ctx.t('dossier.status.missingConditional', { condition: ctx.m(s.document.reason).replace(/\.$/u, '') });
    else status = ctx.t('dossier.status.missing');
    blocks.push({
      kind: 'row',
      parts: [
        { kind: 'checkboxes', number: `${i + 1}.`, options: [{ label: '', checked: s.status === 'included' }] },
        { kind: 'field', label: printable(`${title} (${how}):`), value: printable(status) },
      ],
    });
    blocks.push(paragraph(ctx.m(s.document.reason), { indentMm: 10, italic: true }));
  });
  return blocks;
}

function feeBlocks(ctx: Ctx): Block[] {
  const { plan, locale } = ctx.input;
  const date = formatVietnameseDate(plan.date);
  const blocks: Block[] = [ctx.heading('dossier.checklist.feeHeading')];
  const fee = plan.fee;
  if (!fee) {
    blocks.push(paragraph(ctx.t('dossier.checklist.feeUnknown', { date })));
    return blocks;
  }
  const amount = ctx.m('procedure.fee.amount', { amount: groupThousands(fee.amount, locale) });
  const kind = ctx.m(fee.kind === 'issue' ? 'procedure.fee.kind.issue' : 'procedure.fee.kind.replacement');
  blocks.push(paragraph(ctx.t('dossier.checklist.fee', { date, amount, kind, basis: fee.basis })));
  if (fee.uncertain) {
    const notes = (fee.rule as ProcedureFeeRule).notes ?? [];
    blocks.push(paragraph(notes.includes('procedure.fee.note.uncertainEnd') ? ctx.m('procedure.fee.note.uncertainEnd') : ctx.t('dossier.checklist.feeUncertain'), { italic: true }));
  }
  if (plan.form === 'TK01a') blocks.push(paragraph(ctx.m('procedure.fee.note.children'), { italic: true }));
  if (plan.delivery === 'post') blocks.push(paragraph(ctx.m('procedure.fee.note.courier'), { italic: true }));
  return blocks;
}

function dueBlocks(ctx: Ctx): Block[] {
  const { plan } = ctx.input;
  const blocks: Block[] = [ctx.heading('dossier.checklist.dueHeading')];
  if (!plan.dueDate) {
    blocks.push(paragraph(ctx.t('dossier.checklist.dueUnknown')));
    return blocks;
  }
  blocks.push(paragraph(ctx.t('dossier.checklist.due', { date: formatVietnameseDate(plan.dueDate), days: '08', submitted: formatVietnameseDate(plan.date) })));
  if (plan.dueDateEstimated) blocks.push(paragraph(ctx.m('calendar.notice.estimated', { year: plan.dueDate.slice(0, 4) }), { italic: true }));
  blocks.push(paragraph(ctx.m('procedure.conditions.processingTime.counting'), { italic: true }));
  blocks.push(...calendarBlocks(plan.date, ctx.input.calendar ?? {}, ctx.input.locale));
  return blocks;
}

function officeBlocks(ctx: Ctx): Block[] {
  const office = ctx.input.plan.office;
  const blocks: Block[] = [ctx.heading('dossier.checklist.officeHeading')];
  if (!office) {
    blocks.push(paragraph(ctx.t('dossier.office.unknown')));
    return blocks;
  }
  blocks.push(paragraph(office.name, { bold: true }));
  blocks.push({ kind: 'item', label: ctx.t('dossier.office.address'), value: printable(office.address) });
  if (office.phone) blocks.push({ kind: 'item', label: ctx.t('dossier.office.phone'), value: printable(office.phone) });
  blocks.push({ kind: 'item', label: ctx.t('dossier.office.hours'), value: printable(officeHours(office, ctx.input.locale)) });
  if (!office.verified) blocks.push(paragraph(ctx.t('dossier.office.unverified'), { italic: true }));
  return blocks;
}

function entryNames(entries: readonly DossierEntry[], pred: (e: DossierEntry) => boolean): string[] {
  return entries.filter(pred).map((e) => e.name);
}

/** Our notes after a sub-point of step 9 of the portal guide. */
function portalNotes(ctx: Ctx, point: GuidePoint): Block[] {
  const { entries, plan, declaration, states } = ctx.input;
  const note = (text: string): Block => paragraph(`» ${text}`, { indentMm: 12, bold: true });
  switch (point.id) {
    case 'submit.step9.uploadImages': {
      const images = entryNames(entries, (e) => e.role === 'photo' || e.role === 'idCardImages');
      return [note(images.length > 0 ? ctx.t('dossier.portal.uploadImages', { files: images.join(', ') }) : ctx.t('dossier.portal.noImages'))];
    }
    case 'submit.step9.fields': {
      const rows = portalFieldRows(declaration, ctx.input.version, ctx.input.locale);
      return [
        note(ctx.t('dossier.portal.fieldsIntro', { declarationFile: ctx.input.declarationFile })),
        {
          kind: 'table',
          columns: [
            { header: ctx.t('dossier.portal.fieldColumn'), width: 2 },
            { header: ctx.t('dossier.portal.valueColumn'), width: 3 },
          ],
          rows: rows.map((r) => [printable(r.field), printable(r.value)]),
        },
      ];
    }
    case 'submit.step9.office':
      return plan.office ? [note(ctx.t('dossier.portal.office', { office: `${plan.office.name} (${plan.office.address})` }))] : [note(ctx.t('dossier.office.unknown'))];
    case 'submit.step9.delivery':
      return [
        note(
          plan.delivery === 'post'
            ? ctx.t('dossier.portal.deliveryPost', { address: declaration.submission.postalAddress ?? declaration.applicant.permanentAddress })
            : ctx.t('dossier.portal.deliveryOffice'),
        ),
      ];
    case 'submit.step9.attachments': {
      const attached = states.filter((s) => s.document.form !== 'image' && s.document.id !== 'declaration' && s.document.form !== 'show');
      if (attached.length === 0) return [note(ctx.t('dossier.portal.noAttachments'))];
      const present = attached.filter((s) => s.files.length > 0);
      const missing = attached.filter((s) => s.files.length === 0);
      const out: Block[] = [];
      if (present.length > 0) {
        const list = present.map((s) => ctx.t('dossier.portal.attachmentItem', { title: ctx.m(s.document.spec.title), files: s.files.join(', ') })).join('; ');
        out.push(note(ctx.t('dossier.portal.attachments', { list })));
      }
      if (missing.length > 0) out.push(note(ctx.t('dossier.portal.missingAttachments', { list: missing.map((s) => ctx.m(s.document.spec.title)).join('; ') })));
      return out;
    }
    case 'submit.step9.jpeg': {
      const pdfs = entryNames(entries, (e) => e.mediaType === 'application/pdf' && e.role !== 'declaration' && e.role !== 'checklist');
      return pdfs.length > 0 ? [note(ctx.t('dossier.portal.pdfToJpeg', { files: pdfs.join(', ') }))] : [];
    }
    default:
      return [];
  }
}

function guidePoints(ctx: Ctx, points: readonly GuidePoint[], depth: number): Block[] {
  const out: Block[] = [];
  for (const p of points) {
    out.push(paragraph(`${depth === 1 ? '-' : '+'} ${pointText(p, ctx.input.locale)}`, { indentMm: 4 + depth * 4 }));
    out.push(...portalNotes(ctx, p));
    if (p.children) out.push(...guidePoints(ctx, p.children, depth + 1));
  }
  return out;
}

function portalBlocks(ctx: Ctx): Block[] {
  const { locale } = ctx.input;
  const [register, submit] = PORTAL_GUIDE.sections;
  const step = (n: number): string => ctx.m(PORTAL_GUIDE.stepLabel, { number: n });
  const blocks: Block[] = [
    ctx.heading('dossier.portal.heading'),
    paragraph(ctx.t('dossier.portal.intro', { published: formatVietnameseDate(PORTAL_GUIDE.publishedOn) }), { italic: true }),
    paragraph(ctx.m(PORTAL_GUIDE.datedNote), { italic: true }),
    paragraph(ctx.t('dossier.portal.registerNote')),
  ];
  for (const s of register.steps) {
    blocks.push(paragraph(`${step(s.number)}: ${pointText(s, locale)}`, { indentMm: 4 }));
    if (s.children) blocks.push(...guidePoints(ctx, s.children, 1));
  }
  blocks.push(paragraph(ctx.m(submit.title), { bold: true }));
  for (const s of submit.steps) {
    blocks.push(paragraph(`${step(s.number)}: ${pointText(s, locale)}`, { indentMm: 4 }));
    if (s.children) blocks.push(...guidePoints(ctx, s.children, 1));
  }
  return blocks;
}

/** Sender of the papers: the legal representative for TK01a, else the applicant. */
function sender(declaration: Declaration): { name: string; address: string; phone: string } {
  const r = declaration.representative;
  const address = declaration.submission.postalAddress ?? (r ? r.permanentAddress : declaration.applicant.permanentAddress);
  if (r) return { name: toPrintedCapitals(r.fullName.normalize('NFC').trim()), address, phone: r.phone };
  return { name: fullName(declaration), address, phone: declaration.applicant.phone };
}

/** Paper items sent by post: online, the declaration is typed on the portal and the images are uploaded. */
export function paperItems(states: readonly ComponentState[], online: boolean): ComponentState[] {
  return states.filter((s) => (s.document.form === 'original' || s.document.form === 'copy') && !(online && s.document.id === 'declaration'));
}

function coverSheetBlocks(ctx: Ctx): Block[] {
  const { declaration, plan, states } = ctx.input;
  const vi = (id: DossierMessageId, params: Record<string, string | number> = {}): string => dossierText(id, params, 'vi');
  const mvi = (id: MessageId): string => formatMessage(id, {}, 'vi');
  const from = sender(declaration);
  const office = plan.office;
  const items = paperItems(states, plan.channel === 'online');
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'header', formCode: [], nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
    { kind: 'title', title: vi('dossier.cover.title'), subtitle: vi('dossier.cover.subtitle') },
    { kind: 'item', label: vi('dossier.cover.to'), value: office ? printable(office.name) : null },
    { kind: 'item', label: vi('dossier.cover.officeAddress'), value: office ? printable(office.address) : null },
    { kind: 'item', label: vi('dossier.cover.sender'), value: printable(from.name) },
    { kind: 'item', label: vi('dossier.cover.senderAddress'), value: printable(from.address) },
    { kind: 'item', label: vi('dossier.cover.senderPhone'), value: printable(from.phone) },
  ];
  if (declaration.representative) blocks.push({ kind: 'item', label: vi('dossier.cover.applicant'), value: printable(fullName(declaration)) });
  if (plan.channel === 'online') blocks.push({ kind: 'item', label: vi('dossier.cover.onlineCode'), value: null });
  blocks.push(paragraph(vi('dossier.cover.body'), { indentMm: 10 }));
  blocks.push({
    kind: 'table',
    columns: [
      { header: vi('dossier.cover.number'), width: 1 },
      { header: vi('dossier.cover.item'), width: 8 },
      { header: vi('dossier.cover.form'), width: 3 },
      { header: vi('dossier.cover.quantity'), width: 2 },
    ],
    rows: items.map((s, i) => [
      String(i + 1),
      printable(mvi(s.document.spec.title)),
      printable(mvi(formLabel(s))),
      s.document.spec.quantity === null ? null : String(s.document.spec.quantity).padStart(2, '0'),
    ]),
  });
  if (plan.channel === 'online') blocks.push(paragraph(vi('dossier.cover.postalNote'), { italic: true }));
  blocks.push({
    kind: 'placeDate',
    place: declaration.submission.place ? printable(declaration.submission.place) : null,
    day: null,
    month: null,
    year: null,
    labels: { day: docgenText('day'), month: docgenText('month'), year: docgenText('year') },
  });
  blocks.push({ kind: 'signature', title: vi('dossier.cover.signer'), note: vi('dossier.cover.signNote'), name: printable(from.name) });
  return blocks;
}

export function checklistModel(input: ChecklistInput): DocumentModel {
  const { declaration, plan, locale } = input;
  let section = 0;
  const ctx: Ctx = {
    input,
    heading: (id) => ({ kind: 'sectionHeading', text: `${++section}. ${dossierText(id, {}, locale)}` }),
    t: (id, params = {}) => dossierText(id, params, locale),
    m: (id, params = {}) => formatMessage(id, params, locale),
  };
  const form = plan.form ?? 'TK01';
  const channel = ctx.t(plan.channel === 'online' ? 'dossier.channel.online' : 'dossier.channel.inPerson');
  const delivery =
    plan.delivery === 'post'
      ? ctx.t('dossier.delivery.post', { address: declaration.submission.postalAddress ?? declaration.applicant.permanentAddress })
      : ctx.t('dossier.delivery.office');
  const blocks: Block[] = [
    { kind: 'title', title: ctx.t('dossier.checklist.title'), subtitle: ctx.t('dossier.checklist.subtitle', { form, circular: circularNumber(plan.circular ?? circularOn(plan.date)) }) },
    { kind: 'item', label: ctx.t('dossier.checklist.applicant'), value: fullName(declaration) },
    { kind: 'item', label: ctx.t('dossier.checklist.submissionDate'), value: formatVietnameseDate(plan.date) },
    { kind: 'item', label: ctx.t('dossier.checklist.channel'), value: printable(channel) },
    { kind: 'item', label: ctx.t('dossier.checklist.delivery'), value: printable(delivery) },
    ...componentBlocks(ctx),
    ...feeBlocks(ctx),
    ...dueBlocks(ctx),
    ...officeBlocks(ctx),
  ];
  if (plan.channel === 'online') blocks.push(...portalBlocks(ctx));
  if (input.warnings.length > 0) {
    blocks.push(ctx.heading('dossier.checklist.warningsHeading'));
    for (const w of describeDossierIssues(input.warnings.map((i) => ({ ...i, path: '' })), locale)) blocks.push(paragraph(`- ${w}`, { indentMm: 4 }));
  }
  // Online, papers not certified electronically go to the office by the public postal service (procedure page).
  const mailed = plan.channel === 'online' ? paperItems(input.states, true) : [];
  if (mailed.length > 0 || input.coverSheet) {
    blocks.push(ctx.heading('dossier.cover.heading'));
    if (plan.channel === 'online') blocks.push(paragraph(ctx.m('procedure.channel.online.certification')));
    for (const s of mailed) blocks.push(paragraph(`- ${ctx.m(s.document.spec.title)}`, { indentMm: 4 }));
    if (input.coverSheet) {
      blocks.push(paragraph(ctx.t('dossier.cover.intro')));
      blocks.push(...coverSheetBlocks(ctx));
    }
  }
  return {
    page: { size: 'A4', marginsMm: { ...ADMINISTRATIVE_MARGINS_MM } },
    metadata: {
      title: `${ctx.t('dossier.title.checklist')} - ${fullName(declaration)}`,
      subject: ctx.t('dossier.checklist.metadataSubject'),
      language: 'vi-VN',
      keywords: ['hộ chiếu', 'danh mục hồ sơ', form],
    },
    typography: { ...CHECKLIST_TYPOGRAPHY },
    blocks,
  };
}
