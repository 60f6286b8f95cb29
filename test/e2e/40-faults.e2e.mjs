// Faults on every `src` and `stats-src`: for each fault mode (faults.mjs) one page holds the five
// fetched sources (strip JSON, timeline JSON and CSV, map figures, map statistics file). Each
// widget must show its error state with a Retry button and fire `lacnic-error` with the code the
// fault calls for; then the server comes back, Retry is clicked, and real content must show.
// No uncaught exception, unhandled rejection, CSP violation or kit console error is allowed.
import { readFileSync } from 'node:fs';
import { assert, count, ROOT, test } from './harness.mjs';
import { createFaults, EXPECTED_CODE, FAULT_MODES, STATS_SAMPLE } from './faults.mjs';

/**
 * Answers 404 for the kit's own files matching `pattern` (a partial redeploy, a dropped network)
 * until `restore()`, then serves them again; counts the refusals.
 */
function dropFiles(server, pattern) {
  const dropped = {
    refused: 0,
    missing: true,
    restore() {
      dropped.missing = false;
    },
  };
  server.route(pattern, (req, res, url) => {
    if (dropped.missing) {
      dropped.refused++;
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
    }
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(`${ROOT}${url.pathname}`));
  });
  return dropped;
}

/** fetch-timeout for the modes that wait for it; the others get a slack one (slow CI machines). */
const TIMEOUT_MS = 1500;
const SLACK_MS = 10_000;

/** id → [tag, attribute, source] for the five fetched sources. */
const WIDGETS = {
  strip: ['lacnic-partner-strip', 'src', 'strip.json'],
  'tl-json': ['lacnic-timeline', 'src', 'timeline.json'],
  'tl-csv': ['lacnic-timeline', 'src', 'timeline.csv'],
  'map-src': ['lacnic-region-map', 'src', 'figures.json'],
  'map-stats': ['lacnic-region-map', 'stats-src', 'delegated-stats.txt'],
};

const BODY = Object.entries(WIDGETS)
  .map(([id, [tag, attr, source]]) => {
    const view = tag === 'lacnic-timeline' ? ' view="list"' : '';
    return `<${tag} id="${id}"${view} fetch-timeout="${TIMEOUT_MS}" ${attr}="/faults/${source}"></${tag}>`;
  })
  .join('\n');

