/**
 * The script-tag entry for `<lacnic-partner-strip>`: defines the tag and exports the class, nothing
 * else. The npm entry (`src/define/lacnic-partner-strip.ts`) also re-exports the helpers (validators,
 * parsers, built-in data) for bundlers to tree-shake; a script tag would download them all.
 */
import { define } from '../core/define.js';
import { LacnicPartnerStrip } from '../partner-strip/partner-strip.js';

define('lacnic-partner-strip', LacnicPartnerStrip);

export { LacnicPartnerStrip };
