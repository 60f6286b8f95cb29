/** The whole kit: defines every tag and exports every class and type. */
export * from './define/lacnic-partner-strip.js';
export * from './define/lacnic-timeline.js';
export * from './define/lacnic-region-map.js';
export { define } from './core/define.js';
export type { LacnicErrorDetail, ErrorCode, DataSource, ItemProblem } from './core/events.js';
export type { Theme } from './core/element.js';
