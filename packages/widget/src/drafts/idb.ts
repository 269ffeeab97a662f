/**
 * The one IndexedDB database of the widget (W3C Indexed Database API 3.0):
 * `hochieu:drafts`, version 1, with one object store `drafts` holding the
 * private draft and the uploaded files of each draft under their own keys.
 * The draft store and the upload store both go through these helpers, so
 * either may create the database with the same schema. A connection is
 * opened per operation and closed at once, so deleting the database is never
 * blocked by this page.
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

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(IDB_NAME, 1);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(IDB_STORE)) req.result.createObjectStore(IDB_STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB open blocked'));
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
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === IDB_NAME);
  } catch {
    return true;
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
