/**
 * The content of the guide's reference sections, rendered only from core's
 * procedure data (`procedure`, `receivingOfficeRule`, `feeOn`, `dueDate`,
 * the province configuration): the steps of "Trình tự thực hiện", the three
 * ways of "Cách thức thực hiện" with who applies where (Luật 49/2019/QH14
 * Điều 15 as the official page restates it), the receiving offices and their
 * hours, "Thành phần hồ sơ" with the photo rules, "Thời hạn giải quyết",
 * "Lệ phí" as valid on the date, the forms TK01/TK01a, the conditions with
 * the cases of Điều 21, the national portal guide as numbered steps, and
 * "Căn cứ pháp lý". No procedure sentence is written here.
 */
import {
  PROCESSING_WORKING_DAYS,
  currentProvince,
  dueDate,
  feeOn,
  procedure,
  receivingOfficeRule,
  type FeeQuote,
  type FeeRule,
  type FormId,
  type Locale,
  type MessageId,
  type ProvinceConfig,
} from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatVnd } from './format.js';
import { officeCard, orderedOffices, portalLinks } from './offices-view.js';
import { heading, linkify, notice, pointItem, pointList, unverifiedTag, type GuideView } from './render-helpers.js';
import './strings.vi.js';

export { buildBlankForm, saveBytes } from './blank-form.js';
export { defineWorkingDaysCalendar } from '../working-days-calendar/define.js';

/** "Trình tự thực hiện": the three steps with every point of the page. */
export function stepsContent(view: GuideView): TemplateResult {
  return html`${procedure.steps.map(
    (step) => html`<div class="block" data-step=${step.id}>
      ${heading(view, 1, view.t('guide.steps.label', { number: step.number, title: view.tc(step.title) }))}
      ${pointList(view, step.points)}
    </div>`,
  )}`;
}

