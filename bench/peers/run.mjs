#!/usr/bin/env node
// `npm run bench:peers`: the kit against its peers, in one headless Chromium, on the same data and
// the same page box. Pages are bench/peers/pages/<widget>-<lib>.html; every one loads
// common/harness.js first, which defines "first render" once for all (see there).
//
// For every scenario the libraries alternate (kit, peer 1, peer 2, kit, …), a fresh browser
// context (cold cache) per run, 1280×800. Only this machine's server is reachable: any other
// request is aborted and reported. Prints markdown tables of medians and peer/kit ratios, the Web
// Vitals of the demo page, and the goals; writes them to bench/peers/results.md.
//
//   node bench/peers/run.mjs [--runs 10] [--only timeline,map,strip,vitals] [--no-write]
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 10));
const ONLY = new Set(String(arg('only', 'timeline,map,strip,vitals')).split(','));
const WRITE = !args.includes('--no-write');
const REPS = 5; // interactions per run (median taken)
const VIEWPORT = { width: 1280, height: 800 };

if (!existsSync(`${root}dist/cdn/lacnic-timeline.js`)) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Shared data (the kit's own, from the build) and the Plot bundle.

async function prepare() {
  mkdirSync(`${here}.data`, { recursive: true });
  const { LACNIC_MILESTONES } = await import(`${root}dist/timeline/milestones.js`);
  const { CASA_DE_INTERNET_PARTNERS } = await import(`${root}dist/partner-strip/partners.js`);
  // All 24, the one marked `optional` (after 2017) included, so every library shows the same 24.
  const milestones = LACNIC_MILESTONES.map(({ optional: _optional, ...m }) => m);
  writeFileSync(`${here}.data/milestones.json`, JSON.stringify(milestones));
  writeFileSync(`${here}.data/partners.json`, JSON.stringify(CASA_DE_INTERNET_PARTNERS));

  if (ONLY.has('map')) {
    const { build } = await import('vite');
    await build({
      configFile: false,
      logLevel: 'error',
      root: here,
      build: {
        outDir: `${here}.vendor`,
        emptyOutDir: true,
        minify: true,
        lib: { entry: `${here}vendor/plot-geo.js`, formats: ['es'], fileName: () => 'plot-geo.js' },
        rolldownOptions: { output: { minify: true } },
      },
    });
  }
  return { milestones: milestones.length, partners: CASA_DE_INTERNET_PARTNERS.length };
}

// ---------------------------------------------------------------------------------------------
// One run of one page.

const median = (a) => {
  const v = a.filter(Number.isFinite).sort((x, y) => x - y);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const blockedHosts = new Map(); // lib → Set of hosts it tried to reach

async function runOnce(browser, base, scenario, lib) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const blocked = blockedHosts.get(lib.id) ?? new Set();
  blockedHosts.set(lib.id, blocked);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.add(`${url.host}${url.pathname}`.slice(0, 80));
    return route.abort('blockedbyclient');
  });
  const bodies = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.request().resourceType() === 'document') return;
    // The bench's own files (harness, glue, the timeline/strip data every library gets) are not
    // the library's bytes; the map peers' geometry and figures are (the kit ships its own).
    if (/^\/bench\/peers\/(common|pages|\.data)\//.test(path)) return;
    bodies.push(response.body().then((b) => ({ path, raw: b.length, gz: gzipSync(b, { level: 9 }).length }), () => null));
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e).split('\n')[0]));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const list = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (name) => list.find((m) => m.name === name).value * 1000;
    return { script: get('ScriptDuration'), task: get('TaskDuration'), styleLayout: get('RecalcStyleDuration') + get('LayoutDuration') };
  };

  const result = { ok: false, note: '' };
  try {
    const timeout = scenario.n >= 10_000 ? 180_000 : 60_000;
    await page.goto(`${base}/bench/peers/pages/${lib.page ?? `${scenario.widget}-${lib.id}`}.html?n=${scenario.n ?? ''}&widget=${scenario.widget}`, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.BENCH.firstRender > 0 || window.BENCH.error, null, { timeout, polling: 100 });
    const atRender = await metrics();
    result.scriptToRender = atRender.script;
    result.styleToRender = atRender.styleLayout;
    result.taskToRender = atRender.task;
    const error = await page.evaluate(() => window.BENCH.error);
    if (error) throw new Error(error);
    await page.waitForTimeout(500); // let late long tasks land
    const load = await page.evaluate(() => ({
      first: window.BENCH.firstRender,
      longTasks: window.BENCH.longTasks,
      // When the last of the library's files had arrived (bench files and the page excluded).
      loaded: Math.max(0, ...performance.getEntriesByType('resource')
        .filter((e) => new URL(e.name).origin === location.origin)
        .filter((e) => !/\/bench\/peers\/(common|pages|\.data)\/|\.(ttf|woff2?|otf)$/.test(new URL(e.name).pathname))
        .map((e) => e.responseEnd)),
    }));
    result.first = load.first;
    result.loaded = load.loaded;
    result.longCount = load.longTasks.length;
    result.longTotal = load.longTasks.reduce((s, [, d]) => s + d, 0);
    await cdp.send('HeapProfiler.collectGarbage');
    result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;

    for (const kind of ['step', 'hover', 'year']) {
      const times = [];
      const tasks = [];
      let moved = 0;
      let prep = await page.evaluate((k) => (window.BENCH.interactions[k] ? window.BENCH.interactions[k]() : null), kind);
      if (!prep) {
        result[kind] = null; // the library has no such interaction
        continue;
      }
      // Keys that bring the focus into the widget its own way (not measured).
      for (const key of prep.pre ?? []) await page.keyboard.press(key);
      await page.evaluate(() => window.BENCH.frames());
      for (let i = 0; i < REPS; i++) {
        if (kind === 'hover') {
          await page.mouse.move(2, 2);
          await page.evaluate(() => window.BENCH.frames());
          if (i > 0) prep = await page.evaluate(() => window.BENCH.interactions.hover());
        }
        const state = kind === 'hover' ? '' : await page.evaluate(() => window.BENCH.state());
        const before = await metrics();
        if (kind === 'hover') await page.mouse.move(prep.x, prep.y, { steps: 1 });
        else await page.keyboard.press(prep.key);
        await page.evaluate(() => window.BENCH.frames());
        const after = await metrics();
        times.push(after.script - before.script);
        tasks.push(after.task - before.task);
        if (kind !== 'hover' && state !== await page.evaluate(() => window.BENCH.state())) moved++;
      }
      result[kind] = median(times);
      result[`${kind}Task`] = median(tasks);
      if (kind !== 'hover' && moved < REPS) result.note += `${kind}: ${REPS - moved} of ${REPS} presses changed nothing. `;
    }
    const pageNote = await page.evaluate(() => window.BENCH.note ?? '');
    if (pageNote) result.note += pageNote;
    const files = (await Promise.all(bodies)).filter(Boolean);
    result.files = files;
    result.gz = files.reduce((s, f) => s + f.gz, 0);
    result.ok = true;
  } catch (error) {
    result.note = String(error.message ?? error).split('\n')[0].slice(0, 160);
  }
  if (errors.length) result.errors = errors;
  await context.close();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Scenarios.

