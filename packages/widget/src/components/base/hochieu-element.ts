/**
 * The base of every hochieu element: a LitElement with its own language
 * (`LocaleController`) and the shared styles (tokens and the host-CSS reset).
 * The first render, and each render after a language change, waits until that
 * language's strings are loaded, so an element never flashes the wrong
 * language. A change of the element's own `lang` is seen at once (observed
 * attribute); a change on an ancestor arrives through the controller's
 * MutationObserver, one microtask later. Subclasses render a single top-level `.root` container carrying
 * `lang=${this.locale}`, which nested elements inherit.
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { LocaleController } from '../../localization/locale-controller.js';
import { resetStyles } from '../../styles/reset.js';
import { tokens } from '../../styles/tokens.js';

export class HochieuElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, resetStyles];

  /** Per-element language and strings. */
  protected readonly l10n = new LocaleController(this);

  /** The language this element renders in now (`vi` or `en`). */
  get locale(): 'vi' | 'en' {
    return this.l10n.locale;
  }

  /** Also observes `lang`, so a change of the element's own language re-renders at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.l10n.refresh();
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.l10n.ready;
    super.scheduleUpdate();
  }
}
