/**
 * English strings of `<hochieu-app>`, a faithful translation of strings.vi.ts,
 * spread into the lazy English table (`localization/en.ts`). Typed on the
 * Vietnamese keys, so a missing or extra id is a compile error.
 */
import type { appStringsVi } from './strings.vi.js';

export const appStringsEn: { readonly [K in keyof typeof appStringsVi]: string } = {
  'app.label': 'Issuing an ordinary passport in Viet Nam',
  'app.tabs': 'Parts of the service',
  'app.tab.guide': 'Guide',
  'app.tab.form': 'Fill in the form',
  'app.toForm': 'Continue: fill in the form',
  'app.toForm.hint': 'Your answers under “What do you need to prepare?” will be filled into the form for you.',
  'app.toGuide': 'Back to the guide',
  'app.form.loading': 'Loading the form…',
  'app.form.failed': 'The form could not be loaded. Check your connection and try again.',
  'app.form.retry': 'Try again',
  'app.draft.text': 'You have an unfinished declaration, saved on this device at {time}.',
  'app.draft.continue': 'Continue your declaration',
  'app.privacy': 'Everything you type stays on your device and is sent nowhere.',
};
