/**
 * Reads the text of the QR code printed on the chip citizen ID card (thẻ Căn
 * cước công dân gắn chip). The layout is seven fields separated by `|`:
 * `số CCCD|số CMND cũ|họ và tên|ngày sinh ddmmyyyy|giới tính|nơi thường trú|ngày cấp ddmmyyyy`,
 * the old CMND number possibly empty (domain-facts §12.1, [S1+]: two public
 * repositories describe the same layout; no official specification was
 * found). The parser is strict on purpose: any other field count, a personal
 * identification number that is not 12 digits (Luật Căn cước 2023 Điều 12 k1),
 * a date that does not exist, a sex other than "Nam"/"Nữ", or a control,
 * format, surrogate or private-use character anywhere (Unicode categories Cc,
 * Cf, Cs, Co: e.g. a right-to-left override or a zero-width space hidden in
 * the name) is refused with a reason, never guessed, because newer "thẻ căn cước" cards (from 1/7/2024)
 * may use another layout. Text is brought to NFC. The full name is split with
 * its first word as the family name (họ), the rest as middle and given names.
 * Addresses on cards issued before 1/7/2025 name the units before Nghị quyết
 * 202/2025/QH15 (63 provinces, with districts): the result flags that, so the
 * form can ask the citizen to check the address.
 */
import { daysInMonth, formatIsoDate } from '../dates/iso.js';
import type { Sex } from '../declaration/types.js';
import { foldVietnamese } from '../places/fold.js';
import { provinceOfPlaceName } from '../places/provinces.js';
import { normalizeText } from '../text/normalize.js';
import type { IdcardMessageId } from './messages.js';

/** The number of `|`-separated fields of the known layout. */
export const CCCD_QR_FIELD_COUNT = 7;

/** The day the 34 province-level units and the two-level local government took effect (Nghị quyết 202/2025/QH15). */
export const ADMINISTRATIVE_MERGER_DATE = '2025-07-01';

/** Why a QR text was not read. Every reason means "cannot read"; none is a guess at what was meant. */
export type CccdQrFailure =
  | 'empty'
  | 'unknownLayout'
  | 'invalidPersonalId'
  | 'invalidOldId'
  | 'invalidName'
  | 'invalidDateOfBirth'
  | 'invalidSex'
  | 'invalidAddress'
  | 'invalidIssueDate'
  | 'issueBeforeBirth'
  | 'dateInFuture';

/** Why the address may name units that no longer exist. */
export type PreMergerHint = 'issuedBeforeMerger' | 'formerProvince' | 'districtLevel';

/** What the QR code says, in the declaration's terms (ISO dates, `male`/`female`, NFC text). */
export interface CccdQrData {
  /** Số định danh cá nhân (the CCCD number): 12 digits. */
  personalId: string;
  /** Số CMND cũ (9 or 12 digits), when the card gives one. */
  oldId?: string;
  /** The full name as on the card, NFC, single spaces. */
  fullName: string;
  /** Họ: the first word of the full name. */
  familyName: string;
  /** Chữ đệm và tên: the other words (empty for a one-word name). */
  givenNames: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string;
  sex: Sex;
  /** Nơi thường trú as on the card, NFC, single spaces. */
  permanentAddress: string;
  /** Ngày cấp: `YYYY-MM-DD`. */
  issueDate: string;
  /** True when the address probably names units from before 1/7/2025 (see `preMergerHints`). */
  addressMayBePreMerger: boolean;
  /** Each reason found, in a fixed order: issue date, former province, district level. */
  preMergerHints: readonly PreMergerHint[];
  /** The former province (one of the 63, merged away) the address names, if any. */
  formerProvinceId?: string;
  /** The current province that former one belongs to now. */
  currentProvinceId?: string;
}

export type CccdQrResult =
  | { ok: true; data: CccdQrData }
  | { ok: false; reason: CccdQrFailure; id: IdcardMessageId };

export interface ParseCccdQrOptions {
  /** Today (`YYYY-MM-DD`): when given, a date of birth or issue date after it is refused. */
  today?: string;
}

const TWELVE_DIGITS = /^\d{12}$/u;
const OLD_ID = /^(?:\d{9}|\d{12})$/u;
const DDMMYYYY = /^(\d{2})(\d{2})(\d{4})$/u;
/**
 * Controls (Cc), format characters (Cf: bidi overrides and marks, zero-width
 * spaces and joiners, soft hyphens), surrogate halves (Cs) and private-use
 * characters (Co) never occur in the text of a card; their presence means
 * another kind of payload, or text crafted to look like a card's.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
/** Words that start a district-level unit (abolished on 1/7/2025): "Huyện", "Quận", "Thị xã" (folded). */
const DISTRICT_WORD = /^(?:huyen|quan|thi xa)\s/u;

