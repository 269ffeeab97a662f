/**
 * The passport fee ("lệ phí") by date, channel and reason, as fee windows
 * (config `FeeRule`): the base rate of Thông tư 25/2021/TT-BTC (200.000 đ,
 * 400.000 đ for a reissue after loss or damage), the 80% window of Thông tư
 * 44/2023/TT-BTC (1/7–31/12/2023), the 90% online rate of Thông tư
 * 63/2023/TT-BTC (1/1/2024–31/12/2025; some sources say 62/2023) and the 50%
 * window of Thông tư 64/2025/TT-BTC (from 1/7/2025; end date disputed,
 * 31/12/2025 or 31/12/2026). Amounts follow shared/reference/domain-facts.md
 * §6 and the official procedure page (seed 004).
 *
 * How windows combine: on a date, the rules whose window contains it and
 * whose channels include the applicant's are candidates; the highest
 * `priority` wins, and reductions never stack. Priorities follow the order in
 * which the instruments were made (a later instrument that sets the rate for
 * a period prevails), so from 1/7/2025 to 31/12/2025 an online dossier pays
 * the 50% rate (100.000 đ), not the 90% online rate (180.000 đ): Thông tư
 * 64/2025 fixes the rate "bằng 50% mức thu" of Thông tư 25/2021 for every
 * applicant, and the online incentive was meant to charge less, never more,
 * than the counter. This reading is [INF]; a host can change it by overriding
 * the rules. A host rule replaces the bundled rule with the same id or adds a
 * new one; on equal priority the later start date, then the host rule, wins.
 */
import { parseIsoDate } from '../dates/iso.js';
import type { FeeRule } from '../config/types.js';
import type { Channel, RequestReason } from '../declaration/types.js';
import type { ProcedureMessageId } from './messages.js';
import { SOURCE_FACTS, SOURCE_PROCEDURE_PAGE } from './types.js';
import { verbatim } from './provenance.js';
import type { TextProvenance } from './types.js';

/** A bundled fee window with the texts the guide shows about it. */
export interface ProcedureFeeRule extends FeeRule {
  label: ProcedureMessageId;
  notes?: readonly ProcedureMessageId[];
  /**
   * With `endDateUncertain`: the first day on which sources disagree whether
   * the window still applies (e.g. 2026-01-01 when one source ends it on
   * 2025-12-31). Before that day the window is certain.
   */
  uncertainFrom?: string;
  /** When the rule's sources were last checked (ISO date; see freshness/). */
  checkedOn: string;
}

