/**
 * When the bundled place data was last checked: the table of provinces
 * (places/provinces.ts) and each bundled office (places/offices.ts). Kept
 * here, beside the registry, rather than in the place modules, so that the
 * place data can be regenerated without losing these dates; a new office
 * without an entry here fails the freshness test until it is given one.
 */
import type { Confidence } from '../config/types.js';

export interface PlaceCheck {
  readonly source: string;
  /** ISO date. */
  readonly checkedOn: string;
  readonly confidence: Confidence;
  readonly validFrom: string | null;
  readonly next: string | null;
}

/** The 34 province-level units and the 63 former ones (places/provinces.ts). */
export const PROVINCES_CHECK: PlaceCheck = {
  source:
    'Nghị quyết 202/2025/QH15 (vnexpress.net, nghean24h.vn, baothanhhoa.vn); domain-facts §8.1',
  checkedOn: '2026-11-21',
  confidence: 'C2',
  validFrom: '2025-07-01',
  next:
    'domain-facts December 2026 corrections: Đồng Nai is a centrally run city from 30/4/2026 (Nghị quyết 30/2026/QH16), ' +
    'which the bundled table does not show yet; names and kinds change by resolution of the National Assembly.',
};

/** Bundled offices by id; the date their addresses were last checked (domain-facts §8.2, offices.ts). */
export const OFFICE_CHECKS: Readonly<Record<string, { readonly checkedOn: string; readonly next?: string }>> = {
  'lang-son': {
    checkedOn: '2026-11-21',
    next: 'domain-facts December 2026 corrections: the former Phường Chi Lăng of this address is now part of Phường Lương Văn Tri.',
  },
  'tphcm-nguyen-thi-minh-khai': { checkedOn: '2026-11-21' },
  'tphcm-ngo-gia-tu': { checkedOn: '2026-11-21' },
  'tphcm-pham-hung': { checkedOn: '2026-11-21' },
  'phu-tho-viet-tri': { checkedOn: '2026-11-21' },
  'phu-tho-vinh-yen': { checkedOn: '2026-11-21' },
  'phu-tho-hoa-binh': { checkedOn: '2026-11-21' },
};
