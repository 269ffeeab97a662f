/**
 * What a host (a provincial police website) can configure without a release:
 * its receiving offices, extra days off or swapped working days, fee rules
 * (to correct a window whose end date is uncertain, or add a new circular),
 * and which form versions are enabled. Every uncertain fact in core is data
 * of these shapes, so a webmaster can override it.
 */
import type { Channel } from '../declaration/types.js';

/** Where a fact comes from and how sure we are (tags of shared/reference/domain-facts.md). */
export type Confidence = 'C2' | 'S1' | 'INF' | 'host';

export interface Provenance {
  confidence: Confidence;
  /** Short citation (document, page or repository). */
  source: string;
}

/** A reception period of an office, e.g. Monday-Friday 07:30-11:30. */
export interface ReceptionPeriod {
  /** ISO weekdays 1 (Monday) ... 7 (Sunday). */
  days: number[];
  /** `HH:MM`. */
  from: string;
  /** `HH:MM`. */
  to: string;
}

export interface ReceptionHours {
  /** The rule of the seed page: Monday to Friday in office hours, Saturday morning where the unit arranges it. */
  weekdays: boolean;
  saturdayMorning: boolean;
  /** Exact periods when the office publishes them; absent means "giờ hành chính". */
  periods?: ReceptionPeriod[];
}

export interface Office {
  /** Stable id, used in URLs and configuration (`lang-son`, `tphcm-nguyen-thi-minh-khai`). */
  id: string;
  /** Id of the current (post-2025) province the office belongs to. */
  province: string;
  /** Official Vietnamese name, e.g. "Phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn". */
  name: string;
  nameEn?: string;
  address: string;
  phone?: string;
  email?: string;
  hours: ReceptionHours;
  /** Whether the address was checked against an official source. Unverified data is shown with a notice. */
  verified: boolean;
  provenance: Provenance;
}

export interface ProvinceConfig {
  /** Current province id (one of the 34). */
  province: string;
  offices: Office[];
  /** Office preselected in the guide and form. */
  defaultOffice: string;
}

/** One fee window: amounts in đồng per passport, valid between two dates inclusive. */
export interface FeeRule {
  id: string;
  validFrom: string;
  /** Inclusive; absent means open-ended. */
  validTo?: string;
  /** True when sources disagree on the end date (shown in the guide; hosts may override). */
  endDateUncertain?: boolean;
  /** Channels the window applies to; absent means every channel. */
  channels?: Channel[];
  /** `issue`: first issue or renewal; `replacement`: reissue because lost or damaged. */
  amounts: { issue: number; replacement: number };
  /** The legal instrument, e.g. "Thông tư số 64/2025/TT-BTC". */
  basis: string;
  /** Higher wins when several windows apply on the same date. */
  priority: number;
  provenance: Provenance;
}

/** The circular whose TK01/TK01a apply: 31/2023 until 30/6/2026, 69/2026 from 1/7/2026 (or the host's pin). */
export type FormVersionId = 'TT31_2023' | 'TT69_2026';

export interface HostConfig {
  province?: ProvinceConfig;
  /** Extra days off (ISO dates), e.g. a day the province closes, or 2027 Tết days once announced. */
  daysOff?: string[];
  /** Extra working days (ISO dates), e.g. a Saturday worked to swap a bridge day. */
  workingDays?: string[];
  /** Fee rules that replace bundled rules with the same id, or add new ones. */
  fees?: FeeRule[];
  /**
   * @deprecated Retired: the version follows the submission date (31/2023
   * until 30/6/2026, 69/2026 from 1/7/2026). Still accepted and checked, with
   * no effect; `checkHostConfig` returns a notice. Use `pinnedFormVersion` to
   * keep one version.
   */
  enabledFormVersions?: FormVersionId[];
  /** Force one version whatever the date, e.g. `TT31_2023` for an office still handing out the 2023 forms. */
  pinnedFormVersion?: FormVersionId;
}
