import { define } from '../core/define.js';
import { LacnicRegionMap } from '../region-map/region-map.js';

define('lacnic-region-map', LacnicRegionMap);

declare global {
  interface HTMLElementTagNameMap {
    'lacnic-region-map': LacnicRegionMap;
  }
}

export * from '../region-map/index.js';
