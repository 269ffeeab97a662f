/**
 * Small rendering helpers shared by the guide's sections: the view context
 * (language, string lookups, date, configuration, heading level), headings at
 * a level chosen by the host (`heading-level`, so the guide fits under the
 * host's own headings; WCAG 2.2 SC 1.3.1 and 2.4.6), lists of core's guide
 * points with their notes and sub-points, and text in which portal addresses
 * become links.
 */
import type { GuidePoint, HostConfig, Locale, MessageId, ProvinceConfig } from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { WidgetMessageArgs, WidgetMessageId } from '../../localization/vi.js';

/** Everything a section needs to render. */
export interface GuideView {
  locale: Locale;
  /** A widget string (placeholders checked by type). */
  t<K extends WidgetMessageId>(id: K, ...args: WidgetMessageArgs<K>): string;
  /** A core message. */
  tc(id: MessageId, params?: Readonly<Record<string, string | number>>): string;
  /** The date the guide is for (ISO). */
  date: string;
  config: HostConfig;
  province: ProvinceConfig;
  /** Office id the host asked to show first, if any. */
  office: string | null;
  /** The province's name in `locale`, once the sections' module (which holds the table of provinces) is loaded; else null. */
  provinceName: string | null;
  /** Level of the section headings (1-5); sub-headings are one and two levels below. */
  level: number;
}

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading `depth` levels below the section level (0 = section heading), clamped to h6. */
export function heading(view: GuideView, depth: number, content: unknown, id?: string): TemplateResult {
  const level = Math.min(6, Math.max(1, view.level + depth));
  const tag = TAGS[level - 1]!;
  return staticHtml`<${tag} class="heading depth-${depth}" id=${id ?? nothing}>${content}</${tag}>`;
}

const URL_PATTERN = /https?:\/\/[^\s)“”"]+[^\s)“”".,;:]/gu;

/** Text in which http(s) addresses become links (the portal addresses of the official texts). */
export function linkify(text: string): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    out.push(html`<a href=${match[0]} rel="noopener" target="_blank">${match[0]}</a>`);
    last = start + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A small tag shown after a text whose source is only inferred. */
export function unverifiedTag(view: GuideView, confidence: string): TemplateResult | typeof nothing {
  return confidence === 'INF' ? html` <span class="tag">(${view.t('guide.unverifiedTag')})</span>` : nothing;
}

/** One point of core's guide data with its notes and sub-points. */
export function pointItem(view: GuideView, point: GuidePoint): TemplateResult {
  return html`<li data-point=${point.id}>
    ${linkify(view.tc(point.text, point.params))}${unverifiedTag(view, point.provenance.confidence)}
    ${(point.notes ?? []).map((n) => html`<p class="note">${view.tc(n)}</p>`)}
    ${point.children && point.children.length > 0 ? pointList(view, point.children) : nothing}
  </li>`;
}

/** A bulleted list of points. */
export function pointList(view: GuideView, points: readonly GuidePoint[]): TemplateResult {
  return html`<ul class="points">
    ${points.map((p) => pointItem(view, p))}
  </ul>`;
}

/** A notice box; `kind` chooses the colour and the icon-free label style. */
export function notice(kind: 'info' | 'warning', content: unknown, title?: string): TemplateResult {
  return html`<div class="notice notice-${kind}">
    ${title ? html`<p class="notice-title">${title}</p>` : nothing}${content}
  </div>`;
}
