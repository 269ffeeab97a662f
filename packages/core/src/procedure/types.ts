/**
 * Shared shapes of the procedure data: a point of the guide (one message id,
 * where it comes from, when it applies, and sub-points), the provenance of a
 * text (verbatim, excerpt, paraphrase or editorial note, with the source and
 * the confidence tag of shared/reference/domain-facts.md), and the citations
 * of the two source pages the guide reproduces: the official procedure page
 * of Công an tỉnh Lạng Sơn (seed 004) and the national portal guide (seed 000).
 */
import type { Provenance } from '../config/types.js';
import type { Channel, Delivery, FormId, RequestReason } from '../declaration/types.js';
import type { ProcedureMessageId } from './messages.js';

/** The official procedure page "Cấp hộ chiếu phổ thông ở trong nước" of Công an tỉnh Lạng Sơn. */
export const SOURCE_PROCEDURE_PAGE =
  'Công an tỉnh Lạng Sơn, thủ tục hành chính "Cấp hộ chiếu phổ thông ở trong nước" (seed 004)';
/** The guide to registering on and submitting through the national portal, published 31/05/2022. */
export const SOURCE_PORTAL_GUIDE =
  'Hướng dẫn công dân đăng nhập sử dụng dịch vụ công quốc gia đăng ký cấp hộ chiếu, đăng ngày 31/05/2022 (seed 000)';
/** The project's fact file, with the section cited after it. */
export const SOURCE_FACTS = 'shared/reference/domain-facts.md';

/**
 * How the Vietnamese text relates to its source:
 * - `verbatim`: the source's whole statement, words unchanged; only typography
 *   is normalised (quotes, arrows, spacing, capitals, final punctuation) and
 *   any listed `corrections` applied;
 * - `excerpt`: a contiguous part of a source sentence, words unchanged, made to
 *   stand alone (capital letter, final full stop);
 * - `paraphrased`: our wording of what the source says;
 * - `editorial`: our own note (a caution, a reading of two sources, a choice).
 */
export type TextWording = 'verbatim' | 'excerpt' | 'paraphrased' | 'editorial';

/** A typo or marker of the source that the Vietnamese text corrects or drops. */
export interface TextCorrection {
  /** As written in the source. */
  source: string;
  /** As written in our text (empty when the source fragment is dropped). */
  ours: string;
}

export interface TextProvenance extends Provenance {
  wording: TextWording;
  corrections?: readonly TextCorrection[];
  /** Why the text is worded or tagged as it is. */
  note?: string;
}

/** When a point of the guide applies; every listed dimension must match, absent means any. */
export interface PointCondition {
  reasons?: readonly RequestReason[];
  channels?: readonly Channel[];
  deliveries?: readonly Delivery[];
  forms?: readonly FormId[];
}

/** One statement of the guide, with optional sub-points. */
export interface GuidePoint {
  /** Stable id within its list, e.g. `submit.where.first`. */
  id: string;
  text: ProcedureMessageId;
  /** Values for `{placeholders}` of the text (e.g. a portal URL). */
  params?: Readonly<Record<string, string | number>>;
  provenance: TextProvenance;
  when?: PointCondition;
  /** Cautions shown with the point (e.g. the old identity card is no longer valid). */
  notes?: readonly ProcedureMessageId[];
  children?: readonly GuidePoint[];
}

/** The case a guide is shown for: used to keep only the points that apply. */
export interface GuideSituation {
  reason?: RequestReason;
  channel?: Channel;
  delivery?: Delivery;
  form?: FormId;
}

/** True when every dimension the point constrains is known and matches; an unknown dimension keeps the point. */
export function pointApplies(point: Pick<GuidePoint, 'when'>, situation: GuideSituation): boolean {
  const w = point.when;
  if (!w) return true;
  if (w.reasons && situation.reason !== undefined && !w.reasons.includes(situation.reason)) return false;
  if (w.channels && situation.channel !== undefined && !w.channels.includes(situation.channel)) return false;
  if (w.deliveries && situation.delivery !== undefined && !w.deliveries.includes(situation.delivery)) return false;
  if (w.forms && situation.form !== undefined && !w.forms.includes(situation.form)) return false;
  return true;
}

/** The points (and sub-points, recursively) that apply to a situation, in source order. */
export function selectPoints(points: readonly GuidePoint[], situation: GuideSituation): GuidePoint[] {
  const out: GuidePoint[] = [];
  for (const p of points) {
    if (!pointApplies(p, situation)) continue;
    if (p.children) out.push({ ...p, children: selectPoints(p.children, situation) });
    else out.push(p);
  }
  return out;
}
