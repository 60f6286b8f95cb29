/**
 * The script-tag entry for `<lacnic-timeline>`: defines the tag and exports the class, nothing
 * else. The npm entry (`src/define/lacnic-timeline.ts`) also re-exports the helpers (validators,
 * parsers, built-in data) for bundlers to tree-shake; a script tag would download them all.
 */
import { define } from '../core/define.js';
import { LacnicTimeline } from '../timeline/timeline.js';

define('lacnic-timeline', LacnicTimeline);

export { LacnicTimeline };
