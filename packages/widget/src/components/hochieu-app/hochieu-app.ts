/**
 * `<hochieu-app>`: the whole service in one element for a provincial police
 * website: the procedure guide with its "Bạn cần chuẩn bị gì?" questionnaire
 * (`<hochieu-guide>`) and the declaration form with review and export
 * (`<hochieu-form>`), under two tabs, "Hướng dẫn" and "Khai tờ khai". The tabs
 * follow the WAI-ARIA Authoring Practices "Tabs" pattern (tablist, tab,
 * tabpanel; one tab in the Tab order; Left/Right/Home/End move and select).
 * The questionnaire answers become the form's initial declaration (filling
 * only what the citizen has not typed). The host configures it with
 * attributes (`lang`, `office`, `date`, `theme`), the `config` property, or a
 * child `<script type="application/json">` (config/host-config.ts; the child
 * is never rendered, the element has no slot). The form and its fields are
 * loaded with `import()` only when its tab is first opened (unless the page
 * has already defined `<hochieu-form>`), so the first screen downloads only
 * the guide (issue 9, initial-load budget); while it loads the panel says so
 * in a live region, and a failed load offers to try again. A bad
 * configuration is shown to the webmaster in a notice inside the element and
 * in the console, and the defaults stay in force. The configuration check
 * (config/host-config.ts with core's `checkHostConfig`) is loaded only when a
 * configuration is given; the first render waits for it then, so the page
 * never shows the defaults before its own configuration. The guide's answers
 * event is re-sent from this element without the date of birth (unless the
 * host opts in), so no personal data reaches the page by default.
 *
 * @summary The passport guide and declaration form in one element.
 *
 * @dependency hochieu-guide - The procedure guide and questionnaire.
 * @dependency hochieu-form - The declaration form, review and export.
 *
 * @attr lang - `vi` (default) or `en`; each instance keeps its own language.
 * @attr office - A bundled province id (`lang-son`, default; `ho-chi-minh`, `phu-tho`) or the id of an office of the configured province, shown first and preselected.
 * @attr heading-level - Level of the app's heading "Cấp hộ chiếu phổ thông ở trong nước" (default 2, under the page's h1); the guide's section headings are one level below.
 * @attr date - ISO date used as today for fees, due dates and the form version (default: today in Vietnam).
 * @attr theme - A theme preset: `contrast` (black on white, thicker borders). Custom properties set by the page win over the preset.
 * @attr view - The open tab: `guide` (default) or `form`. Reflected.
 * @attr share-date-of-birth - Opt-in: the `hochieu-guide-answers` event sent by this element includes the date of birth.
 * @attr draft-key - Passed to the form: name of the draft on this device (default `default`).
 * @attr no-drafts - Passed to the form: keep nothing on the device (kiosks, shared computers).
 *
 *
 * @fires hochieu-guide-answers - The questionnaire answers changed (`GuideAnswersDetail`; no date of birth unless opted in).
 * @fires hochieu-step-change - From the form: it moved to another step.
 * @fires hochieu-validation - From the form: a step was checked (message ids only).
 * @fires hochieu-export - From the guide or the form: a document was made or failed.
 * @fires hochieu-draft - From the form: something happened to the private draft.
 *
 * @csspart title - The app's heading.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab panel.
 * @csspart button - Buttons of the app, and (exported) those of the guide and form.
 * @csspart summary - (Exported from the guide) the summary line of each guide section.
 * @csspart notice - The configuration notice for the webmaster.
 *
 * @cssproperty --hochieu-color-text - Text colour (default #0b0c0c).
 * @cssproperty --hochieu-color-text-secondary - Hints and secondary text (default #484949).
 * @cssproperty --hochieu-color-background - Background (default #ffffff).
 * @cssproperty --hochieu-color-surface - Notices, secondary buttons (default #f3f2f1).
 * @cssproperty --hochieu-color-border - Borders of inputs and tabs (default #0b0c0c).
 * @cssproperty --hochieu-color-primary - Buttons, links, the current tab (default #1d4f91).
 * @cssproperty --hochieu-color-on-primary - Text on primary buttons (default #ffffff).
 * @cssproperty --hochieu-color-error - Errors and the configuration notice (default #b3261e).
 * @cssproperty --hochieu-color-warning - Warnings (default #6b3d00).
 * @cssproperty --hochieu-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --hochieu-color-focus-text - Dark edge of the focus indicator (default #0b0c0c).
 * @cssproperty --hochieu-font-family - Font family (default: the system UI font).
 * @cssproperty --hochieu-font-size - Base font size (default medium: the reader's browser size, not the page's root size).
 * @cssproperty --hochieu-line-height - Line height (default 1.5).
 * @cssproperty --hochieu-radius - Corner radius (default 4px).
 * @cssproperty --hochieu-space - Base spacing (default: the base font size).
 * @cssproperty --hochieu-border-width - Border width of inputs and buttons (default 2px).
 * @cssproperty --hochieu-duration - Transition duration (default 150ms; 0 with reduced motion).
 */
