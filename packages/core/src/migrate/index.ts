/** Moving a draft between form versions (e.g. across 1/7/2026, when Thông tư 69/2026 replaced the forms). */
export { migrateDraft, upgradeDraftKeys, type DraftMigration } from './migrate-draft.js';
