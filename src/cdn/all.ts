/**
 * The classic-script fallback (`lacnic-widgets.iife.js`): every widget in one file for sites
 * that cannot load modules. Prefer the module loader: it fetches only the widgets a page uses.
 */
import '../define/lacnic-partner-strip.js';
import '../define/lacnic-timeline.js';
import '../define/lacnic-region-map.js';
