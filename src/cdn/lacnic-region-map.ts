/**
 * The script-tag entry for `<lacnic-region-map>`: defines the tag and exports the class, nothing
 * else. The npm entry (`src/define/lacnic-region-map.ts`) also re-exports the helpers (validators,
 * parsers, built-in data) for bundlers to tree-shake; a script tag would download them all.
 */
import { define } from '../core/define.js';
import { LacnicRegionMap } from '../region-map/region-map.js';

define('lacnic-region-map', LacnicRegionMap);

export { LacnicRegionMap };
