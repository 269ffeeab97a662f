/**
 * The published JSON Schema (draft 2020-12) of a declaration, schemaVersion 1.
 * It states the shape of the public JSON contract (keys, types, formats,
 * enumerations); the legal and cross-field rules (ID structure, ages, form
 * choice) are core's validation rules, which a JSON Schema cannot express.
 * `declaration.schema.json` beside this file is generated from this object by
 * `pnpm build` and checked by a test to be identical.
 */

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const isoDateOrYear = { type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' } as const;
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const sex = { enum: ['male', 'female'] } as const;

const familyMember = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['fullName', 'dateOfBirth'],
  properties: {
    fullName: text(100),
    dateOfBirth: { ...isoDateOrYear, description: 'YYYY-MM-DD, or a year alone YYYY' },
  },
} as const;

export const DECLARATION_SCHEMA_ID = 'https://hochieu.github.io/schema/declaration-1.json';

export const declarationJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: DECLARATION_SCHEMA_ID,
  title: 'hochieu declaration (TK01 / TK01a), schemaVersion 1',
  description:
    'What a citizen declares on the Vietnamese ordinary passport declaration TK01 (14 and over) or TK01a (under 14, by a legal representative), and how the dossier is submitted. Text is Unicode NFC.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'applicant', 'family', 'previousPassport', 'request', 'submission'],
  properties: {
    schemaVersion: { const: 1 },
    form: { enum: ['TK01', 'TK01a'] },
    applicant: {
      type: 'object',
      additionalProperties: false,
      required: [
        'familyName',
        'givenNames',
        'sex',
        'dateOfBirth',
        'placeOfBirth',
        'personalId',
        'ethnicity',
        'religion',
        'phone',
        'permanentAddress',
      ],
      properties: {
        familyName: text(40),
        givenNames: text(60),
        sex,
        dateOfBirth: { ...isoDateOrYear, description: 'YYYY-MM-DD; a year alone is accepted with a warning for adults' },
        placeOfBirth: text(100),
        personalId: { type: 'string', pattern: '^(\\d{12})?$', description: 'Số định danh cá nhân, 12 digits; empty only for a child without one' },
        ethnicity: text(50),
        religion: text(80),
        phone: text(20),
        email: text(254),
        permanentAddress: text(250),
        temporaryAddress: text(250),
        currentAddress: text(250),
        occupation: text(100),
        employer: text(250),
      },
    },
    family: {
      type: 'object',
      additionalProperties: false,
      properties: { father: familyMember, mother: familyMember, spouse: familyMember },
    },
    previousPassport: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['number', 'issueDate'],
      properties: { number: text(20), issueDate: isoDate },
    },
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['reason', 'chip'],
      properties: {
        reason: { enum: ['first', 'renewal', 'lost', 'damaged', 'other'] },
        chip: { type: 'boolean' },
        details: text(500),
      },
    },
    representative: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'permanentAddress', 'phone', 'relationship'],
      properties: {
        fullName: text(100),
        dateOfBirth: isoDate,
        sex,
        idNumber: { type: 'string', pattern: '^(\\d{9}|\\d{12})$' },
        idIssueDate: isoDate,
        permanentAddress: text(250),
        phone: text(20),
        relationship: text(50),
      },
    },
    feeRefund: {
      description:
        'Fee-refund account of the forms of Thông tư 69/2026/TT-BCA (TK01 item 15, TK01a item 13): all three parts, or none. The account number is digits (spaces, dots and hyphens ignored), 6 to 19 of them.',
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['accountNumber', 'accountHolder', 'bankName'],
      properties: { accountNumber: { ...text(30), pattern: '^[0-9 .\\-]*$' }, accountHolder: text(100), bankName: text(150) },
    },
    submission: {
      type: 'object',
      additionalProperties: false,
      required: ['date', 'channel', 'delivery'],
      properties: {
        date: isoDate,
        place: text(60),
        channel: { enum: ['in-person', 'online'] },
        delivery: { enum: ['office', 'post'] },
        postalAddress: text(250),
        office: text(80),
      },
    },
  },
} as const;
