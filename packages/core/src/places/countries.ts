/**
 * Country names for "Nơi sinh" when the applicant was born abroad: note (3)
 * of TK01/TK01a under Thông tư 31/2023/TT-BCA says "Nếu sinh ra ở nước ngoài
 * thì ghi tên quốc gia". Each entry has its ISO 3166-1 alpha-2 code, the name
 * as commonly written in Vietnamese papers and press (short forms such as
 * "Pháp", "Nhật Bản"; the formal "Liên bang Nga", "Cộng hòa Liên bang Đức"
 * where that is the usual written form), the English short name, and other
 * spellings people type. The list covers the 192 UN member states other
 * than Việt Nam, the two UN observer states, and three places Vietnamese
 * papers name with "(Trung Quốc)". The Vietnamese spellings are common
 * usage, not taken from an official register [INF]; the field stays free
 * text, so they are only suggestions. A birth in Việt Nam is written as a
 * province, not a country.
 */
import { compactKey } from './fold.js';

export type CountryStatus = 'member' | 'observer' | 'territory';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Vietnamese name to write on the form. */
  name: string;
  nameEn: string;
  /** Other spellings (Vietnamese transliterations, short or formal names, English variants). */
  aliases: readonly string[];
  /** UN member state, UN observer state, or a territory named with its sovereign. */
  status: CountryStatus;
}

type Row = readonly [code: string, name: string, nameEn: string, aliases?: readonly string[]];