/** "Cách thức thực hiện", then who may apply where. */
export function channelsContent(view: GuideView): TemplateResult {
  const cases: Array<{ id: string; rule: ReturnType<typeof receivingOfficeRule> }> = [
    { id: 'first-without-card', rule: receivingOfficeRule('first', false) },
    { id: 'first-with-card', rule: receivingOfficeRule('first', true) },
    { id: 'subsequent', rule: receivingOfficeRule('renewal', true) },
  ];
  return html`${procedure.channels.map(
      (c) => html`<div class="block" data-channel=${c.id}>
        ${heading(view, 1, view.tc(c.title))}
        <p>${view.tc(c.text)}</p>
        ${c.conditions.length > 0 && c.conditionsTitle
          ? html`${heading(view, 2, view.tc(c.conditionsTitle))}${pointList(view, c.conditions)}`
          : nothing}
        ${c.notes.length > 0 ? pointList(view, c.notes) : nothing}
        ${c.portals ? portalLinks(view) : nothing}
      </div>`,
    )}
    <div class="block">
      ${heading(view, 1, view.t('guide.channels.where.heading'), 'where-heading')}
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="where-heading">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">${view.t('guide.channels.where.case')}</th>
            <th scope="col">${view.t('guide.channels.where.office')}</th>
          </tr>
        </thead>
        <tbody>
          ${cases.map(
            ({ id, rule }) => html`<tr data-case=${id}>
              <th scope="row">${view.tc(rule.why)}</th>
              <td>${view.tc(rule.office)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      </div>
    </div>`;
}

/**
 * The name of the province in force, in `locale`. Here rather than with the
 * offices' cards: core's table of provinces (34 current, 63 former with their
 * codes) is needed on the first screen for this name alone, so it comes with
 * this module (the guide shows the name in its result once this is loaded).
 */
export function provinceName(province: ProvinceConfig, locale: Locale): string {
  const p = currentProvince(province.province);
  if (!p) return province.province;
  if (locale !== 'en') return p.name;
  // English keeps Vietnamese place names with their diacritics ("Lạng Sơn", as the offices' English
  // names do); only a true English name ("Ho Chi Minh City") replaces the Vietnamese one.
  const folded = p.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
  return p.nameEn === folded ? p.name : p.nameEn;
}

/** The receiving offices of the host's province and the reception and return times of the page. */
export function officesContent(view: GuideView): TemplateResult {
  return html`<p>${view.tc(procedure.conditions.agency.point.text)}</p>
    <p>${view.t('guide.result.where.offices', { province: provinceName(view.province, view.locale) })}</p>
    <div class="offices">${orderedOffices(view).map((o) => officeCard(view, o))}</div>
    <div class="block">
      ${heading(view, 1, view.t('guide.offices.schedules'))}
      <ul class="points">
        <li>${view.tc(procedure.schedules.submission.text)}</li>
        <li>${view.tc(procedure.schedules.return.text)}</li>
      </ul>
    </div>`;
}

/** "Thành phần hồ sơ", the number of sets and the photo rules. */
export function documentsContent(view: GuideView): TemplateResult {
  const c = procedure.conditions;
  return html`<ul class="documents">
      ${procedure.documents.items.map(
        (d) => html`<li data-document=${d.id}>
          <p class="doc-title">${view.tc(d.title)}</p>
          <p>${view.tc(d.description)}</p>
          <p class="quote">${view.t('guide.documents.source', { text: view.tc(d.source) })}</p>
          <p class="meta">
            ${view.t('guide.result.docs.form', { form: view.tc(d.formLabel) })}${d.quantity !== null
              ? html` · ${view.t('guide.result.docs.quantity', { count: String(d.quantity).padStart(2, '0') })}`
              : nothing}
            ${d.channels && d.channels.length === 1
              ? html` · ${d.channels[0] === 'online' ? view.t('guide.documents.appliesOnline') : view.t('guide.documents.appliesInPerson')}`
              : nothing}
          </p>
        </li>`,
      )}
    </ul>
    ${procedure.documents.notes.map((n) => html`<p class="note">${view.tc(n)}</p>`)}
    <p class="note">${view.tc(c.representative.text)}</p>
    <div class="block">
      ${heading(view, 1, view.tc(c.dossierCount.title))}
      <p>${view.tc(c.dossierCount.text)}</p>
    </div>
    <div class="block">
      ${heading(view, 1, view.tc(c.photo.title))}
      <p>${view.tc(c.photo.form.text)}</p>
      ${heading(view, 2, view.tc(c.photo.portalTitle))}
      <ul class="points">${c.photo.portal.map((p) => pointItem(view, p))}</ul>
    </div>`;
}

/** "Thời hạn giải quyết" with a worked example on the guide's date. */
export function processingContent(view: GuideView): TemplateResult {
  const pt = procedure.conditions.processingTime;
  let example: TemplateResult | typeof nothing = nothing;
  try {
    const due = dueDate(
      view.date,
      { daysOff: view.config.daysOff ?? [], workingDays: view.config.workingDays ?? [] },
      PROCESSING_WORKING_DAYS,
    );
    example = html`<p data-example-due=${due.date}>
        ${view.t('guide.processing.example', { date: formatDate(view.date, view.locale), due: formatDate(due.date, view.locale) })}
      </p>
      ${due.estimated ? notice('warning', html`<p>${view.t('guide.result.due.estimated')}</p>`) : nothing}`;
  } catch {
    example = nothing;
  }
  return html`<p class="lead">${view.tc(pt.text)}</p>
    <p>${view.tc(pt.countingText)}</p>
    ${example}`;
}

function safeFee(view: GuideView, reason: 'first' | 'lost', channel: 'in-person' | 'online'): FeeQuote | null {
  try {
    return feeOn({ date: view.date, reason, channel }, view.config.fees ?? []);
  } catch {
    return null;
  }
}

function validityText(view: GuideView, rule: Pick<FeeRule, 'validFrom' | 'validTo'>): string {
  const from = formatDate(rule.validFrom, view.locale);
  return rule.validTo
    ? view.tc(procedure.fees.validityText, { from, to: formatDate(rule.validTo, view.locale) })
    : view.tc(procedure.fees.validityOpenText, { from });
}

/** Notes attached to a bundled fee rule (label and cautions), when the rule is one of core's. */
function ruleTexts(ruleId: string): { label?: MessageId; notes: readonly MessageId[] } {
  const bundled = procedure.fees.rules.find((r) => r.id === ruleId);
  return bundled ? { label: bundled.label, notes: bundled.notes ?? [] } : { notes: [] };
}

/** "Lệ phí": the fee in force on the date for each case and channel, its basis, notes and history. */
export function feesContent(view: GuideView): TemplateResult {
  const kinds = [
    { reason: 'first' as const, label: procedure.fees.kinds.issue, kind: 'issue' },
    { reason: 'lost' as const, label: procedure.fees.kinds.replacement, kind: 'replacement' },
  ];
  const quotes = kinds.map((k) => ({ ...k, inPerson: safeFee(view, k.reason, 'in-person'), online: safeFee(view, k.reason, 'online') }));
  const all = quotes.flatMap((q) => [q.inPerson, q.online]).filter((q): q is FeeQuote => q !== null);
  const rules = [...new Map(all.map((q) => [q.rule.id, q.rule])).values()];
  const uncertain = all.some((q) => q.uncertain);
  const cell = (q: FeeQuote | null): TemplateResult =>
    q ? html`<td data-amount=${q.amount}>${formatVnd(q.amount, view.locale)}</td>` : html`<td>—</td>`;
  return html`<div class="block">
      ${heading(view, 1, view.t('guide.fee.today', { date: formatDate(view.date, view.locale) }), 'fee-heading')}
      ${all.length === 0
        ? html`<p>${view.t('guide.fee.none')}</p>`
        : html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="fee-heading"><table class="table fees">
            <thead>
              <tr>
                <th scope="col">${view.t('guide.fee.case')}</th>
                <th scope="col">${view.t('guide.fee.inPerson')}</th>
                <th scope="col">${view.t('guide.fee.online')}</th>
              </tr>
            </thead>
            <tbody>
              ${quotes.map(
                (q) => html`<tr data-kind=${q.kind}>
                  <th scope="row">${view.tc(q.label)}</th>
                  ${cell(q.inPerson)} ${cell(q.online)}
                </tr>`,
              )}
            </tbody>
          </table></div>`}
      ${rules.map((r) => {
        const texts = ruleTexts(r.id);
        return html`<p class="basis" data-rule=${r.id}>
          ${texts.label ? html`${view.tc(texts.label)}.` : view.t('guide.fee.basis', { basis: r.basis })}
          ${validityText(view, r)}.
        </p>`;
      })}
      ${uncertain
        ? notice(
            'warning',
            html`${rules.flatMap((r) => ruleTexts(r.id).notes).filter((n) => n === 'procedure.fee.note.uncertainEnd' || n === 'procedure.fee.note.afterReduction').map((n) => html`<p>${view.tc(n)}</p>`)}`,
            view.t('guide.fee.uncertainTitle'),
          )
        : nothing}
      <ul class="points">
        ${procedure.fees.notes.map((n) => html`<li>${view.tc(n.text)}${unverifiedTag(view, n.provenance.confidence)}</li>`)}
      </ul>
    </div>
    <div class="block">
      ${heading(view, 1, view.t('guide.fee.published'))}
      <ul class="points">
        ${procedure.fees.seedLines.map((l) => html`<li class="quote">${view.tc(l.text)}</li>`)}
      </ul>
    </div>
    <div class="block">
      ${heading(view, 1, view.t('guide.fee.history'))}
      <ul class="points">
        ${procedure.fees.rules.map(
          (r) => html`<li data-rule=${r.id}>
            <strong>${view.tc(r.label)}</strong>: ${view.tc(procedure.fees.kinds.issue)}
            ${formatVnd(r.amounts.issue, view.locale)}; ${view.tc(procedure.fees.kinds.replacement)}
            ${formatVnd(r.amounts.replacement, view.locale)}. ${validityText(view, r)}.
            ${(r.notes ?? []).filter((n) => n !== 'procedure.fee.note.afterReduction').map((n) => html`<p class="note">${view.tc(n)}</p>`)}
          </li>`,
        )}
      </ul>
    </div>`;
}

/** The forms TK01 and TK01a of the guide's date (the circular in force, or the host's pin) with a button that loads docgen on click. */
export function formsContent(
  view: GuideView,
  download: { status: Partial<Record<FormId, string>>; busy: FormId | null; onClick: (form: FormId) => void },
): TemplateResult {
  const c = procedure.conditions;
  const forms = c.forms.on(view.date, view.config);
  return html`<ul class="forms">
      ${forms.items.map(
        (f) => html`<li data-form=${f.id}>
          <p>${view.tc(f.name)}</p>
          <button
            type="button"
            class="button secondary"
            part="button"
            data-download=${f.id}
            ?disabled=${download.busy !== null}
            aria-describedby=${`download-status-${f.id}`}
            @click=${() => download.onClick(f.id)}
          >
            ${view.t('guide.forms.download', { form: f.id })}
          </button>
          <p class="status" id=${`download-status-${f.id}`} role="status">${download.status[f.id] ?? ''}</p>
        </li>`,
      )}
    </ul>
    <p class="note">${view.tc(c.representative.text)}</p>
    ${notice('info', html`<p data-forms-note=${forms.note.id}>${view.tc(forms.note.text)}</p>`)}`;
}

/** Conditions: who may apply, the authority, the result and the chip rule, validity, Điều 21, and the first-issue caution. */
export function conditionsContent(view: GuideView): TemplateResult {
  const c = procedure.conditions;
  return html`<div class="block">
      ${heading(view, 1, view.tc(c.subjects.title))}
      <ul class="points">${c.subjects.rules.map((r) => html`<li>${view.tc(r.text)}</li>`)}</ul>
    </div>
    <div class="block">
      ${heading(view, 1, view.tc(c.agency.title))}
      <p>${view.tc(c.agency.point.text)}</p>
    </div>
    <div class="block">
      ${heading(view, 1, view.tc(c.result.title))}
      <p>${view.tc(c.result.point.text)}</p>
      <p>${view.tc(c.result.chipRule.text)}</p>
    </div>
    <div class="block">
      ${heading(view, 1, view.tc(c.validity.title))}
      <ul class="points">${c.subjects.rules.map((r) => html`<li>${view.tc(r.validityText)}</li>`)}</ul>
    </div>
    <div class="block">
      ${heading(view, 1, view.tc(c.requirement.title))}
      <p>${view.tc(c.requirement.point.text)}</p>
      ${heading(view, 2, view.tc(c.requirement.notIssuedTitle))}
      <ol class="numbered">
        ${(c.requirement.point.children ?? []).map((p) => pointItem(view, p))}
      </ol>
      ${(c.requirement.point.notes ?? []).map((n) => html`<p class="note">${view.tc(n)}</p>`)}
    </div>
    ${notice('warning', html`<p>${view.tc(c.firstIssueWarning.text)}</p>`)}`;
}

/** The national portal guide: registering an account, then logging in and the 12 steps of online submission. */
export function portalGuideContent(view: GuideView): TemplateResult {
  const g = procedure.portalGuide;
  const online = procedure.channels.find((ch) => ch.id === 'online');
  return html`${online ? html`<p>${view.tc(online.text)}</p>` : nothing}
    ${portalLinks(view)}
    ${online ? pointList(view, online.notes) : nothing}
    ${g.sections.map(
      (s) => html`<div class="block" data-portal-section=${s.id}>
        ${heading(view, 1, view.tc(s.title))}
        ${heading(view, 2, view.tc(s.conditionsTitle))}
        ${pointList(view, s.conditions)}
        ${heading(view, 2, view.tc(s.stepsTitle))}
        <ol class="steps" data-steps=${s.id}>
          ${s.steps.map(
            (step) => html`<li data-step-number=${step.number}>
              <span class="step-label">${view.tc(g.stepLabel, { number: step.number })}:</span>
              ${linkify(view.tc(step.text, step.params))}
              ${step.children && step.children.length > 0 ? pointList(view, step.children) : nothing}
            </li>`,
          )}
        </ol>
      </div>`,
    )}
    <p class="note">${view.tc(g.datedNote)}</p>`;
}

/** "Căn cứ pháp lý": each instrument with its issuer, dates and how sure the data is. */
export function legalContent(view: GuideView): TemplateResult {
  const lb = procedure.legalBasis;
  return html`<ul class="legal">
    ${lb.instruments.map(
      (i) => html`<li data-instrument=${i.id}>
        <p><strong>${i.number}</strong> (${view.tc(lb.issuers[i.issuer])}): ${view.tc(i.title)}</p>
        <p class="meta">
          ${i.issuedOn ? view.t('guide.legal.issued', { date: formatDate(i.issuedOn, view.locale) }) : nothing}${i.issuedOn && i.effectiveFrom
            ? '; '
            : nothing}${i.effectiveFrom ? view.t('guide.legal.effective', { date: formatDate(i.effectiveFrom, view.locale) }) : nothing}
        </p>
        ${i.note ? html`<p class="meta" data-note=${i.note}>${view.tc(i.note)}</p>` : nothing}
        ${i.listedBySeed ? html`<p class="meta">${view.t('guide.legal.listed')}</p>` : nothing}
        ${i.verified ? nothing : html`<p class="meta tag">${view.t('guide.legal.unverified')}</p>`}
      </li>`,
    )}
  </ul>`;
}
