/**
 * Structural check of a province configuration supplied by a host (the
 * webmaster of a provincial police site), against the shape of
 * `ProvinceConfig` in config/types.ts. It reports every problem found, each as
 * a JSON path and a message id, and returns a clean, NFC-normalised
 * configuration only when there is none: a bad configuration is reported
 * while the bundled defaults stay in force. Defaults filled in for a valid
 * one: an office's province is the configuration's, its hours are Monday to
 * Friday (the rule of the procedure page), the default office is the first,
 * and data from the host counts as verified with provenance `host` unless it
 * says otherwise.
 */
import type {
  Confidence,
  Office,
  Provenance,
  ProvinceConfig,
  ReceptionHours,
  ReceptionPeriod,
} from '../config/types.js';
import type { MessageId } from '../messages/index.js';
import { normalizeText } from '../text/normalize.js';
import { currentProvince } from './provinces.js';

export interface ConfigProblem {
  path: string;
  id: MessageId;
}

export interface ConfigCheck {
  /** Present only when `problems` is empty. */
  config?: ProvinceConfig;
  problems: ConfigProblem[];
}

const OFFICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/u;
const CONFIDENCES: readonly Confidence[] = ['C2', 'S1', 'INF', 'host'];
const HOST_PROVENANCE: Provenance = { confidence: 'host', source: 'host configuration' };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A required non-empty text; reports `missing` when absent or blank, `fieldNotText` when not a string. */
function requiredText(
  value: unknown,
  path: string,
  missing: MessageId,
  problems: ConfigProblem[],
): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && normalizeText(value) === '')) {
    problems.push({ path, id: missing });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ path, id: 'places.config.fieldNotText' });
    return undefined;
  }
  return normalizeText(value);
}

/** An optional text: absent or blank gives undefined. */
function optionalText(value: unknown, path: string, problems: ConfigProblem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    problems.push({ path, id: 'places.config.fieldNotText' });
    return undefined;
  }
  const text = normalizeText(value);
  return text === '' ? undefined : text;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function checkPeriod(value: unknown, path: string, problems: ConfigProblem[]): ReceptionPeriod | undefined {
  if (!isObject(value)) {
    problems.push({ path, id: 'places.config.hoursInvalid' });
    return undefined;
  }
  const before = problems.length;
  const days = value['days'];
  if (
    !Array.isArray(days) ||
    days.length === 0 ||
    !days.every((d): d is number => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 7)
  ) {
    problems.push({ path: `${path}.days`, id: 'places.config.periodDaysInvalid' });
  }
  const from = value['from'];
  const to = value['to'];
  const fromOk = typeof from === 'string' && TIME.test(from);
  const toOk = typeof to === 'string' && TIME.test(to);
  if (!fromOk) problems.push({ path: `${path}.from`, id: 'places.config.timeInvalid' });
  if (!toOk) problems.push({ path: `${path}.to`, id: 'places.config.timeInvalid' });
  if (fromOk && toOk && minutes(from) >= minutes(to)) {
    problems.push({ path: `${path}.to`, id: 'places.config.periodOrder' });
  }
  if (problems.length > before) return undefined;
  return { days: [...new Set(days as number[])].sort((a, b) => a - b), from: from as string, to: to as string };
}

function checkHours(value: unknown, path: string, problems: ConfigProblem[]): ReceptionHours | undefined {
  if (value === undefined) return { weekdays: true, saturdayMorning: false };
  if (!isObject(value) || typeof value['weekdays'] !== 'boolean' || typeof value['saturdayMorning'] !== 'boolean') {
    problems.push({ path, id: 'places.config.hoursInvalid' });
    return undefined;
  }
  const hours: ReceptionHours = { weekdays: value['weekdays'], saturdayMorning: value['saturdayMorning'] };
  const periods = value['periods'];
  if (periods === undefined) return hours;
  if (!Array.isArray(periods)) {
    problems.push({ path: `${path}.periods`, id: 'places.config.hoursInvalid' });
    return undefined;
  }
  const checked = periods.map((p, i) => checkPeriod(p, `${path}.periods[${i}]`, problems));
  if (checked.some((p) => p === undefined)) return undefined;
  return { ...hours, periods: checked as ReceptionPeriod[] };
}

function checkProvenance(value: unknown, path: string, problems: ConfigProblem[]): Provenance | undefined {
  if (value === undefined) return HOST_PROVENANCE;
  if (
    !isObject(value) ||
    !CONFIDENCES.includes(value['confidence'] as Confidence) ||
    typeof value['source'] !== 'string' ||
    normalizeText(value['source']) === ''
  ) {
    problems.push({ path, id: 'places.config.provenanceInvalid' });
    return undefined;
  }
  return { confidence: value['confidence'] as Confidence, source: normalizeText(value['source']) };
}