/** UN member states. Asia first (neighbours at the top), then Europe, the Americas, Africa, Oceania. */
const MEMBERS: readonly Row[] = [
  // Asia
  ['CN', 'Trung Quốc', 'China', ['Cộng hòa Nhân dân Trung Hoa']],
  ['LA', 'Lào', 'Laos', ['Cộng hòa Dân chủ Nhân dân Lào']],
  ['KH', 'Campuchia', 'Cambodia', ['Cam-pu-chia', 'Căm-pu-chia']],
  ['TH', 'Thái Lan', 'Thailand'],
  ['JP', 'Nhật Bản', 'Japan', ['Nhật']],
  ['KR', 'Hàn Quốc', 'South Korea', ['Đại Hàn Dân Quốc', 'Nam Hàn', 'Korea']],
  ['KP', 'Triều Tiên', 'North Korea', ['Cộng hòa Dân chủ Nhân dân Triều Tiên', 'Bắc Triều Tiên']],
  ['MY', 'Malaysia', 'Malaysia', ['Ma-lai-xi-a', 'Mã Lai']],
  ['SG', 'Singapore', 'Singapore', ['Xin-ga-po', 'Xinh-ga-po']],
  ['ID', 'Indonesia', 'Indonesia', ['In-đô-nê-xi-a']],
  ['PH', 'Philippines', 'Philippines', ['Phi-líp-pin', 'Philippin']],
  ['MM', 'Myanmar', 'Myanmar', ['Mi-an-ma', 'Miến Điện']],
  ['BN', 'Brunei', 'Brunei', ['Bru-nây']],
  ['TL', 'Đông Timor', 'Timor-Leste', ['Timor-Leste', 'Đông Ti-mo']],
  ['MN', 'Mông Cổ', 'Mongolia'],
  ['IN', 'Ấn Độ', 'India'],
  ['PK', 'Pakistan', 'Pakistan', ['Pa-ki-xtan']],
  ['BD', 'Bangladesh', 'Bangladesh', ['Băng-la-đét']],
  ['LK', 'Sri Lanka', 'Sri Lanka', ['Xri Lan-ca']],
  ['NP', 'Nepal', 'Nepal', ['Nê-pan']],
  ['BT', 'Bhutan', 'Bhutan', ['Bu-tan']],
  ['MV', 'Maldives', 'Maldives', ['Man-đi-vơ']],
  ['AF', 'Afghanistan', 'Afghanistan', ['Áp-ga-ni-xtan']],
  ['IR', 'Iran', 'Iran', ['I-ran']],
  ['IQ', 'Iraq', 'Iraq', ['I-rắc']],
  ['SY', 'Syria', 'Syria', ['Xy-ri']],
  ['LB', 'Liban', 'Lebanon', ['Li-băng', 'Lebanon']],
  ['JO', 'Jordan', 'Jordan', ['Gioóc-đa-ni']],
  ['IL', 'Israel', 'Israel', ['I-xra-en']],
  ['SA', 'Ả Rập Xê Út', 'Saudi Arabia', ['Saudi Arabia', 'A-rập Xê-út']],
  ['AE', 'Các Tiểu vương quốc Ả Rập Thống nhất', 'United Arab Emirates', ['UAE', 'Dubai']],
  ['QA', 'Qatar', 'Qatar', ['Ca-ta']],
  ['KW', 'Kuwait', 'Kuwait', ['Cô-oét']],
  ['BH', 'Bahrain', 'Bahrain', ['Ba-ranh']],
  ['OM', 'Oman', 'Oman', ['Ô-man']],
  ['YE', 'Yemen', 'Yemen', ['Y-ê-men']],
  ['TR', 'Thổ Nhĩ Kỳ', 'Türkiye', ['Turkey']],
  ['CY', 'Síp', 'Cyprus', ['Cyprus']],
  ['GE', 'Gruzia', 'Georgia', ['Georgia']],
  ['AM', 'Armenia', 'Armenia', ['Ác-mê-ni-a']],
  ['AZ', 'Azerbaijan', 'Azerbaijan', ['A-déc-bai-gian']],
  ['KZ', 'Kazakhstan', 'Kazakhstan', ['Ca-dắc-xtan']],
  ['UZ', 'Uzbekistan', 'Uzbekistan', ['U-dơ-bê-ki-xtan']],
  ['TM', 'Turkmenistan', 'Turkmenistan', ['Tuốc-mê-ni-xtan']],
  ['KG', 'Kyrgyzstan', 'Kyrgyzstan', ['Cư-rơ-gư-xtan']],
  ['TJ', 'Tajikistan', 'Tajikistan', ['Tát-gi-ki-xtan']],
  // Europe
  ['FR', 'Pháp', 'France'],
  ['DE', 'Cộng hòa Liên bang Đức', 'Germany', ['Đức', 'CHLB Đức']],
  ['RU', 'Liên bang Nga', 'Russia', ['Nga']],
  ['GB', 'Vương quốc Anh', 'United Kingdom', ['Anh', 'Vương quốc Liên hiệp Anh và Bắc Ireland', 'UK']],
  ['CZ', 'Séc', 'Czechia', ['Cộng hòa Séc', 'Czech Republic']],
  ['SK', 'Slovakia', 'Slovakia', ['Xlô-va-ki-a']],
  ['PL', 'Ba Lan', 'Poland'],
  ['UA', 'Ukraine', 'Ukraine', ['U-crai-na', 'Ucraina']],
  ['BY', 'Belarus', 'Belarus', ['Bê-la-rút']],
  ['BG', 'Bulgaria', 'Bulgaria', ['Bun-ga-ri', 'Bungari']],
  ['HU', 'Hungary', 'Hungary', ['Hung-ga-ri', 'Hungari']],
  ['RO', 'Romania', 'Romania', ['Ru-ma-ni', 'Rumani']],
  ['IT', 'Italia', 'Italy', ['Ý', 'I-ta-li-a']],
  ['ES', 'Tây Ban Nha', 'Spain'],
  ['PT', 'Bồ Đào Nha', 'Portugal'],
  ['NL', 'Hà Lan', 'Netherlands'],
  ['BE', 'Bỉ', 'Belgium'],
  ['LU', 'Luxembourg', 'Luxembourg', ['Lúc-xăm-bua']],
  ['CH', 'Thụy Sĩ', 'Switzerland', ['Thụy Sỹ']],
  ['AT', 'Áo', 'Austria'],
  ['DK', 'Đan Mạch', 'Denmark'],
  ['SE', 'Thụy Điển', 'Sweden'],
  ['NO', 'Na Uy', 'Norway'],
  ['FI', 'Phần Lan', 'Finland'],
  ['IS', 'Iceland', 'Iceland', ['Ai-xơ-len', 'Băng Đảo']],
  ['IE', 'Ireland', 'Ireland', ['Ai-len', 'Ai Len']],
  ['GR', 'Hy Lạp', 'Greece'],
  ['MT', 'Malta', 'Malta', ['Man-ta']],
  ['EE', 'Estonia', 'Estonia', ['E-xtô-ni-a']],
  ['LV', 'Latvia', 'Latvia', ['Lát-vi-a']],
  ['LT', 'Litva', 'Lithuania', ['Lithuania', 'Lít-va']],
  ['MD', 'Moldova', 'Moldova', ['Môn-đô-va']],
  ['SI', 'Slovenia', 'Slovenia', ['Xlô-ven-ni-a']],
  ['HR', 'Croatia', 'Croatia', ['Crô-a-ti-a']],
  ['BA', 'Bosnia và Herzegovina', 'Bosnia and Herzegovina', ['Bosnia', 'Bô-xni-a Héc-dê-gô-vi-na']],
  ['RS', 'Serbia', 'Serbia', ['Xéc-bi-a']],
  ['ME', 'Montenegro', 'Montenegro', ['Mông-tê-nê-grô']],
  ['MK', 'Bắc Macedonia', 'North Macedonia', ['Macedonia']],
  ['AL', 'Albania', 'Albania', ['An-ba-ni']],
  ['AD', 'Andorra', 'Andorra'],
  ['MC', 'Monaco', 'Monaco', ['Mô-na-cô']],
  ['SM', 'San Marino', 'San Marino'],
  ['LI', 'Liechtenstein', 'Liechtenstein'],
  // The Americas
  ['US', 'Hoa Kỳ', 'United States', ['Mỹ', 'Hợp chủng quốc Hoa Kỳ', 'USA']],
  ['CA', 'Canada', 'Canada', ['Ca-na-đa']],
  ['MX', 'Mexico', 'Mexico', ['Mê-hi-cô']],
  ['CU', 'Cuba', 'Cuba', ['Cu-ba']],
  ['BR', 'Brazil', 'Brazil', ['Bra-xin', 'Brasil']],
  ['AR', 'Argentina', 'Argentina', ['Ác-hen-ti-na']],
  ['CL', 'Chile', 'Chile', ['Chi-lê']],
  ['PE', 'Peru', 'Peru', ['Pê-ru']],
  ['CO', 'Colombia', 'Colombia', ['Cô-lôm-bi-a']],
  ['VE', 'Venezuela', 'Venezuela', ['Vê-nê-xu-ê-la']],
  ['EC', 'Ecuador', 'Ecuador', ['Ê-cu-a-đo']],
  ['BO', 'Bolivia', 'Bolivia', ['Bô-li-vi-a']],
  ['PY', 'Paraguay', 'Paraguay', ['Pa-ra-goay']],
  ['UY', 'Uruguay', 'Uruguay', ['U-ru-goay']],
  ['GY', 'Guyana', 'Guyana'],
  ['SR', 'Suriname', 'Suriname'],
  ['PA', 'Panama', 'Panama', ['Pa-na-ma']],
  ['CR', 'Costa Rica', 'Costa Rica'],
  ['NI', 'Nicaragua', 'Nicaragua', ['Ni-ca-ra-goa']],
  ['HN', 'Honduras', 'Honduras'],
  ['SV', 'El Salvador', 'El Salvador', ['En Xan-va-đo']],
  ['GT', 'Guatemala', 'Guatemala'],
  ['BZ', 'Belize', 'Belize'],
  ['DO', 'Cộng hòa Dominica', 'Dominican Republic', ['Dominican Republic']],
  ['HT', 'Haiti', 'Haiti', ['Ha-i-ti']],
  ['JM', 'Jamaica', 'Jamaica', ['Gia-mai-ca']],
  ['BS', 'Bahamas', 'Bahamas'],
  ['BB', 'Barbados', 'Barbados'],
  ['TT', 'Trinidad và Tobago', 'Trinidad and Tobago'],
  ['DM', 'Dominica', 'Dominica'],
  ['GD', 'Grenada', 'Grenada'],
  ['AG', 'Antigua và Barbuda', 'Antigua and Barbuda'],
  ['KN', 'Saint Kitts và Nevis', 'Saint Kitts and Nevis'],
  ['LC', 'Saint Lucia', 'Saint Lucia'],
  ['VC', 'Saint Vincent và Grenadines', 'Saint Vincent and the Grenadines'],
  // Africa
  ['EG', 'Ai Cập', 'Egypt'],
  ['DZ', 'Algeria', 'Algeria', ['An-giê-ri']],
  ['MA', 'Maroc', 'Morocco', ['Ma-rốc', 'Morocco']],
  ['TN', 'Tunisia', 'Tunisia', ['Tuy-ni-di']],
  ['LY', 'Libya', 'Libya', ['Li-bi']],
  ['SD', 'Sudan', 'Sudan', ['Xu-đăng']],
  ['SS', 'Nam Sudan', 'South Sudan'],
  ['ZA', 'Nam Phi', 'South Africa'],
  ['AO', 'Angola', 'Angola', ['Ăng-gô-la']],
  ['MZ', 'Mozambique', 'Mozambique', ['Mô-dăm-bích']],
  ['NG', 'Nigeria', 'Nigeria', ['Ni-giê-ri-a']],
  ['GH', 'Ghana', 'Ghana', ['Ga-na']],
  ['CI', 'Bờ Biển Ngà', "Côte d'Ivoire", ["Côte d'Ivoire", 'Cốt Đi-voa']],
  ['SN', 'Senegal', 'Senegal', ['Xê-nê-gan']],
  ['ML', 'Mali', 'Mali'],
  ['BF', 'Burkina Faso', 'Burkina Faso'],
  ['NE', 'Niger', 'Niger'],
  ['TD', 'Chad', 'Chad', ['Sát']],
  ['CM', 'Cameroon', 'Cameroon', ['Ca-mơ-run']],
  ['CF', 'Cộng hòa Trung Phi', 'Central African Republic', ['Trung Phi']],
  ['CG', 'Cộng hòa Congo', 'Congo', ['Congo']],
  ['CD', 'Cộng hòa Dân chủ Congo', 'DR Congo', ['CHDC Congo']],
  ['GA', 'Gabon', 'Gabon'],
  ['GQ', 'Guinea Xích Đạo', 'Equatorial Guinea'],
  ['ST', 'São Tomé và Príncipe', 'São Tomé and Príncipe'],
  ['BJ', 'Benin', 'Benin', ['Bê-nanh']],
  ['TG', 'Togo', 'Togo'],
  ['LR', 'Liberia', 'Liberia'],
  ['SL', 'Sierra Leone', 'Sierra Leone'],
  ['GN', 'Guinea', 'Guinea', ['Ghi-nê']],
  ['GW', 'Guinea-Bissau', 'Guinea-Bissau'],
  ['GM', 'Gambia', 'Gambia'],
  ['CV', 'Cabo Verde', 'Cabo Verde', ['Cape Verde', 'Cáp Ve']],
  ['MR', 'Mauritania', 'Mauritania'],
  ['ET', 'Ethiopia', 'Ethiopia', ['Ê-ti-ô-pi-a']],
  ['ER', 'Eritrea', 'Eritrea'],
  ['DJ', 'Djibouti', 'Djibouti'],
  ['SO', 'Somalia', 'Somalia', ['Xô-ma-li']],
  ['KE', 'Kenya', 'Kenya', ['Kê-ni-a']],
  ['UG', 'Uganda', 'Uganda', ['U-gan-đa']],
  ['TZ', 'Tanzania', 'Tanzania', ['Tan-da-ni-a']],
  ['RW', 'Rwanda', 'Rwanda'],
  ['BI', 'Burundi', 'Burundi'],
  ['ZM', 'Zambia', 'Zambia', ['Dăm-bi-a']],
  ['ZW', 'Zimbabwe', 'Zimbabwe', ['Dim-ba-bu-ê']],
  ['MW', 'Malawi', 'Malawi'],
  ['BW', 'Botswana', 'Botswana'],
  ['NA', 'Namibia', 'Namibia', ['Na-mi-bi-a']],
  ['LS', 'Lesotho', 'Lesotho'],
  ['SZ', 'Eswatini', 'Eswatini', ['Swaziland']],
  ['MG', 'Madagascar', 'Madagascar', ['Ma-đa-ga-xca']],
  ['MU', 'Mauritius', 'Mauritius'],
  ['SC', 'Seychelles', 'Seychelles'],
  ['KM', 'Comoros', 'Comoros'],
  // Oceania
  ['AU', 'Australia', 'Australia', ['Úc', 'Ô-xtrây-li-a', 'Ôxtrâylia']],
  ['NZ', 'New Zealand', 'New Zealand', ['Niu Di-lân', 'Tân Tây Lan']],
  ['PG', 'Papua New Guinea', 'Papua New Guinea', ['Pa-pua Niu Ghi-nê']],
  ['FJ', 'Fiji', 'Fiji', ['Phi-gi']],
  ['SB', 'Quần đảo Solomon', 'Solomon Islands', ['Solomon']],
  ['VU', 'Vanuatu', 'Vanuatu'],
  ['WS', 'Samoa', 'Samoa'],
  ['TO', 'Tonga', 'Tonga'],
  ['KI', 'Kiribati', 'Kiribati'],
  ['TV', 'Tuvalu', 'Tuvalu'],
  ['NR', 'Nauru', 'Nauru'],
  ['PW', 'Palau', 'Palau'],
  ['FM', 'Micronesia', 'Micronesia'],
  ['MH', 'Quần đảo Marshall', 'Marshall Islands', ['Marshall']],
];

