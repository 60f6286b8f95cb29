// Proves the npm package works for real consumers: `npm pack`s the kit, installs the tarball
// (its dependencies from the registry as usual) into fresh copies of each project in
// test/consumers/, type-checks and builds them, checks what their bundles contain (e.g. a
// timeline-only site pulls in neither d3-geo nor the map geometry), and renders each built page
// in Chromium. Prints one line per check; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStatic } from './static-server.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('Run `npm run build` first.');
const work = mkdtempSync(join(tmpdir(), 'lacnic-consumers-'));
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], repo))[0];
const tarball = join(work, packed.filename);
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB`);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures++;
};

for (const name of readdirSync(join(repo, 'test/consumers'))) {
  const src = join(repo, 'test/consumers', name);
  const dir = join(work, name);
  cpSync(src, dir, { recursive: true, filter: (p) => !/node_modules|\/dist/.test(p.slice(src.length)) });
  const pkgPath = join(dir, 'package.json');
  writeFileSync(pkgPath, readFileSync(pkgPath, 'utf8').replace('KIT_TARBALL', tarball));
  const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8'));
  console.log(`\n${name}:`);
  try {
    sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    check(true, 'installs the packed kit from its tarball');
    sh('npx', ['tsc', '--noEmit'], dir);
    check(true, 'type-checks (element and JSX types come from the package)');
    sh('npx', ['vite', 'build', '--logLevel', 'error'], dir);
    check(true, 'builds with Vite');
  } catch (error) {
    check(false, `${name} failed to install, type-check or build:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    continue;
  }
  const modules = JSON.parse(readFileSync(join(dir, 'modules.json'), 'utf8'));
  for (const word of expected.forbid) {
    const hits = modules.filter((id) => id.includes(word));
    check(!hits.length, `bundle leaves out ${word}${hits.length ? ` (found ${hits.slice(0, 3).join(', ')})` : ''}`);
  }
  for (const word of expected.require) check(modules.some((id) => id.includes(word)), `bundle includes ${word}`);
  const assets = join(dir, 'dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  console.log(`  bundle: ${js.length} JS files, ${gz} bytes gzip -9 (${(gz / 1024).toFixed(1)} KB)`);

  const server = await startStatic(join(dir, 'dist'));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url, { waitUntil: 'load' });
  for (const tag of expected.tags) {
    const rendered = await page
      .waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]'), tag, { timeout: 10000 })
      .then(() => true, () => false);
    check(rendered, `renders <${tag}> in Chromium`);
  }
  check(!errors.length, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
  await page.close();
  await server.close();
}
await browser.close();
rmSync(work, { recursive: true, force: true });
console.log(`\nConsumer checks: ${failures ? `${failures} failed` : 'all passed'}.`);
process.exit(failures ? 1 : 0);
