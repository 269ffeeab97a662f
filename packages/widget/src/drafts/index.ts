/** Private drafts on the device: the record format and file, the store (IndexedDB, then localStorage) and the debounced saver. */
export {
  DRAFT_FORMAT,
  DRAFT_SCHEMA_VERSION,
  DRAFT_TTL_DAYS,
  DRAFT_FILE_MAX_BYTES,
  asDraftRecord,
  createDraftRecord,
  draftFileName,
  draftFileText,
  isExpired,
  parseDraftFile,
  type DraftFileProblem,
  type DraftFileResult,
  type DraftRecord,
} from './draft-format.js';
export { DraftStore, clearAllDrafts, draftStorageKey, STORAGE_PREFIX, type SaveOutcome } from './draft-store.js';
export { IDB_NAME, IDB_STORE, IDB_TIMEOUT_MS, idbUnresponsive, resetIdbHealth } from './idb.js';
export { DraftChannel, type OtherTab } from './draft-channel.js';
export { DraftSaver, SAVE_DELAY_MS } from './draft-saver.js';
