/** The shared styles of every element: tokens, reset, and small helpers. */
export { tokens, tokenDefaults, tokenAliases, type TokenName } from './tokens.js';
export { resetStyles } from './reset.js';
export { visuallyHidden, focusStyles, linkStyles } from './shared.js';