import {
  bundledProvinceConfigs,
  provinceConfig,
  type DeclarationDraft,
  type HostConfig,
  type HostConfigExtras,
  type MessageId,
  type ProvinceConfig,
  type StaleFact,
} from '@hochieu/core';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ConfigMessageId } from '../../config/host-config.js';
import {
  configGiven,
  readConfigScript,
  type ConfigProblem,
  type HostConfigInput,
  type ResolvedConfig,
  type ScriptConfig,
} from '../../config/read-config.js';
import { emit, type GuideAnswers, type HochieuEvent } from '../../events.js';
import { staleCheckFor, widgetDate } from '../../freshness/stale-gate.js';
import { formatDate } from '../hochieu-guide/format.js';
import { focusStyles, linkStyles, visuallyHidden } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import type { HochieuForm } from '../hochieu-form/hochieu-form.js';
import { HochieuGuide } from '../hochieu-guide/hochieu-guide.js';

const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`];
import { sectionOfHash } from '../hochieu-guide/sections.js';
import { declarationFromAnswers, mergeDrafts, shareable } from './answers.js';
import { appStyles } from './hochieu-app.styles.js';

/** The two parts of the app. */
export type AppView = 'guide' | 'form';
const VIEWS: readonly AppView[] = ['guide', 'form'];

/** Where the form element stands in the app: not needed yet, being fetched, defined, or not fetched (offline). */
type FormLoad = 'idle' | 'loading' | 'ready' | 'failed';

/** Loads the form element (its lazy chunk in the embed bundle) and defines `hochieu-form` unless the page did. */
async function defineFormElement(): Promise<void> {
  if (customElements.get('hochieu-form')) return;
  const { HochieuForm: element } = await import('../hochieu-form/hochieu-form.js');
  if (!customElements.get('hochieu-form')) customElements.define('hochieu-form', element);
}

type ConfigCheck = typeof import('../../config/host-config.js');

/** The configuration check, once loaded (shared by every app on the page). */
let configCheck: ConfigCheck | null = null;
let configCheckLoading: Promise<ConfigCheck> | null = null;
/** Set when a load failed: renders stop waiting for the check (a later change of configuration tries again). */
let configCheckFailed = false;

/** Loads the configuration check once; a failed load may be tried again. */
function loadConfigCheck(): Promise<ConfigCheck> {
  configCheckLoading ??= import('../../config/host-config.js').then(
    (module) => (configCheck = module),
    (reason: unknown) => {
      configCheckLoading = null;
      throw reason;
    },
  );
  return configCheckLoading;
}

const NO_CONFIG: ResolvedConfig = { config: {}, problems: [], given: false };

/** Name of the performance mark set when an app and its guide have first rendered. */
export const FIRST_RENDER_MARK = 'hochieu-app:rendered';

/** A hash that opens the form tab (`#khai-to-khai`); a guide section's hash opens the guide. */
export const FORM_HASH = 'khai-to-khai';

export class HochieuApp extends HochieuElement {
  static override styles = [HochieuElement.styles, visuallyHidden, focusStyles, linkStyles, appStyles];

