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