function fail(reason: CccdQrFailure): CccdQrResult {
  return { ok: false, reason, id: `idcard.qr.${reason}` };
}

/** `ddmmyyyy` to ISO, or null when it is not a real date. */
export function parseDdmmyyyy(text: string): string | null {
  const m = DDMMYYYY.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate({ year, month, day });
}

/** Splits a full name into family name (the first word) and the rest. */
export function splitFullName(fullName: string): { familyName: string; givenNames: string } {
  const words = normalizeText(fullName).split(' ').filter(Boolean);
  return { familyName: words[0] ?? '', givenNames: words.slice(1).join(' ') };
}

/**
 * Looks for signs that an address names units from before 1/7/2025. The
 * issue date alone is enough for a flag; the address is also searched, part by
 * part (separated by commas), for the name of a former province that was
 * merged into another one, and for a district-level unit.
 */
export function preMergerHintsOf(
  address: string,
  issueDate?: string,
): { hints: PreMergerHint[]; formerProvinceId?: string; currentProvinceId?: string } {
  const hints: PreMergerHint[] = [];
  if (issueDate !== undefined && issueDate < ADMINISTRATIVE_MERGER_DATE) {
    hints.push('issuedBeforeMerger');
  }
  const parts = address
    .split(/[,;]/u)
    .map((p) => p.trim())
    .filter(Boolean);
  let former: { formerProvinceId: string; currentProvinceId: string } | undefined;
  let district = false;
  for (const part of parts) {
    const match = provinceOfPlaceName(part);
    if (match?.former && match.former.mergedInto !== match.former.id) {
      // The last match wins: the province is written last in a Vietnamese address.
      former = { formerProvinceId: match.former.id, currentProvinceId: match.current.id };
    }
    if (DISTRICT_WORD.test(`${foldVietnamese(part)} `)) district = true;
  }
  if (former) hints.push('formerProvince');
  if (district) hints.push('districtLevel');
  return former ? { hints, ...former } : { hints };
}

/**
 * Parses the text of a chip ID card's QR code. Surrounding white space (a
 * scanner's trailing line break, a byte order mark) is ignored; anything else
 * that does not fit the layout gives `{ ok: false, reason }`.
 */
export function parseCccdQr(text: string, options: ParseCccdQrOptions = {}): CccdQrResult {
  const whole = text.normalize('NFC').replace(/^\uFEFF/u, '').trim();
  if (whole === '') return fail('empty');
  const fields = whole.split('|');
  if (fields.length !== CCCD_QR_FIELD_COUNT || HIDDEN.test(whole)) return fail('unknownLayout');
  const [rawId, rawOldId, rawName, rawBirth, rawSex, rawAddress, rawIssue] = fields.map((f) => f.trim()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  if (!TWELVE_DIGITS.test(rawId)) return fail('invalidPersonalId');
  if (rawOldId !== '' && !OLD_ID.test(rawOldId)) return fail('invalidOldId');

  const fullName = normalizeText(rawName);
  if (fullName === '' || !LETTER.test(fullName) || DIGIT.test(fullName)) return fail('invalidName');

  const dateOfBirth = parseDdmmyyyy(rawBirth);
  if (dateOfBirth === null) return fail('invalidDateOfBirth');

  let sex: Sex;
  if (rawSex === 'Nam') sex = 'male';
  else if (rawSex === 'Nữ') sex = 'female';
  else return fail('invalidSex');

  const permanentAddress = normalizeText(rawAddress);
  if (permanentAddress === '' || !LETTER.test(permanentAddress)) return fail('invalidAddress');

  const issueDate = parseDdmmyyyy(rawIssue);
  if (issueDate === null) return fail('invalidIssueDate');
  // ISO dates with four-digit years (as parseDdmmyyyy makes) compare as text.
  if (issueDate < dateOfBirth) return fail('issueBeforeBirth');
  if (
    options.today !== undefined &&
    (dateOfBirth > options.today || issueDate > options.today)
  ) {
    return fail('dateInFuture');
  }

  const { familyName, givenNames } = splitFullName(fullName);
  const { hints, formerProvinceId, currentProvinceId } = preMergerHintsOf(permanentAddress, issueDate);
  const data: CccdQrData = {
    personalId: rawId,
    ...(rawOldId !== '' ? { oldId: rawOldId } : {}),
    fullName,
    familyName,
    givenNames,
    dateOfBirth,
    sex,
    permanentAddress,
    issueDate,
    addressMayBePreMerger: hints.length > 0,
    preMergerHints: hints,
    ...(formerProvinceId !== undefined ? { formerProvinceId } : {}),
    ...(currentProvinceId !== undefined ? { currentProvinceId } : {}),
  };
  return { ok: true, data };
}
