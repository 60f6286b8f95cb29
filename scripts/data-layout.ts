/**
 * `npm run data:layout`: projects src/data/region.topo.json (built by `npm run data:region`)
 * with d3-geo into the map's fixed view box and writes src/data/region-layout.ts, the paths the
 * map ships. `--check` fails if the file is not what the geometry gives (npm test runs it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { jsonModuleText, writeJsonModule } from './data-module.js';
import { shippedLayout } from './region-layout.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const OUT = resolve(root, 'src/data/region-layout.ts');
const topo = JSON.parse(readFileSync(resolve(root, 'src/data/region.topo.json'), 'utf8'));
const layout = shippedLayout(topo);
const NOTE = 'scripts/data-layout.ts from src/data/region.topo.json';
if (process.argv.includes('--check')) {
  const want = jsonModuleText(layout, '../region-map/layout.js', 'ShippedLayout', NOTE);
  if (readFileSync(OUT, 'utf8') !== want) {
    console.error(`${OUT} is not the projection of src/data/region.topo.json: run npm run data:layout`);
    process.exit(1);
  }
  console.log('src/data/region-layout.ts matches the projected geometry.');
} else {
  writeJsonModule(OUT, layout, '../region-map/layout.js', 'ShippedLayout', NOTE);
  const json = JSON.stringify(layout);
  console.log(`${layout.economies.length} economies, ${layout.economies.filter((e) => e.small).length} with markers; ${json.length} bytes raw, ${gzipSync(json, { level: 9 }).length} bytes gzip -9`);
}
