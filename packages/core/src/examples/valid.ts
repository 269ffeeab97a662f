/**
 * The named valid example declarations, the one set reused by every package,
 * the demo, the CLI and the tests (re-exported by `@hochieu/core/examples`;
 * the invalid examples are built from these). Names and numbers are invented;
 * personal ID numbers follow the structure of Nghị định 137/2015 (province
 * code, century and sex digit, two-digit birth year, six digits) so that they
 * validate.
 *
 * Submission dates are fixed so that fees and due dates are reproducible:
 * 2026-11-23 is a Monday, the day before the new 24/11 holiday.
 */
import type { Declaration } from '../declaration/types.js';

export type ValidExampleName =
  | 'minimalAdult'
  | 'fullAdult'
  | 'child'
  | 'childWithoutId'
  | 'lostPassport'
  | 'onlinePostal';

/** Only the required fields of TK01, first issue, in person, collected at the office. */
const minimalAdult: Declaration = {
  schemaVersion: 1,
  applicant: {
    familyName: 'Nguyễn',
    givenNames: 'Văn An',
    sex: 'male',
    dateOfBirth: '1990-05-12',
    placeOfBirth: 'Lạng Sơn',
    personalId: '020090123456',
    ethnicity: 'Kinh',
    religion: 'Không',
    phone: '0912345678',
    permanentAddress: 'Số 12 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn',
  },
  family: {},
  previousPassport: null,
  request: { reason: 'first', chip: true },
  submission: { date: '2026-11-23', channel: 'in-person', delivery: 'office' },
};

/** Every field of TK01 filled, including the items that only the 69/2026 version prints. */
const fullAdult: Declaration = {
  schemaVersion: 1,
  form: 'TK01',
  applicant: {
    familyName: 'Hoàng',
    givenNames: 'Thị Thu Hường',
    sex: 'female',
    dateOfBirth: '1988-02-29',
    placeOfBirth: 'Cao Bằng',
    personalId: '004188001234',
    ethnicity: 'Tày',
    religion: 'Phật giáo',
    phone: '+84 983 456 789',
    email: 'huong.hoang@example.vn',
    permanentAddress: 'Số 5 ngõ 3 phố Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn',
    temporaryAddress: 'Số 88 đường Trần Đăng Ninh, phường Đông Kinh, tỉnh Lạng Sơn',
    currentAddress: 'Số 88 đường Trần Đăng Ninh, phường Đông Kinh, tỉnh Lạng Sơn',
    occupation: 'Giáo viên',
    employer: 'Trường Trung học phổ thông Việt Bắc, số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn',
  },
  family: {
    father: { fullName: 'Hoàng Văn Đức', dateOfBirth: '1960' },
    mother: { fullName: 'Nông Thị Lụa', dateOfBirth: '1963-09-02' },
    spouse: { fullName: 'Lương Quốc Bảo', dateOfBirth: '1986-11-30' },
  },
  previousPassport: { number: 'C1234567', issueDate: '2016-08-15' },
  request: { reason: 'renewal', chip: true, details: 'Hộ chiếu cũ hết hạn ngày 15/08/2026' },
  feeRefund: {
    accountNumber: '0123456789012',
    accountHolder: 'HOÀNG THỊ THU HƯỜNG',
    bankName: 'Ngân hàng TMCP Ngoại thương Việt Nam, chi nhánh Lạng Sơn',
  },
  submission: {
    date: '2026-11-23',
    place: 'Lạng Sơn',
    channel: 'in-person',
    delivery: 'office',
    office: 'lang-son',
  },
};

/** TK01a: a ten-year-old with a personal ID number, declared by her mother. */
const child: Declaration = {
  schemaVersion: 1,
  form: 'TK01a',
  applicant: {
    familyName: 'Lý',
    givenNames: 'Minh Châu',
    sex: 'female',
    dateOfBirth: '2016-03-08',
    placeOfBirth: 'Lạng Sơn',
    personalId: '020316004567',
    ethnicity: 'Nùng',
    religion: 'Không',
    phone: '0868123456',
    permanentAddress: 'Thôn Pò Mã, xã Đồng Đăng, tỉnh Lạng Sơn',
  },
  family: {
    father: { fullName: 'Lý Văn Hùng', dateOfBirth: '1985-07-19' },
    mother: { fullName: 'Vi Thị Hạnh', dateOfBirth: '1987-12-01' },
  },
  previousPassport: null,
  request: { reason: 'first', chip: false },
  representative: {
    fullName: 'Vi Thị Hạnh',
    dateOfBirth: '1987-12-01',
    sex: 'female',
    idNumber: '020187009876',
    idIssueDate: '2021-04-20',
    permanentAddress: 'Thôn Pò Mã, xã Đồng Đăng, tỉnh Lạng Sơn',
    phone: '0868123456',
    relationship: 'Mẹ',
  },
  submission: { date: '2026-11-23', place: 'Lạng Sơn', channel: 'in-person', delivery: 'office' },
};

