/**
 * <hochieu-guide>: the whole procedure "Cấp hộ chiếu phổ thông ở trong
 * nước", as the official procedure page (Công an tỉnh Lạng Sơn) and the
 * National Public Service Portal guide set it out, rendered from core's data
 * in Vietnamese or English, with a personal "Bạn cần chuẩn bị gì?"
 * questionnaire answered by core's `planApplication`. Sections are native
 * `<details>` (HTML Living Standard) with headings at a host-chosen level,
 * deep links (`#le-phi` …) open and scroll to a section on load and on
 * `hashchange`, and printing opens every section (print stylesheet).
 * To keep the first screen small and quick (issue 9), the first render holds
 * the questionnaire and the headings only: the closed sections' content
 * (section-content.ts, with core's reference texts) is a lazy module, loaded
 * and rendered when a section is first opened (a click, `openSection`, a
 * deep link), when the page is printed (`beforeprint`, with a
 * `matchMedia('print')` listener as a fallback: every section is rendered
 * before the print snapshot once the module is there), and, a few seconds
 * after the first render, in the background when the page is idle, so that
 * printing and the browser's find-in-page find everything.
 *
 * @summary The passport procedure guide, personalised.
 *
 * @dependency hochieu-date-input - The date-of-birth field (defined on connection if the page has not defined it).
 *
 * @attr lang - `vi` (default) or `en`; each instance keeps its own language.
 * @attr date - ISO date the fees and due dates are computed for (default: today in Vietnam).
 * @attr office - A bundled province configuration id (`lang-son`, default) or an office id to show first.
 * @attr heading-level - Level of the section headings (default 2).
 * @attr share-date-of-birth - Opt-in: include the date of birth in `hochieu-guide-answers`.
 *
 * @fires hochieu-guide-answers - The questionnaire answers changed (`GuideAnswersDetail`; no date of birth unless opted in).
 * @fires hochieu-export - A blank form download finished or failed (`ExportDetail`).
 *
 * @csspart button - The blank-form download buttons.
 * @csspart summary - The clickable summary line of each section.
 *
 * @cssproperty --hochieu-color-primary - Links, buttons and headings accents.
 * @cssproperty --hochieu-color-surface - Background of notices and the result.
 */
import {
  DATA_DATE,
  DEFAULT_PROVINCE,
  bundledProvinceConfigs,
  parseIsoDate,
  provinceConfig,
  vietnamDateOf,
  type ApplicationPlan,
  type FormId,
  type HostConfig,
  type MessageId,
  type ProvinceConfig,
} from '@hochieu/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../events.js';
import { dataIsOld } from '../../freshness/stale-gate.js';
import { focusStyles, linkStyles, visuallyHidden } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { HochieuDateInput } from '../date-input/date-input.js';
import { formatDate, hostOf } from './format.js';
import { guideStyles } from './hochieu-guide.styles.js';
import { planFor, shareableAnswers, type QuestionnaireAnswers, type SharedGuideAnswers } from './questionnaire.js';
import { questionsView, resultSummary, resultView, type AnswerKey } from './questionnaire-view.js';
import { heading, notice, type GuideView } from './render-helpers.js';
import { GUIDE_SECTIONS, sectionOfHash, type GuideSection, type GuideSectionId } from './sections.js';

const PRINT_QUERY = 'print';

/** The section open on first render; every other section's content is rendered from the lazy module. */
const FIRST_SECTION: GuideSectionId = 'chuan-bi';

/** Delay after the first render before the closed sections are rendered in the background (when idle). */
const BACKGROUND_RENDER_DELAY_MS = 2000;

type SectionContent = typeof import('./section-content.js');

/** The lazy module of the closed sections, once loaded (shared by every guide on the page). */
let sectionContent: SectionContent | null = null;
let sectionContentLoading: Promise<SectionContent> | null = null;

