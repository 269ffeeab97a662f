// Type checks that must fail to compile if the JSX declarations were missing or loose.
import type {} from '@hochieu/widget/react';

export const wrongView = (
  // @ts-expect-error `view` is 'guide' | 'form'
  <hochieu-app view="settings" />
);

export const wrongHandler = (
  <hochieu-form
    // @ts-expect-error the hochieu-export event carries an ExportDetail, which has no `step`
    onhochieu-export={(event) => event.detail.step}
  />
);

export const guide = <hochieu-guide heading-level={3} onhochieu-guide-answers={(event) => event.detail.answers} />;

// HTMLElementTagNameMap: the element type of a tag.
export const app: HTMLElementTagNameMap['hochieu-app'] | null = document.querySelector('hochieu-app');
