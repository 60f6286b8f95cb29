// What a site using Observable Plot for this map imports; run.mjs bundles it (minified,
// tree-shaken) into bench/peers/.vendor/plot-geo.js so Plot is measured at its smallest.
export { plot, geo, centroid } from '@observablehq/plot';
export { feature } from 'topojson-client';
