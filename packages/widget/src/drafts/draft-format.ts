/**
 * The private draft as a JSON record: the same shape is kept on the device
 * (IndexedDB or localStorage, see draft-store.ts) and written to a `.json`
 * file that the citizen can open on another device. A record says what it is
 * (`format: 'hochieu-draft'`), which version of this record format it uses
 * (`schemaVersion`, also the declaration's schemaVersion 1 of core's
 * declaration/types.ts), when it was saved, and holds the declaration being
 * typed plus where the citizen was in the form. Drafts expire after
 * `DRAFT_TTL_DAYS` days without a change (documented in the README): a
 * forgotten draft on a shared computer should not live for ever.
 * `parseDraftFile` checks a file before anything is replaced and names the
 * problem, so a bad or foreign file never touches the current draft.
 */
import type { DeclarationDraft } from '@hochieu/core';

export const DRAFT_FORMAT = 'hochieu-draft';
export const DRAFT_SCHEMA_VERSION = 1;
/** Days after the last change when a stored draft is deleted instead of offered. */
export const DRAFT_TTL_DAYS = 30;
/** A draft file is a few kilobytes; anything much larger is not one. */
export const DRAFT_FILE_MAX_BYTES = 512 * 1024;

export interface DraftRecord {
  readonly format: typeof DRAFT_FORMAT;
  readonly schemaVersion: typeof DRAFT_SCHEMA_VERSION;
  /** ISO date-time of the last change. */
  readonly savedAt: string;
  /** ISO date-time after which the draft is deleted instead of offered (savedAt + DRAFT_TTL_DAYS), written with it. */
  readonly expiresAt?: string;
  readonly declaration: DeclarationDraft;
  /** Form sections the citizen completed (pressed "Tiếp tục" without errors). */
  readonly completed?: readonly string[];
}

/** Why a draft file was refused. */
export type DraftFileProblem = 'tooLarge' | 'notJson' | 'foreign' | 'unsupportedVersion' | 'invalid';

export type DraftFileResult = { readonly ok: true; readonly record: DraftRecord } | { readonly ok: false; readonly problem: DraftFileProblem; readonly version?: string };

const TTL_MS = DRAFT_TTL_DAYS * 24 * 3600 * 1000;

export function createDraftRecord(declaration: DeclarationDraft, completed: readonly string[], now: Date): DraftRecord {
  return {
    format: DRAFT_FORMAT,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    savedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + TTL_MS).toISOString(),
    declaration,
    completed: [...completed],
  };
}

/**
 * Whether a record is past its time limit at `now`: its own `expiresAt`, or
 * (records written before it existed) `savedAt` + DRAFT_TTL_DAYS. A record
 * with an unreadable date counts as expired. The store never deletes one
 * silently: it keeps it as `expired` for the element's notice.
 */
export function isExpired(record: DraftRecord, now: Date): boolean {
  const expires = record.expiresAt === undefined ? Date.parse(record.savedAt) + TTL_MS : Date.parse(record.expiresAt);
  if (Number.isNaN(expires)) return true;
  return now.getTime() > expires;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Declarations hold only objects, strings, booleans and null (and schemaVersion 1), at most a few levels deep. */
function isDeclarationData(value: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (!isPlainObject(value)) return false;
  return Object.entries(value).every(([key, inner]) =>
    depth === 0 && key === 'schemaVersion' ? inner === 1 : isDeclarationData(inner, depth + 1),
  );
}

/** Checks any value read from storage or a file; null when it is not a usable record. */
export function asDraftRecord(value: unknown): DraftRecord | null {
  if (!isPlainObject(value)) return null;
  if (value['format'] !== DRAFT_FORMAT || value['schemaVersion'] !== DRAFT_SCHEMA_VERSION) return null;
  if (typeof value['savedAt'] !== 'string' || Number.isNaN(Date.parse(value['savedAt']))) return null;
  if (!isPlainObject(value['declaration']) || !isDeclarationData(value['declaration'])) return null;
  const completed = value['completed'];
  if (completed !== undefined && !(Array.isArray(completed) && completed.every((c) => typeof c === 'string'))) return null;
  const expiresAt = value['expiresAt'];
  if (expiresAt !== undefined && (typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt)))) return null;
  return {
    format: DRAFT_FORMAT,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    savedAt: value['savedAt'],
    ...(expiresAt !== undefined ? { expiresAt: expiresAt as string } : {}),
    declaration: value['declaration'] as DeclarationDraft,
    completed: (completed as string[] | undefined) ?? [],
  };
}

/** Reads the text of a draft file; refuses anything that is not a draft of this format, naming the problem. */
export function parseDraftFile(text: string): DraftFileResult {
  if (new TextEncoder().encode(text).length > DRAFT_FILE_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isPlainObject(value) || value['format'] !== DRAFT_FORMAT) return { ok: false, problem: 'foreign' };
  if (value['schemaVersion'] !== DRAFT_SCHEMA_VERSION) {
    return { ok: false, problem: 'unsupportedVersion', version: String(value['schemaVersion'] ?? '?').slice(0, 20) };
  }
  const record = asDraftRecord(value);
  return record ? { ok: true, record } : { ok: false, problem: 'invalid' };
}

/** The text of a draft file (pretty-printed JSON, UTF-8). */
export function draftFileText(record: DraftRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** An ASCII file name with the day of saving: `ban-nhap-ho-chieu-2026-11-23.json`. */
export function draftFileName(record: DraftRecord): string {
  return `ban-nhap-ho-chieu-${record.savedAt.slice(0, 10)}.json`;
}
