/**
 * English strings of the widget, a faithful translation of `vi.ts` and of
 * the Vietnamese tables registered by the lazily loaded elements (form,
 * uploads, photo, QR prefill, configuration notice). Loaded lazily, as one
 * table, only when an element resolves to `en`, so a Vietnamese page never
 * downloads it. Typed as `WidgetMessages`: a missing id is a compile error.
 */
import { appStringsEn } from '../components/hochieu-app/strings.en.js';
import { uploadStringsEn } from '../components/hochieu-file-input/strings.en.js';
import { formStringsEn } from '../components/hochieu-form/strings.en.js';
import { guideSectionStringsEn } from '../components/hochieu-guide/strings.en.js';
import { photoStringsEn } from '../components/hochieu-photo-input/strings.en.js';
import { qrStringsEn } from '../components/hochieu-qr-prefill/strings.en.js';
import { addressStringsEn } from '../components/address-field/strings.en.js';
import { configStringsEn } from '../config/strings.en.js';
import { staleStringsEn } from '../freshness/strings.en.js';
import type { WidgetMessages } from './vi.js';

const en: WidgetMessages = {
  'field.errorPrefix': 'Error:',
  'field.warningPrefix': 'Note:',
  'field.valueMissing': 'Fill in this field',
  'field.choiceMissing': 'Select an option',
  'field.checkboxMissing': 'Tick this box',
  'textField.previewLabel': 'Will be printed as:',
  'dateInput.day': 'Day',
  'dateInput.month': 'Month',
  'dateInput.year': 'Year',
  'errorSummary.heading': 'There is a problem',
  ...formStringsEn,
  ...appStringsEn,
  ...configStringsEn,
  ...staleStringsEn,
  ...uploadStringsEn,
  ...photoStringsEn,
  ...qrStringsEn,
  ...addressStringsEn,
  ...guideSectionStringsEn,

  // <hochieu-guide>
  'guide.label': 'Guide to the passport procedure',
  'guide.intro':
    'This guide sets out the procedure “Issuing an ordinary passport in Viet Nam” as the official procedure page and the National Public Service Portal guide describe it.',
  'guide.dateNote': 'Fees and the return date are worked out for {date}.',
  'guide.dataDate': 'This information was checked up to {date}.',
  'guide.dataDate.old': 'This information was checked up to {date}, more than 12 months ago: ask the receiving office before you apply.',
  'guide.toc': 'Contents',
  'guide.unverifiedTag': 'not fully verified',

  'guide.trust.title': 'Your data is not sent anywhere',
  'guide.trust.local':
    'This tool runs on your own device. Nothing you enter is sent to any server, including this website.',
  'guide.trust.portals':
    'Only two official portals accept online applications: the {national} ({nationalHost}) and the {ministry} ({ministryHost}).',
  'guide.trust.scam':
    'Beware of scams: never send images of your identity card, one-time codes (OTP) or passwords to anyone by phone, text message, social network or another website.',

  'guide.section.prepare': 'What do you need to prepare?',
  'guide.section.steps': 'Steps of the procedure',
  'guide.section.channels': 'Ways to apply',
  'guide.section.offices': 'Receiving offices',
  'guide.section.conditions': 'Conditions and who may apply',
  'guide.section.online': 'Applying online',
  'guide.sections.loading': 'Loading the content…',
  'guide.sections.failed': 'This content could not be loaded. Check your network connection, then close and open this section again.',

  'guide.q.intro':
    'Answer a few questions to see which form to use, which papers to bring, the fee and when you get your passport. The result appears below straight away; there is no button to press.',
  'guide.q.dob.label': 'Date of birth of the person who needs the passport',
  'guide.q.dob.hint': 'Used to choose form TK01 or TK01a. The date of birth stays on your device.',
  'guide.q.age.label': 'Or enter the age (in whole years)',
  'guide.q.age.hint': 'Only needed if you do not enter the date of birth.',
  'guide.q.reason.legend': 'Why do you need a passport?',
  'guide.q.reason.first': 'First passport',
  'guide.q.reason.renewal': 'I have a passport and need a new one (expired, expiring, or full)',
  'guide.q.reason.lost': 'The passport was lost',
  'guide.q.reason.damaged': 'The passport is damaged',
  'guide.q.chip.legend': 'Does the applicant have a chip identity card (thẻ căn cước or căn cước công dân)?',
  'guide.q.chip.yes': 'Yes',
  'guide.q.chip.no': 'Not yet',
  'guide.q.chip.legendParent': 'Does the parent or guardian applying for the child have a chip identity card (thẻ căn cước or căn cước công dân)?',
  'guide.q.personalId.legend': 'Does the child have a personal identification number (12 digits)?',
  'guide.q.personalId.yes': 'Yes',
  'guide.q.personalId.no': 'No, or I do not know',
  'guide.q.channel.legend': 'How do you want to apply?',
  'guide.q.channel.inPerson': 'In person at the immigration office',
  'guide.q.channel.online': 'Online on the Public Service Portal',
  'guide.q.delivery.legend': 'Where do you want to receive the passport?',
  'guide.q.delivery.office': 'Collect it at the office',
  'guide.q.delivery.post': 'By post (you pay a delivery fee)',

  'guide.result.title': 'The result for your case',
  'guide.result.empty': 'Answer the questions above. The result appears here straight away.',
  'guide.result.form.heading': 'Application form',
  'guide.result.form.value': 'Form {form}',
  'guide.result.form.circular': 'Issued with {circular}.',
  'guide.result.form.whyAdult': 'On {date} the applicant is {age} years old, that is 14 or over.',
  'guide.result.form.whyChild':
    'On {date} the applicant is {age} years old, under 14. A legal representative fills in and signs the form.',
  'guide.result.form.fromBirthday': 'From {birthday} (the 14th birthday) form TK01 is used.',
  'guide.result.form.needAge': 'Enter the date of birth or the age to see which form to use.',
  'guide.result.docs.heading': 'Papers to prepare',
  'guide.result.docs.needAnswers': 'Enter the date of birth (or age) and choose a reason to see the list of papers.',
  'guide.result.docs.conditional': 'Depends on your case',
  'guide.result.docs.quantity': 'Number: {count}',
  'guide.result.docs.form': 'Form: {form}',
  'guide.result.fee.heading': 'Fee',
  'guide.result.fee.value': '{amount} per passport',
  'guide.result.fee.basis': '{kind}. Basis: {basis}, in force on {date}.',
  'guide.result.fee.needReason': 'Choose why you need a passport to see the fee.',
  'guide.result.fee.none': 'No fee rate was found for {date}.',
  'guide.result.due.heading': 'Expected return date',
  'guide.result.due.value': 'By {due} at the latest',
  'guide.result.due.text':
    'If the office receives the complete dossier and you pay the fee on {date}: 8 working days, not counting the day of receipt, Saturdays, Sundays and public holidays.',
  'guide.result.due.closedDay':
    '{date} is not a working day. If the dossier is received on the next working day ({next}), it is due by {due} at the latest.',
  'guide.result.due.estimated':
    'The public holidays of this year have not been officially announced yet, so the return date is only an estimate.',
  'guide.result.where.heading': 'Where to apply',
  'guide.result.where.online': 'Apply on the {national} or the {ministry}, and choose the receiving office in the application.',
  'guide.result.where.offices': 'Receiving offices in {province}:',
  'guide.result.where.chipUnknown': 'Say whether you have a chip identity card to see whether you may apply in another province.',
  'guide.result.online.noChip':
    'Online filing is not possible yet: it needs the declarant’s electronic identification account and chip identity card. Apply in person at the immigration office (the papers below are those for applying in person), or get a chip identity card first and then apply online.',
  'guide.result.online.noChipParent':
    'Online filing is not possible yet: for a child under 14, the parent or guardian applies online with their own account and chip identity card. Apply in person at the immigration office (the papers below are those for applying in person), or let the representative get a chip identity card first and then apply online.',
  'guide.result.childChip': 'Children under 14 are issued only passports without an electronic chip.',
  'guide.result.summary.form': 'Form {form}.',
  'guide.result.summary.fee': 'Fee {amount}.',
  'guide.result.summary.due': 'Ready by {due} at the latest.',
  'guide.result.summary.docs': '{count} kinds of papers.',

  'guide.offices.address': 'Address',
  'guide.offices.phone': 'Phone',
  'guide.offices.email': 'Email',
  'guide.offices.hours': 'Reception hours',
  'guide.offices.hours.weekdays': 'Monday to Friday, office hours',
  'guide.offices.hours.saturday': 'Saturday morning',
  'guide.offices.hours.noSaturday': 'No Saturday-morning reception is recorded; ask the office.',
  'guide.offices.hours.period': '{days}: {from}–{to}',
  'guide.offices.hours.holidays': 'Closed on Tết and public holidays.',
  'guide.offices.default': 'Default office',
  'guide.offices.unverified':
    'The details of this office come from a source that has not been officially confirmed. Call or check before you go. The website administrator can correct them.',
  'guide.weekday.1': 'Monday',
  'guide.weekday.2': 'Tuesday',
  'guide.weekday.3': 'Wednesday',
  'guide.weekday.4': 'Thursday',
  'guide.weekday.5': 'Friday',
  'guide.weekday.6': 'Saturday',
  'guide.weekday.7': 'Sunday',

  'guide.fee.uncertainTitle': 'The fee may have changed',

};

export default en;
