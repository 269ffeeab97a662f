/**
 * Where the private draft lives on the device. Nothing is ever sent over the
 * network. IndexedDB (W3C Indexed Database API 3.0) is preferred; when it is
 * missing, blocked (private modes, policies) or fails, localStorage (HTML
 * Living Standard, Web storage) is used instead. When both fail (storage full,
 * `QuotaExceededError`, or blocked), `save` reports `unavailable` and the form
 * keeps working in memory.
 *
 * Storage keys, all with the prefix `hochieu:` (documented in the README):
 * - IndexedDB database `hochieu:drafts`, object store `drafts`, one record per
 *   draft under the key `hochieu:draft:<draft-key>`;
 * - localStorage item `hochieu:draft:<draft-key>` (the fallback copy).
 * `clearAll` deletes the whole database and every localStorage item whose key
 * starts with `hochieu:`. The database itself is handled by idb.ts.
 */
import { DraftChannel, type OtherTab } from './draft-channel.js';
import { asDraftRecord, isExpired, type DraftRecord } from './draft-format.js';
import { databaseExists, deleteDatabase, withStore } from './idb.js';

export const STORAGE_PREFIX = 'hochieu:';

/** The key of one draft (the form's `draft-key`, default `default`). */
export function draftStorageKey(draftKey: string): string {
  return `${STORAGE_PREFIX}draft:${draftKey || 'default'}`;
}

export type SaveOutcome = 'saved' | 'unavailable';

function readLocal(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing to remove.
  }
}

/** One draft on this device, identified by `draftKey`. */
export class DraftStore {
  readonly key: string;
  /** The draft the last `load` found past its time limit and deleted (for the element's notice), else null. */
  expired: DraftRecord | null = null;
  private channel: DraftChannel | null = null;

  constructor(draftKey = 'default') {
    this.key = draftStorageKey(draftKey);
  }

  /** Tells `onOther` when another tab opens or saves this draft, and tells the others this tab has it open (draft-channel.ts). */
  watchOtherTabs(onOther: (other: OtherTab) => void): void {
    this.channel?.close();
    this.channel = new DraftChannel(this.key, onOther);
    this.channel.announce();
  }

  /** Stops talking to other tabs. */
  close(): void {
    this.channel?.close();
    this.channel = null;
  }

  /**
   * The newest stored copy that has not expired, or null, changing nothing (no deletion, no
   * `expired`): for `<hochieu-app>`, which offers to continue the draft on the guide tab and leaves
   * the draft's handling to the form.
   */
  async peek(now: Date = new Date()): Promise<DraftRecord | null> {
    const newest = await this.newest();
    return newest && !isExpired(newest, now) ? newest : null;
  }

  /** The newest stored copy, or null; an expired copy is deleted (and kept in `expired`), an unreadable one deleted. */
  async load(now: Date = new Date()): Promise<DraftRecord | null> {
    this.expired = null;
    const newest = await this.newest();
    if (newest && isExpired(newest, now)) {
      this.expired = newest;
      await this.remove();
      return null;
    }
    return newest;
  }

  private async newest(): Promise<DraftRecord | null> {
    const copies: DraftRecord[] = [];
    if (await databaseExists()) {
      try {
        const record = asDraftRecord(await withStore('readonly', (s) => s.get(this.key)));
        if (record) copies.push(record);
      } catch {
        // IndexedDB blocked or broken: the localStorage copy (if any) is still read.
      }
    }
    const local = asDraftRecord(readLocal(this.key));
    if (local) copies.push(local);
    copies.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    return copies[0] ?? null;
  }

  /** Saves the record in IndexedDB, else in localStorage; `unavailable` when neither accepts it. */
  async save(record: DraftRecord): Promise<SaveOutcome> {
    const outcome = await this.write(record);
    if (outcome === 'saved') this.channel?.saved(record.savedAt);
    return outcome;
  }

  private async write(record: DraftRecord): Promise<SaveOutcome> {
    try {
      // Bounded: an IndexedDB that never answers fails after IDB_TIMEOUT_MS (idb.ts).
      await withStore('readwrite', (s) => s.put(record, this.key));
      removeLocal(this.key);
      return 'saved';
    } catch {
      // Fall through to localStorage.
    }
    try {
      localStorage.setItem(this.key, JSON.stringify(record));
      return 'saved';
    } catch {
      return 'unavailable';
    }
  }

  /** Removes this draft (both copies), leaving other drafts alone. */
  async remove(): Promise<void> {
    removeLocal(this.key);
    if (!(await databaseExists())) return;
    try {
      await withStore('readwrite', (s) => s.delete(this.key));
    } catch {
      // Nothing stored there.
    }
  }
}

/**
 * "Xóa dữ liệu trên máy này": deletes the IndexedDB database and every
 * localStorage item whose key starts with `hochieu:`.
 */
export async function clearAllDrafts(): Promise<void> {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was stored there.
  }
  await deleteDatabase();
}
