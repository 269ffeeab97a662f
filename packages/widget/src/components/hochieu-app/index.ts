/** `<hochieu-app>` and its helpers (no side effects). */
export { HochieuApp, FORM_HASH, FIRST_RENDER_MARK, type AppView } from './hochieu-app.js';
export { declarationFromAnswers, mergeDrafts } from './answers.js';