  /**
   * Elements used inside the app; defined on first connection when the page
   * has not defined them. `hochieu-form` is not among them: it is loaded and
   * defined when the form tab is first opened.
   */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {
    'hochieu-guide': HochieuGuide,
  };

  static override properties: PropertyDeclarations = {
    office: {},
    date: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    view: { reflect: true },
    shareDateOfBirth: { type: Boolean, attribute: 'share-date-of-birth' },
    draftKey: { attribute: 'draft-key' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    config: { attribute: false },
    declaration: { attribute: false },
    script: { state: true },
    answersState: { state: true },
    formOpened: { state: true },
    formLoad: { state: true },
    staleFacts: { state: true },
    savedDraftAt: { state: true },
  };

  /** Bundled province id, or the id of an office of the configured province. */
  declare office: string;

  /** Today (ISO); empty or invalid means today in Vietnam. */
  declare date: string;

  /** Level of the app's own heading (1-5, default 2); the guide's section headings are one level below. */
  declare headingLevel: number;

  /** Theme preset (`contrast`), or empty. */
  declare theme: string;

  /** The open tab. */
  declare view: AppView;

  /** Opt-in: the answers event includes the date of birth. */
  declare shareDateOfBirth: boolean;

  /** Passed to the form: name of the draft on this device. */
  declare draftKey: string;

  /** Passed to the form: keep nothing on the device (kiosks, shared computers). */
  declare noDrafts: boolean;

  /**
   * The host configuration (the JSON format of the README, or a `HostConfig`).
   * Merged over the script child's configuration, key by key; checked like it.
   */
  declare config: HostConfigInput | HostConfig | undefined;

  /** Initial data for the form (e.g. a sample applicant); wins over the guide's answers. */
  declare declaration: DeclarationDraft | undefined;

  private declare script: ScriptConfig;
  private declare answersState: GuideAnswers;
  private declare formOpened: boolean;
  private declare formLoad: FormLoad;
  /** When a draft is waiting on this device (found on the guide tab after a reload): its save time, until the form tab is opened. */
  private declare savedDraftAt: string | null;
  /** Bundled facts stale on the app's date (freshness/stale-gate.ts); shown to the webmaster. */
  private declare staleFacts: readonly StaleFact[];
  private formLoading: Promise<void> = Promise.resolve();

  /** The form's initial declaration, recomputed only when its inputs change (so the form sees a change only then). */
  private initialDeclaration: DeclarationDraft = {};
  private resolved: ResolvedConfig = NO_CONFIG;
  private lastLogged = '';
  private scriptObserver: MutationObserver | null = null;
  private focusPanelAfterUpdate = false;
  private readonly onHashChange = (): void => this.viewFromHash();

  constructor() {
    super();
    this.office = '';
    this.date = '';
    this.headingLevel = 2;
    this.theme = '';
    this.view = 'guide';
    this.shareDateOfBirth = false;
    this.draftKey = '';
    this.noDrafts = false;
    this.config = undefined;
    this.declaration = undefined;
    this.script = null;
    this.answersState = {};
    this.formOpened = false;
    this.formLoad = 'idle';
    this.savedDraftAt = null;
    this.staleFacts = [];
  }

  /** The configuration in force (the host's when valid, else the defaults `{}`), with the province chosen by `office`. */
  get effectiveConfig(): HostConfig & HostConfigExtras {
    const config = this.resolved.config;
    if (config.province) return config;
    const province = this.provinceOfOffice();
    return province ? { ...config, province } : config;
  }

  /** The problems of the host configuration; empty when it applies (or none was given). */
  get configProblems(): readonly ConfigProblem[] {
    return this.resolved.problems;
  }

  /** The latest questionnaire answers, as a host may receive them (no date of birth unless opted in). */
  get answers(): GuideAnswers {
    return shareable(this.answersState, this.shareDateOfBirth);
  }

  /** The inner guide element. */
  get guide(): HochieuGuide | null {
    return this.renderRoot.querySelector('hochieu-guide');
  }

  /** The inner form element (present once the form tab has been opened). */
  get form(): HochieuForm | null {
    return this.renderRoot.querySelector('hochieu-form');
  }

  /** Opens a tab; with `focus`, moves focus to its panel (as after "Tiếp tục"). Opening the form waits until it is loaded. */
  async show(view: AppView, focus = false): Promise<void> {
    this.view = view;
    this.focusPanelAfterUpdate = focus;
    await this.updateComplete;
    if (view === 'form') {
      await this.formLoading;
      await this.updateComplete;
    }
  }

  /** Starts loading the form element once; a page that already defined it gets it at once. */
  private loadForm(): void {
    if (this.formLoad === 'loading' || this.formLoad === 'ready') return;
    if (customElements.get('hochieu-form')) {
      this.formLoad = 'ready';
      return;
    }
    this.formLoad = 'loading';
    this.formLoading = defineFormElement().then(
      () => {
        this.formLoad = 'ready';
      },
      (reason: unknown) => {
        console.error('hochieu: could not load the form', reason);
        this.formLoad = 'failed';
      },
    );
  }

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(HochieuApp.dependencies)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
    super.connectedCallback();
    this.script = readConfigScript(this);
    this.scriptObserver = new MutationObserver(() => {
      this.script = readConfigScript(this);
    });
    this.scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
    window.addEventListener('hashchange', this.onHashChange);
    this.viewFromHash();
  }

