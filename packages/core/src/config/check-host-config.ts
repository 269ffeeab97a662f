/**
 * Structural check of a whole host configuration (`HostConfig` in
 * config/types.ts) as a webmaster writes it in JSON: the province and its
 * offices (checked by `checkProvinceConfig`), extra days off and working
 * days, fee rules, and the form versions enabled or pinned. Every problem is
 * reported at once, each as a JSON path and an id, and a clean configuration
 * is returned only when there is none, so a bad configuration never half
 * applies: the bundled defaults stay in force. The province may be written
 * flat (`"province": "quang-ninh", "offices": [...]`, the documented JSON
 * format), as the id of a bundled province alone, or as a `ProvinceConfig`
 * object (the shape of the `config` property for developers). Keys starting
 * with `$` or `_` are comments and ignored; any other unknown key is a
 * problem, because a misspelt key (`dayOff`) would otherwise be silently
 * ignored. Problem ids are core message ids for the province part
 * (`places.config.*`) and the `config.*` ids below for the rest, which the
 * widget words in its own tables.
 */
import { parseIsoDate } from '../dates/iso.js';
import type { Channel } from '../declaration/types.js';
import type { MessageId } from '../messages/index.js';
import { provinceConfig } from '../places/offices.js';
import { checkProvinceConfig } from '../places/validate-config.js';
import { normalizeText } from '../text/normalize.js';
import { checkConfigTexts } from './printable-config.js';
import type { Confidence, FeeRule, FormVersionId, HostConfig, Provenance, ProvinceConfig } from './types.js';

/** The problems this check finds outside the province part. */
export type HostConfigProblemId =
  | 'config.notObject'
  | 'config.unknownKey'
  | 'config.notList'
  | 'config.dateInvalid'
  | 'config.dateRepeated'
  | 'config.dateBothOffAndWorking'
  | 'config.feeNotObject'
  | 'config.feeIdMissing'
  | 'config.feeIdDuplicate'
  | 'config.feeDateInvalid'
  | 'config.feeDateOrder'
  | 'config.feeAmountInvalid'
  | 'config.feeBasisMissing'
  | 'config.feePriorityInvalid'
  | 'config.feeChannelInvalid'
  | 'config.feeFlagInvalid'
  | 'config.feeProvenanceInvalid'
  | 'config.formVersionUnknown'
  | 'config.flagInvalid'
  | 'config.acknowledgeInvalid';

export interface HostConfigProblem {
  /** JSON path of the value at fault (`fees[0].validTo`); empty for the whole configuration. */
  path: string;
  id: MessageId | HostConfigProblemId;
  /** Values for the message (the characters that cannot print, a length limit). */
  params?: Record<string, string | number>;
}

/** The extra, widget-level switches a host configuration may carry besides `HostConfig`. */
export interface HostConfigExtras {
  /**
   * Opt-in (off by default): print docgen's machine-readable QR code of the declaration data
   * (`HCVN2`) on the PDF and DOCX, so an office that scans it need not retype. Filling the form
   * from the chip ID card's own QR code is always offered and needs no switch.
   */
  qr?: boolean;
  /**
   * The webmaster checked the data the stale-data notice named, on `on` (ISO
   * date): the notice stays hidden until a fact is again more than 12 months
   * past that day or a rule ends after it (freshness/status.ts).
   */
  acknowledgeStaleData?: { on: string };
}

/** Something a webmaster should change that does not stop the configuration from applying. */
export interface HostConfigNotice {
  path: string;
  /** `config.enabledFormVersionsRetired`: the key has no effect any more; the form follows the date (pin with `pinnedFormVersion`). */
  id: 'config.enabledFormVersionsRetired';
}

export interface HostConfigCheck {
  /** Present only when `problems` is empty. */
  config?: HostConfig & HostConfigExtras;
  problems: HostConfigProblem[];
  /** Present when the configuration applies but uses a retired key. */
  notices?: HostConfigNotice[];
}

