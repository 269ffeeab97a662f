/**
 * The declaration QR encoding, version 1 ("HCVN1"), so an office can scan a
 * printed TK01/TK01a instead of retyping it. Text form:
 *
 *   HCVN1:<Base45( deflate-raw(body) ‖ CRC-32(body), 4 bytes big-endian )>
 *
 * where body (UTF-8, NFC) is `|`-separated: the declaration's schemaVersion,
 * the form version key (e.g. `TK01@TT31_2023`), then one value per field in
 * an order fixed by that form version (its fields in printed order, then the
 * remaining declaration fields in the fixed order of QR_FIELDS). A value is
 * the text as typed (`\` and `|` escaped with `\`), `1`/`0` for a yes/no,
 * and empty when absent. The whole text stays in the QR alphanumeric
 * character set (RFC 9285 Base45), the densest mode for mixed data. The
 * decoder refuses a wrong prefix, an unknown encoding version, bad Base45,
 * a failed checksum, an unknown form version or schemaVersion, and a wrong
 * field count, each with a DocgenError.
 */
import { fieldsOf, formVersions, normalizeDeep, readPath, writePath, type Declaration, type DeclarationPath, type FormVersionKey } from '@hochieu/core';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { DocgenError } from '../errors.js';
import { base45Decode, base45Encode } from './base45.js';
import { crc32 } from './crc32.js';

export const QR_PREFIX = 'HCVN';
export const QR_ENCODING_VERSION = 1;

/** Every value of a declaration that the QR carries, in the encoding's fixed order. */
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
  'refundAccount.accountNumber',
  'refundAccount.accountHolder',
  'refundAccount.bankName',
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

/** The field order of a form version: its own fields as printed, then the rest of QR_FIELDS. */
export function qrFieldOrder(key: FormVersionKey): DeclarationPath[] {
  const known = new Set<string>(QR_FIELDS);
  const own = fieldsOf(formVersions[key])
    .map((f) => f.id)
    .filter((id) => known.has(id));
  const seen = new Set<string>(own);
  return [...own, ...QR_FIELDS.filter((id) => !seen.has(id))];
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
  const values = qrFieldOrder(key).map((path) => {
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

/** Keeps an object only when one of its values is set. */
function present<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length > 0 ? value : undefined;
}

/** Reads the text of a declaration QR back into a declaration; throws DocgenError when it is not one. */
export function decodeDeclarationQr(text: string): Declaration {
  const match = /^([A-Z]+)(\d+):(.*)$/su.exec(text.trim());
  if (!match || match[1] !== QR_PREFIX) fail('docgen.qr.wrongPrefix', { expected: QR_PREFIX });
  if (Number(match[2]) !== QR_ENCODING_VERSION) fail('docgen.qr.unsupportedVersion', { version: match[2] ?? '' });
  const payload = base45Decode(match[3] ?? '');
  if (!payload || payload.length < 5) fail('docgen.qr.malformed');
  let body: Uint8Array;
  try {
    body = inflateSync(payload.subarray(0, payload.length - 4));
  } catch {
    fail('docgen.qr.malformed');
  }
  const expected = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(payload.length - 4);
  if (crc32(body) !== expected) fail('docgen.qr.checksum');
  const fields = splitEscaped(strFromU8(body));
  const [schemaVersion, key, ...values] = fields;
  if (schemaVersion !== '1') fail('docgen.qr.unsupportedSchema', { schemaVersion: schemaVersion ?? '' });
  if (!key || !Object.hasOwn(formVersions, key)) fail('docgen.qr.unknownFormVersion', { formVersion: key ?? '' });
  const order = qrFieldOrder(key as FormVersionKey);
  if (values.length !== order.length) fail('docgen.qr.malformed');

  let raw: Record<string, unknown> = {};
  order.forEach((path, i) => {
    const v = values[i] ?? '';
    if (v === '' && !ALWAYS_PRESENT.includes(path)) return;
    raw = writePath(raw, path, BOOLEAN_FIELDS.has(path) ? v === '1' : v);
  });
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
  const refund = present(get('refundAccount'));
  if (refund) out['refundAccount'] = refund;
  out['submission'] = get('submission') ?? {};
  return out as unknown as Declaration;
}