const KIT = { id: 'kit', name: 'kit' };
const SCENARIOS = [
  ...[24, 1000, 10_000].map((n) => ({
    group: 'timeline', widget: 'timeline', n, title: `Timeline, ${n.toLocaleString('en')} milestones`,
    libs: [{ ...KIT, name: '`<lacnic-timeline>`' }, { id: 'tl3', name: 'TimelineJS3 3.9.11' }, { id: 'vis', name: 'vis-timeline 8.5.4' }],
  })),
  {
    group: 'map', widget: 'map', title: 'Region map, 31 economies, 2017 figures',
    libs: [{ ...KIT, name: '`<lacnic-region-map>`' }, { id: 'highcharts', name: 'Highcharts Maps 13.1.1 + a11y' }, { id: 'plot', name: 'Observable Plot 0.6.17' }],
  },
  {
    group: 'strip', widget: 'strip', title: 'Partner strip, 8 partners, marquee',
    libs: [{ ...KIT, name: '`<lacnic-partner-strip>`' }, { id: 'splide', name: 'Splide 4.1.4 + AutoScroll 0.5.3' }, { id: 'swiper', name: 'Swiper 14.4.0' }],
  },
];

const FLOOR = { id: 'floor', page: 'floor-blank', name: 'no library (floor)' };

