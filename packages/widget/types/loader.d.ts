/**
 * `@hochieu/widget/hochieu-loader.js` is a classic script for pages and CMS
 * that cannot add `<script type="module">`: copy it with the bundle and
 * include it with `<script src="…/hochieu-loader.js"></script>`. It exports
 * nothing; importing it in a bundler is not a use case.
 */
export {};
