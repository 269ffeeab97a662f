/**
 * The embed entry `hochieu.js`: registers every `hochieu-*` element, so a page
 * needs only `<script type="module" src=".../hochieu.js"></script>` and
 * `<hochieu-app></hochieu-app>`. Built by Vite as an ES module (vite.widget.config.ts);
 * what is needed only later stays in lazy chunks beside it, loaded with
 * `import()` from the same folder: document export (@hochieu/docgen with its
 * embedded font), the QR decoder (jsqr) and the English strings. Nothing is
 * loaded from any other origin.
 */
import { defineElements, elements } from '../define.js';

export { defineElements, elements };
