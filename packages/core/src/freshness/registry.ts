/**
 * The one list of dated facts. Core's bundled rules and tables are collected
 * here (form versions, fee rules, the days-off tables and the rules that
 * estimate later years, the provinces, each bundled office, the procedure's
 * tables of texts); data added later registers itself with
 * `registerDatedFacts` (e.g. generated place data: one entry for the whole
 * table). docs/data-status.md, `hochieu data-status` and the widget's
 * stale-data notice all read `datedFacts()`.
 */
import { addIsoDays, parseIsoDate } from '../dates/iso.js';
import { officialYears } from '../calendar/official-days-off.js';
import { bundledProvinceConfigs } from '../places/offices.js';
import { FEE_RULES } from '../procedure/fees.js';
import { formVersionMeta } from '../schema/versions.js';
import { STATUTORY_RULES_CHECK } from './calendar-facts.js';
import { CHECK_NOTES } from './check-notes.js';
import { OFFICE_CHECKS, PROVINCES_CHECK } from './places-facts.js';
import { PROCEDURE_TABLES_CHECKED } from './procedure-facts.js';
import type { DatedFact } from './types.js';

const registered: DatedFact[] = [];

/** Adds facts to the list (a module of dated data calls this once when it loads). Ids must be new. */
export function registerDatedFacts(facts: readonly DatedFact[]): void {
  const known = new Set(datedFacts().map((f) => f.id));
  for (const fact of facts) {
    if (known.has(fact.id)) throw new Error(`Dated fact ${fact.id} is already registered`);
    known.add(fact.id);
    registered.push(fact);
  }
}

function formFacts(): DatedFact[] {
  return Object.values(formVersionMeta).map((v) => ({
    id: `forms/${v.id}`,
    area: 'forms',
    title: { vi: `Mẫu ${v.form} theo ${v.circular.replace('_', '/').replace('TT', 'Thông tư ')}`, en: `Form ${v.form} of ${v.circular.replace('_', '/').replace('TT', 'Circular ')}` },
    source: v.source,
    checkedOn: v.checkedOn,
    validFrom: v.validFrom,
    validTo: null,
    confidence: v.verified ? 'C2' : 'INF',
    fallback: false,
    next:
      v.circular === 'TT31_2023'
        ? 'Replaced by Thông tư 69/2026/TT-BCA from 1/7/2026 per domain-facts (December 2026 corrections); the provincial procedure pages still cite 31/2023.'
        : 'Printed texts not yet checked against the official PDF (verified: false).',
    checkNote: null,
  }));
}

function feeFacts(): DatedFact[] {
  return FEE_RULES.map((r) => {
    const fallback = r.endDateUncertain === true;
    const base = FEE_RULES.find((b) => b.priority < r.priority && b.validTo === undefined);
    return {
      id: `fees/${r.id}`,
      area: 'fees',
      title: { vi: `Lệ phí theo ${r.basis}`, en: `Fee rule ${r.id} (${r.basis})` },
      source: r.provenance.source,
      checkedOn: r.checkedOn,
      validFrom: r.validFrom,
      validTo: r.validTo ?? null,
      confidence: r.provenance.confidence,
      fallback,
      next:
        fallback && r.validTo !== undefined
          ? `Ends ${r.validTo} (uncertain${r.uncertainFrom ? ` from ${r.uncertainFrom}` : ''}); after that ${base ? `the base rule ${base.id}` : 'no rule'} applies.`
          : null,
      checkNote: CHECK_NOTES[`fees/${r.id}`] ?? null,
    };
  });
}

function calendarFacts(): DatedFact[] {
  const facts: DatedFact[] = officialYears.map((y) => ({
    id: `calendar/official-${y.year}`,
    area: 'calendar',
    title: { vi: `Ngày nghỉ chính thức năm ${y.year}`, en: `Official days off of ${y.year}` },
    source: y.source,
    checkedOn: y.checkedOn,
    validFrom: `${y.year}-01-01`,
    validTo: `${y.year}-12-31`,
    confidence: y.daysOff.every((d) => d.confidence === 'C2' || d.confidence === 'S1') ? 'C2' : 'INF',
    fallback: y === officialYears[officialYears.length - 1],
    next:
      y === officialYears[officialYears.length - 1]
        ? `Ends ${y.year}-12-31; after that the days off are estimated from the law (calendar/statutory-days-off.ts) until the ${y.year + 1} notices are added.`
        : null,
    checkNote: null,
  }));
  const last = officialYears[officialYears.length - 1];
  facts.push({
    id: 'calendar/statutory-estimate',
    area: 'calendar',
    title: { vi: 'Ngày nghỉ ước tính theo Bộ luật Lao động (năm chưa có thông báo)', en: 'Days off estimated from the Labour Code (years without a notice)' },
    source: STATUTORY_RULES_CHECK.source,
    checkedOn: STATUTORY_RULES_CHECK.checkedOn,
    validFrom: last ? addIsoDays(`${last.year}-12-31`, 1) : null,
    validTo: null,
    confidence: 'INF',
    fallback: false,
    next: 'Estimates: replace each year with its official notice (Tết and bridge days are fixed each year by the Prime Minister).',
    checkNote: STATUTORY_RULES_CHECK.checkNote,
  });
  return facts;
}

