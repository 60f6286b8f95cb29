// Loads the demo page and the CDN build (dist/cdn/) in Chromium the ways readers meet them, and
// fails on what issue 5 rules out:
//   1. scripts blocked: the light-DOM content (milestone list, figures table, partner list) is
//      the page, styled by demo/demo.css;
//   2. scripts on, under the demo's strict CSP: every widget upgrades, the light-DOM content is
//      no longer shown, and nothing is logged as an error;
//   3. print media: the strip is a static wrapped list, the timeline its full list with details,
//      the map its map, legend and summary; no control is visible; both ways also print to PDF;
//   4. origins: every request the pages make (the map's worker and lazy chunks included) goes to
//      the page's own origin; the demo, the defaults, same-origin `src`/`stats-src` files and the
//      classic-script (IIFE) build are each loaded and clicked through. A control page that
//      requests another origin must be caught, so the check is known to see requests.
// Needs `npm run build` first. Prints one line per check; exits 1 on any failure.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_CSP, startStatic } from './static-server.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
if (!existsSync(join(repo, 'dist/cdn/lacnic-widgets.js'))) throw new Error('Run `npm run build` first.');

const TAGS = ['lacnic-timeline', 'lacnic-region-map', 'lacnic-partner-strip'];
const MILESTONES = 23; // the default milestones up to the anniversary (the optional 2020 one is hidden)
const ECONOMIES = 31;
const PARTNERS = 8;

let failures = 0;
const check = (ok, what, detail = '') => {
  console.log(`${ok ? '✓' : '✗'} ${what}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures++;
};

// ---- fixtures: same-origin data files and small test pages ----------------------------------
const page = (title, body, script = '<script type="module" src="/dist/cdn/lacnic-widgets.js"></script>') =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${script}</head><body>${body}</body></html>`;
const html = (body) => ({ type: 'text/html; charset=utf-8', body });
const stats = [
  '2.3|lacnic|20170903|4|19870101|20170903|-0300',
  'lacnic|*|asn|*|1|summary',
  'lacnic|*|ipv4|*|2|summary',
  'lacnic|*|ipv6|*|1|summary',
  'lacnic|BR|asn|28000|1|20020101|allocated|h1',
  'lacnic|UY|ipv4|200.40.0.0|65536|20030101|assigned|h2',
  'lacnic|AR|ipv4|200.45.0.0|4096|20040101|allocated|h3',
  'lacnic|MX|ipv6|2001:1200::|32|20030110|allocated|h4',
].join('\n');
const srcWidgets = `
  <lacnic-partner-strip src="/__check/partners.json"></lacnic-partner-strip>
  <lacnic-timeline src="/__check/milestones.csv"></lacnic-timeline>
  <lacnic-region-map src="/__check/figures.csv"></lacnic-region-map>
  <lacnic-region-map stats-src="/__check/delegated-lacnic-extended-20170903"></lacnic-region-map>`;
const defaultWidgets = `
  <lacnic-timeline></lacnic-timeline>
  <lacnic-region-map year-slider></lacnic-region-map>
  <lacnic-region-map dataset="2023"></lacnic-region-map>
  <lacnic-partner-strip layout="marquee"></lacnic-partner-strip>`;
const routes = (other) => ({
  '/__check/partners.json': {
    type: 'application/json',
    body: JSON.stringify([
      { name: 'Con logo', url: 'https://example.org/', logo: '/__check/logo.svg', country: 'UY' },
      { name: 'Sin logo', url: 'https://example.org/otro', country: 'BR' },
    ]),
  },
  '/__check/logo.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#2a6f97"/></svg>' },
  '/__check/milestones.csv': {
    type: 'text/csv; charset=utf-8',
    body: 'id,date,title,text,category,countries,source\nuno,2002-10-31,Reconocimiento,Texto del hito,founding,UY,https://example.org/\ndos,2012-04,Casa de Internet,,casa,UY,\n',
  },
  '/__check/figures.csv': { type: 'text/csv; charset=utf-8', body: 'code,value\nBR,10\nUY,3\nAR,5\n' },
  '/__check/delegated-lacnic-extended-20170903': { type: 'text/plain; charset=utf-8', body: stats },
  '/__check/defaults.html': html(page('defaults', defaultWidgets)),
  '/__check/src.html': html(page('same-origin src', srcWidgets)),
  '/__check/iife.html': html(page('IIFE build', defaultWidgets + srcWidgets, '<script src="/dist/cdn/lacnic-widgets.iife.js"></script>')),
  '/__check/control.html': html(page('control', `<img alt="" src="${other}/pixel.png"><lacnic-partner-strip></lacnic-partner-strip>`)),
});

// Two servers: the origins check has no CSP (a policy would stop a third-party request before it
// is made, and hide it); the upgrade and print checks run under the demo's own policy.
const fixtures = {};
const server = await startStatic(repo, { 'cache-control': 'no-store' }, fixtures);
const other = server.url.replace('127.0.0.1', 'localhost'); // the same server under another origin
Object.assign(fixtures, routes(other));
const strict = await startStatic(repo, { 'cache-control': 'no-store', 'content-security-policy': DEMO_CSP });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const out = mkdtempSync(join(tmpdir(), 'lacnic-demo-check-'));
const viewport = { width: 1100, height: 900 };

/** Waits until every widget on the page has drawn something other than its loading state. */
async function settle(p) {
  await p.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].every((el) => {
        const root = el.shadowRoot;
        if (!root?.querySelector('[part~="base"]') || root.querySelector('[data-state="loading"]')) return false;
        return el.localName !== 'lacnic-region-map' || el.loading === false || !!root.querySelector('[data-state="error"]');
      }),
    TAGS,
    { timeout: 20_000 },
  );
}

