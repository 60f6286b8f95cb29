/** Every widget class, with no side effects: import this to register tags under your own names. */
export * from './partner-strip/index.js';
export * from './timeline/index.js';
export * from './region-map/index.js';
export { define } from './core/define.js';
export type { LacnicErrorDetail, ErrorCode, DataSource, ItemProblem } from './core/events.js';
export type { Theme } from './core/element.js';