function placeFacts(): DatedFact[] {
  const facts: DatedFact[] = [
    {
      id: 'places/provinces',
      area: 'places',
      title: { vi: 'Danh sách 34 tỉnh, thành phố và 63 đơn vị cũ', en: 'The 34 provinces and cities, and the 63 former units' },
      source: PROVINCES_CHECK.source,
      checkedOn: PROVINCES_CHECK.checkedOn,
      validFrom: PROVINCES_CHECK.validFrom,
      validTo: null,
      confidence: PROVINCES_CHECK.confidence,
      fallback: false,
      next: PROVINCES_CHECK.next,
      checkNote: null,
    },
  ];
  for (const config of Object.values(bundledProvinceConfigs)) {
    for (const office of config.offices) {
      const check = OFFICE_CHECKS[office.id];
      facts.push({
        id: `offices/${office.id}`,
        area: 'offices',
        title: { vi: office.name, en: office.nameEn ?? office.name },
        source: office.provenance.source,
        // An office without an entry in OFFICE_CHECKS gets '' here, which the freshness test rejects.
        checkedOn: check?.checkedOn ?? '',
        validFrom: null,
        validTo: null,
        confidence: office.provenance.confidence,
        fallback: false,
        next: check?.next ?? (office.verified ? null : 'Address not checked against an official page of the office (verified: false).'),
        checkNote: null,
      });
    }
  }
  return facts;
}

function procedureFacts(): DatedFact[] {
  return Object.entries(PROCEDURE_TABLES_CHECKED).map(([key, t]) => ({
    id: `procedure/${key}`,
    area: 'procedure',
    title: { vi: t.titleVi, en: t.title },
    source: t.source,
    checkedOn: t.checkedOn,
    validFrom: null,
    validTo: null,
    confidence: t.confidence,
    fallback: false,
    next: t.next ?? null,
    checkNote: null,
  }));
}

/** Every dated fact: core's bundled ones, then those registered, in a stable order. */
export function datedFacts(): readonly DatedFact[] {
  return [...formFacts(), ...feeFacts(), ...calendarFacts(), ...placeFacts(), ...procedureFacts(), ...registered];
}

const CONFIDENCES = new Set(['C2', 'S1', 'INF', 'host']);
const ISO = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * What is wrong with a list of facts, one line each (empty when nothing):
 * a missing or malformed `checkedOn`, `validFrom` or `validTo`, an empty
 * source or title, an unknown confidence, a window that ends before it
 * starts, a repeated id. The test command fails on any.
 */
export function datedFactProblems(facts: readonly DatedFact[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const isDate = (v: string): boolean => ISO.test(v) && parseIsoDate(v) !== null;
  for (const f of facts) {
    const at = f.id || '(no id)';
    if (!f.id) problems.push(`${at}: no id`);
    if (seen.has(f.id)) problems.push(`${at}: id repeated`);
    seen.add(f.id);
    if (typeof f.checkedOn !== 'string' || !isDate(f.checkedOn)) problems.push(`${at}: checkedOn missing or not an ISO date (${String(f.checkedOn)})`);
    if (!f.source || f.source.trim() === '') problems.push(`${at}: source missing`);
    if (!f.title?.vi?.trim() || !f.title?.en?.trim()) problems.push(`${at}: title missing`);
    if (!CONFIDENCES.has(f.confidence)) problems.push(`${at}: unknown confidence ${String(f.confidence)}`);
    if (f.validFrom !== null && !isDate(f.validFrom)) problems.push(`${at}: validFrom not an ISO date`);
    if (f.validTo !== null && !isDate(f.validTo)) problems.push(`${at}: validTo not an ISO date`);
    if (f.validFrom !== null && f.validTo !== null && f.validTo < f.validFrom) problems.push(`${at}: validTo before validFrom`);
  }
  return problems;
}
