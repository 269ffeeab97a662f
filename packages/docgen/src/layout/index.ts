/** The layout: declaration + form version → the neutral document model. */
export { layout, type LayoutOptions } from './layout.js';
export { docgenStrings, docgenText, type DocgenStringId } from './strings.js';
