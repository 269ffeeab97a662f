// axe-core's browser build registers `window.axe` when imported; it has no types of its own.
declare module 'axe-core/axe.min.js';