  override disconnectedCallback(): void {
    this.scriptObserver?.disconnect();
    this.scriptObserver = null;
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private viewFromHash(): void {
    const hash = location.hash;
    if (hash === `#${FORM_HASH}`) this.view = 'form';
    else if (hash && sectionOfHash(hash)) this.view = 'guide';
  }

  private provinceOfOffice(): ProvinceConfig | undefined {
    if (!this.office) return undefined;
    return (
      provinceConfig(this.office) ??
      Object.values(bundledProvinceConfigs).find((p) => p.offices.some((o) => o.id === this.office))
    );
  }

  /** The office to preselect: `office` when it names an office of the province in force. */
  private officeId(): string | undefined {
    const province = this.effectiveConfig.province;
    return province?.offices.some((o) => o.id === this.office) ? this.office : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!VIEWS.includes(this.view)) this.view = 'guide';
    if (this.view === 'form') {
      // The form makes its own offer to continue (or start again) once open.
      this.savedDraftAt = null;
      this.formOpened = true;
      this.loadForm();
    }
    if (changed.has('config') || changed.has('script') || !this.hasUpdated) {
      this.resolved = this.resolveConfiguration();
      this.reportProblems();
    }
    this.checkStaleData();
    if (changed.has('answersState') || changed.has('declaration') || changed.has('office') || changed.has('config') || changed.has('script') || !this.hasUpdated) {
      this.initialDeclaration = this.formDeclaration();
    }
  }

  /**
   * Waits, before rendering, for the configuration check when a
   * configuration is given and the check is not loaded yet (first render, or
   * a configuration given later): the page never renders with the defaults
   * in place of its configuration. A failed load keeps the defaults.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!configCheck && !configCheckFailed && configGiven(this.script, this.config)) {
      await loadConfigCheck().catch((reason: unknown) => {
        configCheckFailed = true;
        console.error('hochieu: could not load the configuration check', reason);
      });
    }
    await super.scheduleUpdate();
  }

  /** The configuration in force: none given, or the check's result (the last one while the check loads). */
  private resolveConfiguration(): ResolvedConfig {
    if (!configGiven(this.script, this.config)) return NO_CONFIG;
    if (configCheck) return configCheck.resolveConfig(this.script, this.config);
    void loadConfigCheck().then(
      () => {
        configCheckFailed = false;
        this.requestUpdate('config', this.config);
      },
      () => undefined,
    );
    return this.resolved;
  }

  /** The facts stale on the app's date under its configuration; warns once in the console (the check loads only when needed). */
  private checkStaleData(): void {
    const date = widgetDate(this.date);
    const check = staleCheckFor(date, () => this.requestUpdate());
    const stale = check ? check.staleFor(date, this.resolved.config) : [];
    if (check) check.warnStale('<hochieu-app>', stale, date, (id, params) => this.l10n.t(id, params as never));
    if (stale.length !== this.staleFacts.length || stale.some((s, i) => s.fact.id !== this.staleFacts[i]?.fact.id)) this.staleFacts = stale;
  }

