/**
 * The classic-script fallback (`lacnic-widgets.iife.js`): every widget in one file for sites
 * that cannot load modules. Prefer the module loader: it fetches only the widgets a page uses.
 */
import './lacnic-partner-strip.js';
import './lacnic-timeline.js';
import './lacnic-region-map.js';
