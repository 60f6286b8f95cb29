#!/usr/bin/env node
// Opens every bench/*.bench.html in headless Chromium (served by Vite so the pages can import
// TypeScript from src/), waits for `window.benchResults` — a Promise of rows
// `{ name, value, unit, goal? }` — and prints one table. It reports; it never fails the build.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.bench.html'))
  .sort();

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  // Measure what sites ship: Lit's production build, not its dev mode.
  resolve: { conditions: ['module', 'browser', 'production'] },
});
await server.listen();
const address = server.httpServer?.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 5173}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const rows = [];
try {
  for (const page of pages) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    try {
      await tab.goto(`${base}/bench/${page}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => 'benchResults' in window, null, { timeout: 60_000 });
      const result = await tab.evaluate(() => Promise.resolve(window.benchResults), null);
      for (const r of result) rows.push({ page, ...r });
    } catch (error) {
      rows.push({ page, name: `(failed: ${String(error.message ?? error).split('\n')[0]})`, value: NaN, unit: '' });
    }
    if (errors.length) rows.push({ page, name: `(page errors: ${errors.join('; ').slice(0, 200)})`, value: NaN, unit: '' });
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (v) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const table = rows.map((r) => {
  const hasGoal = typeof r.goal === 'number';
  const verdict = !hasGoal ? '' : r.value <= r.goal ? 'pass' : 'miss';
  return [r.page.replace('.bench.html', ''), r.name, `${fmt(r.value)} ${r.unit}`.trim(), hasGoal ? `≤ ${r.goal} ${r.unit}` : '', verdict];
});
const head = ['page', 'measure', 'value', 'goal', ''];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
const missed = table.filter((r) => r[4] === 'miss').length;
console.log(`\n${rows.length} measures, ${missed} missed their goal (reported, not failed).`);
process.exit(0);
