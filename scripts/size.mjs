// Prints what a page downloads for each CDN entry: the entry plus every chunk it imports
// statically (Lit included), minified and compressed with gzip -9. `--check` fails on budgets.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';

const CDN = 'dist/cdn';
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Files an entry loads before it runs: itself and its static imports, recursively. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    closure(join(dirname(file), m[1]), seen);
  }
  return seen;
}

export function entrySizes() {
  if (!existsSync(CDN)) throw new Error('dist/cdn is missing: run npm run build first');
  return readdirSync(CDN)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const files = [...closure(join(CDN, f))];
      const raw = files.reduce((n, p) => n + readFileSync(p).length, 0);
      // One gzip over the concatenation would understate; a page fetches files one by one.
      const gz = files.reduce((n, p) => n + gzip(readFileSync(p)), 0);
      return { entry: f, files: files.map((p) => relative(CDN, p)), raw, gzip: gz };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = entrySizes();
  console.log('\nCDN entries (entry + its static imports; minified, gzip -9):');
  for (const r of rows) console.log(`  ${r.entry.padEnd(28)} ${kb(r.raw).padStart(9)} raw  ${kb(r.gzip).padStart(8)} gzip  (${r.files.length} files)`);
}

/** The README's size table, from the current build (`node scripts/size.mjs --readme`). */
function readmeTable() {
  const rows = entrySizes();
  const chunk = (prefix) => readdirSync(join(CDN, 'chunks')).find((f) => f.startsWith(prefix));
  const gzOf = (f) => gzip(readFileSync(join(CDN, 'chunks', f)));
  const geometry = chunk('region-geometry');
  const figures = chunk('participation-2017');
  const page = new Set();
  for (const e of ['lacnic-widgets.js', 'lacnic-partner-strip.js', 'lacnic-timeline.js', 'lacnic-region-map.js']) closure(join(CDN, e), page);
  page.add(join(CDN, 'chunks', geometry));
  page.add(join(CDN, 'chunks', figures));
  const all = [...page].reduce((n, p) => n + gzip(readFileSync(p)), 0);
  const line = (name, bytes) => `| ${name} | ${kb(bytes)} |`;
  const by = Object.fromEntries(rows.map((r) => [r.entry, r.gzip]));
  return [
    '| what a page loads | gzip -9 |',
    '|---|---|',
    line('`lacnic-widgets.js` (the loader)', by['lacnic-widgets.js']),
    line('`lacnic-partner-strip.js` with Lit and the core', by['lacnic-partner-strip.js']),
    line('`lacnic-timeline.js` with Lit, the core and d3', by['lacnic-timeline.js']),
    line('`lacnic-region-map.js` with Lit, the core and d3', by['lacnic-region-map.js']),
    line('map geometry (loaded by the map)', gzOf(geometry)),
    line('map figures, 2017 (loaded by the map)', gzOf(figures)),
    line('a page with all three widgets, in total', all),
    line('`lacnic-widgets.iife.js` (classic-script fallback, everything)', by['lacnic-widgets.iife.js']),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- sizes -->');
  const end = readme.indexOf('<!-- /sizes -->');
  if (start >= 0 && end > start) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('README.md', `${readme.slice(0, start + 14)}\n${readmeTable()}\n${readme.slice(end)}`);
    console.log('README size table updated.');
  }
}
