// Demo page entry: loads the element exactly as a host page does, through the
// embed's own entry (only the first screen's elements; the rest are lazy
// chunks), then the playground (playground.ts) as a lazy chunk, so the demo's
// first load is the embed's plus a few hundred bytes (issue 16).
import '@hochieu/widget/hochieu.js';

void import('./playground.js');