/** Installed before any page script: records kit errors and anything uncaught. */
function recorder() {
  const store = { events: [], uncaught: [] };
  Object.defineProperty(window, '__faults', { value: store });
  document.addEventListener('lacnic-error', (e) => {
    store.events.push({ id: e.composedPath()[0]?.id, code: e.detail?.code, message: e.detail?.message, source: e.detail?.source });
  });
  window.addEventListener('unhandledrejection', (e) => store.uncaught.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`));
  window.addEventListener('error', (e) => store.uncaught.push(`error: ${e.message}`));
  store.states = STATES;
}

/** Per widget: 'error' (with the retry flag), 'ok' (the recovered content shows) or 'loading'. */
function states() {
  const out = {};
  for (const el of document.querySelectorAll('[id]')) {
    const root = el.shadowRoot;
    if (!root) continue;
    const error = root.querySelector('[data-state="error"]');
    const retry = root.querySelector('[part~="retry"]');
    let ok = false;
    // 'ok' means exactly the items the server gave show (issue 13: not the built-in content).
    const ids = () => [...root.querySelectorAll('[part~="item"]')].map((n) => n.getAttribute('data-id')).join();
    const figure = (code) => el.rows.find((r) => r.code === code)?.value;
    const partners = [...root.querySelectorAll('ul:not(.clone) > li[part~="item"]')].map((li) => li.textContent);
    if (el.id === 'strip') ok = partners.length === 2 && partners[0].includes('Recovered Partner') && partners[1].includes('Second Partner');
    if (el.id === 'tl-json') ok = ids() === 'recovered-json,second-json';
    if (el.id === 'tl-csv') ok = ids() === 'recovered-csv,second-csv';
    if (el.id === 'map-src') ok = !el.loading && figure('BR') === 123 && figure('AR') === 45 && figure('UY') === 7 && el.rows.filter((r) => r.value != null).length === 3;
    // The sample statistics file holds 7 BR holders; the built-in 2017 figures say 5,017.
    if (el.id === 'map-stats') ok = !el.loading && el.rows.find((r) => r.code === 'BR')?.value === 7 && !!root.querySelector('svg.map');
    out[el.id] = {
      state: error ? 'error' : ok ? 'ok' : 'other',
      retry: !!retry,
      role: error?.getAttribute('role') ?? null,
      message: error?.querySelector('.message')?.textContent ?? '',
      retryName: retry?.textContent.trim() ?? '',
    };
  }
  return out;
}

async function waitAll(page, wanted, what) {
  const ids = Object.keys(WIDGETS);
  try {
    await page.waitForFunction(
      ({ ids, wanted }) => {
        const s = window.__faults.states();
        return ids.every((id) => s[id]?.state === wanted);
      },
      { ids, wanted },
      { timeout: 15_000, polling: 50 },
    );
  } catch {
    throw new Error(`${what}: not every widget reached '${wanted}': ${JSON.stringify(await page.evaluate(states))}`);
  }
  return page.evaluate(states);
}

/** The pages rotate through the kit's languages; the Retry button's name in each. */
const LANGS = [['en', 'Retry'], ['es', 'Reintentar'], ['pt', 'Tentar de novo']];

for (const [n, mode] of FAULT_MODES.entries()) {
  const [lang, retryName] = LANGS[n % LANGS.length];
  test(`${mode} on every src and stats-src (${lang}): error state with Retry, then recovery`, async ({ open, server, newContext }) => {
    const faults = createFaults();
    server.route(/^\/faults\//, faults.handler);
    faults.set(mode);
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(`(${recorder})()`.replace('STATES', `(${states})`));
    try {
      const wait = mode === 'timeout' || mode === 'drip' ? TIMEOUT_MS : SLACK_MS;
      const p = await open(BODY.replaceAll(`fetch-timeout="${TIMEOUT_MS}"`, `fetch-timeout="${wait}"`), { context, lang });
      const { page } = p;
      const failed = await waitAll(page, 'error', `fault ${mode}`);
      const events = await page.evaluate(() => window.__faults.events);
      for (const [id, [, , source]] of Object.entries(WIDGETS)) {
        const s = failed[id];
        assert.ok(s.retry, `${mode}: #${id} shows no Retry button`);
        assert.equal(s.role, 'alert', `${mode}: #${id} error is not an alert`);
        assert.ok(s.message.trim().length > 5, `${mode}: #${id} error has no message`);
        assert.equal(s.retryName, retryName, `${mode}: #${id} Retry button name in ${lang}`);
        const mine = events.filter((e) => e.id === id);
        assert.ok(mine.length >= 1, `${mode}: #${id} fired no lacnic-error`);
        assert.equal(mine.at(-1).code, EXPECTED_CODE[mode], `${mode}: #${id} (${source}) code: ${JSON.stringify(mine.at(-1))}`);
        assert.equal(mine.at(-1).message, s.message, `${mode}: #${id} event message differs from the shown one`);
        if (mode === '404' || mode === '500') assert.match(s.message, new RegExp(mode), `${mode}: #${id} message names the status`);
        assert.ok(faults.hits(source, mode) >= 1, `${mode}: ${source} was never requested`);
      }
      // Fault responses actually served (one per source, more if a widget asked again).
      count('faults injected', faults.injected);

      // The server comes back: Retry by click on four widgets, then by keyboard on the strip.
      faults.release();
      faults.set('ok');
      for (const id of Object.keys(WIDGETS).filter((id) => id !== 'strip')) await page.locator(`#${id} [part~="retry"]`).click();
      await page.locator('#strip [part~="retry"]').focus();
      await page.keyboard.press('Enter');
      const recovered = await waitAll(page, 'ok', `recovery after ${mode}`).catch((error) => {
        throw new Error(`${error.message}\nconsole: ${p.console.join('\n')}\nerrors: ${p.errors.join('\n')}`);
      });
      // Keyboard focus is not dropped to the page when the Retry button goes away.
      const focus = await page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        return { host: host?.id ?? host?.localName, inner: inner?.localName, href: inner?.getAttribute('href') };
      });
      assert.deepEqual(focus, { host: 'strip', inner: 'a', href: 'https://example.org/' }, `${mode}: focus after Retry by keyboard`);
      for (const [id, [, , source]] of Object.entries(WIDGETS)) {
        assert.equal(recovered[id].retry, false, `#${id} still shows Retry after recovery`);
        assert.ok(faults.hits(source, 'ok') >= 1, `${source}: Retry made no new request`);
      }
      const uncaught = await page.evaluate(() => window.__faults.uncaught);
      assert.deepEqual(uncaught, [], `${mode}: uncaught in page`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${mode}: a script in the fault body ran`);
      const kitLogs = p.console.filter((line) => line.includes('[lacnic-widgets]'));
      assert.deepEqual(kitLogs, [], `${mode}: the kit logged an unexpected error`);
      await p.assertClean();
    } finally {
      faults.release();
    }
  }, { timeout: 60_000 });
}

// A widget taken out of the page while its request hangs, then put back, must load again (not
// stay in a "the request was cancelled" error).
test('removed while loading, then re-added: loads again, no error for its own cancelled request', async ({ open, server, newContext }) => {
  const faults = createFaults();
  server.route(/^\/faults\//, faults.handler);
  faults.set('timeout');
  const context = await newContext();
  await context.addInitScript(`(${recorder})()`.replace('STATES', `(${states})`));
  try {
    const p = await open(BODY.replaceAll(`fetch-timeout="${TIMEOUT_MS}"`, 'fetch-timeout="8000"'), { context });
    const { page } = p;
    // Every request is stalled; wait until all five were made.
    await page.waitForFunction(() => [...document.querySelectorAll('[id]')].every((el) => el.shadowRoot?.querySelector('[data-state="loading"], .frame')));
    const deadline = Date.now() + 5000;
    while (Object.entries(WIDGETS).some(([, [, , s]]) => faults.hits(s, 'timeout') < 1) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    count('faults injected', Object.keys(WIDGETS).length);
    faults.set('ok');
    await page.evaluate(() => {
      for (const el of [...document.querySelectorAll('[id]')]) {
        const parent = el.parentNode;
        const next = el.nextSibling;
        el.remove();
        parent.insertBefore(el, next);
      }
    });
    const s = await waitAll(page, 'ok', 'reload after re-adding');
    assert.ok(Object.values(s).every((x) => !x.retry));
    const events = await page.evaluate(() => window.__faults.events);
    assert.deepEqual(events, [], 'a re-added widget reported an error for its own cancelled request');
    await p.assertClean();
  } finally {
    faults.release();
  }
}, { timeout: 60_000 });

// A source changed while the old request is still running: the late answer of the old one must
// never replace the new content.
test('src changed mid-request: the late answer of the old source is ignored', async ({ open, server }) => {
  const late = (body, type = 'application/json') => (req, res) => {
    setTimeout(() => !res.destroyed && res.writeHead(200, { 'content-type': type }).end(body), 1200);
  };
  server.route('/stale/strip.json', late(JSON.stringify([{ name: 'Stale Partner', url: 'https://example.org/' }])));
  server.body('/fresh/strip.json', [{ name: 'Fresh Partner', url: 'https://example.net/' }]);
  server.route('/stale/timeline.json', late(JSON.stringify([{ id: 'stale', date: '2001', title: 'Stale' }])));
  server.body('/fresh/timeline.json', [{ id: 'fresh', date: '2002', title: 'Fresh' }]);
  server.route('/stale/figures.json', late(JSON.stringify({ BR: 1, AR: 2 })));
  server.body('/fresh/figures.json', { BR: 999, AR: 2 });
  // Statistics: the stale file has no BR record at all; the fresh one has 7 BR holders.
  server.route('/stale/stats.txt', late(STATS_SAMPLE.split('\n').filter((l) => !l.startsWith('lacnic|BR|')).join('\n'), 'text/plain'));
  server.body('/fresh/stats.txt', STATS_SAMPLE, { type: 'text/plain' });
  const p = await open(`<lacnic-partner-strip id="s" src="/stale/strip.json"></lacnic-partner-strip>
    <lacnic-timeline id="t" view="list" src="/stale/timeline.json"></lacnic-timeline>
    <lacnic-region-map id="m" src="/stale/figures.json"></lacnic-region-map>
    <lacnic-region-map id="ms" stats-src="/stale/stats.txt"></lacnic-region-map>`);
  const { page } = p;
  await page.waitForFunction(() => ['s', 't', 'm', 'ms'].every((id) => customElements.get(document.getElementById(id).localName)));
  // Every stale request is in flight before the sources change.
  const stale = ['/stale/strip.json', '/stale/timeline.json', '/stale/figures.json', '/stale/stats.txt'];
  for (let t = 0; t < 100 && stale.some((path) => server.hits(path) < 1); t++) await page.waitForTimeout(20);
  assert.deepEqual(stale.filter((path) => server.hits(path) < 1), [], 'stale requests never made');
  await page.evaluate(() => {
    document.getElementById('s').src = '/fresh/strip.json';
    document.getElementById('t').src = '/fresh/timeline.json';
    document.getElementById('m').src = '/fresh/figures.json';
    document.getElementById('ms').statsSrc = '/fresh/stats.txt';
  });
  await page.waitForTimeout(1800); // the stale answers have arrived by now
  const seen = await page.evaluate(() => ({
    strip: document.getElementById('s').shadowRoot.textContent.includes('Fresh Partner') && !document.getElementById('s').shadowRoot.textContent.includes('Stale'),
    timeline: !!document.getElementById('t').shadowRoot.querySelector('[data-id="fresh"]') && !document.getElementById('t').shadowRoot.querySelector('[data-id="stale"]'),
    map: document.getElementById('m').rows.find((r) => r.code === 'BR')?.value === 999,
    stats: document.getElementById('ms').rows.find((r) => r.code === 'BR')?.value === 7,
  }));
  assert.deepEqual(seen, { strip: true, timeline: true, map: true, stats: true }, 'a stale answer replaced the new source');
  count('faults injected', 4);
  await p.assertClean();
}, { timeout: 30_000 });

// The kit's own statistics parser files are missing (a partial redeploy, or the network dropped
// between page load and use): neither the worker nor the main-thread parser loads. That is a
// network failure with Retry, not "the file is not valid RIR statistics"; once the files are
// back, Retry recovers.
test('statistics parser files missing: fetch-failed with Retry, then recovery', async ({ open, server, newContext }) => {
  const faults = createFaults();
  server.route(/^\/faults\//, faults.handler);
  const dropped = dropFiles(server, /^\/dist\/cdn\/(?:chunks|assets)\/stats-(?:worker|parser)[\w-]*\.js$/);
  const context = await newContext();
  await context.addInitScript(`(${recorder})()`.replace('STATES', `(${states})`));
  const p = await open(`<lacnic-region-map id="map-stats" fetch-timeout="${SLACK_MS}" stats-src="/faults/delegated-stats.txt"></lacnic-region-map>`, { context });
  const { page } = p;
  await page.waitForFunction(() => window.__faults.states()['map-stats']?.state === 'error', null, { timeout: 15_000 });
  assert.ok(dropped.refused >= 1, 'no parser file was requested');
  const events = await page.evaluate(() => window.__faults.events);
  assert.equal(events.at(-1)?.code, 'fetch-failed', `code: ${JSON.stringify(events.at(-1))}`);
  assert.ok((await page.evaluate(() => window.__faults.states()))['map-stats'].retry, 'no Retry');
  count('faults injected', dropped.refused);
  dropped.restore();
  await page.locator('#map-stats [part~="retry"]').click();
  await page.waitForFunction(() => window.__faults.states()['map-stats']?.state === 'ok', null, { timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__faults.uncaught), []);
  assert.deepEqual(p.errors, []);
}, { timeout: 60_000 });

// The built-in timeline loads its texts in the reader's language as a chunk of its own; when
// that chunk cannot be fetched (a partial redeploy, or the network dropped), the timeline shows
// the network error with Retry, never an uncaught rejection; once the file is back, Retry
// recovers.
test('timeline texts chunk missing: fetch-failed with Retry, then recovery', async ({ open, server, newContext }) => {
  const dropped = dropFiles(server, /^\/dist\/cdn\/chunks\/milestone-texts\.pt-[\w-]*\.js$/);
  const context = await newContext();
  await context.addInitScript(`(${recorder})()`.replace('STATES', `(${states})`));
  const p = await open(`<lacnic-timeline id="tl-default" lang="pt" view="list"></lacnic-timeline>`, { context });
  const { page } = p;
  const shown = () => page.evaluate(() => {
    const root = document.getElementById('tl-default').shadowRoot;
    return {
      state: root?.querySelector('[part~="status"]')?.getAttribute('data-state') ?? 'ready',
      retry: !!root?.querySelector('[part~="retry"]'),
      first: root?.querySelector('[part~="item"] .title')?.textContent ?? null,
    };
  });
  await page.waitForFunction(() => document.getElementById('tl-default').shadowRoot?.querySelector('[data-state="error"]'), null, { timeout: 15_000 });
  assert.ok(dropped.refused >= 1, 'the texts chunk was never requested');
  const events = await page.evaluate(() => window.__faults.events);
  assert.deepEqual(events.map((e) => [e.id, e.code, e.source]), [['tl-default', 'fetch-failed', 'default']], JSON.stringify(events));
  assert.ok((await shown()).retry, 'no Retry');
  count('faults injected', dropped.refused);
  dropped.restore();
  await page.locator('#tl-default [part~="retry"]').click();
  await page.waitForFunction(() => document.getElementById('tl-default').shadowRoot?.querySelector('[part~="item"]'), null, { timeout: 15_000 });
  assert.deepEqual(await shown(), { state: 'ready', retry: false, first: 'Assinado o acordo para criar o LACNIC' });
  assert.deepEqual(await page.evaluate(() => window.__faults.uncaught), []);
  assert.deepEqual(p.errors, []);
}, { timeout: 60_000 });

test('marquee and map-link chunks: a grid page never asks for them; a missing marquee chunk leaves a usable grid', async ({ open, server }) => {
  const requested = { marquee: 0, link: 0 };
  let missing = true;
  server.route(/^\/dist\/cdn\/chunks\/(?:marquee|link-follow)-[\w-]*\.js$/, (req, res, url) => {
    const kind = url.pathname.includes('/marquee-') ? 'marquee' : 'link';
    requested[kind]++;
    if (kind === 'marquee' && missing) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(`${ROOT}${url.pathname}`));
  });

  // The default picture: the grid, no `for`.
  const grid = await open('<lacnic-partner-strip id="grid"></lacnic-partner-strip>');
  await grid.ready('lacnic-partner-strip');
  await grid.page.waitForTimeout(300);
  assert.deepEqual(requested, { marquee: 0, link: 0 }, 'a grid strip downloaded marquee or link code');
  await grid.assertClean();
  await grid.close();

  // A marquee whose chunk is gone: the partners show as the grid, every one inside the strip.
  const p = await open('<lacnic-partner-strip id="mq" layout="marquee"></lacnic-partner-strip>', { viewport: { width: 360, height: 800 } });
  await p.ready('lacnic-partner-strip');
  await p.page.waitForFunction(() => document.getElementById('mq').shadowRoot.querySelector('[part~="base"]')?.classList.contains('grid'), null, { timeout: 15_000 });
  assert.ok(requested.marquee >= 1, 'the marquee chunk was never requested');
  count('faults injected', requested.marquee);
  const seen = await p.page.evaluate(() => {
    const el = document.getElementById('mq');
    const root = el.shadowRoot;
    const box = root.querySelector('.viewport').getBoundingClientRect();
    const items = [...root.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    return {
      moving: el.moving,
      copies: root.querySelectorAll('ul.clone').length,
      button: !!root.querySelector('[part~="pause-button"]'),
      items: items.length,
      inside: items.filter((r) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5).length,
    };
  });
  assert.deepEqual(seen, { moving: false, copies: 0, button: false, items: 8, inside: 8 }, `fallback: ${JSON.stringify(seen)}`);
  await p.assertClean();

  // The chunk is back: the next switch to marquee loads it and the strip scrolls.
  missing = false;
  await p.page.evaluate(async () => {
    const el = document.getElementById('mq');
    el.layout = 'grid';
    await el.updateComplete;
    el.layout = 'marquee';
  });
  await p.page.waitForFunction(() => document.getElementById('mq').moving, null, { timeout: 15_000 });
  await p.assertClean();
}, { timeout: 60_000 });

// The map's projected shapes are a chunk of the kit's own; when it cannot be fetched, the map says
// so (an alert, lacnic-error fetch-failed), keeps its figures readable as the table, offers
// Retry, and draws itself once the file is back.
test('map shapes chunk missing: an alert, the figures as a table, Retry draws the map', async ({ open, server, newContext }) => {
  const dropped = dropFiles(server, /^\/dist\/cdn\/chunks\/region-layout-[\w-]*\.js$/);
  const context = await newContext();
  await context.addInitScript(`(${recorder})()`.replace('STATES', `(${states})`));
  const p = await open('<lacnic-region-map id="map-shapes" lang="es"></lacnic-region-map>', { context });
  const { page } = p;
  const seen = () => page.evaluate(() => {
    const root = document.getElementById('map-shapes').shadowRoot;
    return {
      alert: root?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      retry: !!root?.querySelector('[part~="retry"]'),
      rows: root?.querySelectorAll('tbody tr').length ?? 0,
      economies: root?.querySelectorAll('svg.map [part~="economy"]').length ?? 0,
    };
  });
  await page.waitForFunction(() => document.getElementById('map-shapes').shadowRoot?.querySelector('[part~="retry"]'), null, { timeout: 15_000 });
  // The figures are a chunk of their own, which may arrive just after the shapes failed: wait for
  // the table a reader then sees (the assertion below still requires all 31 rows).
  await page.waitForFunction(() => (document.getElementById('map-shapes').shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, null, { timeout: 15_000 });
  assert.ok(dropped.refused >= 1, 'the shapes chunk was never requested');
  count('faults injected', dropped.refused);
  const failed = await seen();
  assert.match(failed.alert ?? '', /No se pudo dibujar el mapa/);
  assert.deepEqual({ retry: failed.retry, rows: failed.rows, economies: failed.economies }, { retry: true, rows: 31, economies: 0 });
  const events = await page.evaluate(() => window.__faults.events);
  assert.deepEqual(events.map((e) => [e.id, e.code, e.source]), [['map-shapes', 'fetch-failed', 'default']], JSON.stringify(events));
  dropped.restore();
  await page.locator('#map-shapes [part~="retry"]').click();
  await page.waitForFunction(() => document.getElementById('map-shapes').shadowRoot?.querySelector('svg.map [part~="economy"]'), null, { timeout: 15_000 });
  const drawn = await seen();
  assert.deepEqual({ alert: drawn.alert, retry: drawn.retry, economies: drawn.economies }, { alert: null, retry: false, economies: 31 });
  assert.deepEqual(await page.evaluate(() => window.__faults.uncaught), []);
  assert.deepEqual(p.errors, []);
}, { timeout: 60_000 });

// The sentences for failures are a chunk of the kit's own, loaded with the first failure. When
// that chunk cannot be fetched either (the network is down), the failure is still shown and
// reported, worded with the always-loaded title and its code, with Retry; once the chunk is back
// the next failure gets its full sentence.
test('failure sentences chunk missing: the error still shows, titled, with its code and Retry', async ({ open, server, newContext }) => {
  const dropped = dropFiles(server, /^\/dist\/cdn\/chunks\/describe-[\w-]*\.js$/);
  server.route('/gone/partners.json', (req, res) => void res.writeHead(404, { 'content-type': 'text/plain' }).end('gone'));
  const context = await newContext();
  await context.addInitScript(`(${recorder})()`.replace('STATES', `(${states})`));
  const p = await open('<lacnic-partner-strip id="strip-offline" lang="en" src="/gone/partners.json"></lacnic-partner-strip>', { context });
  const { page } = p;
  const box = () => page.evaluate(() => document.getElementById('strip-offline').shadowRoot?.querySelector('[data-state="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null);
  await page.waitForFunction(() => document.getElementById('strip-offline').shadowRoot?.querySelector('[data-state="error"]'), null, { timeout: 15_000 });
  assert.ok(dropped.refused >= 1, 'the sentences chunk was never requested');
  count('faults injected', dropped.refused);
  assert.match(await box(), /This content could not be shown.*\(http-status\).*Retry/);
  let events = await page.evaluate(() => window.__faults.events);
  assert.deepEqual(events.map((e) => [e.id, e.code, e.message]), [['strip-offline', 'http-status', 'This content could not be shown (http-status)']]);
  dropped.restore();
  await page.locator('#strip-offline [part~="retry"]').click();
  await page.waitForFunction(() => window.__faults.events.length === 2, null, { timeout: 15_000 });
  events = await page.evaluate(() => window.__faults.events);
  assert.equal(events[1].message, 'The server answered 404 when asked for the data.');
  assert.match(await box(), /The server answered 404 when asked for the data\./);
  assert.deepEqual(await page.evaluate(() => window.__faults.uncaught), []);
  assert.deepEqual(p.errors, []);
}, { timeout: 60_000 });