/** TK01a: an infant who has no personal ID number yet (a birth certificate copy is needed). */
const childWithoutId: Declaration = {
  schemaVersion: 1,
  applicant: {
    familyName: 'Trần',
    givenNames: 'Gia Bảo',
    sex: 'male',
    dateOfBirth: '2026-06-01',
    placeOfBirth: 'Lạng Sơn',
    personalId: '',
    ethnicity: 'Kinh',
    religion: 'Không',
    phone: '0977222333',
    permanentAddress: 'Số 20 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn',
  },
  family: {
    father: { fullName: 'Trần Quốc Huy', dateOfBirth: '1994-01-15' },
    mother: { fullName: 'Đỗ Thị Mai', dateOfBirth: '1996-10-10' },
  },
  previousPassport: null,
  request: { reason: 'first', chip: false },
  representative: {
    fullName: 'Trần Quốc Huy',
    dateOfBirth: '1994-01-15',
    sex: 'male',
    idNumber: '020094112233',
    idIssueDate: '2021-05-04',
    permanentAddress: 'Số 20 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn',
    phone: '0977222333',
    relationship: 'Cha',
  },
  submission: { date: '2026-11-23', channel: 'in-person', delivery: 'office' },
};

/** TK01: a passport still valid was lost; a loss report is attached; the fee is the replacement fee. */
const lostPassport: Declaration = {
  schemaVersion: 1,
  applicant: {
    familyName: 'Phạm',
    givenNames: 'Đức Thắng',
    sex: 'male',
    dateOfBirth: '1979-10-30',
    placeOfBirth: 'Hà Tây',
    personalId: '001079005555',
    ethnicity: 'Kinh',
    religion: 'Công giáo',
    phone: '0354 111 222',
    permanentAddress: 'Số 7 đường Nguyễn Du, phường Kỳ Lừa, tỉnh Lạng Sơn',
    occupation: 'Lái xe',
  },
  family: {
    father: { fullName: 'Phạm Văn Thành', dateOfBirth: '1950' },
    mother: { fullName: 'Đinh Thị Yến', dateOfBirth: '1954' },
  },
  previousPassport: { number: 'P01234567', issueDate: '2019-12-02' },
  request: { reason: 'lost', chip: false, details: 'Hộ chiếu bị mất ngày 02/10/2026, đã có đơn trình báo mất' },
  submission: { date: '2026-11-23', channel: 'in-person', delivery: 'office' },
};

/** TK01 submitted online, passport returned by post. */
const onlinePostal: Declaration = {
  schemaVersion: 1,
  applicant: {
    familyName: 'Đặng',
    givenNames: 'Khánh Linh',
    sex: 'female',
    dateOfBirth: '2005-08-19',
    placeOfBirth: 'TP Hồ Chí Minh',
    personalId: '079305001122',
    ethnicity: 'Kinh',
    religion: 'Không',
    phone: '0901234567',
    email: 'linh.dang@example.vn',
    permanentAddress: 'Số 40 đường Hoàng Văn Thụ, phường Chi Lăng, tỉnh Lạng Sơn',
    occupation: 'Sinh viên',
  },
  family: {
    father: { fullName: 'Đặng Văn Phúc', dateOfBirth: '1975-03-03' },
    mother: { fullName: 'Lê Thị Ngọc', dateOfBirth: '1978-06-21' },
  },
  previousPassport: null,
  request: { reason: 'first', chip: true },
  submission: {
    date: '2026-11-23',
    channel: 'online',
    delivery: 'post',
    postalAddress: 'Số 40 đường Hoàng Văn Thụ, phường Chi Lăng, tỉnh Lạng Sơn',
  },
};

export const validExamples: Readonly<Record<ValidExampleName, Declaration>> = {
  minimalAdult,
  fullAdult,
  child,
  childWithoutId,
  lostPassport,
  onlinePostal,
};

/** A deep copy of a named example, safe to modify in a test. */
export function example(name: ValidExampleName): Declaration {
  return JSON.parse(JSON.stringify(validExamples[name])) as Declaration;
}