async function runScenario(browser, base, scenario) {
  // The floor page (same page and data, no library) alternates with the libraries, so that
  // "above the floor" compares like with like.
  const libs = [...scenario.libs, FLOOR];
  const results = new Map(libs.map((l) => [l.id, []]));
  const runsFor = new Map(libs.map((l) => [l.id, RUNS]));
  // One discarded warm-up run each (disk cache, JIT of the browser itself), except at 10,000.
  if (!(scenario.n >= 10_000)) for (const lib of libs) await runOnce(browser, base, scenario, lib);
  for (let i = 0; i < RUNS; i++) {
    for (const lib of libs) {
      const list = results.get(lib.id);
      if (list.length >= runsFor.get(lib.id)) continue;
      const started = Date.now();
      const r = await runOnce(browser, base, scenario, lib);
      list.push(r);
      // A library that needs over 20 s a run, or fails twice, gets 3 runs (said in the table).
      if (Date.now() - started > 20_000 || list.filter((x) => !x.ok).length >= 2) runsFor.set(lib.id, Math.min(runsFor.get(lib.id), 3, list.length + (r.ok ? 2 : 0)));
      process.stderr.write(`  ${scenario.title} · ${lib.id} run ${list.length}: ${r.ok ? `${r.first.toFixed(0)} ms` : `failed (${r.note})`}\n`);
    }
  }
  const floorRuns = results.get(FLOOR.id).filter((r) => r.ok);
  scenario.floor = median(floorRuns.map((r) => r.first));
  scenario.floorRuns = floorRuns.length;
  return scenario.libs.map((lib) => {
    const list = results.get(lib.id);
    const ok = list.filter((r) => r.ok);
    const pick = (k) => (ok.length && ok.every((r) => r[k] === null) ? null : median(ok.map((r) => r[k])));
    return {
      lib, runs: ok.length, tried: list.length,
      failures: [...new Set(list.filter((r) => !r.ok).map((r) => r.note))],
      errors: [...new Set(list.flatMap((r) => r.errors ?? []))],
      gz: ok[0]?.gz ?? NaN, files: ok[0]?.files ?? [],
      notes: [...new Set(ok.map((r) => r.note).filter(Boolean))],
      first: pick('first'), loaded: pick('loaded'), scriptToRender: pick('scriptToRender'), styleToRender: pick('styleToRender'), taskToRender: pick('taskToRender'), longCount: pick('longCount'), longTotal: pick('longTotal'), heap: pick('heap'),
      step: pick('step'), hover: pick('hover'), year: pick('year'),
      stepTask: pick('stepTask'), hoverTask: pick('hoverTask'), yearTask: pick('yearTask'),
      blocked: [...(blockedHosts.get(lib.id) ?? [])],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Web Vitals of the demo page, served by scripts/serve-demo.mjs (strict CSP, as a site would).

const VITALS_OBSERVER = `(() => {
  const v = (window.__vitals = { lcp: 0, cls: 0, fcp: 0, longTasks: [], shifts: [] });
  let session = 0, sessionStart = 0, last = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) v.lcp = e.renderTime || e.loadTime || e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.hadRecentInput) continue;
      const name = (n) => {
        if (!n || !n.nodeType) return '?';
        const host = n.getRootNode?.().host;
        const own = n.nodeType === 1 ? n.localName + (n.id ? '#' + n.id : '') + (n.classList?.length ? '.' + [...n.classList].join('.') : '') : '#text';
        return host ? host.localName + ' › ' + own : own;
      };
      v.shifts.push({ t: Math.round(e.startTime), value: e.value, nodes: (e.sources || []).map((src) => name(src.node) + ' ' + Math.round(src.previousRect.top) + '→' + Math.round(src.currentRect.top)) });
      if (session && (e.startTime - last > 1000 || e.startTime - sessionStart > 5000)) session = 0;
      if (!session) sessionStart = e.startTime;
      session += e.value; last = e.startTime;
      v.cls = Math.max(v.cls, session);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') v.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) v.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
})();`;

function startDemoServer() {
  const port = 18_000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, [`${root}scripts/serve-demo.mjs`], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /localhost:(\d+)/.exec(out);
      if (m) resolve({ url: `http://localhost:${m[1]}`, close: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`serve-demo exited (${code})`)));
  });
}

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function vitalsOnce(browser, url, throttle) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const origin = new URL(url).origin;
  const blocked = new Set();
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === origin || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    blocked.add(u.host);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(VITALS_OBSERVER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', throttle);
  }
  await page.goto(`${url}/demo/`, { waitUntil: 'load', timeout: 120_000 });
  const loaded = await page.evaluate(() => performance.now());
  // Quiet: until 2 s pass with no new long task (at most 15 s after load).
  for (let seen = -1, t = 0; t < 15_000; t += 500) {
    await page.waitForTimeout(500);
    const n = await page.evaluate(() => window.__vitals.longTasks.length);
    if (n === seen && t >= 2000) break;
    seen = n;
  }
  const v = await page.evaluate(() => window.__vitals);
  const tbt = v.longTasks.filter(([s]) => s >= v.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  await context.close();
  return { lcp: v.lcp, cls: v.cls, tbt, fcp: v.fcp, loaded, blocked: [...blocked], shifts: v.shifts };
}

async function runVitals(browser) {
  const server = await startDemoServer();
  try {
    const plain = [];
    const slow = [];
    for (let i = 0; i < Math.max(5, Math.min(RUNS, 10)); i++) plain.push(await vitalsOnce(browser, server.url));
    for (let i = 0; i < 3; i++) slow.push(await vitalsOnce(browser, server.url, SLOW_4G));
    const sum = (list) => ({
      runs: list.length,
      fcp: median(list.map((r) => r.fcp)), lcp: median(list.map((r) => r.lcp)), cls: Math.max(...list.map((r) => r.cls)),
      tbt: median(list.map((r) => r.tbt)), blocked: [...new Set(list.flatMap((r) => r.blocked))],
      shifts: list.find((r) => r.cls === Math.max(...list.map((x) => x.cls)))?.shifts ?? [],
    });
    return { plain: sum(plain), slow: sum(slow) };
  } finally {
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Tables.

const kb = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(1)} KB` : '—');
const ms = (v) => (v === null ? 'n/a' : Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : '—');
const num = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '—');
const ratio = (p, k) => (p === null || k === null ? 'n/a' : Number.isFinite(p) && Number.isFinite(k) && k > 0 ? `${(p / k).toFixed(p / k >= 10 ? 0 : 1)}×` : '—');

function scenarioTable(scenario, rows) {
  const [kit, ...peers] = rows;
  const floor = scenario.floor;
  for (const r of rows) r.aboveFloor = r.first - floor;
  const head = ['measure (median)', ...rows.map((r) => r.lib.name), ...peers.map((p) => `${p.lib.id}/kit`)];
  const measures = [
    ['bytes, gzip -9 (JS, CSS, fonts, data)', (r) => kb(r.gz), 'gz'],
    ['first render', (r) => ms(r.first), 'first'],
    ...(Number.isFinite(floor) ? [[`first render above the floor (the no-library page: ${ms(floor)}, ${scenario.floorRuns} runs)`, (r) => ms(r.aboveFloor), 'aboveFloor']] : []),
    ['… of which after its last file arrived', (r) => ms(r.first - r.loaded), null],
    ['main-thread work by then: all / script / style+layout', (r) => `${ms(r.taskToRender)} / ${ms(r.scriptToRender)} / ${ms(r.styleToRender)}`, 'taskToRender'],
    ['long tasks, total', (r) => (Number.isFinite(r.longTotal) ? `${r.longTotal.toFixed(0)} ms (${num(r.longCount, 0)})` : '—'), 'longTotal'],
    ['JS heap after render', (r) => (Number.isFinite(r.heap) ? `${r.heap.toFixed(2)} MB` : '—'), 'heap'],
    ['script per keyboard step', (r) => ms(r.step), 'step'],
    ['script per hover', (r) => ms(r.hover), 'hover'],
    ...(scenario.group === 'map' ? [['script per year step', (r) => ms(r.year), 'year']] : []),
    ['all main-thread work per step / hover (2 frames)', (r) => `${ms(r.stepTask)} / ${ms(r.hoverTask)}${scenario.group === 'map' ? ` / year ${ms(r.yearTask)}` : ''}`, null],
    ['runs', (r) => `${r.runs}${r.tried > r.runs ? ` of ${r.tried}` : ''}`, null],
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const [label, show, key] of measures) {
    lines.push(`| ${[label, ...rows.map(show), ...peers.map((p) => (key ? ratio(p[key], kit[key]) : ''))].join(' | ')} |`);
  }
  const notes = [];
  for (const r of rows) {
    if (r.tried < RUNS && !r.failures.length) notes.push(`${r.lib.name}: ${r.tried} runs only (a run took over 20 s)`);
    if (r.failures.length) notes.push(`${r.lib.name}: failed ${r.tried - r.runs} of ${r.tried} runs — ${r.failures.join('; ')}`);
    if (r.blocked.length) notes.push(`${r.lib.name} tried to reach other hosts (blocked): ${r.blocked.join(', ')}`);
    if (r.notes.length) notes.push(`${r.lib.name}: ${r.notes.join(' ')}`);
    if (r.errors.length) notes.push(`${r.lib.name} page errors: ${r.errors.join('; ').slice(0, 300)}`);
  }
  return `### ${scenario.title}\n\n${lines.join('\n')}\n${notes.map((n) => `\n- ${n}`).join('')}\n`;
}

function goals(all, vitals) {
  const out = [];
  const by = (group) => all.filter((s) => s.scenario.group === group);
  const mark = (ok) => (ok ? '**met**' : '**missed**');
  // 1. Size: every widget smaller than its smallest peer.
  for (const group of ['timeline', 'map', 'strip']) {
    const s = by(group)[0];
    if (!s) continue;
    const [kit, ...peers] = s.rows;
    const smallest = peers.filter((p) => Number.isFinite(p.gz)).sort((a, b) => a.gz - b.gz)[0];
    if (!smallest || !Number.isFinite(kit.gz)) continue;
    out.push(`- Size, ${group}: kit ${kb(kit.gz)} vs smallest peer ${smallest.lib.name} ${kb(smallest.gz)} — ${mark(kit.gz < smallest.gz)}${kit.gz < smallest.gz ? ` (${(smallest.gz / kit.gz).toFixed(1)}× smaller)` : ` (by ${kb(kit.gz - smallest.gz)})`}`);
  }
  // 2. First render ≥ 3× faster than TimelineJS3 and Highcharts Maps.
  for (const s of all) {
    const kit = s.rows[0];
    const peer = s.rows.find((r) => r.lib.id === 'tl3' || r.lib.id === 'highcharts');
    if (!peer) continue;
    const x = peer.first / kit.first;
    const y = (peer.first - s.scenario.floor) / (kit.first - s.scenario.floor);
    const above = Number.isFinite(y) && kit.first > s.scenario.floor ? ` (above the floor of ${ms(s.scenario.floor)}: ${y.toFixed(1)}× — ${mark(y >= 3)})` : '';
    out.push(`- First render ≥ 3× faster than ${peer.lib.name}, ${s.scenario.title}: ${Number.isFinite(x) ? `${x.toFixed(1)}×` : 'not measured (peer failed)'} — ${Number.isFinite(x) ? mark(x >= 3) : '**n/a**'}${above}`);
  }
  // 3. Every interaction under 16 ms of script.
  for (const s of all) {
    const kit = s.rows[0];
    for (const k of ['step', 'hover', 'year']) {
      if (kit[k] === null || kit[k] === undefined || Number.isNaN(kit[k])) continue;
      out.push(`- Interaction < 16 ms script, ${s.scenario.title}, ${k}: ${ms(kit[k])} — ${mark(kit[k] < 16)}`);
    }
  }
  if (vitals) out.push(`- CLS 0 on the demo page: ${vitals.plain.cls.toFixed(4)} (slow 4G: ${vitals.slow.cls.toFixed(4)}) — ${mark(vitals.plain.cls === 0 && vitals.slow.cls === 0)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

const info = await prepare();
const loadBefore = loadavg()[0];
const server = await startStatic(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();
const all = [];
let vitals = null;
try {
  for (const scenario of SCENARIOS.filter((s) => ONLY.has(s.group))) {
    process.stderr.write(`${scenario.title}\n`);
    all.push({ scenario, rows: await runScenario(browser, server.url, scenario) });
  }
  if (ONLY.has('vitals')) {
    process.stderr.write('Web Vitals, demo page\n');
    vitals = await runVitals(browser);
  }
} finally {
  await browser.close();
  await server.close();
}

writeFileSync(`${here}.data/last-run.json`, JSON.stringify({ all: all.map((s) => ({ scenario: s.scenario, rows: s.rows })), vitals }, null, 1));
const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
const load = `1-min load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (the cores are shared with other work: absolute times carry that noise; the alternation keeps the ratios fair)`;
const machine = `${cpu}, ${cpus().length} cores · Chromium ${chromiumVersion} (headless) · Node ${process.version} · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const parts = [
  '# Peer benchmarks',
  '',
  `Produced by \`npm run bench:peers\` (bench/peers/run.mjs). Machine: ${machine}; ${load}.`,
  '',
  `Method: each library's page (bench/peers/pages/) loads its own files from this machine (other hosts are blocked); the libraries alternate, ${RUNS} runs each unless said, a fresh browser context (cold cache) per run, viewport ${VIEWPORT.width}×${VIEWPORT.height}, widget box 1000 px wide. The same ${info.milestones} milestones (or n generated ones), the kit's region TopoJSON and 2017 figures, and the same ${info.partners} partners for all.`,
  '',
  '- **bytes**: every response the page requested except the page, the bench harness and the shared timeline/strip data, gzip level 9 (map peers include the geometry and figures file they fetch; the kit ships its own in its chunks).',
  '- **first render**: from navigation start until the widget\'s content is in the DOM (checked every frame) and the next frame after it has been painted — the same check for every library (harness.js).',
  '- **main-thread work by then**: CDP `Performance.getMetrics` TaskDuration, ScriptDuration and RecalcStyleDuration + LayoutDuration when the bench saw the render (it polls every 100 ms, so a little work just after may count), as Chromium counts them (its script figure leaves out work a trace shows inside module loading and GC, so trust the total); the ratio is of the total.',
  '- **long tasks**: sum of PerformanceObserver `longtask` durations from navigation to render + 0.5 s (count in brackets).',
  '- **heap**: `Runtime.getHeapUsage` used size after a forced GC, after render.',
  '- **floor**: the same page and harness with no library (pages/floor-blank.html; for the timelines it also loads the milestones every timeline page loads), alternating with the libraries in each scenario: what every first render includes before any library work; **above the floor** subtracts its median (noise can make a small difference negative).',
  '- **… after its last file arrived**: first render minus the `responseEnd` of the last library file from this server, fonts aside (Resource Timing): the part that is parsing, running and painting rather than loading.',
  `- **script per interaction**: CDP \`Performance.getMetrics\` ScriptDuration growth from just before a real input (keyboard press or mouse move) until two frames later; median of ${REPS} per run, then median of runs. It includes any per-frame script the widget runs in those frames (JS-driven marquees). n/a: the library has no such interaction. The row below gives CDP TaskDuration over the same span (all main-thread work: script, style, layout, paint of the two frames), for scale. Each key press is checked to have changed the focus or the slide.`,
  '- ratios are peer ÷ kit (above 1× means the kit is smaller or faster).',
  '',
  ...all.map((s) => scenarioTable(s.scenario, s.rows)),
];
if (vitals) {
  parts.push('### Web Vitals, demo page (demo/ served by scripts/serve-demo.mjs, strict CSP)', '',
    '| network | runs | FCP | LCP | CLS (max) | TBT |', '|---|---|---|---|---|---|',
    ...[['none', vitals.plain], ['slow 4G (150 ms RTT, 1.6 Mbit/s)', vitals.slow]].map(([label, v]) => `| ${label} | ${v.runs} | ${ms(v.fcp)} | ${ms(v.lcp)} | ${v.cls.toFixed(4)} | ${ms(v.tbt)} |`),
    '', 'LCP from `largest-contentful-paint`, CLS as the largest session window of `layout-shift` without recent input (load only, no scrolling), TBT as the sum of long-task time beyond 50 ms from FCP until 2 s without a new long task.',
    ...(vitals.plain.shifts.length ? ['', 'Layout shifts in the worst run (time, score, what moved: top before→after):', '',
      ...vitals.plain.shifts.sort((a, b) => b.value - a.value).slice(0, 6).map((x) => `- ${x.t} ms, ${x.value.toFixed(4)}: ${x.nodes.join('; ') || '(no source given)'}`)] : []),
    ...(vitals.plain.blocked.length ? ['', `- The demo tried to reach other hosts (blocked): ${vitals.plain.blocked.join(', ')}`] : []), '');
}
parts.push('### Goals', '', goals(all, vitals), '');
const bytesDetail = all.flatMap((s) => s.rows.filter((r) => r.files.length && (s.scenario.n ?? 24) === 24))
  .map((r) => `- ${r.lib.name}: ${r.files.map((f) => `${f.path.replace('/bench/node_modules/', '')} ${kb(f.gz)}`).join(', ')}`);
parts.push('### Files counted', '', ...bytesDetail, '');
const markdown = parts.join('\n');
console.log(markdown);
if (WRITE) writeFileSync(`${here}results.md`, markdown);