  private describe(problem: ConfigProblem): string {
    if (!configCheck) return problem.id;
    return configCheck.describeProblem(
      problem,
      (id: ConfigMessageId, params?: Record<string, string>) =>
        (this.l10n.t as (id: ConfigMessageId, params?: Record<string, string>) => string)(id, params),
      (id: MessageId, params?: Record<string, string | number>) => this.l10n.tCore(id, params),
    );
  }

  private reportProblems(): void {
    const problems = this.resolved.problems;
    const key = JSON.stringify(problems);
    if (key === this.lastLogged) return;
    this.lastLogged = key;
    if (problems.length === 0 || !configCheck) return;
    configCheck.logConfigProblems(
      '<hochieu-app>',
      problems,
      (p) => this.describe(p),
      this.l10n.t('config.notice.console'),
      this.l10n.t('config.notice.root'),
    );
  }

  /**
   * Marks the first complete render (the app and its guide) on the page's
   * performance timeline as `hochieu-app:rendered`, so `pnpm bench` (and a
   * host's own monitoring) can time the first screen without polling.
   */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    void this.lookForDraft();
    const guide = this.guide;
    void (guide ? guide.updateComplete : Promise.resolve(true)).then(() => {
      if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(FIRST_RENDER_MARK);
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusPanelAfterUpdate) {
      this.focusPanelAfterUpdate = false;
      const panel = this.renderRoot.querySelector<HTMLElement>(`#panel-${this.view}`);
      panel?.focus({ preventScroll: true });
      panel?.scrollIntoView({ block: 'start' });
    }
  }

  private onAnswers(event: HochieuEvent<'hochieu-guide-answers'>): void {
    // The inner guide shares the date of birth with the app only; the page gets the filtered answers.
    event.stopPropagation();
    this.answersState = event.detail.answers;
    emit(this, 'hochieu-guide-answers', { answers: this.answers });
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const index = VIEWS.indexOf(this.view);
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % VIEWS.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + VIEWS.length) % VIEWS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const view = VIEWS[next] ?? 'guide';
    this.view = view;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  private formDeclaration(): DeclarationDraft {
    return mergeDrafts(declarationFromAnswers(this.answersState, this.officeId()), this.declaration);
  }

  /**
   * After a reload the page opens on the guide: a draft kept on this device is offered there, where the
   * citizen lands, not only in the form tab (issue 13). The store is loaded lazily (the form's chunk
   * shares it) and only read: the form still decides about expired or unreadable drafts.
   */
  private async lookForDraft(): Promise<void> {
    if (this.noDrafts || this.view !== 'guide') return;
    try {
      const { DraftStore } = await import('../../drafts/draft-store.js');
      const record = await new DraftStore(this.draftKey || 'default').peek();
      if (record && this.view === 'guide' && !this.formOpened) this.savedDraftAt = record.savedAt;
    } catch {
      // Storage blocked: nothing to offer.
    }
  }

  private draftOffer(): TemplateResult | typeof nothing {
    if (!this.savedDraftAt || this.formOpened) return nothing;
    const date = new Date(this.savedDraftAt);
    const time = Number.isNaN(date.getTime())
      ? this.savedDraftAt
      : new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(date);
    return html`<div class="draft-offer" part="notice" data-draft-offer>
      <p>${this.l10n.t('app.draft.text', { time })}</p>
      <button type="button" class="button" part="button" data-action="continue-draft" @click=${() => void this.show('form', true)}>
        ${this.l10n.t('app.draft.continue')}
      </button>
    </div>`;
  }

