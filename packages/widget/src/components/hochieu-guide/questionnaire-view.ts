/**
 * The "Bạn cần chuẩn bị gì?" part of the guide: native inputs and radio
 * groups in fieldsets with legends (WCAG 2.2 SC 1.3.1, 3.3.2; arrow keys move
 * within a radio group natively), and the personalised result from core's
 * `planApplication`: the form and why (age on the date, Thông tư
 * 31/2023/TT-BCA Điều 4), the dossier checklist with the reason for each
 * component, the fee in force today with its basis, the expected return date
 * (08 working days) and where to apply. The result updates on every change;
 * a one-line summary goes to a polite live region (SC 4.1.3).
 */
import {
  DOSSIER_DOCUMENTS,
  FEE_RULES,
  PORTALS,
  circularNumber,
  circularOn,
  dueDate,
  isWorkingDay,
  nextWorkingDay,
  type ApplicationPlan,
  type Channel,
  type Delivery,
  type MessageId,
} from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatVnd } from './format.js';
import { dueCalendar } from '../working-days-calendar/due-calendar.js';
import type { WidgetMessageId } from '../../localization/vi.js';

/** The questionnaire's strings (none has a placeholder). */
type QuestionStringId = Extract<WidgetMessageId, `guide.q.${string}`>;
import { QUESTIONNAIRE_REASONS, documentsToShow, hasAnyAnswer, type QuestionnaireAnswers } from './questionnaire.js';
import { heading, notice, type GuideView } from './render-helpers.js';
import { officeCard, orderedOffices, portalLinks } from './offices-view.js';

export type AnswerKey = keyof QuestionnaireAnswers;

/**
 * The first-issue caution (core's `FIRST_ISSUE_WARNING`), named by its id so
 * that the procedure's conditions stay out of the first screen's code.
 */
const FIRST_ISSUE_WARNING: MessageId = 'procedure.conditions.firstIssueWarning';

/** The names of the two fee kinds (as core's `procedure.fees.kinds`, without pulling the whole procedure into the first screen). */
const FEE_KINDS: Readonly<Record<'issue' | 'replacement', MessageId>> = {
  issue: 'procedure.fee.kind.issue',
  replacement: 'procedure.fee.kind.replacement',
};

export interface QuestionnaireHandlers {
  /** Called with the new value of one answer (undefined clears it). */
  change: (key: AnswerKey, value: QuestionnaireAnswers[AnswerKey]) => void;
}

interface Option<V> {
  value: V;
  label: QuestionStringId;
}

