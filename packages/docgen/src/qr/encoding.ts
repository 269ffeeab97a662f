/**
 * The declaration QR encoding, version 2 ("HCVN2"), so an office can scan a
 * printed TK01/TK01a instead of retyping it. Text form:
 *
 *   HCVN2:<Base45( deflate-raw(body) ‖ CRC-32(body), 4 bytes big-endian )>
 *
 * Version 2 (issue 17) adds the forms of Thông tư 69/2026 for TK01a
 * (`TK01a@TT69_2026`, with "Nơi ở hiện tại" and the fee-refund account);
 * otherwise it is laid out as version 1, which is still decoded: a version 1
 * code names one of the three versions that existed then
 * (`QR_V1_FORM_VERSIONS`), whose value orders are unchanged.
 *
 * where body (UTF-8, NFC) is `|`-separated: the declaration's schemaVersion,
 * the form version key (e.g. `TK01@TT31_2023`), then one value per entry of
 * that version's field order (`qrFieldOrder`): the fields of the form version
 * in printed order, then the declaration values that validation checks on
 * every version without a field there (`form`, and `request.chip`, which must
 * be false on TK01a). A field the version does not have is not carried at
 * all (e.g. `representative.*` on TK01), and a field hidden by its `showIf`
 * condition is carried empty (e.g. the postal address when the passport is
 * collected at the office): the code holds exactly what validation looked at
 * and the form shows. A value is the text as typed (`\` and `|` escaped with
 * `\`), `1`/`0` for a yes/no, and empty when absent. The whole text stays in
 * the QR alphanumeric character set (RFC 9285 Base45), the densest mode for
 * mixed data. The decoder refuses a text longer than a QR code can hold
 * (4296 alphanumeric characters, version 40-L, ISO/IEC 18004), a
 * wrong prefix, an unknown encoding version, bad Base45, a body that inflates
 * beyond 64 KiB (inflated as a stream and stopped there, so a deflate bomb
 * costs no more than that), a failed checksum, an unknown form version or
 * schemaVersion, and a wrong field count, each with a DocgenError; values of
 * fields hidden by the decoded declaration's own conditions are dropped.
 */
import {
  fieldsOf,
  formVersions,
  normalizeDeep,
  readPath,
  visibleFields,
  writePath,
  type Declaration,
  type DeclarationPath,
  type FormVersionKey,
} from '@hochieu/core';
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { DocgenError } from '../errors.js';
import { base45Decode, base45Encode } from './base45.js';
import { crc32 } from './crc32.js';

export const QR_PREFIX = 'HCVN';
export const QR_ENCODING_VERSION = 2;

/** The form versions a version 1 code can name (the encoder knew no others). */
export const QR_V1_FORM_VERSIONS: readonly FormVersionKey[] = ['TK01@TT31_2023', 'TK01a@TT31_2023', 'TK01@TT69_2026'];

/** The most characters a QR code holds: 4296 in alphanumeric mode (version 40, error correction level L). */
export const QR_MAX_TEXT_LENGTH = 4296;

/**
 * The largest body the decoder inflates (64 KiB). A declaration at every
 * schema length limit is about 10 kB of UTF-8, and an honest code under 2 kB;
 * deflate can expand about 1000-fold, so a bomb that fits in a QR code would
 * otherwise inflate to megabytes.
 */
export const QR_MAX_BODY_BYTES = 65_536;

/** Input bytes given to the inflater at a time: each step can add at most about 66 kB before the limit is checked. */
const INFLATE_STEP = 64;

