/** `<hochieu-app>` and its helpers (no side effects). */
export { HochieuApp, FORM_HASH, type AppView } from './hochieu-app.js';
export { declarationFromAnswers, mergeDrafts } from './answers.js';
