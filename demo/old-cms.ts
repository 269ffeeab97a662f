// The "old CMS" test page: registers the elements; the page's hostile CSS
// (old-cms.css) must not change how the two instances look or work.
import '@hochieu/widget/define';