function checkOffice(
  value: unknown,
  path: string,
  province: string | undefined,
  problems: ConfigProblem[],
): Office | undefined {
  if (!isObject(value)) {
    problems.push({ path, id: 'places.config.officeNotObject' });
    return undefined;
  }
  const before = problems.length;
  const id = requiredText(value['id'], `${path}.id`, 'places.config.officeIdMissing', problems);
  if (id !== undefined && !OFFICE_ID.test(id)) problems.push({ path: `${path}.id`, id: 'places.config.officeIdInvalid' });
  const officeProvince = optionalText(value['province'], `${path}.province`, problems);
  if (officeProvince !== undefined && province !== undefined && officeProvince !== province) {
    problems.push({ path: `${path}.province`, id: 'places.config.officeProvinceMismatch' });
  }
  const name = requiredText(value['name'], `${path}.name`, 'places.config.officeNameMissing', problems);
  const address = requiredText(value['address'], `${path}.address`, 'places.config.officeAddressMissing', problems);
  const nameEn = optionalText(value['nameEn'], `${path}.nameEn`, problems);
  const phone = optionalText(value['phone'], `${path}.phone`, problems);
  const email = optionalText(value['email'], `${path}.email`, problems);
  const hours = checkHours(value['hours'], `${path}.hours`, problems);
  const verified = value['verified'];
  if (verified !== undefined && typeof verified !== 'boolean') {
    problems.push({ path: `${path}.verified`, id: 'places.config.verifiedInvalid' });
  }
  const provenance = checkProvenance(value['provenance'], `${path}.provenance`, problems);
  if (problems.length > before || id === undefined || name === undefined || address === undefined) return undefined;
  if (hours === undefined || provenance === undefined || province === undefined) return undefined;
  return {
    id,
    province,
    name,
    ...(nameEn !== undefined ? { nameEn } : {}),
    address,
    ...(phone !== undefined ? { phone } : {}),
    ...(email !== undefined ? { email } : {}),
    hours,
    verified: typeof verified === 'boolean' ? verified : true,
    provenance,
  };
}

/** The ids written in a list of offices, valid or not. */
function listedIds(offices: unknown): string[] {
  if (!Array.isArray(offices)) return [];
  return offices.flatMap((o) => (isObject(o) && typeof o['id'] === 'string' ? [normalizeText(o['id'])] : []));
}

/**
 * Checks a host-supplied province configuration (parsed JSON or an object
 * from the embedding page). Problems are reported in document order; the
 * configuration is returned only when there are none.
 */
export function checkProvinceConfig(value: unknown): ConfigCheck {
  const problems: ConfigProblem[] = [];
  if (!isObject(value)) return { problems: [{ path: '', id: 'places.config.notObject' }] };

  const rawProvince = value['province'];
  const province =
    typeof rawProvince === 'string' && currentProvince(rawProvince.trim()) !== undefined ? rawProvince.trim() : undefined;
  if (province === undefined) problems.push({ path: 'province', id: 'places.config.unknownProvince' });

  const rawOffices = value['offices'];
  const offices: Office[] = [];
  if (!Array.isArray(rawOffices) || rawOffices.length === 0) {
    problems.push({ path: 'offices', id: 'places.config.noOffices' });
  } else {
    const seen = new Set<string>();
    rawOffices.forEach((raw, i) => {
      const path = `offices[${i}]`;
      const office = checkOffice(raw, path, province, problems);
      const id = isObject(raw) && typeof raw['id'] === 'string' ? normalizeText(raw['id']) : undefined;
      if (id !== undefined && id !== '') {
        if (seen.has(id)) problems.push({ path: `${path}.id`, id: 'places.config.officeIdDuplicate' });
        seen.add(id);
      }
      if (office) offices.push(office);
    });
  }

  const rawDefault = value['defaultOffice'];
  let defaultOffice: string | undefined;
  if (rawDefault === undefined) {
    defaultOffice = offices[0]?.id;
  } else if (typeof rawDefault !== 'string') {
    problems.push({ path: 'defaultOffice', id: 'places.config.fieldNotText' });
  } else if (listedIds(rawOffices).includes(normalizeText(rawDefault))) {
    defaultOffice = normalizeText(rawDefault);
  } else {
    problems.push({ path: 'defaultOffice', id: 'places.config.defaultOfficeUnknown' });
  }

  if (problems.length > 0 || province === undefined || defaultOffice === undefined) return { problems };
  return { config: { province, offices, defaultOffice }, problems };
}