/** Loads the closed sections' module once; a failed load may be tried again. */
function loadSectionContent(): Promise<SectionContent> {
  sectionContentLoading ??= import('./section-content.js').then(
    (module) => {
      // The due date's calendar picture (questionnaire result) comes with this module.
      module.defineWorkingDaysCalendar();
      return (sectionContent = module);
    },
    (reason: unknown) => {
      sectionContentLoading = null;
      throw reason;
    },
  );
  return sectionContentLoading;
}

/** Runs `task` when the browser is idle (soon, where `requestIdleCallback` is missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 0);
}

export class HochieuGuide extends HochieuElement {
  static override styles = [HochieuElement.styles, visuallyHidden, focusStyles, linkStyles, guideStyles];

  /** Elements used inside the guide; defined on first connection when the page has not defined them. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {
    'hochieu-date-input': HochieuDateInput,
  };

  static override properties: PropertyDeclarations = {
    date: {},
    office: {},
    config: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    shareDateOfBirth: { type: Boolean, attribute: 'share-date-of-birth' },
    answersState: { state: true },
    downloadStatus: { state: true },
    downloadBusy: { state: true },
    shownSections: { state: true },
    sectionsFailed: { state: true },
  };

  /** ISO date the guide is for; empty or invalid means today in Vietnam. */
  declare date: string;

  /** Bundled province configuration id, or the id of an office to show first. */
  declare office: string;

  /** The full host configuration; its `province` overrides `office`. */
  declare config: HostConfig | undefined;

  /** Level of the section headings (1-5). */
  declare headingLevel: number;

  /** Opt-in: the `hochieu-guide-answers` event and `answers` include the date of birth. */
  declare shareDateOfBirth: boolean;

  private declare answersState: QuestionnaireAnswers;
  private declare downloadStatus: Partial<Record<FormId, string>>;
  private declare downloadBusy: FormId | null;
  /** Sections whose content is rendered (opened once, deep-linked, printed, or all after the background render). */
  private declare shownSections: ReadonlySet<GuideSectionId>;
  /** Whether the last load of the sections' module failed (a later opening tries again). */
  private declare sectionsFailed: boolean;
  private liveText = '';
  /** A section opened with scrolling before its content was loaded: scrolled to again once rendered (the page grew). */
  private scrollTarget: GuideSectionId | null = null;
  private backgroundTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super();
    this.date = '';
    this.office = '';
    this.config = undefined;
    this.headingLevel = 2;
    this.shareDateOfBirth = false;
    this.answersState = {};
    this.downloadStatus = {};
    this.downloadBusy = null;
    this.shownSections = new Set([FIRST_SECTION]);
    this.sectionsFailed = false;
  }

  /**
   * Loads the module of the closed sections (once per page), so that a later
   * print renders them at once. Resolves when it is loaded.
   */
  static preloadSections(): Promise<void> {
    return loadSectionContent().then(() => undefined);
  }

  private printMedia: MediaQueryList | null = null;
  private openBeforePrint: Map<HTMLDetailsElement, boolean> | null = null;
  private readonly onHashChange = (): void => this.openFromHash(true);
  private readonly onBeforePrint = (): void => this.openAllForPrint();
  private readonly onAfterPrint = (): void => this.restoreAfterPrint();
  private readonly onPrintMediaChange = (e: MediaQueryListEvent): void => (e.matches ? this.openAllForPrint() : this.restoreAfterPrint());

  /** The questionnaire answers, as a host may receive them (date of birth only when opted in). */
  get answers(): SharedGuideAnswers {
    return shareableAnswers(this.answersState, this.currentPlan(), this.shareDateOfBirth);
  }

  /** The date the guide is for (ISO). */
  get effectiveDate(): string {
    return this.date && parseIsoDate(this.date) ? this.date : vietnamDateOf(new Date());
  }

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(HochieuGuide.dependencies)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printMedia = window.matchMedia(PRINT_QUERY);
    this.printMedia.addEventListener('change', this.onPrintMediaChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printMedia?.removeEventListener('change', this.onPrintMediaChange);
    this.printMedia = null;
    if (this.backgroundTimer !== null) clearTimeout(this.backgroundTimer);
    this.backgroundTimer = null;
    super.disconnectedCallback();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.openFromHash(true);
    this.backgroundTimer = setTimeout(() => {
      this.backgroundTimer = null;
      whenIdle(() => {
        if (this.isConnected) void this.renderAllSections().catch(() => undefined);
      });
    }, BACKGROUND_RENDER_DELAY_MS);
  }

  /**
   * Renders the content of every section, open or not (loading the sections'
   * module if needed); resolves once it is on the page. Printing and the
   * background render use it; a host may too (e.g. before its own export).
   */
  async renderAllSections(): Promise<void> {
    this.showSections(GUIDE_SECTIONS.map((s) => s.id));
    await loadSectionContent();
    await this.updateComplete;
  }

  /** Marks sections as shown and loads the module their content needs (rendering when it arrives). */
  private showSections(ids: readonly GuideSectionId[]): void {
    // The first section is rendered from the first screen's own modules.
    const needed = ids.filter((id) => id !== FIRST_SECTION);
    if (needed.length === 0) return;
    const missing = needed.filter((id) => !this.shownSections.has(id));
    if (missing.length > 0) this.shownSections = new Set([...this.shownSections, ...missing]);
    if (sectionContent) return;
    this.sectionsFailed = false;
    loadSectionContent().then(
      async () => {
        this.requestUpdate();
        await this.updateComplete;
        this.scrollToTarget();
      },
      (reason: unknown) => {
        console.error('hochieu-guide: could not load the guide sections', reason);
        this.sectionsFailed = true;
      },
    );
  }

  private scrollToTarget(): void {
    const target = this.scrollTarget;
    this.scrollTarget = null;
    if (target) this.renderRoot.querySelector<HTMLDetailsElement>(`details#${target}`)?.scrollIntoView({ block: 'start' });
  }

  private onToggle(event: Event, id: GuideSectionId): void {
    if ((event.currentTarget as HTMLDetailsElement).open) this.showSections([id]);
  }

  /** Opens a section by its slug (rendering its content) and scrolls it into view; returns false for an unknown slug. */
  openSection(id: string, scroll = true): boolean {
    const slug = sectionOfHash(id);
    if (!slug) return false;
    const details = this.renderRoot.querySelector<HTMLDetailsElement>(`details#${slug}`);
    if (!details) return false;
    const rendered = slug === FIRST_SECTION || (this.shownSections.has(slug) && sectionContent !== null);
    details.open = true;
    this.showSections([slug]);
    if (scroll && !rendered) {
      // Scroll again once the content is on the page (the page may be too short to scroll there before).
      this.scrollTarget = slug;
      if (sectionContent) void this.updateComplete.then(() => this.scrollToTarget());
    }
    if (scroll) {
      details.scrollIntoView({ block: 'start' });
      details.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
    }
    return true;
  }

  private openFromHash(scroll: boolean): void {
    if (location.hash) this.openSection(location.hash, scroll);
  }

  private allDetails(): HTMLDetailsElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLDetailsElement>('details'));
  }

  /**
   * Before printing: every section open and rendered. When the sections'
   * module is loaded (the usual case: the background render loads it soon
   * after the first render), the content is rendered synchronously here, so
   * the print snapshot taken right after `beforeprint` has all of it;
   * otherwise it is loaded and rendered as soon as it arrives.
   */
  private openAllForPrint(): void {
    if (this.openBeforePrint) return;
    this.openBeforePrint = new Map(this.allDetails().map((d) => [d, d.open]));
    for (const d of this.allDetails()) d.open = true;
    this.showSections(GUIDE_SECTIONS.map((s) => s.id));
    if (sectionContent && this.isUpdatePending) this.performUpdate();
  }

  private restoreAfterPrint(): void {
    if (!this.openBeforePrint) return;
    for (const [d, open] of this.openBeforePrint) d.open = open;
    this.openBeforePrint = null;
  }

  private provinceConfigToShow(): ProvinceConfig {
    if (this.config?.province) return this.config.province;
    const byId = this.office ? provinceConfig(this.office) : undefined;
    if (byId) return byId;
    const byOffice = this.office ? Object.values(bundledProvinceConfigs).find((p) => p.offices.some((o) => o.id === this.office)) : undefined;
    return byOffice ?? provinceConfig(DEFAULT_PROVINCE)!;
  }

  private hostConfig(): HostConfig {
    return { ...(this.config ?? {}), province: this.provinceConfigToShow() };
  }

  private currentPlan(): ApplicationPlan {
    return planFor(this.answersState, this.effectiveDate, this.hostConfig());
  }

  private view(): GuideView {
    const locale = this.locale;
    const province = this.provinceConfigToShow();
    const level = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(1, this.headingLevel)) : 2;
    return {
      locale,
      t: (id, ...args) => this.l10n.t(id, ...args),
      tc: (id: MessageId, params?: Readonly<Record<string, string | number>>) => this.l10n.tCore(id, params),
      date: this.effectiveDate,
      config: this.hostConfig(),
      province,
      office: province.offices.some((o) => o.id === this.office) ? this.office : null,
      provinceName: sectionContent ? sectionContent.provinceName(province, locale) : null,
      level,
    };
  }

  private changeAnswer(key: AnswerKey, value: QuestionnaireAnswers[AnswerKey]): void {
    const next: QuestionnaireAnswers = { ...this.answersState };
    if (value === undefined) delete next[key];
    else (next as Record<AnswerKey, unknown>)[key] = value;
    this.answersState = next;
    // The result now shows the province's name, which comes with the sections' module.
    if (!sectionContent) void loadSectionContent().then(() => this.requestUpdate(), () => undefined);
    const plan = this.currentPlan();
    emit(this, 'hochieu-guide-answers', { answers: shareableAnswers(next, plan, this.shareDateOfBirth) });
  }

  private async download(form: FormId): Promise<void> {
    if (this.downloadBusy) return;
    const view = this.view();
    this.downloadBusy = form;
    this.downloadStatus = { ...this.downloadStatus, [form]: view.t('guide.forms.loading') };
    // The button is in a section rendered from the sections' module, so it is loaded.
    const { buildBlankForm, saveBytes } = await loadSectionContent();
    // Only the pin matters to the blank form (it picks the version; the rest of the configuration is the province's).
    const pinned = view.config.pinnedFormVersion;
    const result = await buildBlankForm(form, view.date, pinned ? { pinnedFormVersion: pinned } : {});
    this.downloadBusy = null;
    const after = this.view();
    if (result.ok) {
      saveBytes(result.bytes, result.fileName);
      this.downloadStatus = { ...this.downloadStatus, [form]: after.t('guide.forms.done', { file: result.fileName }) };
      emit(this, 'hochieu-export', { kind: 'pdf', ok: true });
    } else {
      this.downloadStatus = { ...this.downloadStatus, [form]: after.t('guide.forms.failed') };
      if (result.error) console.error('hochieu-guide: blank form', result.error);
      emit(this, 'hochieu-export', { kind: 'pdf', ok: false, reason: `guide.forms.${result.reason}` });
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The live summary follows the answers and the language; computed before render so it is announced once.
    const view = this.view();
    this.liveText = resultSummary(view, this.answersState, this.currentPlan());
  }

  private sectionTitle(view: GuideView, section: GuideSection): string {
    return 'core' in section.title ? view.tc(section.title.core) : view.t(section.title.guide);
  }

  private sectionBody(view: GuideView, id: GuideSectionId, plan: ApplicationPlan): TemplateResult | typeof nothing {
    if (id === FIRST_SECTION) {
      return html`${questionsView(view, this.answersState, plan, { change: (k, v) => this.changeAnswer(k, v) })}
        ${resultView(view, this.answersState, plan)}`;
    }
    if (!this.shownSections.has(id)) return nothing;
    const content = sectionContent;
    if (!content) {
      return this.sectionsFailed
        ? html`<p class="status" role="alert" data-section-load="failed">${view.t('guide.sections.failed')}</p>`
        : html`<p class="status" role="status" data-section-load="loading">${view.t('guide.sections.loading')}</p>`;
    }
    const {
      channelsContent,
      conditionsContent,
      documentsContent,
      feesContent,
      formsContent,
      legalContent,
      officesContent,
      portalGuideContent,
      processingContent,
      stepsContent,
    } = content;
    switch (id) {
      case 'chuan-bi':
        return nothing; // FIRST_SECTION, rendered above
      case 'trinh-tu':
        return stepsContent(view);
      case 'cach-thuc':
        return channelsContent(view);
      case 'co-quan':
        return officesContent(view);
      case 'thanh-phan-ho-so':
        return documentsContent(view);
      case 'thoi-han':
        return processingContent(view);
      case 'le-phi':
        return feesContent(view);
      case 'bieu-mau':
        return formsContent(view, { status: this.downloadStatus, busy: this.downloadBusy, onClick: (f) => void this.download(f) });
      case 'dieu-kien':
        return conditionsContent(view);
      case 'nop-truc-tuyen':
        return portalGuideContent(view);
      case 'can-cu-phap-ly':
        return legalContent(view);
    }
  }

  private onTocClick(e: MouseEvent, id: GuideSectionId): void {
    // A second click on the same link does not change the hash: open the section directly.
    if (location.hash === `#${id}`) {
      e.preventDefault();
      this.openSection(id);
    }
  }

  private trustNotice(view: GuideView): TemplateResult {
    const national = view.tc('procedure.portal.national');
    const ministry = view.tc('procedure.portal.ministry');
    return notice(
      'info',
      html`<p>${view.t('guide.trust.local')}</p>
        <p>
          ${view.t('guide.trust.portals', {
            national,
            ministry,
            nationalHost: hostOf('https://dichvucong.gov.vn'),
            ministryHost: hostOf('https://dichvucong.bocongan.gov.vn'),
          })}
        </p>
        <p><strong>${view.t('guide.trust.scam')}</strong></p>`,
      view.t('guide.trust.title'),
    );
  }

  protected override render(): TemplateResult {
    const view = this.view();
    const plan = this.currentPlan();
    return html`<div class="root" lang=${view.locale} role="region" aria-label=${view.t('guide.label')}>
      <p class="intro">${view.t('guide.intro')}</p>
      <p class="date-note">${view.t('guide.dateNote', { date: formatDate(view.date, view.locale) })}</p>
      <div class="trust" data-notice="trust">${this.trustNotice(view)}</div>
      <nav class="toc" aria-labelledby="toc-title">
        <p class="toc-title" id="toc-title">${view.t('guide.toc')}</p>
        <ol>
          ${GUIDE_SECTIONS.map(
            (s) => html`<li><a href=${`#${s.id}`} @click=${(e: MouseEvent) => this.onTocClick(e, s.id)}>${this.sectionTitle(view, s)}</a></li>`,
          )}
        </ol>
      </nav>
      ${GUIDE_SECTIONS.map(
        (s) => html`<details
          id=${s.id}
          class="section"
          data-section=${s.id}
          ?open=${s.id === FIRST_SECTION}
          @toggle=${(e: Event) => this.onToggle(e, s.id)}
        >
          <summary part="summary">${heading(view, 0, this.sectionTitle(view, s))}</summary>
          <div class="section-body">${this.sectionBody(view, s.id, plan)}</div>
        </details>`,
      )}
      <p class="date-note data-date" data-freshness>
        ${view.t(dataIsOld(view.date) ? 'guide.dataDate.old' : 'guide.dataDate', { date: formatDate(DATA_DATE, view.locale) })}
      </p>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live>${this.liveText || nothing}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-guide': HochieuGuide;
  }
}
