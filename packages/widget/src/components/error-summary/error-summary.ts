/**
 * `<hochieu-error-summary>`: the GOV.UK Design System "error summary". When
 * the citizen presses "Tiếp tục" with errors, the form shows this box at the
 * top of the step: the heading "Có lỗi cần sửa" and one link per error, with
 * the same words as the message at the field. The box takes keyboard focus
 * when it appears, so screen readers read it at once (focus is enough, no
 * `role="alert"`, which would read it twice). Each link names a field by its
 * `id`; activating it moves focus into that field's first input (through the
 * field's `delegatesFocus`) and scrolls its label into view.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { focusStyles, linkStyles } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One entry of the summary: the field's element id and the message. */
export interface ErrorSummaryItem {
  /** The `id` of the field element, in the same root as the summary (or the document). */
  readonly target: string;
  /** The message, already in the reader's language (the same words as at the field). */
  readonly text: string;
}

/**
 * @summary The list of errors at the top of a step, focused when shown, linking to each field.
 *
 * @csspart summary - The box.
 * @csspart heading - The heading.
 * @csspart list - The list of links.
 * @csspart link - Each link.
 *
 * @cssproperty --hochieu-color-error - Border colour.
 * @cssproperty --hochieu-color-primary - Link colour.
 * @cssproperty --hochieu-color-focus - Focus highlight colour.
 */
export class HochieuErrorSummary extends HochieuElement {
  static override styles = [HochieuElement.styles, focusStyles, linkStyles, errorSummaryStyles];

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    heading: {},
    noAutofocus: { type: Boolean, attribute: 'no-autofocus' },
  };

  /** The errors; the summary is hidden while this is empty. */
  declare items: readonly ErrorSummaryItem[];

  /** Replaces the default heading ("Có lỗi cần sửa" / "There is a problem"). */
  declare heading: string;

  /** Set to false to keep focus where it is when the summary appears. */
  declare noAutofocus: boolean;

  constructor() {
    super();
    this.items = [];
    this.heading = '';
    this.noAutofocus = false;
  }

  private get box(): HTMLElement | null {
    return this.renderRoot.querySelector('.summary');
  }

  /** Moves focus to the summary itself (as when it appears). */
  override focus(options?: FocusOptions): void {
    this.box?.focus(options);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const before = changed.get('items') as readonly ErrorSummaryItem[] | undefined;
    if (changed.has('items') && this.items.length > 0 && !before?.length && !this.noAutofocus) this.focus();
  }

  private findTarget(id: string): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById(id) ?? document.getElementById(id);
  }

  private activate(event: Event, id: string): void {
    const target = this.findTarget(id);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    return html`<section class="root summary" part="summary" tabindex="-1" aria-labelledby="heading" lang=${this.locale}>
      <h2 id="heading" part="heading" class="heading">${this.heading || this.l10n.t('errorSummary.heading')}</h2>
      <ul part="list" class="list">
        ${this.items.map(
          (item) =>
            html`<li>
              <a part="link" href=${`#${item.target}`} @click=${(e: Event) => this.activate(e, item.target)}
                >${item.text}</a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-error-summary': HochieuErrorSummary;
  }
}
