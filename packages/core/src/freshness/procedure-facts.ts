/**
 * When each table of procedure texts (procedure/*.ts) was last checked
 * against its sources. Kept here rather than beside the texts, which the
 * embed's first screen loads, so that these strings travel only with the
 * freshness registry (issue 9, first-load budget).
 */
import type { Provenance } from '../config/types.js';

/** The procedure's tables of texts (steps, documents …) and when their sources were last checked. */
export interface ProcedureTableCheck {
  /** Short English name of the table. */
  readonly title: string;
  /** Vietnamese name of the table. */
  readonly titleVi: string;
  readonly source: string;
  /** ISO date. */
  readonly checkedOn: string;
  readonly confidence: Provenance['confidence'];
  /** A known pending correction or what to re-check next (English), if any. */
  readonly next?: string;
}

const PAGE = 'Thủ tục "Cấp hộ chiếu phổ thông ở trong nước", Công an tỉnh Lạng Sơn (seed 004)';
const FACTS = 'shared/reference/domain-facts.md';

/**
 * When each table of procedure texts was last checked against its sources:
 * all of them when domain-facts was compiled (2026-11-21). Where its
 * December 2026 corrections show that a bundled text is already out of date,
 * `next` says so (the correction itself belongs to the issue that owns the
 * data). Read by freshness/registry.ts.
 */
export const PROCEDURE_TABLES_CHECKED: Readonly<Record<string, ProcedureTableCheck>> = {
  steps: { title: 'Procedure steps and schedules', titleVi: 'Trình tự thực hiện và lịch tiếp nhận', source: PAGE, checkedOn: '2026-11-21', confidence: 'C2' },
  channels: {
    title: 'Ways of applying and receiving offices',
    titleVi: 'Cách thức thực hiện và nơi nộp hồ sơ',
    source: PAGE,
    checkedOn: '2026-11-21',
    confidence: 'C2',
  },
  portalGuide: { title: 'National portal guide', titleVi: 'Hướng dẫn nộp trên Cổng Dịch vụ công', source: 'Cổng Dịch vụ công quốc gia, hướng dẫn (seed 000)', checkedOn: '2026-11-21', confidence: 'S1' },
  documents: { title: 'Dossier documents', titleVi: 'Thành phần hồ sơ', source: PAGE, checkedOn: '2026-11-21', confidence: 'C2' },
  conditions: { title: 'Conditions, processing time and photo rules', titleVi: 'Điều kiện, thời hạn giải quyết và quy cách ảnh', source: `${PAGE}; ${FACTS}`, checkedOn: '2026-11-21', confidence: 'C2' },
  legalBasis: {
    title: 'Legal basis',
    titleVi: 'Căn cứ pháp lý',
    source: `${PAGE}; ${FACTS} §0`,
    checkedOn: '2026-11-21',
    confidence: 'C2',
    next: 'domain-facts December 2026 corrections: Luật 23/2023/QH15 was passed on 24/6/2023, not 14/6/2023 as bundled (from the procedure page); Thông tư 69/2026/TT-BCA is taken as in force from 1/7/2026.',
  },
};
