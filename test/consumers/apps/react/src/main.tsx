// A React 19 + TypeScript app using the published packages as documented:
// the bundle entry registers the elements, `@hochieu/widget/react` types them
// in JSX (attributes, properties and typed `on…` event props).
import '@hochieu/widget/define';
import type {} from '@hochieu/widget/react';
import type { ExportDetail, HochieuApp } from '@hochieu/widget';
import { StrictMode, useRef } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    hochieuExports: ExportDetail[];
  }
}
window.hochieuExports = [];

function App() {
  const ref = useRef<HochieuApp>(null);
  return (
    <main>
      <h1>Hộ chiếu</h1>
      <hochieu-app
        ref={ref}
        date="2026-11-23"
        no-drafts
        theme="contrast"
        config={{ daysOff: ['2026-12-31'] }}
        onhochieu-export={(event) => {
          // `event.detail` is typed: ExportDetail.
          const kind: ExportDetail['kind'] = event.detail.kind;
          window.hochieuExports.push({ ...event.detail, kind });
        }}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
