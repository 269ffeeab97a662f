// What a CMS theme does: jQuery fetches the script and evaluates it through
// an inline <script> of its own, so document.currentScript is not the loader.
window.jQuery('body').append('<script src="/hochieu/hochieu-loader.js"></' + 'script>');
