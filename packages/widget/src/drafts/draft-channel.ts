/**
 * Two tabs on one draft. Each tab keeps the draft in memory and saves it
 * shortly after each change, so with two tabs open on the same draft the last
 * save wins and the other tab's typing would be lost without a word. Tabs of
 * the same page therefore talk over a `BroadcastChannel` (HTML Living
 * Standard, same origin only, nothing leaves the device) named after the
 * draft's storage key: a tab says `hello` when it opens the draft, the others
 * answer `here`, and each tab says `saved` after each save. Either way the
 * other tab learns it is not alone, and the element shows a notice in both
 * tabs, so the citizen keeps to one. Where `BroadcastChannel` is missing
 * (very old browsers), the `storage` event of the localStorage copy is the
 * fallback for saves.
 */

/** What another tab on the same draft did. */
export interface OtherTab {
  readonly kind: 'open' | 'saved';
  /** When the other tab saved (for `saved`). */
  readonly savedAt?: string;
}

type Message = { readonly type: 'hello' | 'here' | 'saved'; readonly from: string; readonly savedAt?: string };

function isMessage(value: unknown): value is Message {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (m['type'] === 'hello' || m['type'] === 'here' || m['type'] === 'saved') && typeof m['from'] === 'string';
}

export class DraftChannel {
  /** This tab, as the others know it. */
  readonly id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  private readonly channel: BroadcastChannel | null = null;
  private readonly onStorage: ((event: StorageEvent) => void) | null = null;

  constructor(
    readonly storageKey: string,
    private readonly onOther: (other: OtherTab) => void,
  ) {
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(storageKey);
      this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    } else if (typeof window !== 'undefined') {
      this.onStorage = (event: StorageEvent) => {
        if (event.key === storageKey && event.newValue !== null) this.onOther({ kind: 'saved' });
      };
      window.addEventListener('storage', this.onStorage);
    }
  }

  private post(message: Message): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // Closed: nothing to tell.
    }
  }

  private receive(data: unknown): void {
    if (!isMessage(data) || data.from === this.id) return;
    if (data.type === 'hello') this.post({ type: 'here', from: this.id });
    if (data.type === 'saved') this.onOther({ kind: 'saved', ...(typeof data.savedAt === 'string' ? { savedAt: data.savedAt } : {}) });
    else this.onOther({ kind: 'open' });
  }

  /** Tells the other tabs that this one opened the draft. */
  announce(): void {
    this.post({ type: 'hello', from: this.id });
  }

  /** Tells the other tabs that this one saved. */
  saved(savedAt: string): void {
    this.post({ type: 'saved', from: this.id, savedAt });
  }

  close(): void {
    this.channel?.close();
    if (this.onStorage) window.removeEventListener('storage', this.onStorage);
  }
}
