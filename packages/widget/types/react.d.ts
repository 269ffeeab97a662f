/**
 * JSX declarations of the public `hochieu-*` elements for React 19, which
 * passes custom-element props as properties when the element has one
 * (`config`, `declaration`) and as attributes otherwise, and listens to
 * custom events through `on<event-name>` props (`onhochieu-export`).
 *
 * Enable once in the app, for example in `src/hochieu.d.ts`:
 *
 *     import type {} from '@hochieu/widget/react';
 *
 * Needs `@types/react` 19.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HochieuApp, HochieuEvent, HochieuEventDetails, HochieuForm, HochieuGuide } from '../dist/index.js';

/** `on<event>` props for the given `hochieu-*` events, each with its typed `CustomEvent`. */
export type HochieuEventProps<E extends keyof HochieuEventDetails> = {
  [K in E as `on${K}`]?: (event: HochieuEvent<K>) => void;
};

type Base<T> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, 'lang'> & {
  /** `vi` (default) or `en`; without it the nearest `lang` of the page applies. */
  lang?: 'vi' | 'en' | (string & {});
};

/** Props of `<hochieu-app>` (attributes and properties). */
export type HochieuAppProps = Base<HochieuApp> &
  HochieuEventProps<'hochieu-guide-answers' | 'hochieu-step-change' | 'hochieu-validation' | 'hochieu-export' | 'hochieu-draft'> & {
    /** A bundled province (`lang-son`, `ho-chi-minh`, `phu-tho`) or the id of one of your offices. */
    office?: string;
    /** Today as `YYYY-MM-DD` (fees, due dates, form version); default today in Vietnam. */
    date?: string;
    /** `contrast`: the high-contrast preset. */
    theme?: 'contrast';
    /** The open tab. */
    view?: 'guide' | 'form';
    /** Keep nothing on the device. */
    'no-drafts'?: boolean;
    /** Name of the draft, for several forms on one site. */
    'draft-key'?: string;
    /** Opt-in: `hochieu-guide-answers` includes the date of birth. */
    'share-date-of-birth'?: boolean;
    /** The host configuration (property). */
    config?: HochieuApp['config'];
    /** Initial data for the form (property; fills empty answers only). */
    declaration?: HochieuApp['declaration'];
  };

/** Props of `<hochieu-guide>`. */
export type HochieuGuideProps = Base<HochieuGuide> &
  HochieuEventProps<'hochieu-guide-answers' | 'hochieu-export'> & {
    date?: string;
    office?: string;
    /** Level of the guide's top headings (default 2). */
    'heading-level'?: number;
    'share-date-of-birth'?: boolean;
  };

/** Props of `<hochieu-form>`. */
export type HochieuFormProps = Base<HochieuForm> &
  HochieuEventProps<'hochieu-step-change' | 'hochieu-validation' | 'hochieu-export' | 'hochieu-draft'> & {
    date?: string;
    'draft-key'?: string;
    /** Opt-in: `hochieu-draft` events carry the draft itself. */
    'share-draft'?: boolean;
    'no-drafts'?: boolean;
    /** Hide the dossier attachments step. */
    'no-uploads'?: boolean;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hochieu-app': HochieuAppProps;
      'hochieu-guide': HochieuGuideProps;
      'hochieu-form': HochieuFormProps;
    }
  }
}