  private notice(): TemplateResult | typeof nothing {
    const problems = this.resolved.problems;
    if (problems.length === 0) return nothing;
    const root = this.l10n.t('config.notice.root');
    return html`<div class="config-notice" part="notice" data-notice="config" role="status">
      <p class="title">${this.l10n.t('config.notice.title')}</p>
      <p>${this.l10n.t('config.notice.body')}</p>
      <ul>
        ${problems.map(
          (p) => html`<li data-path=${p.path}><code>${p.path === '' ? root : p.path}</code>: ${this.describe(p)}</li>`,
        )}
      </ul>
    </div>`;
  }

  private tab(view: AppView, label: string): TemplateResult {
    const selected = this.view === view;
    return html`<button
      type="button"
      role="tab"
      part="tab"
      id=${`tab-${view}`}
      aria-controls=${`panel-${view}`}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? 0 : -1}
      @click=${() => void this.show(view)}
      @keydown=${(e: KeyboardEvent) => this.onTabKeydown(e)}
    >
      ${label}
    </button>`;
  }

  protected override render(): TemplateResult {
    const t = this.l10n;
    const config = this.effectiveConfig;
    const office = this.office;
    const level = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(1, this.headingLevel)) : 2;
    const tag = HEADING_TAGS[level - 1]!;
    return html`<div class="root" lang=${this.locale} role="region" aria-labelledby="app-title">
      ${staticHtml`<${tag} class="app-title" id="app-title" part="title">${t.t('app.label')}</${tag}>`}
      ${this.notice()}
      ${this.staleFacts.length
        ? staleCheckFor(widgetDate(this.date), () => undefined)?.staleNotice(this.staleFacts, widgetDate(this.date), this.locale, (id, params) => this.l10n.t(id, params as never), (d) => formatDate(d, this.locale))
        : nothing}
      <div class="tabs" role="tablist" part="tabs" aria-label=${t.t('app.tabs')}>
        ${this.tab('guide', t.t('app.tab.guide'))} ${this.tab('form', t.t('app.tab.form'))}
      </div>
      <div id="panel-guide" role="tabpanel" part="panel" aria-labelledby="tab-guide" tabindex="-1" ?hidden=${this.view !== 'guide'}>
        ${this.draftOffer()}
        <hochieu-guide
          exportparts="button, summary"
          heading-level=${level + 1}
          share-date-of-birth
          date=${this.date || nothing}
          office=${office || nothing}
          .config=${config}
          @hochieu-guide-answers=${(e: HochieuEvent<'hochieu-guide-answers'>) => this.onAnswers(e)}
        ></hochieu-guide>
        <div class="next">
          <p>${t.t('app.toForm.hint')}</p>
          <button type="button" class="button" part="button" data-action="to-form" @click=${() => void this.show('form', true)}>
            ${t.t('app.toForm')}
          </button>
        </div>
      </div>
      <div id="panel-form" role="tabpanel" part="panel" aria-labelledby="tab-form" tabindex="-1" ?hidden=${this.view !== 'form'}>
        ${this.formPanel(config)}
        <p class="privacy">${t.t('app.privacy')}</p>
      </div>
    </div>`;
  }

  /** The form panel's content: the form once loaded, else the loading status or the retry button. */
  private formPanel(config: HostConfig & HostConfigExtras): TemplateResult | typeof nothing {
    if (!this.formOpened) return nothing;
    const t = this.l10n;
    if (this.formLoad === 'loading') return html`<p class="form-status" role="status" data-form-load="loading">${t.t('app.form.loading')}</p>`;
    if (this.formLoad === 'failed') {
      return html`<div class="form-status" role="alert" data-form-load="failed">
        <p>${t.t('app.form.failed')}</p>
        <button type="button" class="button secondary" part="button" data-action="retry-form" @click=${() => this.retryForm()}>
          ${t.t('app.form.retry')}
        </button>
      </div>`;
    }
    return html`<hochieu-form
      exportparts="button"
      date=${this.date || nothing}
      draft-key=${this.draftKey || nothing}
      ?no-drafts=${this.noDrafts}
      .config=${config}
      .declaration=${this.initialDeclaration}
    ></hochieu-form>`;
  }

  private retryForm(): void {
    this.formLoad = 'idle';
    this.focusPanelAfterUpdate = true;
    this.loadForm();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-app': HochieuApp;
  }
}