/** Every value of a declaration that a QR code can carry (the union over the form versions), in a fixed order. */
export const QR_FIELDS: readonly DeclarationPath[] = [
  'form',
  'applicant.familyName',
  'applicant.givenNames',
  'applicant.sex',
  'applicant.dateOfBirth',
  'applicant.placeOfBirth',
  'applicant.personalId',
  'applicant.ethnicity',
  'applicant.religion',
  'applicant.phone',
  'applicant.email',
  'applicant.permanentAddress',
  'applicant.temporaryAddress',
  'applicant.currentAddress',
  'applicant.occupation',
  'applicant.employer',
  'family.father.fullName',
  'family.father.dateOfBirth',
  'family.mother.fullName',
  'family.mother.dateOfBirth',
  'family.spouse.fullName',
  'family.spouse.dateOfBirth',
  'previousPassport.number',
  'previousPassport.issueDate',
  'request.reason',
  'request.chip',
  'request.details',
  'representative.fullName',
  'representative.dateOfBirth',
  'representative.sex',
  'representative.idNumber',
  'representative.idIssueDate',
  'representative.permanentAddress',
  'representative.phone',
  'representative.relationship',
  'feeRefund.accountNumber',
  'feeRefund.accountHolder',
  'feeRefund.bankName',
  'submission.date',
  'submission.place',
  'submission.channel',
  'submission.delivery',
  'submission.postalAddress',
  'submission.office',
];

/**
 * Texts the declaration type always has (schemaVersion 1): an empty one decodes
 * as '' rather than absent (e.g. the personal ID of a child who has none yet).
 */
const ALWAYS_PRESENT: readonly DeclarationPath[] = [
  'applicant.familyName',
  'applicant.givenNames',
  'applicant.sex',
  'applicant.dateOfBirth',
  'applicant.placeOfBirth',
  'applicant.personalId',
  'applicant.ethnicity',
  'applicant.religion',
  'applicant.phone',
  'applicant.permanentAddress',
];

/** Values that are yes/no in the declaration. */
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['request.chip']);

/**
 * Values of the declaration that validation checks on every form version
 * although some versions have no field for them: the chosen form (checked
 * against the applicant's age) and the chip choice (on TK01a, where the
 * paper has no chip boxes, it must be false: Luật 49/2019/QH14 Điều 6 k2).
 */
const DECLARATION_VALUES: readonly DeclarationPath[] = ['form', 'request.chip'];

/** The values a form version's QR code carries, in order: its fields as printed, then DECLARATION_VALUES it has no field for. */
export function qrFieldOrder(key: FormVersionKey): DeclarationPath[] {
  const own = fieldsOf(formVersions[key]).map((f) => f.id);
  return [...own, ...DECLARATION_VALUES.filter((id) => !own.includes(id))];
}

/** The paths of `order` whose value is shown for this declaration: fields whose condition holds, and the declaration values. */
function shownPaths(key: FormVersionKey, declaration: unknown): Set<string> {
  return new Set<string>([...visibleFields(formVersions[key], declaration).map((f) => f.id), ...DECLARATION_VALUES]);
}

function escape(value: string): string {
  return value.replace(/[\\|]/gu, (c) => `\\${c}`);
}

function splitEscaped(body: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      current += body[i + 1];
      i += 1;
    } else if (ch === '|') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function fail(id: string, params?: Record<string, string | number>): never {
  throw new DocgenError([{ path: 'qr', id, ...(params ? { params } : {}) }], `Not a hochieu declaration QR code (${id})`);
}

/** The QR text of a (valid, normalized) declaration printed on form version `key`. */
export function encodeDeclarationQr(declaration: Declaration, key: FormVersionKey): string {
  const d = normalizeDeep(declaration) as Declaration;
  const shown = shownPaths(key, d);
  const values = qrFieldOrder(key).map((path) => {
    if (!shown.has(path)) return '';
    const v = readPath(d, path);
    if (typeof v === 'boolean') return v ? '1' : '0';
    if (typeof v === 'string') return escape(v.normalize('NFC'));
    if (typeof v === 'number') return String(v);
    return '';
  });
  const body = strToU8([String(d.schemaVersion), key, ...values].join('|'));
  const packed = deflateSync(body, { level: 9 });
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed, 0);
  new DataView(payload.buffer).setUint32(packed.length, crc32(body));
  return `${QR_PREFIX}${QR_ENCODING_VERSION}:${base45Encode(payload)}`;
}

