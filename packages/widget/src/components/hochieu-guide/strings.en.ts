/**
 * English strings of the guide's closed sections (the steps, ways of applying, documents,
 * fees, forms, legal basis: section-content.ts) and of the blank-form download: a faithful translation of strings.vi.ts, spread
 * into the lazy English table (`localization/en.ts`). Typed on the
 * Vietnamese keys, so a missing or extra id is a compile error.
 */
import type { guideSectionStringsVi } from './strings.vi.js';

export const guideSectionStringsEn: { readonly [K in keyof typeof guideSectionStringsVi]: string } = {
  'guide.steps.label': 'Step {number}: {title}',
  'guide.channels.where.heading': 'Who applies where',
  'guide.channels.where.case': 'Case',
  'guide.channels.where.office': 'Where to apply',
  'guide.channels.portals': 'Portals that accept online applications',
  'guide.offices.schedules': 'When dossiers are received and passports returned',
  'guide.documents.source': 'Official wording: {text}',
  'guide.documents.appliesOnline': 'Only when applying online.',
  'guide.documents.appliesInPerson': 'Only when applying in person.',
  'guide.processing.example': 'Example: a complete dossier received on {date} is due by {due} at the latest.',
  'guide.fee.today': 'Fee in force on {date}',
  'guide.fee.case': 'Case',
  'guide.fee.inPerson': 'In person',
  'guide.fee.online': 'Online',
  'guide.fee.basis': 'Basis: {basis}.',
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
};
