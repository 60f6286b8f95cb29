/**
 * JSX types for React 19 (which passes properties to custom elements):
 * `import type {} from '@lacnic/anniversary-widgets/jsx';` once in your app.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LacnicPartnerStrip } from './partner-strip/partner-strip.js';
import type { LacnicRegionMap } from './region-map/region-map.js';
import type { LacnicTimeline } from './timeline/timeline.js';

type WidgetProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Omit<E, keyof HTMLElement | 'render' | 'connectedCallback' | 'disconnectedCallback'>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'lacnic-partner-strip': WidgetProps<LacnicPartnerStrip>;
      'lacnic-timeline': WidgetProps<LacnicTimeline>;
      'lacnic-region-map': WidgetProps<LacnicRegionMap>;
    }
  }
}
