/**
 * The one IndexedDB database of the widget (W3C Indexed Database API 3.0):
 * `hochieu:drafts`, version 1, with one object store `drafts` holding the
 * private draft and the uploaded files of each draft under their own keys.
 * The draft store and the upload store both go through these helpers, so
 * either may create the database with the same schema. A connection is
 * opened per operation and closed at once, so deleting the database is never
 * blocked by this page.
 *
 * Shipped browsers have had `indexedDB.open` (and `indexedDB.databases`)
 * requests that never settle (a wedged storage process, some private modes):
 * every wait here is bounded by `IDB_TIMEOUT_MS`, after which the operation
 * fails (so the draft store falls back to localStorage) and IndexedDB counts
 * as unresponsive for the rest of the page's life, so later saves do not
 * wait again.
 */

export const IDB_NAME = 'hochieu:drafts';
export const IDB_STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Longest wait for IndexedDB to open or list its databases. */
export const IDB_TIMEOUT_MS = 2000;

let unresponsive = false;

/** Whether IndexedDB failed to answer within the timeout on this page (then it is not asked again). */
export function idbUnresponsive(): boolean {
  return unresponsive;
}

/** For tests: forget an earlier timeout. */
export function resetIdbHealth(): void {
  unresponsive = false;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    if (unresponsive) {
      reject(new Error('IndexedDB did not answer earlier'));
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(IDB_NAME, 1);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      unresponsive = true;
      reject(new Error('IndexedDB open timed out'));
    }, IDB_TIMEOUT_MS);
    const settle = (fn: () => void): void => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      fn();
    };
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(IDB_STORE)) req.result.createObjectStore(IDB_STORE);
    };
    req.onsuccess = () => {
      // Opened after the timeout: nobody waits for it any more, so close it at once.
      if (settled) req.result.close();
      settle(() => resolve(req.result));
    };
    req.onerror = () => settle(() => reject(req.error ?? new Error('IndexedDB open failed')));
    req.onblocked = () => settle(() => reject(new Error('IndexedDB open blocked')));
  });
}

/**
 * Runs one request on the object store in its own transaction and connection;
 * resolves with the request's result once the transaction has completed, and
 * rejects when IndexedDB is missing or blocked, or the request or transaction
 * fails.
 */
export async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  try {
    const tx = db.transaction(IDB_STORE, mode);
    // Both listened to from the start, so neither a completion nor a failure is missed or left unhandled.
    const [result] = await Promise.all([request(run(tx.objectStore(IDB_STORE))), transactionDone(tx)]);
    return result;
  } finally {
    db.close();
  }
}

/** Whether the database may exist, asked without opening (and so creating) it; true when the browser cannot tell. */
export async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || unresponsive) return false;
  if (typeof indexedDB.databases !== 'function') return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), IDB_TIMEOUT_MS)));
  try {
    const listed = await Promise.race([indexedDB.databases(), timeout]);
    if (listed === 'timeout') {
      unresponsive = true;
      return false;
    }
    return listed.some((d) => d.name === IDB_NAME);
  } catch {
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/** Deletes the whole database; resolves in every case (missing, blocked or failing IndexedDB included). */
export async function deleteDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await new Promise<void>((resolve) => {
    try {
      const req = indexedDB.deleteDatabase(IDB_NAME);
      req.onsuccess = () => resolve();
      req.onerror = () => resolve();
      req.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
}
