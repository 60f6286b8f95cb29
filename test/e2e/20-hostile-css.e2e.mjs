// Hostile host CSS: the same widgets on a plain page and on a page with Bootstrap 5, Tailwind's
// preflight (both from npm, as shipped) and fixtures/hostile.css (`* { box-sizing: content-box;
// line-height: 3 }`, `a { color: red !important }`, `svg { fill: black }`, `button { all:
// unset }`, and every inherited text style a site may set on body). Each widget element is
// screenshotted on both pages (animations disabled, strip in grid layout) and the pixels are
// compared.
//
// On a difference (or with E2E_SAVE_SHOTS=1) both shots and a diff go to test-results/.
// Tolerance: a pixel differs when any channel differs by more than 24/255 (anti-aliasing noise);
// a widget passes when its two shots have the same size and at most 1% of pixels differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { assert, count, ROOT, test } from './harness.mjs';

const CHANNEL_TOLERANCE = 24;
const MAX_DIFF_RATIO = 0.01;

const HOSTILE_HEAD = `
    <link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.css" />
    <link rel="stylesheet" href="/node_modules/tailwindcss/preflight.css" />
    <link rel="stylesheet" href="/test/e2e/fixtures/hostile.css" />
    <link rel="stylesheet" href="/test/e2e/fixtures/site.css" />`;
const PLAIN_HEAD = `
    <link rel="stylesheet" href="/test/e2e/fixtures/site.css" />`;

/** A small raster logo (data: URL, allowed by img-src): a 40×20 blue block. */
function logo() {
  const png = new PNG({ width: 40, height: 20 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([11, 92, 173, 255], i);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

/** The widgets in the states worth comparing; `id` names each shot. */
const CASES = [
  { id: 'strip', html: `<lacnic-partner-strip id="strip" layout="grid"></lacnic-partner-strip>` },
  {
    id: 'strip-custom',
    html: `<lacnic-partner-strip id="strip-custom" layout="grid" highlight="UY" target="_blank"></lacnic-partner-strip>`,
    data: {
      'strip-custom': [
        { name: 'With logo', url: 'https://example.org/', logo: 'LOGO', country: 'UY' },
        { name: 'Text mark', url: 'https://example.net/', country: 'BR' },
        { name: 'No link' },
      ],
    },
  },
  { id: 'strip-dark', html: `<lacnic-partner-strip id="strip-dark" layout="grid" theme="dark"></lacnic-partner-strip>` },
  { id: 'timeline-axis', html: `<lacnic-timeline id="timeline-axis" view="axis"></lacnic-timeline>` },
  { id: 'timeline-list', html: `<lacnic-timeline id="timeline-list" view="list"></lacnic-timeline>` },
  { id: 'timeline-detail', html: `<lacnic-timeline id="timeline-detail" view="list" selected="recognition-2002" highlight-country="UY"></lacnic-timeline>` },
  { id: 'map', html: `<lacnic-region-map id="map" year-slider></lacnic-region-map>` },
  { id: 'map-table', html: `<lacnic-region-map id="map-table" view="table" theme="dark"></lacnic-region-map>` },
  { id: 'error', html: `<lacnic-partner-strip id="error" src="/e2e/missing.json"></lacnic-partner-strip>` },
];

async function shoot(open, head) {
  const body = `<main>${CASES.map((c) => c.html).join('\n')}</main>`;
  const p = await open(body, { head, viewport: { width: 960, height: 900 }, reducedMotion: 'reduce' });
  const image = logo();
  await p.page.evaluate(
    ({ cases, image }) => {
      for (const c of cases) {
        if (!c.data) continue;
        for (const [id, data] of Object.entries(c.data)) {
          document.getElementById(id).data = JSON.parse(JSON.stringify(data).replaceAll('"LOGO"', JSON.stringify(image)));
        }
      }
    },
    { cases: CASES, image },
  );
  for (const tag of ['lacnic-partner-strip', 'lacnic-timeline', 'lacnic-region-map']) await p.ready(tag);
  await p.page.evaluate(() => document.fonts.ready);
  await p.page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  const shots = {};
  for (const c of CASES) {
    shots[c.id] = await p.page.locator(`#${c.id}`).screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  }
  await p.assertClean();
  return shots;
}

/** `{ width, height, differing, ratio, diff }`; `diff` is a PNG marking the differing pixels. */
export function comparePng(a, b) {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) {
    return { sizes: `${x.width}×${x.height} vs ${y.width}×${y.height}`, differing: Infinity, ratio: 1 };
  }
  const diff = new PNG({ width: x.width, height: x.height });
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.max(
      Math.abs(x.data[i] - y.data[i]),
      Math.abs(x.data[i + 1] - y.data[i + 1]),
      Math.abs(x.data[i + 2] - y.data[i + 2]),
      Math.abs(x.data[i + 3] - y.data[i + 3]),
    );
    const bad = d > CHANNEL_TOLERANCE;
    if (bad) differing++;
    diff.data.set(bad ? [255, 0, 0, 255] : [x.data[i], x.data[i + 1], x.data[i + 2], 60], i);
  }
  const pixels = x.width * x.height;
  return { sizes: `${x.width}×${x.height}`, differing, ratio: differing / pixels, pixels, diff: PNG.sync.write(diff) };
}

test('every widget looks the same on a page with Bootstrap 5, Tailwind preflight and aggressive global rules', async ({ open }) => {
  const plain = await shoot(open, PLAIN_HEAD);
  const hostile = await shoot(open, HOSTILE_HEAD);
  const out = join(ROOT, 'test-results/e2e-hostile-css');
  const report = [];
  for (const c of CASES) {
    const r = comparePng(plain[c.id], hostile[c.id]);
    count('pixels compared', r.pixels ?? 0);
    count('states audited');
    const ok = r.ratio <= MAX_DIFF_RATIO;
    report.push(`${ok ? 'same' : 'DIFFERENT'} ${c.id}: ${r.sizes}, ${Number.isFinite(r.differing) ? `${r.differing} px (${(r.ratio * 100).toFixed(2)}%)` : 'size differs'}`);
    if (!ok || process.env.E2E_SAVE_SHOTS) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${c.id}-plain.png`), plain[c.id]);
      writeFileSync(join(out, `${c.id}-hostile.png`), hostile[c.id]);
      if (r.diff) writeFileSync(join(out, `${c.id}-diff.png`), r.diff);
    }
  }
  console.log(report.map((l) => `      ${l}`).join('\n'));
  const bad = report.filter((l) => l.startsWith('DIFFERENT'));
  assert.equal(bad.length, 0, `widgets changed by the host page's CSS (shots in test-results/e2e-hostile-css/):\n${report.join('\n')}`);
});
