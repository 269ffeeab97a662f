/**
 * Bundle stand-in for `node-html-better-parser`, which @cantoo/pdf-lib
 * imports only to parse SVG documents (`embedSvg`, `drawSvg`) and XFA form
 * data. docgen draws vector outlines with `drawSvgPath` (an SVG path string,
 * parsed by pdf-lib itself) and never embeds an SVG document or fills XFA,
 * so the parser is left out of the embed bundle by the alias in
 * vite.widget.config.ts; calling it fails loudly.
 */
export const NodeType = { ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 };

export function parse() {
  throw new Error('hochieu: SVG documents and XFA are not supported in the embed bundle');
}
