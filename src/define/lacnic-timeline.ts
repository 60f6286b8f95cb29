import { define } from '../core/define.js';
import { LacnicTimeline } from '../timeline/timeline.js';

define('lacnic-timeline', LacnicTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'lacnic-timeline': LacnicTimeline;
  }
}

export * from '../timeline/index.js';