/** The form versions a host may name. */
export const FORM_VERSION_IDS: readonly FormVersionId[] = ['TT31_2023', 'TT69_2026'];

/** The keys of the JSON format (flat province part included). */
export const HOST_CONFIG_KEYS = [
  'province',
  'offices',
  'defaultOffice',
  'daysOff',
  'workingDays',
  'fees',
  'enabledFormVersions',
  'pinnedFormVersion',
  'qr',
  'acknowledgeStaleData',
] as const;

const CHANNELS: readonly Channel[] = ['in-person', 'online'];
const CONFIDENCES: readonly Confidence[] = ['C2', 'S1', 'INF', 'host'];
const HOST_PROVENANCE: Provenance = { confidence: 'host', source: 'host configuration' };
const MAX_AMOUNT = 100_000_000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

function prefixed(prefix: string, path: string): string {
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function checkProvincePart(value: Json, problems: HostConfigProblem[]): ProvinceConfig | undefined {
  const province = value['province'];
  const hasOffices = value['offices'] !== undefined || value['defaultOffice'] !== undefined;
  if (province === undefined && !hasOffices) return undefined;
  if (isObject(province)) {
    if (hasOffices) problems.push({ path: 'offices', id: 'config.unknownKey' });
    const check = checkProvinceConfig(province);
    problems.push(...check.problems.map((p) => ({ path: prefixed('province', p.path), id: p.id })));
    return check.config;
  }
  if (typeof province === 'string' && !hasOffices) {
    const bundled = provinceConfig(province.trim());
    if (bundled) return bundled;
  }
  const check = checkProvinceConfig({
    province,
    offices: value['offices'],
    ...(value['defaultOffice'] === undefined ? {} : { defaultOffice: value['defaultOffice'] }),
  });
  problems.push(...check.problems);
  return check.config;
}

function checkDates(value: unknown, path: string, problems: HostConfigProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path, id: 'config.notList' });
    return undefined;
  }
  const seen = new Set<string>();
  const dates: string[] = [];
  value.forEach((d, i) => {
    if (!isIsoDate(d)) {
      problems.push({ path: `${path}[${i}]`, id: 'config.dateInvalid' });
    } else if (seen.has(d)) {
      problems.push({ path: `${path}[${i}]`, id: 'config.dateRepeated' });
    } else {
      seen.add(d);
      dates.push(d);
    }
  });
  return dates.sort();
}

function checkAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_AMOUNT;
}

