/**
 * Bundle stand-in for the `culori` entry that @cantoo/pdf-lib imports for
 * `colorString()` (CSS colour strings, used by its SVG drawing). The full
 * entry registers every colour space (about 80 kB minified); this one
 * registers only sRGB (`modeRgb`: hex, `rgb()`, named colours and
 * `transparent`, CSS Color Module Level 4 §4-§6), which is all pdf-lib asks
 * for (`converter('rgb')`). docgen passes colours as `rgb()` values, never as
 * strings, so this only matters to code that draws SVG. The alias is in
 * vite.widget.config.ts; `hochieu-shim:culori-fn` resolves to culori's own
 * tree-shakeable `culori/fn` entry.
 */
import { converter, modeRgb, useMode } from 'hochieu-shim:culori-fn';

useMode(modeRgb);

export { converter };
