/**
 * Keeps the files of the uploads step on the device, next to the private
 * draft, so a reload does not lose them. IndexedDB only (W3C Indexed Database
 * API 3.0, which stores Blobs as they are): never localStorage, which holds
 * strings only (a photo would have to be inflated by a third as base64) and
 * has a quota of a few megabytes. The record lives in the draft database
 * (`hochieu:drafts`, object store `drafts`) under the key
 * `hochieu:uploads:<draft-key>`, so "Xóa dữ liệu trên máy này", which deletes
 * that database, removes the files too. Only files that fit together within
 * `UPLOADS_MAX_STORED_BYTES` are stored (in the order photo, card images,
 * attachments); the others stay in memory for the session and the form says
 * so. The record expires with the draft (`DRAFT_TTL_DAYS` after the last
 * change). The database is opened through drafts/idb.ts, one connection per
 * operation. Nothing is sent anywhere.
 */
import { DRAFT_TTL_DAYS, STORAGE_PREFIX } from '../../drafts/index.js';
import { databaseExists, withStore } from '../../drafts/idb.js';

/**
 * Most bytes of files kept on the device per draft: a 2 MB photo, two phone
 * pictures of the card and a few scanned pages. An engineering choice [INF]:
 * browsers give a site far more, but a shared or nearly full phone should
 * not keep tens of megabytes of identity documents.
 */
export const UPLOADS_MAX_STORED_BYTES = 20 * 1024 * 1024;

export const UPLOADS_FORMAT = 'hochieu-uploads';

/** The IndexedDB key of the files of one draft. */
export function uploadsStorageKey(draftKey: string): string {
  return `${STORAGE_PREFIX}uploads:${draftKey || 'default'}`;
}

interface StoredFile {
  readonly slot: string;
  readonly name: string;
  readonly type: string;
  readonly lastModified: number;
  readonly blob: Blob;
}

interface UploadsRecord {
  readonly format: typeof UPLOADS_FORMAT;
  readonly version: 1;
  readonly savedAt: string;
  readonly files: readonly StoredFile[];
}

/** Which files fit in the budget, in the given order (earlier files first); the others are named in `skipped`. */
export function selectStorable(
  entries: readonly (readonly [string, File])[],
  maxBytes = UPLOADS_MAX_STORED_BYTES,
): { kept: (readonly [string, File])[]; skipped: string[] } {
  const kept: (readonly [string, File])[] = [];
  const skipped: string[] = [];
  let total = 0;
  for (const entry of entries) {
    const size = entry[1].size;
    if (total + size <= maxBytes) {
      kept.push(entry);
      total += size;
    } else {
      skipped.push(entry[0]);
    }
  }
  return { kept, skipped };
}

function asRecord(value: unknown): UploadsRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const r = value as Partial<UploadsRecord>;
  if (r.format !== UPLOADS_FORMAT || r.version !== 1 || typeof r.savedAt !== 'string' || !Array.isArray(r.files)) return null;
  const files = r.files.filter(
    (f): f is StoredFile =>
      f !== null && typeof f === 'object' && typeof f.slot === 'string' && typeof f.name === 'string' && f.blob instanceof Blob,
  );
  return { format: UPLOADS_FORMAT, version: 1, savedAt: r.savedAt, files };
}

function expired(savedAt: string, now: Date): boolean {
  const saved = Date.parse(savedAt);
  return Number.isNaN(saved) || now.getTime() - saved > DRAFT_TTL_DAYS * 24 * 3600 * 1000;
}

export type UploadSaveOutcome =
  | { readonly outcome: 'saved'; readonly skipped: readonly string[] }
  | { readonly outcome: 'unavailable'; readonly skipped: readonly string[] };

/** The files of one draft in IndexedDB. */
export class UploadStore {
  readonly key: string;

  constructor(draftKey = 'default') {
    this.key = uploadsStorageKey(draftKey);
  }

  /** The stored files by slot, or null when there are none; an expired or unreadable record is deleted. */
  async load(now: Date = new Date()): Promise<Map<string, File> | null> {
    if (!(await databaseExists())) return null;
    let record: UploadsRecord | null;
    try {
      record = asRecord(await withStore('readonly', (s) => s.get(this.key)));
    } catch {
      return null;
    }
    if (!record) return null;
    if (expired(record.savedAt, now)) {
      await this.remove();
      return null;
    }
    const files = new Map<string, File>();
    for (const f of record.files) {
      files.set(f.slot, new File([f.blob], f.name, { type: f.type || f.blob.type, lastModified: f.lastModified }));
    }
    return files;
  }

  /**
   * Stores the files that fit in the budget (in the map's order); an empty
   * map removes the record. `unavailable` when IndexedDB refuses (blocked,
   * private mode, full): the files then live in memory only.
   */
  async save(files: ReadonlyMap<string, File>, now: Date = new Date()): Promise<UploadSaveOutcome> {
    const { kept, skipped } = selectStorable([...files.entries()]);
    try {
      if (kept.length === 0) {
        if (await databaseExists()) await withStore('readwrite', (s) => s.delete(this.key));
        return { outcome: 'saved', skipped };
      }
      const record: UploadsRecord = {
        format: UPLOADS_FORMAT,
        version: 1,
        savedAt: now.toISOString(),
        files: kept.map(([slot, file]) => ({
          slot,
          name: file.name,
          type: file.type,
          lastModified: file.lastModified,
          // Stored as a plain Blob with its name and type beside it.
          blob: file.slice(0, file.size, file.type),
        })),
      };
      await withStore('readwrite', (s) => s.put(record, this.key));
      return { outcome: 'saved', skipped };
    } catch {
      return { outcome: 'unavailable', skipped: [...files.keys()] };
    }
  }

  /** Removes the stored files of this draft. */
  async remove(): Promise<void> {
    if (!(await databaseExists())) return;
    try {
      await withStore('readwrite', (s) => s.delete(this.key));
    } catch {
      // Nothing stored, or storage blocked: nothing to remove.
    }
  }
}