export const FEE_RULES: readonly ProcedureFeeRule[] = [
  {
    id: 'tt25-2021-base',
    // In force from 22/5/2021 (plo.vn); signed 7/4/2021.
    validFrom: '2021-05-22',
    amounts: { issue: 200_000, replacement: 400_000 },
    basis: 'Thông tư số 25/2021/TT-BTC',
    priority: 0,
    label: 'procedure.fee.rule.tt25',
    checkedOn: '2026-11-21',
    notes: ['procedure.fee.note.afterReduction'],
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_PROCEDURE_PAGE}; ${SOURCE_FACTS} §6; start date: plo.vn "Từ 22-5 bỏ lệ phí gia hạn hộ chiếu" [S1]`,
    },
  },
  {
    id: 'tt44-2023',
    validFrom: '2023-07-01',
    validTo: '2023-12-31',
    amounts: { issue: 160_000, replacement: 320_000 },
    basis: 'Thông tư số 44/2023/TT-BTC',
    priority: 10,
    label: 'procedure.fee.rule.tt44',
    checkedOn: '2026-11-21',
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_PROCEDURE_PAGE} (amounts, end 31/12/2023); ${SOURCE_FACTS} §6 (start 1/7/2023, giadinh.suckhoedoisong.vn) [S1 for the start]`,
    },
  },
  {
    id: 'tt63-2023-online',
    validFrom: '2024-01-01',
    validTo: '2025-12-31',
    channels: ['online'],
    amounts: { issue: 180_000, replacement: 360_000 },
    basis: 'Thông tư số 63/2023/TT-BTC',
    priority: 20,
    label: 'procedure.fee.rule.tt63Online',
    checkedOn: '2026-11-21',
    notes: ['procedure.fee.note.basisConflict', 'procedure.fee.note.overlap'],
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_FACTS} §6: TT 63/2023/TT-BTC Điều 5 adds k3 to Điều 4 TT 25/2021 (giadinh.suckhoedoisong.vn; vietbao.vn); the Phú Thọ procedure page cites "TT 62/2023/TT-BTC": number conflict 62 vs 63`,
    },
  },
  {
    id: 'tt64-2025',
    validFrom: '2025-07-01',
    validTo: '2026-12-31',
    endDateUncertain: true,
    uncertainFrom: '2026-01-01',
    amounts: { issue: 100_000, replacement: 200_000 },
    basis: 'Thông tư số 64/2025/TT-BTC',
    priority: 30,
    label: 'procedure.fee.rule.tt64',
    checkedOn: '2026-12-05',
    notes: ['procedure.fee.note.uncertainEnd', 'procedure.fee.note.overlap'],
    provenance: {
      confidence: 'C2',
      source: `${SOURCE_FACTS} §6: end 31/12/2026 per the Phú Thọ procedure page (2026-07-15) and giadinh.suckhoedoisong.vn (21/02/2026); 31/12/2025 per cafef.vn and giadinh.suckhoedoisong.vn (24/12/2025); the amending instrument was not found`,
    },
  },
];

/** Notes shown with the fee whatever the window. */
export const FEE_NOTES: readonly { text: ProcedureMessageId; provenance: TextProvenance }[] = [
  {
    text: 'procedure.fee.note.children',
    provenance: { wording: 'editorial', confidence: 'INF', source: `${SOURCE_FACTS} §6: Thông tư 25/2021/TT-BTC has no age-based row` },
  },
  {
    text: 'procedure.fee.note.courier',
    provenance: { wording: 'paraphrased', confidence: 'C2', source: `${SOURCE_PROCEDURE_PAGE} ("phải trả phí dịch vụ chuyển phát"); ${SOURCE_FACTS} §6 (Phú Thọ)` },
  },
];

/** The fee lines of the official page, verbatim (for the guide's "as published" view). */
export const FEE_SEED_LINES: readonly { text: ProcedureMessageId; ruleId: string; provenance: TextProvenance }[] = [
  { text: 'procedure.fee.seed.base', ruleId: 'tt25-2021-base', provenance: verbatim(SOURCE_PROCEDURE_PAGE, 'C2') },
  { text: 'procedure.fee.seed.tt44', ruleId: 'tt44-2023', provenance: verbatim(SOURCE_PROCEDURE_PAGE, 'S1') },
];

export type FeeKind = 'issue' | 'replacement';

/**
 * `issue` ("cấp mới") for a first passport, a renewal and any other request;
 * `replacement` ("cấp lại do bị hỏng hoặc bị mất") for a lost or damaged one.
 * "other" pays the issue fee [INF: the schedule has no other row].
 */
export function feeKindFor(reason: RequestReason): FeeKind {
  return reason === 'lost' || reason === 'damaged' ? 'replacement' : 'issue';
}

export interface FeeQuery {
  /** ISO date of submission (the fee in force on that day). */
  date: string;
  reason: RequestReason;
  channel: Channel;
}

export interface FeeQuote {
  /** In đồng, per passport. The same for applicants under 14 (no age row). */
  amount: number;
  currency: 'VND';
  rule: FeeRule;
  basis: string;
  /** True when the window's end date is disputed on this date, or a disputed window ended before it. */
  uncertain: boolean;
  kind: FeeKind;
}

function checkDate(date: string, what: string): void {
  if (!parseIsoDate(date)) throw new RangeError(`${what} is not an ISO date: ${date}`);
}

/** Bundled rules with host rules applied: same id replaces, new id adds. Throws on a malformed host rule. */
export function effectiveFeeRules(overrides: readonly FeeRule[] = []): FeeRule[] {
  for (const r of overrides) {
    checkDate(r.validFrom, `Fee rule ${r.id}: validFrom`);
    if (r.validTo !== undefined) {
      checkDate(r.validTo, `Fee rule ${r.id}: validTo`);
      if (r.validTo < r.validFrom) throw new RangeError(`Fee rule ${r.id} ends before it starts`);
    }
    if (!(Number.isInteger(r.amounts.issue) && r.amounts.issue >= 0 && Number.isInteger(r.amounts.replacement) && r.amounts.replacement >= 0)) {
      throw new RangeError(`Fee rule ${r.id}: amounts must be whole numbers of đồng`);
    }
  }
  const byId = new Map<string, FeeRule>();
  for (const r of FEE_RULES) byId.set(r.id, r);
  for (const r of overrides) {
    byId.delete(r.id); // re-inserted last so that, on a tie, the host rule wins
    byId.set(r.id, r);
  }
  return [...byId.values()];
}

function covers(rule: FeeRule, date: string, channel: Channel): boolean {
  if (date < rule.validFrom) return false;
  if (rule.validTo !== undefined && date > rule.validTo) return false;
  return rule.channels === undefined || rule.channels.includes(channel);
}

function uncertainOn(rule: FeeRule, date: string): boolean {
  if (!rule.endDateUncertain) return false;
  const from = (rule as ProcedureFeeRule).uncertainFrom;
  return from === undefined || date >= from;
}

/**
 * The fee on a date. Returns null when no rule covers the date (before the
 * base rate of 2021). `uncertain` is true when the chosen window's end date
 * is disputed and the date lies in the disputed part, when the chosen rule is
 * itself [INF], or when a higher-priority window with a disputed end date
 * ended before the date (it may have been extended): the guide then says to
 * check with the office; a host that knows clears it by overriding the rule
 * with `endDateUncertain: false`.
 */
export function feeOn(query: FeeQuery, overrides: readonly FeeRule[] = []): FeeQuote | null {
  checkDate(query.date, 'Fee date');
  const rules = effectiveFeeRules(overrides);
  let chosen: FeeRule | undefined;
  let chosenIndex = -1;
  for (const [index, rule] of rules.entries()) {
    if (!covers(rule, query.date, query.channel)) continue;
    const wins =
      chosen === undefined ||
      rule.priority > chosen.priority ||
      (rule.priority === chosen.priority &&
        (rule.validFrom > chosen.validFrom || (rule.validFrom === chosen.validFrom && index > chosenIndex)));
    if (wins) {
      chosen = rule;
      chosenIndex = index;
    }
  }
  if (chosen === undefined) return null;
  const winner: FeeRule = chosen;
  const kind = feeKindFor(query.reason);
  const endedUncertain = rules.some(
    (r) =>
      r !== winner &&
      r.endDateUncertain === true &&
      r.priority > winner.priority &&
      r.validTo !== undefined &&
      r.validTo < query.date &&
      (r.channels === undefined || r.channels.includes(query.channel)),
  );
  return {
    amount: winner.amounts[kind],
    currency: 'VND',
    rule: winner,
    basis: winner.basis,
    uncertain: uncertainOn(winner, query.date) || winner.provenance.confidence === 'INF' || endedUncertain,
    kind,
  };
}