function checkFee(value: unknown, path: string, problems: HostConfigProblem[]): FeeRule | undefined {
  if (!isObject(value)) {
    problems.push({ path, id: 'config.feeNotObject' });
    return undefined;
  }
  const before = problems.length;
  const id = typeof value['id'] === 'string' ? normalizeText(value['id']) : '';
  if (id === '') problems.push({ path: `${path}.id`, id: 'config.feeIdMissing' });
  const validFrom = value['validFrom'];
  const validTo = value['validTo'];
  if (!isIsoDate(validFrom)) problems.push({ path: `${path}.validFrom`, id: 'config.feeDateInvalid' });
  if (validTo !== undefined && !isIsoDate(validTo)) problems.push({ path: `${path}.validTo`, id: 'config.feeDateInvalid' });
  if (isIsoDate(validFrom) && isIsoDate(validTo) && validTo < validFrom) {
    problems.push({ path: `${path}.validTo`, id: 'config.feeDateOrder' });
  }
  const amounts = value['amounts'];
  if (!isObject(amounts)) {
    problems.push({ path: `${path}.amounts`, id: 'config.feeAmountInvalid' });
  } else {
    for (const key of ['issue', 'replacement'] as const) {
      if (!checkAmount(amounts[key])) problems.push({ path: `${path}.amounts.${key}`, id: 'config.feeAmountInvalid' });
    }
  }
  const basis = typeof value['basis'] === 'string' ? normalizeText(value['basis']) : '';
  if (basis === '') problems.push({ path: `${path}.basis`, id: 'config.feeBasisMissing' });
  const priority = value['priority'] ?? 100;
  if (typeof priority !== 'number' || !Number.isFinite(priority)) {
    problems.push({ path: `${path}.priority`, id: 'config.feePriorityInvalid' });
  }
  const channels = value['channels'];
  if (
    channels !== undefined &&
    (!Array.isArray(channels) || channels.length === 0 || !channels.every((c) => CHANNELS.includes(c as Channel)))
  ) {
    problems.push({ path: `${path}.channels`, id: 'config.feeChannelInvalid' });
  }
  const uncertain = value['endDateUncertain'];
  if (uncertain !== undefined && typeof uncertain !== 'boolean') {
    problems.push({ path: `${path}.endDateUncertain`, id: 'config.feeFlagInvalid' });
  }
  const provenance = value['provenance'];
  const provenanceOk =
    provenance === undefined ||
    (isObject(provenance) &&
      CONFIDENCES.includes(provenance['confidence'] as Confidence) &&
      typeof provenance['source'] === 'string' &&
      normalizeText(provenance['source']) !== '');
  if (!provenanceOk) problems.push({ path: `${path}.provenance`, id: 'config.feeProvenanceInvalid' });
  for (const key of Object.keys(value)) {
    if (!FEE_KEYS.includes(key) && !isComment(key)) problems.push({ path: `${path}.${key}`, id: 'config.unknownKey' });
  }
  if (problems.length > before) return undefined;
  const a = amounts as { issue: number; replacement: number };
  return {
    id,
    validFrom: validFrom as string,
    ...(validTo === undefined ? {} : { validTo: validTo as string }),
    ...(uncertain === undefined ? {} : { endDateUncertain: uncertain as boolean }),
    ...(channels === undefined ? {} : { channels: [...new Set(channels as Channel[])] }),
    amounts: { issue: a.issue, replacement: a.replacement },
    basis,
    priority: priority as number,
    provenance:
      provenance === undefined
        ? HOST_PROVENANCE
        : {
            confidence: (provenance as Json)['confidence'] as Confidence,
            source: normalizeText((provenance as Json)['source'] as string),
          },
  };
}

const FEE_KEYS: readonly string[] = [
  'id',
  'validFrom',
  'validTo',
  'endDateUncertain',
  'channels',
  'amounts',
  'basis',
  'priority',
  'provenance',
];

function isComment(key: string): boolean {
  return key.startsWith('$') || key.startsWith('_');
}

function checkFees(value: unknown, problems: HostConfigProblem[]): FeeRule[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path: 'fees', id: 'config.notList' });
    return undefined;
  }
  const seen = new Set<string>();
  const fees: FeeRule[] = [];
  value.forEach((raw, i) => {
    const path = `fees[${i}]`;
    const fee = checkFee(raw, path, problems);
    const id = isObject(raw) && typeof raw['id'] === 'string' ? normalizeText(raw['id']) : '';
    if (id !== '') {
      if (seen.has(id)) problems.push({ path: `${path}.id`, id: 'config.feeIdDuplicate' });
      seen.add(id);
    }
    if (fee) fees.push(fee);
  });
  return fees;
}

function checkVersions(value: Json, problems: HostConfigProblem[]): Pick<HostConfig, 'enabledFormVersions' | 'pinnedFormVersion'> {
  const out: Pick<HostConfig, 'enabledFormVersions' | 'pinnedFormVersion'> = {};
  const enabled = value['enabledFormVersions'];
  if (enabled !== undefined) {
    if (!Array.isArray(enabled)) {
      problems.push({ path: 'enabledFormVersions', id: 'config.notList' });
    } else {
      enabled.forEach((v, i) => {
        if (!FORM_VERSION_IDS.includes(v as FormVersionId)) {
          problems.push({ path: `enabledFormVersions[${i}]`, id: 'config.formVersionUnknown' });
        }
      });
      out.enabledFormVersions = [...new Set(enabled as FormVersionId[])];
    }
  }
  const pinned = value['pinnedFormVersion'];
  if (pinned !== undefined) {
    if (!FORM_VERSION_IDS.includes(pinned as FormVersionId)) {
      problems.push({ path: 'pinnedFormVersion', id: 'config.formVersionUnknown' });
    } else {
      out.pinnedFormVersion = pinned as FormVersionId;
    }
  }
  return out;
}

