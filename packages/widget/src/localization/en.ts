/**
 * English strings of the widget, a faithful translation of `vi.ts`. Loaded
 * lazily (only when an element resolves to `en`), so a Vietnamese page never
 * downloads it. Typed as `WidgetMessages`: a missing id is a compile error.
 */
import { formStringsEn } from '../components/hochieu-form/strings.en.js';
import { appStringsEn } from '../components/hochieu-app/strings.en.js';
import { configStringsEn } from '../config/strings.en.js';
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

  // <hochieu-guide>
  'guide.label': 'Guide to the passport procedure',
  'guide.intro':
    'This guide sets out the procedure “Issuing an ordinary passport in Viet Nam” as the official procedure page and the National Public Service Portal guide describe it.',
  'guide.dateNote': 'Fees and the return date are worked out for {date}.',
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
    'Applying online needs a citizen identity card with a chip. Until you have one, apply in person at the immigration office.',
  'guide.result.childChip': 'Children under 14 are issued only passports without an electronic chip.',
  'guide.result.summary.form': 'Form {form}.',
  'guide.result.summary.fee': 'Fee {amount}.',
  'guide.result.summary.due': 'Ready by {due} at the latest.',
  'guide.result.summary.docs': '{count} kinds of papers.',

  'guide.steps.label': 'Step {number}: {title}',
  'guide.channels.where.heading': 'Who applies where',
  'guide.channels.where.case': 'Case',
  'guide.channels.where.office': 'Where to apply',
  'guide.channels.portals': 'Portals that accept online applications',

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
  'guide.offices.schedules': 'When dossiers are received and passports returned',
  'guide.weekday.1': 'Monday',
  'guide.weekday.2': 'Tuesday',
  'guide.weekday.3': 'Wednesday',
  'guide.weekday.4': 'Thursday',
  'guide.weekday.5': 'Friday',
  'guide.weekday.6': 'Saturday',
  'guide.weekday.7': 'Sunday',

  'guide.documents.source': 'Official wording: {text}',
  'guide.documents.appliesOnline': 'Only when applying online.',
  'guide.documents.appliesInPerson': 'Only when applying in person.',

  'guide.processing.example': 'Example: a complete dossier received on {date} is due by {due} at the latest.',

  'guide.fee.today': 'Fee in force on {date}',
  'guide.fee.case': 'Case',
  'guide.fee.inPerson': 'In person',
  'guide.fee.online': 'Online',
  'guide.fee.basis': 'Basis: {basis}.',
  'guide.fee.uncertainTitle': 'The fee may have changed',
  'guide.fee.published': 'Rates printed on the official procedure page',
  'guide.fee.history': 'Rates over time',
  'guide.fee.none': 'No fee rate was found for this date.',

  'guide.forms.download': 'Download form {form} to print (blank PDF)',
  'guide.forms.loading': 'Making the PDF file…',
  'guide.forms.done': 'The file {file} is ready.',
  'guide.forms.failed': 'The PDF file could not be made. Please try again.',

  'guide.legal.number': 'Instrument',
  'guide.legal.issued': 'Issued on {date}',
  'guide.legal.effective': 'In force from {date}',
  'guide.legal.listed': 'Listed in the legal basis of the official procedure page.',
  'guide.legal.unverified': 'Not checked against the official text.',

  'guide.online.openPortal': 'Open the {name}',

  // Uploads
  'upload.choose': 'Choose a file',
  'upload.chooseAnother': 'Choose another file',
  'upload.remove': 'Remove the file',
  'upload.limits': 'Use {accepted}, up to {max}.',
  'upload.accept.images': 'a JPEG or PNG image',
  'upload.accept.photo': 'a JPEG, PNG or WebP image',
  'upload.accept.imagesOrPdf': 'a JPEG or PNG image or a PDF file',
  'upload.privacy': 'The file stays on your device and is not sent anywhere.',
  'upload.none': 'No file chosen.',
  'upload.selected': 'Chosen file: {name}, {size}',
  'upload.pdf': 'PDF file',
  'upload.checking': 'Checking the file…',
  'upload.accepted': 'The file {name} was accepted.',
  'upload.removed': 'The file was removed.',
  'upload.keptPrevious': 'The file chosen before ({name}) is kept.',
  'upload.kind.jpeg': 'a JPEG image',
  'upload.kind.png': 'a PNG image',
  'upload.kind.webp': 'a WebP image',
  'upload.kind.gif': 'a GIF image',
  'upload.kind.pdf': 'a PDF file',
  'upload.kind.heif': 'a HEIC/HEIF image',
  'upload.error.empty': 'The file “{name}” is empty (0 bytes). Choose another file.',
  'upload.error.tooLarge': 'The file “{name}” is {size}, more than the maximum of {max}. Choose a smaller file.',
  'upload.error.svg': 'The file “{name}” is an SVG image. For safety, SVG images are not accepted. Choose a JPEG or PNG image.',
  'upload.error.html':
    'The file “{name}” is really a web page (HTML), not an image or a PDF, even though its name looks like one. Choose the right file.',
  'upload.error.notPdf':
    'The file “{name}” is named as a PDF but its content is not a PDF. Choose the real PDF file, or a photo of the document.',
  'upload.error.notAccepted': 'The file “{name}” is {kind}, which cannot be used here. Choose {accepted}.',
  'upload.error.unknownType': 'The file “{name}” is not {accepted}. Choose another file.',
  'upload.error.truncated':
    'The file “{name}” is incomplete: its end is missing (it may not have finished downloading or copying). Choose the original file again.',
  'upload.error.malformed': 'The file “{name}” is damaged: its image size cannot be read. Choose another file.',
  'upload.error.dimensionsTooLarge':
    'The image “{name}” declares {width} × {height} pixels, too large to open safely (at most {maxSide} pixels a side and {megapixels} million pixels). Choose a smaller image.',
  'upload.error.undecodable':
    'The image “{name}” cannot be opened: it is damaged or this browser cannot read this kind of image. Choose another image.',
  'upload.error.unreadable': 'The file “{name}” could not be read from your device. Choose it again.',

  // <hochieu-photo-input>
  'photo.choose': 'Choose a photo',
  'photo.take': 'Take a photo',
  'photo.remove': 'Remove the photo',
  'photo.chooseAnother': 'Choose another photo',
  'photo.none': 'No portrait yet.',
  'photo.loading': 'Opening the photo…',
  'photo.processing': 'Processing the photo…',
  'photo.crop.heading': 'Adjust the 4 × 6 frame',
  'photo.crop.label': '4 × 6 crop frame',
  'photo.crop.roledescription': 'crop frame',
  'photo.crop.instructions':
    'Drag the photo to move the frame, or select the frame and use the arrow keys to move it, + and − to zoom in and out, and 0 to reset. Hold Shift to move faster. The head and shoulders must be fully inside the frame.',
  'photo.crop.status': 'Zoom {zoom}%. Frame {x}% from the left edge, {y}% from the top edge.',
  'photo.crop.zoom': 'Zoom (%)',
  'photo.crop.zoomIn': 'Zoom in',
  'photo.crop.zoomOut': 'Zoom out',
  'photo.crop.left': 'Move the frame left',
  'photo.crop.right': 'Move the frame right',
  'photo.crop.up': 'Move the frame up',
  'photo.crop.down': 'Move the frame down',
  'photo.crop.apply': 'Use this frame',
  'photo.crop.cancel': 'Cancel',
  'photo.result': 'Photo to be used: JPEG, {width} × {height} pixels, {size}, with no location or camera data.',
  'photo.previewAlt': 'Portrait cropped to the 4 × 6 frame',
  'photo.accepted': 'The portrait was accepted.',
  'photo.removed': 'The portrait was removed.',
  'photo.checks.heading': 'The photo may not meet the requirements',
  'photo.checks.intro':
    'Only a few points can be checked automatically, and the checks can be wrong. Look at the photo again; if it meets the requirements, you can still use it.',
  'photo.check.aspect':
    'The original photo ({width} × {height} pixels) is not 4 × 6, so the part outside the frame is cut off. Check that the frame holds the whole head and shoulders.',
  'photo.check.lowResolution':
    'The part inside the frame has only {width} × {height} pixels (at least {minWidth} × {minHeight} is advised); the printed photo may be blurred.',
  'photo.check.tooDark': 'The photo is too dark; the face may not be clear.',
  'photo.check.tooBright': 'The photo is too bright, almost white; the face may not be clear.',
  'photo.check.backgroundNotLight': 'The background near the edges is not white. A passport photo needs a white background.',
  'photo.check.backgroundNotUniform': 'The background near the edges is not even (objects, shadows or patterns).',
  'photo.check.smallFile': 'The original file is very small ({size}); it may have been heavily compressed, and the print may be blurred.',
  'photo.check.compressed': 'To keep the photo within {max} it had to be compressed strongly and may lose detail.',
  'photo.useAnyway': 'Use this photo anyway',
  'photo.adjust': 'Adjust the frame',
  'photo.overridden': 'You chose to use this photo despite the notes.',
  'photo.error.cannotFit': 'The photo “{name}” cannot be compressed below {max}. Choose another photo.',
  'photo.error.encode': 'This browser cannot process the photo “{name}”. Try another photo or another browser.',

  // <hochieu-qr-prefill>
  'qr.heading': 'Fill in from the QR code on the ID card',
  'qr.intro':
    'The QR code on the front of the chip citizen ID card holds the personal identification number, full name, date of birth, sex and permanent address. It is read on your own device, and you check the details before they go into the form.',
  'qr.chooseImage': 'Choose a photo of the card’s front',
  'qr.useUploaded': 'Read the QR code from the uploaded front image',
  'qr.useCamera': 'Scan the code with the camera',
  'qr.stopCamera': 'Stop scanning',
  'qr.cameraHint': 'Hold the QR code on the front of the card in the middle of the picture, steady, well lit and without glare.',
  'qr.cameraLabel': 'Camera picture',
  'qr.cameraStarting': 'Opening the camera…',
  'qr.reading': 'Reading the QR code…',
  'qr.error.notFound':
    'No QR code was found in the picture. Take the photo of the card’s front again, sharp, well lit and without glare, or type the details into the form yourself.',
  'qr.error.notText': 'The content of this QR code cannot be read. Please type the details into the form yourself.',
  'qr.error.camera': 'The camera could not be opened (it may not be allowed). You can choose a photo of the card’s front instead.',
  'qr.review.heading': 'Check the details that were read',
  'qr.review.intro': 'These details will be filled into the form. You can still change each of them afterwards.',
  'qr.review.oldId': 'Old ID card (CMND) number',
  'qr.review.issueDate': 'Card issue date',
  'qr.review.address': 'Permanent address (correct it if needed)',
  'qr.confirm': 'Fill in the form',
  'qr.cancel': 'Do not use',
  'qr.filled': 'The details from the QR code were filled in. Check each of them in the form.',
  'qr.cancelled': 'The details read from the QR code were dropped; the form is unchanged.',
};

export default en;
