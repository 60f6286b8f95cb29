/**
 * npm run data:participation -- <delegated-lacnic-extended-YYYYMMDD.txt> [--out path]
 *
 * Parses a file in the RIR statistics exchange format with src/region-map/stats-parser.ts,
 * prints a report and writes the compact JSON the region map loads (see
 * src/region-map/participation-data.ts) to src/data/participation-<year>.json by default,
 * <year> being the first four digits of the serial (or of the date in the file name).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDelegatedStats, StatsFormatError, type Totals } from '../src/region-map/stats-parser.js';
import { toParticipationData } from '../src/region-map/participation-data.js';
import { writeJsonModule } from './data-module.js';
import { packParticipation } from '../src/region-map/packed.js';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run data:participation -- <file> [--out path]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let input: string | undefined;
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i] ?? usage('--out needs a path');
  else if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`);
  else if (input === undefined) input = args[i];
  else usage('only one input file');
}
if (!input) usage('missing input file');

const bytes = readFileSync(input);
const text = bytes.toString('latin1');
const md5 = createHash('md5').update(bytes).digest('hex');

let result;
const t0 = performance.now();
try {
  result = parseDelegatedStats(text);
} catch (e) {
  if (e instanceof StatsFormatError) {
    console.error(`${input}: not an RIR statistics file (${e.code}): ${e.message}`);
    process.exit(1);
  }
  throw e;
}
const ms = performance.now() - t0;

const file = basename(input);
const dateInName = /(\d{8})/.exec(file)?.[1];
const serial = result.version?.serial ?? dateInName;
if (!serial) usage('no version line and no yyyymmdd date in the file name: cannot name the output');

const data = toParticipationData(result, { file, serial, enddate: result.version?.enddate ?? null, md5 });

const fmt = (n: number) => n.toLocaleString('en-US');
const row = (cc: string, t: Totals) =>
  `${cc.padEnd(6)}${fmt(t.holders).padStart(9)}${fmt(t.asn).padStart(9)}${fmt(t.ipv4).padStart(15)}${fmt(t.ipv6).padStart(9)}`;

console.log(`${file}  (md5 ${md5}, parsed in ${ms.toFixed(0)} ms)`);
if (result.version) {
  const v = result.version;
  console.log(`version ${v.version} ${v.registry} serial ${v.serial} records ${v.records} ${v.startdate}–${v.enddate} ${v.utcOffset}`);
} else {
  console.log('no version line');
}
const r = result.records;
console.log(`lines ${result.lines}; records ${r.total} (allocated ${r.byStatus.allocated}, assigned ${r.byStatus.assigned}, ` +
  `available ${r.byStatus.available}, reserved ${r.byStatus.reserved}); counted ${r.counted}; undated ${r.undated}`);
console.log(`malformed ${result.malformed.count}`);
for (const m of result.malformed.lines) console.log(`  line ${m.line}: ${m.reason}: ${m.text}`);
if (result.malformed.count > result.malformed.lines.length) {
  console.log(`  … ${result.malformed.count - result.malformed.lines.length} more`);
}
for (const w of result.warnings) console.log(`warning: ${w}`);
console.log(`years ${result.years[0] ?? '-'}–${result.years[result.years.length - 1] ?? '-'}`);
console.log('\n' + 'cc'.padEnd(6) + 'holders'.padStart(9) + 'asn'.padStart(9) + 'ipv4'.padStart(15) + 'ipv6'.padStart(9));
const ranked = Object.entries(data.economies).sort((a, b) => b[1].holders - a[1].holders || a[0].localeCompare(b[0]));
for (const [cc, e] of ranked) console.log(row(cc, e));
console.log(row('region', data.total));
console.log(`no data: ${data.noData.join(' ') || '-'}`);
const outsideRows = Object.entries(data.outside);
console.log(outsideRows.length ? 'outside the region:' : 'outside the region: -');
for (const [cc, t] of outsideRows) if (t) console.log(row(cc, t));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = out ? resolve(out) : resolve(root, 'src/data', `participation-${serial.slice(0, 4)}.json`);
mkdirSync(dirname(target), { recursive: true });
const json = JSON.stringify(data);
writeFileSync(target, json + '\n');
console.log(`\nwrote ${target} (${json.length + 1} bytes)`);
if (!out) {
  const mod = resolve(root, 'src/data', `participation-${serial.slice(0, 4)}.ts`);
  // The module ships the series packed (yearly increments, no totals): smaller for every map page.
  writeJsonModule(mod, packParticipation(data), '../region-map/participation-data.js', 'ParticipationData', 'scripts/data-participation.ts', {
    name: 'unpackParticipation',
    from: '../region-map/packed.js',
  });
}
