/**
 * The neutral document model of @hochieu/docgen: types, constants, the
 * structural check and the text preparation shared by the renderers.
 */
export type * from './types.js';
export * from './defaults.js';
export { checkModel, assertModel, sniffImage } from './check.js';
export { prepareModel, printedCapitals, type PreparedModel } from './prepare.js';
export { printedTexts, type PrintedText } from './texts.js';