const OBSERVERS: readonly Row[] = [
  ['VA', 'Tòa Thánh Vatican', 'Holy See', ['Vatican', 'Tòa Thánh']],
  ['PS', 'Palestine', 'Palestine', ['Pa-le-xtin']],
];

/** Places with their own ISO code that Vietnamese papers write with their sovereign in brackets. */
const TERRITORIES: readonly Row[] = [
  ['TW', 'Đài Loan (Trung Quốc)', 'Taiwan', ['Đài Loan', 'Taiwan']],
  ['HK', 'Hồng Kông (Trung Quốc)', 'Hong Kong', ['Hồng Kông', 'Hongkong', 'Hương Cảng']],
  ['MO', 'Ma Cao (Trung Quốc)', 'Macao', ['Ma Cao', 'Macau']],
];

const build = (rows: readonly Row[], status: CountryStatus): Country[] =>
  rows.map(([code, name, nameEn, aliases = []]) => ({ code, name, nameEn, aliases, status }));

export const COUNTRIES: readonly Country[] = [
  ...build(MEMBERS, 'member'),
  ...build(OBSERVERS, 'observer'),
  ...build(TERRITORIES, 'territory'),
];

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

/** By ISO 3166-1 alpha-2 code, case-insensitive (`'jp'` → Nhật Bản). */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.trim().toUpperCase());
}

let nameIndex: Map<string, Country> | undefined;

function buildNameIndex(): Map<string, Country> {
  const index = new Map<string, Country>();
  for (const country of COUNTRIES) {
    for (const text of [country.name, country.nameEn, ...country.aliases]) {
      const key = compactKey(text);
      if (key !== '' && !index.has(key)) index.set(key, country);
    }
  }
  return index;
}

/**
 * A typed country name, tolerant of case, diacritics, hyphens and spaces,
 * in Vietnamese, a usual transliteration or English ("nhat ban", "Japan",
 * "Ô-xtrây-li-a"). Leading "nước" is ignored.
 */
export function findCountry(text: string): Country | undefined {
  nameIndex ??= buildNameIndex();
  const key = compactKey(text);
  if (key === '') return undefined;
  return nameIndex.get(key) ?? (key.startsWith('nuoc') ? nameIndex.get(key.slice(4)) : undefined);
}
