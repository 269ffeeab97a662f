/**
 * The parts of the guide that the personal result on the first screen shares
 * with the reference sections: the two official portals as links and the
 * receiving offices as cards (address, phone, e-mail,
 * reception hours, a notice when the data is not verified), ordered with the
 * office the host named first. Kept apart from section-content.ts, which is
 * loaded only when a closed section is first shown (issue 9).
 */
import { PORTALS, type Office, type ReceptionHours } from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetMessageId } from '../../localization/vi.js';
import { hostOf } from './format.js';
import { heading, notice, type GuideView } from './render-helpers.js';

/** Portal links (the two official portals). */
export function portalLinks(view: GuideView): TemplateResult {
  return html`<ul class="links">
    ${[PORTALS.national, PORTALS.ministry].map(
      (p) => html`<li><a href=${p.url} rel="noopener" target="_blank">${view.tc(p.name)}</a> <span class="url">(${hostOf(p.url)})</span></li>`,
    )}
  </ul>`;
}

function hoursLines(view: GuideView, hours: ReceptionHours): TemplateResult {
  const lines: TemplateResult[] = [];
  if (hours.periods && hours.periods.length > 0) {
    for (const period of hours.periods) {
      const days = period.days.map((d) => view.t(`guide.weekday.${d}` as Extract<WidgetMessageId, `guide.weekday.${string}`>)).join(', ');
      lines.push(html`<li>${view.t('guide.offices.hours.period', { days, from: period.from, to: period.to })}</li>`);
    }
  } else if (hours.weekdays) {
    lines.push(html`<li>${view.t('guide.offices.hours.weekdays')}</li>`);
  }
  lines.push(html`<li>${hours.saturdayMorning ? view.t('guide.offices.hours.saturday') : view.t('guide.offices.hours.noSaturday')}</li>`);
  lines.push(html`<li>${view.t('guide.offices.hours.holidays')}</li>`);
  return html`<ul class="plain">${lines}</ul>`;
}

/** One receiving office as a card. */
export function officeCard(view: GuideView, office: Office, depth = 1): TemplateResult {
  const isDefault = office.id === view.province.defaultOffice;
  const name = view.locale === 'en' && office.nameEn ? office.nameEn : office.name;
  return html`<article class="office" data-office=${office.id} aria-label=${name}>
    ${heading(view, depth, name)}
    ${isDefault ? html`<p class="badge">${view.t('guide.offices.default')}</p>` : nothing}
    <dl class="facts">
      <dt>${view.t('guide.offices.address')}</dt>
      <dd>${office.address}</dd>
      ${office.phone
        ? html`<dt>${view.t('guide.offices.phone')}</dt>
            <dd><a href=${`tel:${office.phone.replace(/[^\d+]/gu, '')}`}>${office.phone}</a></dd>`
        : nothing}
      ${office.email
        ? html`<dt>${view.t('guide.offices.email')}</dt>
            <dd><a href=${`mailto:${office.email}`}>${office.email}</a></dd>`
        : nothing}
      <dt>${view.t('guide.offices.hours')}</dt>
      <dd>${hoursLines(view, office.hours)}</dd>
    </dl>
    ${office.verified ? nothing : notice('warning', html`<p>${view.t('guide.offices.unverified')}</p>`)}
  </article>`;
}

/** Offices in the order to show: the one the host named first, then the default, then the rest. */
export function orderedOffices(view: GuideView): Office[] {
  const rank = (o: Office): number => (o.id === view.office ? 0 : o.id === view.province.defaultOffice ? 1 : 2);
  return [...view.province.offices].sort((a, b) => rank(a) - rank(b));
}
