#!/usr/bin/env node
// The end-to-end suite: runs every test/e2e/*.e2e.mjs (in name order) against the built CDN
// files in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium), prints one line per test,
// then the counts (payloads tried, faults injected, states audited, …, failures) and a closing
// `e2e: N passed, N failed`. Exits 1 on any failure.
//
//   npm run test:e2e                 # everything
//   npm run test:e2e -- csp hostile  # only files whose name contains one of the words
//   npm run test:e2e -- --grep text  # only tests whose name contains text
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  CHROME_ARGS,
  ROOT,
  counters,
  makeOpen,
  registry,
  setCurrentFile,
  startServer,
} from '../test/e2e/harness.mjs';

const argv = process.argv.slice(2);
let grep = '';
const words = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--grep') grep = argv[++i] ?? '';
  else words.push(argv[i]);
}

if (!existsSync(join(ROOT, 'dist/cdn/lacnic-widgets.js'))) {
  console.error('e2e: dist/cdn/ is missing. Run `npm run build` first.');
  process.exit(1);
}

const dir = join(ROOT, 'test/e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => !words.length || words.some((w) => f.includes(w)))
  .sort();
for (const file of files) {
  setCurrentFile(file);
  await import(pathToFileURL(join(dir, file)).href);
}

const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROME_ARGS,
});
const server = await startServer();

let passed = 0;
let failed = 0;
const failures = [];
let lastFile = '';
for (const t of registry) {
  if (grep && !t.name.includes(grep)) continue;
  if (t.file !== lastFile) {
    console.log(`\n${t.file}`);
    lastFile = t.file;
  }
  const contexts = [];
  const open = makeOpen({ browser, server, contexts });
  const newContext = async (options) => {
    const c = await browser.newContext(options);
    contexts.push(c);
    return c;
  };
  const t0 = Date.now();
  let timer;
  try {
    await Promise.race([
      t.fn({ browser, server, open, newContext }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${t.timeout} ms`)), t.timeout);
      }),
    ]);
    passed++;
    console.log(`  ✓ ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    const message = String(error?.stack ?? error).split('\n').slice(0, 12).join('\n      ');
    failures.push(`${t.file} › ${t.name}`);
    console.log(`  ✗ ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n      ${message}`);
  } finally {
    clearTimeout(timer);
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    server.resetRoutes();
  }
}

await server.close();
await browser.close();

console.log(`\ne2e counts (${((Date.now() - started) / 1000).toFixed(0)} s):`);
const names = ['payloads tried', 'injection checks', 'faults injected', 'states audited'];
for (const name of [...names, ...[...counters.keys()].filter((k) => !names.includes(k))]) {
  console.log(`  ${name}: ${counters.get(name) ?? 0}`);
}
console.log(`  failures: ${failed}`);
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