/** Widgets showing an error box, as "tag: message". */
const widgetErrors = (p) =>
  p.evaluate((tags) =>
    [...document.querySelectorAll(tags.join(','))].flatMap((el) => {
      const box = el.shadowRoot?.querySelector('[data-state="error"]');
      return box ? [`${el.localName}: ${box.textContent?.replace(/\s+/g, ' ').trim()}`] : [];
    }),
  TAGS);

const pdfPages = (buffer) => (buffer.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// ---- 1. scripts blocked -----------------------------------------------------------------------
console.log('\nWithout JavaScript:');
{
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const p = await context.newPage();
  await p.goto(`${strict.url}/demo/`, { waitUntil: 'load' });
  const count = async (selector) => {
    const all = await p.locator(selector).all();
    let visible = 0;
    for (const l of all) if (await l.isVisible()) visible++;
    return `${visible}/${all.length}`;
  };
  const ms = await count('lacnic-timeline > ol > li');
  check(ms === `${MILESTONES}/${MILESTONES}`, 'the timeline’s milestone list is shown', `${ms} items visible`);
  check((await p.locator('lacnic-timeline > ol > li time[datetime]').count()) >= MILESTONES, 'each milestone carries a machine-readable <time datetime>');
  const rows = await count('lacnic-region-map table tbody tr');
  check(rows === `${ECONOMIES}/${ECONOMIES}`, 'the map’s figures table is shown', `${rows} economies visible`);
  const partners = await count('lacnic-partner-strip > ul > li');
  check(partners === `${PARTNERS}/${PARTNERS}`, 'the partner list is shown', `${partners} partners visible`);
  const styled = await p.locator('lacnic-timeline > ol').evaluate((ol) => getComputedStyle(ol).listStyleType).catch(() => '');
  const flex = await p.locator('lacnic-partner-strip > ul').evaluate((ul) => getComputedStyle(ul).display).catch(() => '');
  check(styled === 'none' && flex === 'flex', 'demo.css styles the undefined widgets’ content', `list-style ${styled}, partner list ${flex}`);
  await p.screenshot({ path: join(out, 'no-js.png'), fullPage: true });
  await p.emulateMedia({ media: 'print' });
  const navHidden = await p.locator('nav').isHidden();
  const table = await p.locator('lacnic-region-map table').isVisible();
  check(navHidden && table, 'print without JavaScript keeps the content and drops the navigation');
  const pdf = await p.pdf({ format: 'A4' });
  writeFileSync(join(out, 'no-js.pdf'), pdf);
  check(pdf.subarray(0, 4).toString() === '%PDF' && pdfPages(pdf) > 1, 'prints to PDF without JavaScript', `${pdfPages(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KB`);
  await context.close();
}

// ---- 2. scripts on, strict CSP ----------------------------------------------------------------
console.log('\nWith JavaScript, under the demo’s Content-Security-Policy:');
{
  const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await p.goto(`${strict.url}/demo/`, { waitUntil: 'load' });
  await settle(p);
  const state = await p.evaluate(() => {
    const [tl, map, strip] = ['lacnic-timeline', 'lacnic-region-map', 'lacnic-partner-strip'].map((t) => document.querySelector(t));
    return {
      defined: ['lacnic-timeline', 'lacnic-region-map', 'lacnic-partner-strip'].every((t) => customElements.get(t)),
      fallbackShown: ['lacnic-timeline > ol', 'lacnic-region-map > table', 'lacnic-partner-strip > ul'].filter((s) => document.querySelector(s)?.checkVisibility()),
      milestones: tl.milestones.length,
      firstId: tl.milestones[0]?.id,
      timelineItems: tl.shadowRoot.querySelectorAll('[part~="item"]').length,
      map: !!map.shadowRoot.querySelector('svg.map') && !!map.shadowRoot.querySelector('[part~="legend"]'),
      partners: strip.shadowRoot.querySelectorAll('ul:not(.clone) > li').length,
    };
  });
  check(state.defined, 'all three widgets are defined');
  check(!state.fallbackShown.length, 'the light-DOM content is no longer shown', state.fallbackShown.join(', '));
  check(state.milestones === MILESTONES && state.firstId === 'agreement-1999' && state.timelineItems > 0, 'the timeline reads the page’s milestone list', `${state.milestones} milestones, first “${state.firstId}”`);
  check(state.map, 'the map draws its map and legend');
  check(state.partners === PARTNERS, 'the strip reads the page’s partner list', `${state.partners} partners`);
  check(!(await widgetErrors(p)).length, 'no widget shows an error', (await widgetErrors(p)).join('; '));

  // ---- 3. print ----
  console.log('\nPrint media (with JavaScript):');
  await p.emulateMedia({ media: 'print' });
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await p.waitForTimeout(200);
  const print = await p.evaluate(() => {
    const visible = (root, selector) => [...root.querySelectorAll(selector)].filter((el) => el.checkVisibility());
    const strip = document.querySelector('lacnic-partner-strip');
    const s = strip.shadowRoot;
    const box = strip.getBoundingClientRect();
    const items = [...s.querySelectorAll('ul:not(.clone) > li')];
    const track = s.querySelector('.track');
    const viewport = s.querySelector('.viewport');
    const tl = document.querySelector('lacnic-timeline').shadowRoot;
    const map = document.querySelector('lacnic-region-map').shadowRoot;
    const svg = map.querySelector('svg.map');
    const cs = svg && getComputedStyle(svg);
    return {
      strip: {
        controls: visible(s, 'button').length,
        clones: visible(s, 'ul.clone').length,
        transform: track ? getComputedStyle(track).transform : 'none',
        mask: viewport ? getComputedStyle(viewport).maskImage : 'none',
        shown: items.filter((li) => li.checkVisibility()).length,
        inside: items.filter((li) => {
          const r = li.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1;
        }).length,
      },
      timeline: {
        list: visible(tl, '.print li').length,
        withText: visible(tl, '.print li').filter((li) => li.textContent.length > 60).length,
        scroller: visible(tl, '.scroller, .filters').length,
        controls: visible(tl, 'button, input').length,
      },
      map: {
        map: !!svg?.checkVisibility() && svg.getBoundingClientRect().height > 200,
        legend: visible(map, '[part~="legend"]').length,
        summary: visible(map, '[part~="summary"]').length,
        controls: visible(map, 'button, input').length,
        tooltip: visible(map, '.tooltip').length,
        colorAdjust: cs ? cs.printColorAdjust || cs.webkitPrintColorAdjust : '',
      },
      nav: !!document.querySelector('nav')?.checkVisibility(),
    };
  });
  const { strip, timeline, map } = print;
  check(strip.controls === 0 && strip.clones === 0, 'strip: no pause button, no loop copies', `${strip.controls} buttons, ${strip.clones} copies visible`);
  check(strip.transform === 'none' && strip.mask === 'none', 'strip: no marquee offset or fade', `transform ${strip.transform}, mask ${strip.mask}`);
  check(strip.shown === PARTNERS && strip.inside === PARTNERS, 'strip: every partner shown, wrapped inside the page width', `${strip.shown} shown, ${strip.inside} inside`);
  check(timeline.list === MILESTONES && timeline.withText === MILESTONES, 'timeline: the full list with dates, texts and sources', `${timeline.list} items`);
  check(timeline.scroller === 0 && timeline.controls === 0, 'timeline: no filters, scroll box or buttons', `${timeline.scroller} boxes, ${timeline.controls} controls`);
  check(map.map && map.legend === 1 && map.summary === 1, 'map: map, legend and summary shown');
  check(map.controls === 0 && map.tooltip === 0, 'map: no buttons, slider or tooltip', `${map.controls} controls`);
  check(map.colorAdjust === 'exact', 'map: colours print exactly (print-color-adjust)', map.colorAdjust);
  check(!print.nav, 'the page’s navigation is not printed');
  const pdf = await p.pdf({ format: 'A4' });
  writeFileSync(join(out, 'with-js.pdf'), pdf);
  check(pdf.subarray(0, 4).toString() === '%PDF' && pdfPages(pdf) > 1, 'prints to PDF with JavaScript', `${pdfPages(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KB`);
  check(!errors.length, 'no console errors or CSP violations', errors.slice(0, 3).join('; '));
  await context.close();
}

// ---- 4. origins -------------------------------------------------------------------------------
console.log('\nRequests (every one must go to the page’s own origin):');

/** Clicks through what a reader would: timeline detail, map selection, table, downloads, slider. */
async function exercise(p) {
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await p.waitForTimeout(300);
  await p.evaluate(() => window.scrollTo(0, 0));
  const click = async (l) => {
    if (await l.count()) await l.first().click({ timeout: 2000 }).catch(() => {});
  };
  for (const tl of await p.locator('lacnic-timeline').all()) await click(tl.locator('[part~="item"]'));
  for (const map of await p.locator('lacnic-region-map').all()) {
    const economy = map.locator('g.economy[data-code="BR"]');
    if (!(await economy.count())) continue;
    await economy.hover({ timeout: 2000 }).catch(() => {});
    await click(economy);
    for (const label of [/PNG/, /SVG/, /CSV/, /tabla/i]) {
      await click(map.locator('[part~="controls"] button', { hasText: label }));
      await p.waitForTimeout(150);
    }
    await click(map.locator('[part~="slider"] button'));
  }
  await p.locator('lacnic-partner-strip').first().hover({ timeout: 2000 }).catch(() => {});
  await p.waitForTimeout(800);
}

const cases = [
  ['the demo page', '/demo/'],
  ['every widget with its defaults', '/__check/defaults.html'],
  ['same-origin src and stats-src (worker)', '/__check/src.html', { worker: true }],
  ['the classic-script (IIFE) build, with src and stats-src', '/__check/iife.html', { worker: true }],
];
const origin = new URL(server.url).origin;
const allOrigins = new Set();
let total = 0;
for (const [name, path, expect = {}] of [...cases, ['control: a page that asks another origin', '/__check/control.html']]) {
  const control = path.includes('control');
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const seen = [];
  const workers = [];
  const broken = [];
  context.on('request', (r) => seen.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) broken.push(`${r.status()} ${r.url()}`);
  });
  // Nothing leaves the machine: other origins are answered with a failure after being recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(`${origin}/`) ? route.continue() : route.abort();
  });
  const p = await context.newPage();
  p.on('worker', (w) => workers.push(w.url()));
  p.on('download', (d) => d.cancel().catch(() => {}));
  await p.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (!control) {
    await settle(p).catch(() => {});
    const errs = await widgetErrors(p);
    check(!errs.length, `${name}: every widget loaded`, errs.join('; '));
    await exercise(p);
  } else await p.waitForTimeout(500);
  const network = seen.filter((u) => !u.startsWith('data:'));
  const originOf = (u) => new URL(u).origin; // blob:http://host/uuid → http://host
  const foreign = network.filter((u) => originOf(u) !== origin);
  for (const u of network) allOrigins.add(originOf(u));
  const chunks = network.filter((u) => /\/dist\/cdn\/(chunks|assets)\//.test(u)).length;
  const detail = `${network.length} requests (${chunks} lazy chunks, ${workers.length} worker${workers.length === 1 ? '' : 's'}), origins: ${[...new Set(network.map(originOf))].join(', ')}`;
  if (control) check(foreign.length > 0, `${name} is caught`, foreign.join(', '));
  else {
    total += network.length;
    check(!foreign.length, `${name}: no request to another origin`, foreign.length ? `${foreign.length} foreign: ${foreign.slice(0, 5).join(', ')}` : detail);
    check(!broken.length, `${name}: every request answered (no 404: a chunk or worker looked up in the wrong place)`, broken.join(', '));
    if (expect.worker) check(workers.some((w) => w.startsWith(`${origin}/`)) && workers.length > 0, `${name}: the statistics worker started from the page’s origin`, workers.join(', '));
  }
  await context.close();
}

await browser.close();
await Promise.all([server.close(), strict.close()]);
console.log(`\n${total} requests observed across ${cases.length} pages; origins: ${[...allOrigins].filter((o) => o !== other).join(', ')}.`);
console.log(`Screenshots and PDFs: ${out}`);
console.log(`\nDemo checks: ${failures ? `${failures} failed` : 'all passed'}.`);
process.exit(failures ? 1 : 0);
