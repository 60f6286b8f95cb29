// Strict policy: every page here is served with STRICT_CSP (default-src 'self'; script-src
// 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'). Every
// widget must render real content and work (select, table, tooltip, marquee, worker) with no
// securitypolicyviolation and no page error — through the module loader, the classic-script
// fallback, the per-widget entries, and the loader included twice.
import { assert, count, inspect, STATS_2017, STRICT_CSP, TAGS, test } from './harness.mjs';

const THREE = `
<lacnic-partner-strip id="strip" for="map"></lacnic-partner-strip>
<lacnic-timeline id="timeline" for="map"></lacnic-timeline>
<lacnic-region-map id="map" year-slider></lacnic-region-map>`;

/** Real content, not a status box: at least `min` partners, milestones and economies. */
async function assertRendered(p, min = { 'lacnic-partner-strip': 8, 'lacnic-timeline': 20, 'lacnic-region-map': 31 }) {
  for (const tag of TAGS) if (await p.page.$(tag)) await p.ready(tag);
  const shown = await inspect(p.page);
  for (const w of shown) {
    assert.equal(w.state, 'ready', `${w.tag}#${w.id} is ${w.state}: ${w.text}`);
    assert.ok(w.items >= (min[w.tag] ?? 1), `${w.tag}#${w.id} shows ${w.items} items (want ≥ ${min[w.tag]})`);
    count('states audited');
  }
  return shown;
}

/** Drives each widget through the states that set styles or add elements at run time. */
async function assertRenderedOnce(p) {
  const children = await p.page.evaluate(() =>
    [...document.querySelectorAll('lacnic-partner-strip, lacnic-timeline, lacnic-region-map')].map(
      (el) => [...(el.shadowRoot?.children ?? [])].filter((c) => c.getAttribute('part') === 'base').length,
    ),
  );
  assert.deepEqual(children, [1, 1, 1], `each widget rendered once: ${children}`);
}

async function exercise(p) {
  const { page } = p;
  // Timeline: open a milestone's details (positions and the panel set through the CSSOM).
  const item = page.locator('lacnic-timeline [part~="item"]').first();
  await item.click();
  await page.locator('lacnic-timeline [part~="detail"]').waitFor();
  await page.keyboard.press('Escape');
  // Map: hover and focus an economy (tooltip positioned with CSSOM), select it, show the table.
  const br = page.locator('lacnic-region-map g.economy[data-code="BR"]');
  await br.hover();
  await page.locator('lacnic-region-map [part~="tooltip"]').waitFor();
  await br.click();
  await page.waitForFunction(() => document.querySelector('lacnic-region-map')?.getAttribute('selected') === 'BR');
  await page.locator('lacnic-region-map [part~="controls"] button').first().click();
  await page.locator('lacnic-region-map table').waitFor();
  await page.locator('lacnic-region-map input[type="range"]').fill('3');
  count('states audited', 4);
}

test('the loader renders all three widgets, and they work, under the strict CSP and Trusted Types', async ({ open }) => {
  const p = await open(THREE);
  await assertRendered(p);
  await exercise(p);
  // The marquee (Web Animations, clones) and the dark theme.
  await p.page.evaluate(() => {
    const strip = document.querySelector('lacnic-partner-strip');
    strip.setAttribute('layout', 'marquee');
    strip.setAttribute('theme', 'dark');
    strip.style.width = '400px';
  });
  await p.page.waitForFunction(() => document.querySelector('lacnic-partner-strip')?.shadowRoot?.querySelector('[part~="pause-button"]'));
  await p.page.locator('lacnic-partner-strip [part~="pause-button"]').click();
  count('states audited');
  await p.assertClean();
});

test('the classic-script (IIFE) fallback renders all three widgets under the strict CSP', async ({ open }) => {
  const p = await open(THREE, { script: 'iife' });
  await assertRendered(p);
  await exercise(p);
  await p.assertClean();
});

test('each per-widget entry renders its widget alone under the strict CSP', async ({ open }) => {
  for (const tag of TAGS) {
    const p = await open(`<${tag}></${tag}>`, { script: [`/dist/cdn/${tag}.js`] });
    await assertRendered(p);
    await p.assertClean();
    await p.close();
  }
});

test('the loader included twice defines each tag once, without errors or violations', async ({ open }) => {
  const p = await open(THREE, {
    script: ['/dist/cdn/lacnic-widgets.js', '/dist/cdn/lacnic-widgets.js?copy=2', '/dist/cdn/lacnic-region-map.js'],
  });
  await assertRendered(p);
  await assertRenderedOnce(p);
  await p.assertClean();
  // Same version twice: no "already defined by version" warning.
  assert.ok(!p.console.some((l) => l.includes('already defined')), p.console.join('\n'));
});

