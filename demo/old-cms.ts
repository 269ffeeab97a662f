// The "old CMS" test page: registers the elements through the embed's own
// entry, as a host page does; the page's hostile CSS (old-cms.css) must not
// change how the two instances look or work.
import '@hochieu/widget/hochieu.js';
