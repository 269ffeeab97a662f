/**
 * Per-element localization. `@lit/localize` keeps one locale for the whole
 * page, so two widgets in different languages on one page would fight over
 * it; this controller gives each element its own language instead. The
 * language is read from the element's `lang` attribute, else from the nearest
 * ancestor's (crossing shadow roots; see resolve-locale.ts), else `vi`. Widget
 * strings come from the typed tables of catalog.ts (`t`: the first screen's
 * `vi.ts`, the tables lazily loaded elements register, `en.ts`), and core's
 * message ids are formatted by core's `formatMessage` in the same language
 * (`tCore`). A shared MutationObserver watches `lang` attributes in the
 * document and in every shadow root that holds a localized element, so adding,
 * changing or removing `lang` on the element or on any ancestor re-renders the
 * affected elements; no state is global except the read-only loaded tables.
 * A string or core text whose table arrives after an element rendered (a
 * lazily loaded part; core's `onCoreMessagesLoaded`) re-renders every
 * connected element, so a placeholder id is never left on screen.
 */
import { formatMessage, onCoreMessagesLoaded, type MessageId } from '@hochieu/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_LOCALE,
  fillPlaceholders,
  loadMessages,
  messagesLoaded,
  messageText,
  onMessagesRegistered,
  type Locale,
} from './catalog.js';
import { resolveLocale, rootChain } from './resolve-locale.js';
import type { WidgetMessageArgs, WidgetMessageId } from './vi.js';

/** A core message: an id alone, or an id with parameters (a `ValidationIssue` fits). */
export type CoreMessage = MessageId | { readonly id: MessageId; readonly params?: Readonly<Record<string, string | number>> | undefined };

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocaleController>();
let observer: MutationObserver | null = null;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

let subscribed = false;

/** Once: re-render every connected element when strings arrive after it rendered. */
function subscribeToLateTables(): void {
  if (subscribed) return;
  subscribed = true;
  const rerender = (): void => {
    for (const controller of connected) controller.requestRender();
  };
  onMessagesRegistered(rerender);
  onCoreMessagesLoaded(rerender);
}

function watchRoots(element: Element): void {
  observer ??= new MutationObserver(refreshAll);
  for (const root of rootChain(element)) {
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private wanted: Locale = DEFAULT_LOCALE;
  private loading: Promise<void> = Promise.resolve();
  private current: Locale = DEFAULT_LOCALE;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The language the element renders in now (its strings are loaded). */
  get locale(): Locale {
    return this.current;
  }

  /** Settles when the strings of the wanted language are loaded (or failed to load). */
  get ready(): Promise<void> {
    return this.loading;
  }

  hostConnected(): void {
    connected.add(this);
    subscribeToLateTables();
    watchRoots(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Keeps `lang` on the top-level elements of the shadow root, for hosts that do not render it. */
  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    for (const child of Array.from(root.children)) {
      if (child.localName === 'style') continue;
      if (child.getAttribute('lang') !== this.current) child.setAttribute('lang', this.current);
    }
  }

  /** Re-reads the element's language and switches to it (loading its strings if needed). */
  refresh(): void {
    const wanted = resolveLocale(this.host);
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    if (messagesLoaded(wanted)) {
      this.apply(wanted);
      return;
    }
    this.loading = loadMessages(wanted).then(
      () => {
        if (this.wanted === wanted) this.apply(wanted);
      },
      (reason: unknown) => {
        // Keep the language already shown; the page stays usable.
        console.error(`hochieu: could not load the "${wanted}" strings`, reason);
      },
    );
    // Ask for an update now: an element that waits for `ready` in its
    // `scheduleUpdate` renders once, directly in the new language.
    this.host.requestUpdate();
  }

  /** Asks the host to render again (strings it showed as ids may have arrived). */
  requestRender(): void {
    this.host.requestUpdate();
  }

  /**
   * A widget string in the element's language. An id whose table is not
   * registered yet gives the Vietnamese text if there is one, else the id
   * (the element renders again when the table arrives); it never throws.
   */
  t<K extends WidgetMessageId>(id: K, ...args: WidgetMessageArgs<K>): string {
    return fillPlaceholders(messageText(this.current, id), args[0]);
  }

  /** A core message (id, or id with params such as a `ValidationIssue`) in the element's language. */
  tCore(message: CoreMessage, params?: Readonly<Record<string, string | number>>): string {
    const id = typeof message === 'string' ? message : message.id;
    const base = typeof message === 'string' ? undefined : message.params;
    return formatMessage(id, { ...base, ...params }, this.current);
  }

  private apply(locale: Locale): void {
    this.current = locale;
    this.host.requestUpdate();
  }
}