test("the module build beside the classic script (two copies of Lit) works with the documented 'allow-duplicates'", async ({ open }) => {
  // Two copies of the kit mean two copies of Lit, each creating its `lit-html` policy: a page
  // that names policies must allow duplicates then (README, "Content-Security-Policy").
  const p = await open(THREE, {
    script: ['/dist/cdn/lacnic-widgets.iife.js', '/dist/cdn/lacnic-widgets.js'],
    csp: `${STRICT_CSP} 'allow-duplicates'`,
  });
  await assertRendered(p);
  await assertRenderedOnce(p);
  await p.assertClean();
});

test('widgets added after load, and moved between documents parts, still render under the CSP', async ({ open }) => {
  const p = await open('<main id="slot"></main>');
  await p.page.evaluate(() => {
    const main = document.getElementById('slot');
    for (const tag of ['lacnic-region-map', 'lacnic-timeline', 'lacnic-partner-strip']) main.append(document.createElement(tag));
  });
  await assertRendered(p);
  // Re-attach each element elsewhere (disconnect + connect).
  await p.page.evaluate(() => {
    for (const el of document.querySelectorAll('#slot > *')) document.body.append(el);
  });
  await assertRendered(p);
  await p.assertClean();
});

test('the statistics file (stats-src) is computed in the kit\'s Web Worker under the strict CSP', async ({ open, server }) => {
  for (const script of ['module', 'iife']) {
    server.resetHits();
    const p = await open(`<lacnic-region-map stats-src="${STATS_2017}" fetch-timeout="60000"></lacnic-region-map>`, { script });
    await p.ready('lacnic-region-map', { timeout: 60_000 });
    await assertRendered(p);
    // The worker script is the kit's own file in dist/cdn/assets/ (not a path on the site's
    // root), started through the kit's Trusted Types policy.
    const workerHits = server.hitsMatching(/\/stats-worker[\w-]*\.js$/);
    assert.ok(
      Object.keys(workerHits).some((path) => path.startsWith('/dist/cdn/assets/')),
      `${script}: the worker script was fetched from dist/cdn/assets/ (requests: ${JSON.stringify(workerHits)})`,
    );
    assert.ok(!Object.keys(workerHits).some((path) => path.includes('/chunks/')), `${script}: no main-thread fallback (requests: ${JSON.stringify(workerHits)})`);
    const brText = await p.page.evaluate(() =>
      document.querySelector('lacnic-region-map').shadowRoot.querySelector('g.economy[data-code="BR"]').getAttribute('aria-label'),
    );
    assert.match(brText, /5,017/, `BR from the 2017 file: ${brText}`);
    await p.assertClean();
    await p.close();
    count('states audited');
  }
});

test('light-DOM content (progressive enhancement) upgrades under the CSP, in every language', async ({ open }) => {
  for (const lang of ['es', 'pt', 'en']) {
    const p = await open(
      `<lacnic-partner-strip>
        <ul>
          <li data-country="UY"><a href="https://lactld.org/" title="Latin American and Caribbean ccTLD Organization">LACTLD</a></li>
          <li><a href="https://www.icann.org/"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="ICANN"></a></li>
        </ul>
      </lacnic-partner-strip>
      <lacnic-timeline view="list">
        <ol>
          <li id="recognition" data-category="founding" data-countries="UY"><time datetime="2002-10-31">31 Oct 2002</time> <strong>Recognition</strong> ICANN recognises LACNIC. <a href="https://www.lacnic.net/">source</a></li>
          <li id="casa" data-category="casa"><time datetime="2012-04-17">17 Apr 2012</time> <strong>Casa de Internet</strong></li>
        </ol>
      </lacnic-timeline>
      <lacnic-region-map><script type="application/json">[{"code":"BR","value":5017},{"code":"UY","value":120,"label":"Uruguay"}]</script></lacnic-region-map>`,
      { lang },
    );
    await assertRendered(p, { 'lacnic-partner-strip': 2, 'lacnic-timeline': 2, 'lacnic-region-map': 31 });
    await p.page.locator('lacnic-timeline [part~="item"]').first().click();
    await p.page.locator('lacnic-timeline [part~="source"]').waitFor();
    await p.assertClean();
    await p.close();
  }
});

test("a page whose trusted-types list lacks the kit's worker policy still gets the map, computed on the main thread", async ({ open, server }) => {
  server.resetHits();
  const csp = STRICT_CSP.replace(/trusted-types [^;]*/, 'trusted-types lit-html');
  const p = await open(`<lacnic-region-map stats-src="${STATS_2017}" fetch-timeout="60000"></lacnic-region-map>`, { csp });
  await p.ready('lacnic-region-map', { timeout: 60_000 });
  await assertRendered(p);
  // The only report is the refused policy name; no page error, no blocked Worker.
  const violations = await p.csp();
  assert.deepEqual(violations.map((v) => `${v.directive}:${v.sample}`), ['trusted-types:lacnic-widgets']);
  assert.deepEqual(p.errors, []);
  assert.ok(Object.keys(server.hitsMatching(/\/chunks\/stats-worker/)).length, 'computed on the main thread');
});