/**
 * Inflates raw deflate data, at most `limit` bytes: the input is fed to a
 * streaming inflater a few bytes at a time and the output counted, so the work
 * stops soon after the limit. Null when the output would exceed the limit;
 * throws (fflate's error) when the data is not valid deflate.
 */
function inflateAtMost(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    const end = Math.min(at + INFLATE_STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
    if (size > limit) return null;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Keeps an object only when one of its values is set. */
function present<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length > 0 ? value : undefined;
}

/** Reads the text of a declaration QR back into a declaration; throws DocgenError when it is not one. */
export function decodeDeclarationQr(text: string): Declaration {
  const trimmed = text.trim();
  if (trimmed.length > QR_MAX_TEXT_LENGTH) fail('docgen.qr.tooLong', { max: QR_MAX_TEXT_LENGTH });
  const match = /^([A-Z]+)(\d+):(.*)$/su.exec(trimmed);
  if (!match || match[1] !== QR_PREFIX) fail('docgen.qr.wrongPrefix', { expected: QR_PREFIX });
  const encoding = Number(match[2]);
  if (encoding !== QR_ENCODING_VERSION && encoding !== 1) fail('docgen.qr.unsupportedVersion', { version: match[2] ?? '' });
  const payload = base45Decode(match[3] ?? '');
  if (!payload || payload.length < 5) fail('docgen.qr.malformed');
  let inflated: Uint8Array | null;
  try {
    inflated = inflateAtMost(payload.subarray(0, payload.length - 4), QR_MAX_BODY_BYTES);
  } catch {
    fail('docgen.qr.malformed');
  }
  if (inflated === null) fail('docgen.qr.tooLarge', { max: QR_MAX_BODY_BYTES });
  const body = inflated;
  const expected = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(payload.length - 4);
  if (crc32(body) !== expected) fail('docgen.qr.checksum');
  const fields = splitEscaped(strFromU8(body));
  const [schemaVersion, key, ...values] = fields;
  if (schemaVersion !== '1') fail('docgen.qr.unsupportedSchema', { schemaVersion: schemaVersion ?? '' });
  if (!key || !Object.hasOwn(formVersions, key)) fail('docgen.qr.unknownFormVersion', { formVersion: key ?? '' });
  if (encoding === 1 && !QR_V1_FORM_VERSIONS.includes(key as FormVersionKey)) fail('docgen.qr.unknownFormVersion', { formVersion: key });
  const version = key as FormVersionKey;
  const order = qrFieldOrder(version);
  if (values.length !== order.length) fail('docgen.qr.malformed');

  const build = (keep: (path: string) => boolean): Record<string, unknown> => {
    let raw: Record<string, unknown> = {};
    order.forEach((path, i) => {
      const v = values[i] ?? '';
      if (!keep(path) || (v === '' && !ALWAYS_PRESENT.includes(path))) return;
      raw = writePath(raw, path, BOOLEAN_FIELDS.has(path) ? v === '1' : v);
    });
    return raw;
  };
  // A value of a field that the decoded declaration's own conditions hide is dropped, as validation would ignore it.
  const shown = shownPaths(version, build(() => true));
  const raw = build((path) => shown.has(path));
  const get = (k: string): Record<string, unknown> | undefined => raw[k] as Record<string, unknown> | undefined;
  const family = get('family') ?? {};
  const out: Record<string, unknown> = { schemaVersion: 1 };
  if (raw['form'] !== undefined) out['form'] = raw['form'];
  out['applicant'] = get('applicant') ?? {};
  out['family'] = Object.fromEntries(Object.entries(family).filter(([, m]) => present(m as object)));
  out['previousPassport'] = present(get('previousPassport')) ?? null;
  out['request'] = get('request') ?? {};
  const representative = present(get('representative'));
  if (representative) out['representative'] = representative;
  const refund = present(get('feeRefund'));
  if (refund) out['feeRefund'] = refund;
  out['submission'] = get('submission') ?? {};
  return out as unknown as Declaration;
}
