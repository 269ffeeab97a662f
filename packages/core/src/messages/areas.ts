/**
 * The areas core's message ids are grouped in, so that a client which loads
 * texts in parts (the embed bundle, issue 9: at most 40 kB gzip before the
 * first screen) can fetch each part with the code that shows it. An id's area
 * follows from the id alone (its prefix, with a few named exceptions), so a
 * client can tell which part to fetch for any id without holding the list of
 * ids:
 *
 * - `plan`: what a personal application plan and the procedure's headings
 *   name (`planApplication`: documents, their reasons and forms, fees, the
 *   receiving-office rule; the portals);
 * - `reference`: the rest of the procedure page and the portal guide (steps,
 *   ways of applying, document descriptions and quotations, conditions, the
 *   legal basis, fee history) and the names of days off (calendar), which
 *   documents such as the dossier checklist print;
 * - `form`: the declaration form (schema labels, hints and options, rule
 *   errors and warnings, the ID card QR texts, common errors, place names
 *   and groups of the place fields);
 * - `config`: the problems of a host configuration (`checkHostConfig`).
 *
 * Where every text is loaded at once (Node, the sources) areas change
 * nothing.
 */

export type MessageArea = 'plan' | 'reference' | 'form' | 'config';

export const MESSAGE_AREAS: readonly MessageArea[] = ['plan', 'reference', 'form', 'config'];

/** Prefixes of the procedure's reference texts (the guide's closed sections, documents). */
const REFERENCE_PREFIXES: readonly string[] = [
  'procedure.step.',
  'procedure.channel.',
  'procedure.portalGuide.',
  'procedure.legal.',
  'procedure.conditions.',
  'procedure.fee.seed.',
  'procedure.fee.rule.',
  'procedure.fee.validity',
  'procedure.fee.amount',
];

/** Reference-like ids that a plan or the procedure's headings name (section titles, notes of the plan). */
const PLAN_EXCEPTIONS: ReadonlySet<string> = new Set([
  'procedure.legal.title',
  'procedure.conditions.processingTime.title',
  'procedure.conditions.forms.title',
  'procedure.conditions.firstIssueWarning',
  'procedure.channel.online.certification',
  'procedure.portalGuide.submit.step9.fields',
  'procedure.portalGuide.submit.step9.uploadImages',
  'procedure.portalGuide.submit.step9.jpeg',
]);

/** The area of a message id (any string; ids outside the known prefixes belong to `form`). */
export function messageArea(id: string): MessageArea {
  if (id.startsWith('procedure.')) {
    if (PLAN_EXCEPTIONS.has(id)) return 'plan';
    if (/^procedure\.doc\.[A-Za-z]+\.(description|source)$/u.test(id)) return 'reference';
    return REFERENCE_PREFIXES.some((p) => id.startsWith(p)) ? 'reference' : 'plan';
  }
  if (id.startsWith('places.config.') || id.startsWith('config.')) return 'config';
  if (id.startsWith('calendar.')) return 'reference';
  return 'form';
}