/** `acknowledgeStaleData`: `{ "on": "YYYY-MM-DD" }` (comment keys allowed inside). */
function checkAcknowledgement(value: unknown, problems: HostConfigProblem[]): { on: string } | undefined {
  if (value === undefined) return undefined;
  const path = 'acknowledgeStaleData';
  if (!isObject(value)) {
    problems.push({ path, id: 'config.acknowledgeInvalid' });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value)) {
    if (key !== 'on' && !isComment(key)) problems.push({ path: `${path}.${key}`, id: 'config.unknownKey' });
  }
  const on = value['on'];
  if (!isIsoDate(on)) problems.push({ path: `${path}.on`, id: 'config.dateInvalid' });
  return problems.length > before ? undefined : { on: on as string };
}

/**
 * Checks a host configuration (parsed JSON, or an object from the embedding
 * page). Problems come in the order of `HOST_CONFIG_KEYS`; the configuration
 * is returned only when there are none.
 */
export function checkHostConfig(value: unknown): HostConfigCheck {
  if (!isObject(value)) return { problems: [{ path: '', id: 'config.notObject' }] };
  // Texts that cannot print or are too long (printable-config.ts); a nesting too deep stops here.
  const texts = checkConfigTexts(value);
  if (texts.some((p) => p.id === 'config.text.tooDeep')) return { problems: texts };
  const problems: HostConfigProblem[] = [];
  for (const key of Object.keys(value)) {
    if (!(HOST_CONFIG_KEYS as readonly string[]).includes(key) && !isComment(key)) {
      problems.push({ path: key, id: 'config.unknownKey' });
    }
  }
  const province = checkProvincePart(value, problems);
  const daysOff = checkDates(value['daysOff'], 'daysOff', problems);
  const workingDays = checkDates(value['workingDays'], 'workingDays', problems);
  if (daysOff && workingDays) {
    const off = new Set(daysOff);
    (value['workingDays'] as unknown[]).forEach((d, i) => {
      if (typeof d === 'string' && off.has(d)) problems.push({ path: `workingDays[${i}]`, id: 'config.dateBothOffAndWorking' });
    });
  }
  const fees = checkFees(value['fees'], problems);
  const versions = checkVersions(value, problems);
  const qr = value['qr'];
  if (qr !== undefined && typeof qr !== 'boolean') problems.push({ path: 'qr', id: 'config.flagInvalid' });
  const acknowledged = checkAcknowledgement(value['acknowledgeStaleData'], problems);
  problems.push(...texts);
  if (problems.length > 0) return { problems };
  // Retired (issue 17): versions follow the submission date; the key is still checked so old configurations keep applying.
  const notices: HostConfigNotice[] =
    value['enabledFormVersions'] !== undefined ? [{ path: 'enabledFormVersions', id: 'config.enabledFormVersionsRetired' }] : [];
  return {
    ...(notices.length > 0 ? { notices } : {}),
    config: {
      ...(province ? { province } : {}),
      ...(daysOff ? { daysOff } : {}),
      ...(workingDays ? { workingDays } : {}),
      ...(fees ? { fees } : {}),
      ...versions,
      ...(typeof qr === 'boolean' ? { qr } : {}),
      ...(acknowledged ? { acknowledgeStaleData: acknowledged } : {}),
    },
    problems,
  };
}
