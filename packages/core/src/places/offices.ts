/**
 * Bundled receiving offices ("Cơ quan Quản lý xuất nhập cảnh Công an cấp
 * tỉnh", the authority named by the procedure "Cấp hộ chiếu phổ thông ở
 * trong nước") for three provinces, as `ProvinceConfig`s a host can replace.
 * Hours follow the procedure page of Công an tỉnh Lạng Sơn: "Từ thứ 2 đến
 * thứ 6 hàng tuần và sáng thứ 7 (đối với các đơn vị bố trí tiếp nhận hồ sơ
 * vào sáng thứ 7); trừ ngày Tết, ngày lễ", so Saturday morning is set only
 * where a source says the office opens then (none of the sources here does).
 * Addresses come from domain-facts §8.2 and the footer of the Lạng Sơn page,
 * written in today's communes (two-level units since 1/7/2025);
 * none was checked against an official page of the office itself, so every
 * office here is `verified: false` and shown with a notice.
 */
import type { Office, ProvinceConfig, ReceptionHours } from '../config/types.js';

/** The province whose configuration applies when the host names none. */
export const DEFAULT_PROVINCE = 'lang-son';

/** Monday–Friday in office hours; no Saturday morning unless a source says so. */
const WEEKDAYS_ONLY: ReceptionHours = { weekdays: true, saturdayMorning: false };

const langSon: ProvinceConfig = {
  province: 'lang-son',
  defaultOffice: 'lang-son',
  offices: [
    {
      id: 'lang-son',
      province: 'lang-son',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Lạng Sơn',
      nameEn: 'Immigration Management Division, Lạng Sơn Provincial Police',
      // Phường Chi Lăng of the former city of Lạng Sơn is part of Phường Lương Văn Tri since 1/7/2025 (merger map, code 05983)
      address: 'Số 15 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: {
        confidence: 'INF',
        source:
          'Address of the headquarters of Công an tỉnh Lạng Sơn, from the footer of its procedure page ' +
          '"Cấp hộ chiếu phổ thông ở trong nước" (© 2024, pre-2025 ward Chi Lăng, now in Lương Văn Tri). ' +
          'The address of the Immigration Management Division\'s reception desk was not found [NF].',
      },
    },
  ],
};

const HCM_SOURCE = 'thanhnien.vn/3-diem-lam-ho-chieu-o-tphcm-sau-sap-nhap-185250702171210923.htm (07/2025)';

const hoChiMinh: ProvinceConfig = {
  province: 'ho-chi-minh',
  defaultOffice: 'tphcm-nguyen-thi-minh-khai',
  offices: [
    {
      id: 'tphcm-nguyen-thi-minh-khai',
      province: 'ho-chi-minh',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an Thành phố Hồ Chí Minh (196 Nguyễn Thị Minh Khai)',
      nameEn: 'Immigration Management Division, Ho Chi Minh City Police (196 Nguyễn Thị Minh Khai)',
      address: 'Số 196 Nguyễn Thị Minh Khai, phường Xuân Hòa, Thành phố Hồ Chí Minh',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: {
        confidence: 'S1',
        source: `${HCM_SOURCE}; formerly Phường 6, Quận 3 per older pages`,
      },
    },
    {
      id: 'tphcm-ngo-gia-tu',
      province: 'ho-chi-minh',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an Thành phố Hồ Chí Minh (239 Ngô Gia Tự)',
      nameEn: 'Immigration Management Division, Ho Chi Minh City Police (239 Ngô Gia Tự)',
      address: 'Số 239 Ngô Gia Tự, phường Thủ Dầu Một, Thành phố Hồ Chí Minh',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: { confidence: 'S1', source: `${HCM_SOURCE}; former Bình Dương area` },
    },
    {
      id: 'tphcm-pham-hung',
      province: 'ho-chi-minh',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an Thành phố Hồ Chí Minh (120 Phạm Hùng)',
      nameEn: 'Immigration Management Division, Ho Chi Minh City Police (120 Phạm Hùng)',
      address: 'Số 120 Phạm Hùng, phường Bà Rịa, Thành phố Hồ Chí Minh',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: { confidence: 'S1', source: `${HCM_SOURCE}; former Bà Rịa - Vũng Tàu area` },
    },
  ],
};

const PHU_THO_SOURCE = 'repository vi-phuong-158/bandocapt, api/chat.js (marked "đã xác minh" there; not an official page)';

const phuTho: ProvinceConfig = {
  province: 'phu-tho',
  defaultOffice: 'phu-tho-viet-tri',
  offices: [
    {
      id: 'phu-tho-viet-tri',
      province: 'phu-tho',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Phú Thọ (Việt Trì)',
      nameEn: 'Immigration Management Division, Phú Thọ Provincial Police (Việt Trì)',
      address: 'Khu E, Công an tỉnh Phú Thọ, khu 7, phường Việt Trì, tỉnh Phú Thọ',
      phone: '069.2.645.166',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: { confidence: 'S1', source: `${PHU_THO_SOURCE}; former Phú Thọ area` },
    },
    {
      id: 'phu-tho-vinh-yen',
      province: 'phu-tho',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Phú Thọ (Vĩnh Yên)',
      nameEn: 'Immigration Management Division, Phú Thọ Provincial Police (Vĩnh Yên)',
      address: 'Thôn Vị Trù, phường Vĩnh Yên, tỉnh Phú Thọ',
      phone: '0211.3.558.668',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: { confidence: 'S1', source: `${PHU_THO_SOURCE}; former Vĩnh Phúc area` },
    },
    {
      id: 'phu-tho-hoa-binh',
      province: 'phu-tho',
      name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Phú Thọ (Hòa Bình)',
      nameEn: 'Immigration Management Division, Phú Thọ Provincial Police (Hòa Bình)',
      address: 'Đại lộ Thịnh Lang, phường Hòa Bình, tỉnh Phú Thọ',
      phone: '0218.3.855.311',
      hours: WEEKDAYS_ONLY,
      verified: false,
      provenance: { confidence: 'S1', source: `${PHU_THO_SOURCE}; former Hòa Bình area` },
    },
  ],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The bundled configurations by current province id. Frozen: copy before changing. */
export const bundledProvinceConfigs: Record<string, ProvinceConfig> = deepFreeze({
  'lang-son': langSon,
  'ho-chi-minh': hoChiMinh,
  'phu-tho': phuTho,
});

/** The bundled configuration of a current province, or undefined when none is bundled. */
export function provinceConfig(id: string): ProvinceConfig | undefined {
  return Object.prototype.hasOwnProperty.call(bundledProvinceConfigs, id) ? bundledProvinceConfigs[id] : undefined;
}

/** The office of a configuration by id, falling back to its default office. */
export function officeOf(config: ProvinceConfig, officeId?: string): Office | undefined {
  return (
    (officeId === undefined ? undefined : config.offices.find((o) => o.id === officeId)) ??
    config.offices.find((o) => o.id === config.defaultOffice)
  );
}
