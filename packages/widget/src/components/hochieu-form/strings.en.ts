/**
 * English strings of `<hochieu-form>`, its drafts, its review page, the
 * uploads step, the QR prefill, the export step (ZIP, print) and the
 * combobox: a faithful translation of strings.vi.ts, spread into the lazy
 * English table (`localization/en.ts`). Typed on the Vietnamese keys, so a
 * missing or extra id is a compile error.
 */
import type { formStringsVi } from './strings.vi.js';

export const formStringsEn: { readonly [K in keyof typeof formStringsVi]: string } = {
  'form.label': 'Passport application form',
  'form.caption': 'Form {form} · Step {index} of {count}',
  'form.continue': 'Continue',
  'form.back': 'Back',
  'form.optional': '(optional)',
  'form.combobox.count': '{count} suggestions; use the up and down arrow keys to choose and Enter to take one.',
  'form.combobox.count.one': '{count} suggestion; press Enter to take it, or use the up and down arrow keys.',
  'form.place.country': 'Country',
  'form.id.decoded': 'This number says: birth registered in: {province}; sex: {sex}; born in {year} ({century} century).',
  'form.id.unknownProvince': 'code {code}, not in the list',
  'form.switch.TK01a':
    'Because the applicant is under 14 on the day of submission, the form is TK01a; the legal representative fills it in and signs it for them.',
  'form.switch.TK01a.more':
    'The form adds part A about the legal representative and has no choice of a chip passport (children under 14 are issued passports without a chip).',
  'form.switch.TK01': 'Because the applicant is 14 or older on the day of submission, the form is TK01.',
  'form.version.changed':
    'For a submission on {date}, the form is {form} issued with {circular} (the forms of Circular 69/2026/TT-BCA apply from 1/7/2026). Everything you entered is kept.',
  'form.version.added': 'This form has new items to fill in: {fields}.',
  'form.version.notPrinted': 'This form does not print these items (your answers are kept): {fields}.',

  'form.tasks.title': 'Fill in the passport application form',
  'form.tasks.intro':
    'Fill in each part below in turn. What you type stays on this device: it is not sent to any server, not even this website.',
  'form.tasks.form': 'Form: {form}.',
  'form.tasks.formUnknown': 'The form (TK01 or TK01a) is chosen from the date of birth and the date of submission.',
  'form.tasks.listLabel': 'Parts to fill in',
  'form.tasks.start': 'Start',
  'form.tasks.resume': 'Continue filling in',
  'form.tasks.review': 'Check your answers',
  'form.tasks.export': 'Download the form',
  'form.status.notStarted': 'Not started',
  'form.status.inProgress': 'In progress',
  'form.status.completed': 'Completed',
  'form.status.hasErrors': 'Has errors',

  'review.title': 'Check your answers',
  'review.intro': 'Read your answers again before you download the form. Select “Change” to correct an answer.',
  'review.form': 'Form',
  'review.formValue': 'Form {form}',
  'review.due': 'Result due',
  'review.dueValue': '{due} (dossier submitted on {date}, 8 working days)',
  'review.change': 'Change',
  'review.empty': 'Not given',
  'review.confirm': 'Confirm and continue',

  'form.export.title': 'Download the form',
  'form.export.intro':
    'Your form {form} is ready. Download it, print it on A4 paper, stick on the photo, sign it and take it with you when you apply.',
  'form.export.pdf': 'Download the form as PDF',
  'form.export.docx': 'Download the form as DOCX',
  'form.export.busy': 'Making the {kind} file, please wait…',
  'form.export.done': 'The file {file} is ready.',
  'form.export.failed': 'The {kind} file could not be made: {reason}. Your draft is kept as it was, with the files you added; please try again.',
  'form.export.reason.load': 'the document maker could not be loaded (check your internet connection)',
  'form.export.reason.render': 'an error occurred while making the file ({detail})',
  'form.export.reason.invalid': 'the form still has errors: {list}',

  'form.uploads.title': 'Photo and documents',
  'form.uploads.intro':
    'Add the portrait photo, pictures of the ID card and the documents of the dossier. The files stay on this device and are not sent anywhere; the tool uses them to make the form and the ZIP dossier that you submit online or send.',
  'form.uploads.skip': 'No file is needed to download the form: you can continue and add them later.',
  'form.uploads.kept':
    'The files are kept on this device with the draft (up to {max}) so that reloading the page does not lose them. “Delete the data on this device” deletes the files too.',
  'form.uploads.memoryOnly': 'The files are kept only until the page is closed or reloaded; they are not saved on this device.',
  'form.uploads.notStored':
    'Not saved on this device: {files}. The files together exceed {max} or the browser storage is blocked; these files will be lost when the page is reloaded.',
  'form.uploads.pending.title': 'Not confirmed yet: {files}',
  'form.uploads.pending.text':
    'You chose a photo but did not press “Use this frame” or “Use this photo anyway”. Use the photo as it is framed now, or drop the photo you just chose?',
  'form.uploads.pending.keep': 'Use this photo and continue',
  'form.uploads.pending.drop': 'Drop the chosen photo and continue',
  'form.uploads.photoHint': 'The photo is cropped to the 4 × 6 frame and placed in the photo box of the form.',
  'form.uploads.cards': 'ID card',
  'form.uploads.idFront': 'Picture of the front of the ID card',
  'form.uploads.idBack': 'Picture of the back of the ID card',
  'form.uploads.idCardOptional': 'Not needed when you apply in person. The front can also be used to fill in the form from its QR code.',
  'form.uploads.idBackOptional': 'Not needed when you apply in person.',
  'form.uploads.attachments': 'Attached documents',
  'form.uploads.missing': 'This file is missing; it is needed to apply online. You can add it later.',
  'form.uploads.count': '{present} of {total} files needed for the dossier added.',
  'form.uploads.countOptional': 'Optional; {count} files added.',
  'review.upload.file': '{name} ({size})',
  'review.upload.none': 'Not added',
  'review.upload.needed': 'Not added (needed to apply online)',

  'form.qr.summary': 'Fill in automatically from the QR code on the ID card',
  'form.qr.filled': '{count} answers filled in from the QR code: {fields}.',
  'form.parent.offer': 'The representative in part A is this parent, but what you typed here differs from part A:',
  'form.parent.use': 'Use the representative’s details',
  'form.qr.nothing': 'The details on the card are already in the form; there is nothing more to fill in.',
  'form.qr.conflict.title': 'Some of your answers differ from the card',
  'form.qr.conflict.intro':
    'The empty answers have been filled in. For the answers below, do you want to keep what you typed or use the details on the card?',
  'form.qr.conflict.values': 'You typed: {typed} · On the card: {card}',
  'form.qr.conflict.replace': 'Use the details on the card',
  'form.qr.conflict.keep': 'Keep what I typed',
  'form.qr.replaced': '{count} answers replaced with the details on the card.',
  'form.qr.kept': 'Your answers have been kept as you typed them.',
  'form.qr.addressCheck': 'The permanent address was taken from the card; please check it in “{section}”.',

  'form.export.zip': 'Download the dossier as ZIP',
  'form.export.print': 'Print the form',
  'form.export.photoIncluded':
    'The portrait photo you added is printed in the photo box of the form. The office may still ask for a 4 × 6 cm photo stuck on the paper form: bring printed photos with you.',
  'form.export.noPhoto': 'No portrait photo yet: the form has an empty box to stick a 4 × 6 cm photo on.',
  'form.export.zipHint':
    'The ZIP dossier holds the form (PDF and DOCX), the checklist of the dossier, instructions for submitting and the {count} files you added in “Photo and documents”.',
  'form.export.printHint':
    '“Print the form” opens the PDF form in a new window; print it from there with the browser’s Print command (on a phone: the Share button or the PDF viewer app).',
  'form.export.printWait': 'Making the form for printing, please wait…',
  'form.export.printOpened':
    'The form is open in a new window. Use the browser’s Print command (on a phone: the Share button or the PDF viewer app, then Print).',
  'form.export.printBlocked': 'The browser did not allow a new window, so the form was downloaded ({file}). Open that file and print it.',
  'form.export.reason.dossier': 'the dossier could not be made because: {list}',

  'draft.title': 'Draft on this device',
  'draft.intro':
    'Your answers are saved automatically on this device and deleted after {days} days without a change. On a shared computer, delete them when you have finished.',
  'draft.savedAt': 'Saved on this device at {time}.',
  'draft.offer.title': 'You have an unfinished draft',
  'draft.offer.text': 'A draft was saved on this device at {time}. Do you want to continue it or start again?',
  'draft.offer.resume': 'Continue the draft',
  'draft.offer.restart': 'Start again',
  'draft.offer.restartHint': 'Starting again deletes this draft from the device.',
  'draft.restored': 'The draft saved at {time} is open again.',
  'draft.exportFile': 'Save the draft to a file',
  'draft.importFile': 'Open a draft from a file',
  'draft.importHint': 'A .json file saved with “Save the draft to a file”, for example on another device.',
  'draft.imported': 'The draft in {file} (saved at {time}) is open.',
  'draft.import.tooLarge': 'The file {file} cannot be opened: it is too large to be a draft of the form.',
  'draft.import.notJson': 'The file {file} cannot be opened: it is not JSON. Choose a .json file saved with “Save the draft to a file”.',
  'draft.import.foreign':
    'The file {file} cannot be opened: it is not a draft of the passport form (the line "format": "hochieu-draft" is missing).',
  'draft.import.unsupportedVersion':
    'The file {file} cannot be opened: the draft has version {version}, and this tool reads version 1 only.',
  'draft.import.invalid': 'The file {file} cannot be opened: the data of the draft is damaged or was edited.',
  'draft.import.unreadable': 'The file {file} could not be read.',
  'draft.import.untouched': 'Your current draft has not changed.',
  'draft.clear': 'Delete the data on this device',
  'draft.clearConfirm': 'Delete every answer and draft of this tool on this device? This cannot be undone.',
  'draft.clearYes': 'Delete everything',
  'draft.clearNo': 'Do not delete',
  'draft.cleared': 'All data of this tool has been deleted from this device.',
  'draft.expired':
    'The draft saved at {time} had not changed for more than {days} days, so it was deleted from this device to protect your personal data. If you saved the draft to a file, you can open that file again.',
  'draft.otherTab.open':
    'This draft is also open in another browser tab. Fill it in in one tab only and close the other: each save here replaces the other tab’s draft.',
  'draft.otherTab.saved':
    'Another tab has just saved this draft. Fill it in in one tab only and close the other: if you go on here, this tab’s draft will replace the one just saved there.',
  'draft.unavailable':
    'The draft cannot be saved on this device (the browser storage is full or blocked). You can go on filling in the form, but your answers will be lost when you close the page; use “Save the draft to a file” to keep them.',
};