function radioGroup<V extends string | boolean>(
  view: GuideView,
  name: AnswerKey,
  legend: QuestionStringId,
  options: readonly Option<V>[],
  current: V | undefined,
  handlers: QuestionnaireHandlers,
): TemplateResult {
  return html`<fieldset class="question" data-question=${name}>
    <legend>${view.t(legend)}</legend>
    <div class="radios">
      ${options.map((o) => {
        const id = `q-${name}-${String(o.value)}`;
        return html`<div class="radio">
          <input
            type="radio"
            id=${id}
            name=${`q-${name}`}
            .value=${String(o.value)}
            .checked=${current === o.value}
            @change=${() => handlers.change(name, o.value as QuestionnaireAnswers[AnswerKey])}
          />
          <label for=${id}>${view.t(o.label)}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** The questions. */
export function questionsView(view: GuideView, answers: QuestionnaireAnswers, plan: ApplicationPlan, handlers: QuestionnaireHandlers): TemplateResult {
  const onDob = (e: Event): void => {
    const value = (e.currentTarget as HTMLElement & { value: string }).value.trim();
    handlers.change('dateOfBirth', value === '' ? undefined : value);
  };
  const onAge = (e: Event): void => {
    const raw = (e.target as HTMLInputElement).value.trim();
    const n = Number(raw);
    handlers.change('age', raw === '' || !Number.isInteger(n) || n < 0 ? undefined : n);
  };
  const child = plan.form === 'TK01a';
  return html`<form class="questions" @submit=${(e: Event) => e.preventDefault()}>
    <p>${view.t('guide.q.intro')}</p>
    <div class="question" data-question="dateOfBirth">
      <hochieu-date-input
        id="q-dob"
        name="q-dob"
        precision="year"
        autocomplete="bday"
        .label=${view.t('guide.q.dob.label')}
        .hint=${view.t('guide.q.dob.hint')}
        .value=${answers.dateOfBirth ?? ''}
        @input=${onDob}
        @change=${onDob}
      ></hochieu-date-input>
    </div>
    <div class="question" data-question="age">
      <label for="q-age">${view.t('guide.q.age.label')}</label>
      <p class="hint" id="q-age-hint">${view.t('guide.q.age.hint')}</p>
      <input
        id="q-age"
        name="q-age"
        class="short"
        type="number"
        inputmode="numeric"
        min="0"
        max="130"
        step="1"
        aria-describedby="q-age-hint"
        .value=${answers.age === undefined ? '' : String(answers.age)}
        @input=${onAge}
        @change=${onAge}
      />
    </div>
    ${radioGroup(
      view,
      'reason',
      'guide.q.reason.legend',
      QUESTIONNAIRE_REASONS.map((r) => ({ value: r, label: `guide.q.reason.${r}` as const })),
      answers.reason,
      handlers,
    )}
    ${radioGroup(
      view,
      'hasChipIdCard',
      child ? 'guide.q.chip.legendParent' : 'guide.q.chip.legend',
      [
        { value: true, label: 'guide.q.chip.yes' },
        { value: false, label: 'guide.q.chip.no' },
      ],
      answers.hasChipIdCard,
      handlers,
    )}
    ${child
      ? radioGroup(
          view,
          'childHasPersonalId',
          'guide.q.personalId.legend',
          [
            { value: true, label: 'guide.q.personalId.yes' },
            { value: false, label: 'guide.q.personalId.no' },
          ],
          answers.childHasPersonalId,
          handlers,
        )
      : nothing}
    ${radioGroup<Channel>(
      view,
      'channel',
      'guide.q.channel.legend',
      [
        { value: 'in-person', label: 'guide.q.channel.inPerson' },
        { value: 'online', label: 'guide.q.channel.online' },
      ],
      answers.channel,
      handlers,
    )}
    ${radioGroup<Delivery>(
      view,
      'delivery',
      'guide.q.delivery.legend',
      [
        { value: 'office', label: 'guide.q.delivery.office' },
        { value: 'post', label: 'guide.q.delivery.post' },
      ],
      answers.delivery,
      handlers,
    )}
  </form>`;
}

/** The one-line summary announced politely after each change. */
export function resultSummary(view: GuideView, answers: QuestionnaireAnswers, plan: ApplicationPlan): string {
  if (!hasAnyAnswer(answers)) return '';
  const parts: string[] = [];
  if (plan.form) parts.push(view.t('guide.result.summary.form', { form: plan.form }));
  if (plan.fee) parts.push(view.t('guide.result.summary.fee', { amount: formatVnd(plan.fee.amount, view.locale) }));
  const docs = documentsToShow(plan, answers);
  if (docs.length > 0) parts.push(view.t('guide.result.summary.docs', { count: docs.length }));
  if (plan.dueDate) parts.push(view.t('guide.result.summary.due', { due: formatDate(plan.dueDate, view.locale) }));
  return parts.join(' ');
}

/** The circular of the form on the plan's date ("Ban hành kèm theo Thông tư số 69/2026/TT-BCA."). */
function circularLine(view: GuideView, plan: ApplicationPlan): string {
  return view.t('guide.result.form.circular', { circular: circularNumber(plan.circular ?? circularOn(plan.date)) });
}

function formPart(view: GuideView, plan: ApplicationPlan): TemplateResult {
  const date = formatDate(plan.date, view.locale);
  let body: TemplateResult;
  if (!plan.form || plan.age === null) {
    body = html`<p>${view.t('guide.result.form.needAge')}</p>`;
  } else if (plan.form === 'TK01') {
    body = html`<p class="value" data-result="form">${view.t('guide.result.form.value', { form: plan.form })}</p>
      <p data-result="circular">${circularLine(view, plan)}</p>
      <p>${view.t('guide.result.form.whyAdult', { date, age: plan.age })}</p>`;
  } else {
    body = html`<p class="value" data-result="form">${view.t('guide.result.form.value', { form: plan.form })}</p>
      <p data-result="circular">${circularLine(view, plan)}</p>
      <p>${view.t('guide.result.form.whyChild', { date, age: plan.age })}</p>
      ${plan.fourteenthBirthday
        ? html`<p>${view.t('guide.result.form.fromBirthday', { birthday: formatDate(plan.fourteenthBirthday, view.locale) })}</p>`
        : nothing}
      <p>${view.t('guide.result.childChip')}</p>`;
  }
  return html`<div class="result-part" data-part="form">${heading(view, 2, view.t('guide.result.form.heading'))}${body}</div>`;
}

function documentsPart(view: GuideView, answers: QuestionnaireAnswers, plan: ApplicationPlan): TemplateResult {
  const docs = documentsToShow(plan, answers);
  return html`<div class="result-part" data-part="documents">
    ${heading(view, 2, view.t('guide.result.docs.heading'))}
    ${docs.length === 0
      ? html`<p>${view.t('guide.result.docs.needAnswers')}</p>`
      : html`<ul class="checklist">
          ${docs.map(
            (d) => html`<li data-document=${d.id}>
              <p class="doc-title">
                ${view.tc(d.spec.title)}${d.conditional ? html` <span class="badge">${view.t('guide.result.docs.conditional')}</span>` : nothing}
              </p>
              <p>${view.tc(d.reason)}</p>
              <p class="meta">
                ${view.t('guide.result.docs.form', { form: view.tc(DOSSIER_DOCUMENTS.find((s) => s.id === d.id)?.formLabel ?? d.spec.formLabel) })}
              </p>
              ${d.notes.map((n) => html`<p class="note">${view.tc(n)}</p>`)}
            </li>`,
          )}
        </ul>`}
  </div>`;
}

function feePart(view: GuideView, plan: ApplicationPlan): TemplateResult {
  const date = formatDate(plan.date, view.locale);
  let body: TemplateResult;
  if (plan.fee) {
    const rule = FEE_RULES.find((r) => r.id === plan.fee!.rule.id);
    body = html`<p class="value" data-result="fee" data-amount=${plan.fee.amount}>
        ${view.t('guide.result.fee.value', { amount: formatVnd(plan.fee.amount, view.locale) })}
      </p>
      <p>${view.t('guide.result.fee.basis', { kind: view.tc(FEE_KINDS[plan.fee.kind]), basis: plan.fee.basis, date })}</p>
      ${plan.fee.uncertain
        ? notice(
            'warning',
            html`<p>${view.tc(rule?.notes?.includes('procedure.fee.note.uncertainEnd') ? 'procedure.fee.note.uncertainEnd' : 'procedure.fee.note.afterReduction')}</p>`,
            view.t('guide.fee.uncertainTitle'),
          )
        : nothing}
      ${plan.delivery === 'post' ? html`<p class="note">${view.tc('procedure.fee.note.courier')}</p>` : nothing}`;
  } else if (plan.unknown.includes('reason')) {
    body = html`<p>${view.t('guide.result.fee.needReason')}</p>`;
  } else {
    body = html`<p>${view.t('guide.result.fee.none', { date })}</p>`;
  }
  return html`<div class="result-part" data-part="fee">${heading(view, 2, view.t('guide.result.fee.heading'))}${body}</div>`;
}

function duePart(view: GuideView, plan: ApplicationPlan): TemplateResult {
  if (!plan.dueDate) return html``;
  return html`<div class="result-part" data-part="due">
    ${heading(view, 2, view.t('guide.result.due.heading'))}
    <p class="value" data-result="due" data-date=${plan.dueDate}>
      ${view.t('guide.result.due.value', { due: formatDate(plan.dueDate, view.locale) })}
    </p>
    <p>${view.t('guide.result.due.text', { date: formatDate(plan.date, view.locale) })}</p>
    ${closedDayNote(view, plan.date)}
    ${plan.dueDateEstimated ? notice('warning', html`<p>${view.t('guide.result.due.estimated')}</p>`) : nothing}
    ${dueCalendar(view.config, plan.date)}
  </div>`;
}

/** When the date is a weekend day or a holiday, the due date of a dossier received on the next working day. */
function closedDayNote(view: GuideView, date: string): TemplateResult | typeof nothing {
  const calendar = { daysOff: view.config.daysOff ?? [], workingDays: view.config.workingDays ?? [] };
  try {
    if (isWorkingDay(date, calendar)) return nothing;
    const next = nextWorkingDay(date, calendar);
    const due = dueDate(next, calendar);
    return html`<p class="note" data-result="closed-day" data-next=${next} data-due=${due.date}>
      ${view.t('guide.result.due.closedDay', {
        date: formatDate(date, view.locale),
        next: formatDate(next, view.locale),
        due: formatDate(due.date, view.locale),
      })}
    </p>`;
  } catch {
    return nothing;
  }
}

function wherePart(view: GuideView, answers: QuestionnaireAnswers, plan: ApplicationPlan): TemplateResult {
  // Online is shown only where it is possible: without the declarant's chip card, say why and what to do instead.
  const blocked = plan.channel === 'online' && plan.onlineBlockedBy !== null;
  const online = plan.channel === 'online' && !blocked;
  const national = view.tc(PORTALS.national.name);
  const ministry = view.tc(PORTALS.ministry.name);
  return html`<div class="result-part" data-part="where">
    ${heading(view, 2, view.t('guide.result.where.heading'))}
    ${blocked
      ? notice(
          'warning',
          html`<p data-result="online-no-chip">${view.t(plan.form === 'TK01a' ? 'guide.result.online.noChipParent' : 'guide.result.online.noChip')}</p>`,
        )
      : nothing}
    ${online ? html`<p>${view.t('guide.result.where.online', { national, ministry })}</p>${portalLinks(view)}` : nothing}
    ${plan.officeRule
      ? html`<p class="value" data-result="office-rule" data-scope=${plan.officeRule.scope}>${view.tc(plan.officeRule.office)}</p>
          <p>${view.tc(plan.officeRule.why)}</p>`
      : nothing}
    ${answers.hasChipIdCard === undefined && answers.reason === 'first' ? html`<p class="note">${view.t('guide.result.where.chipUnknown')}</p>` : nothing}
    ${view.provinceName ? html`<p>${view.t('guide.result.where.offices', { province: view.provinceName })}</p>` : nothing}
    <div class="offices">${orderedOffices(view).map((o) => officeCard(view, o, 3))}</div>
  </div>`;
}

/** The personalised result. */
export function resultView(view: GuideView, answers: QuestionnaireAnswers, plan: ApplicationPlan): TemplateResult {
  if (!hasAnyAnswer(answers)) {
    return html`<div class="result" data-state="empty">
      ${heading(view, 1, view.t('guide.result.title'), 'ket-qua')}
      <p>${view.t('guide.result.empty')}</p>
    </div>`;
  }
  return html`<div class="result" data-state="filled">
    ${heading(view, 1, view.t('guide.result.title'), 'ket-qua')}
    ${formPart(view, plan)} ${documentsPart(view, answers, plan)} ${feePart(view, plan)} ${duePart(view, plan)}
    ${wherePart(view, answers, plan)}
    ${answers.reason === 'first' ? notice('warning', html`<p>${view.tc(FIRST_ISSUE_WARNING)}</p>`) : nothing}
  </div>`;
}
