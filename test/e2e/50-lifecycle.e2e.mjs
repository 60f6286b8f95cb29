// Lifecycle: every widget is created, appended, rendered with its data and removed 1,000 times
// (alternating two configurations that start different machinery: the strip's marquee with its
// animation and observers, the timeline's list and axis, the map's table and year slider).
//
// The rule, per widget:
// - Baseline: after a warm-up of WARMUP cycles (so one-time caches are filled: code, Lit's
//   template cache, Intl formatters, map geometry and figures), a few idle frames and forced
//   garbage collections (CDP HeapProfiler.collectGarbage, three times), the used JS heap
//   (CDP Runtime.getHeapUsage usedSize) is the baseline.
// - After CYCLES cycles, the same idle frames and collections: used heap ≤ baseline × 1.10.
// - Event listeners on window and on document (CDP DOMDebugger.getEventListeners on their
//   objects) are the same list (type and count) as at the baseline.
// - Nothing is left running: no Web Animation a widget started is still running or paused, no
//   interval is still active, and during 500 ms of idleness after the loop no timer or animation
//   frame callback fires at all.
import { assert, count, test } from './harness.mjs';

const CYCLES = 1000;
const WARMUP = 50;
const BATCH = 100;

/** Per widget: the two alternating configurations (attributes). */
const CONFIGS = {
  'lacnic-partner-strip': [{ layout: 'marquee', speed: '80' }, { layout: 'grid', highlight: 'UY' }],
  'lacnic-timeline': [{ view: 'list', selected: 'recognition-2002' }, { view: 'axis' }],
  'lacnic-region-map': [{ 'year-slider': '' }, { view: 'table', metric: 'asn' }],
};

/** Installed before page scripts: tracks animations, intervals and timer/frame activity. */
function probes() {
  const anims = [];
  const intervals = new Set();
  const activity = { timeouts: 0, frames: 0 };
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (...args) {
    const a = animate.apply(this, args);
    anims.push(new WeakRef(a));
    return a;
  };
  const si = window.setInterval;
  const ci = window.clearInterval;
  window.setInterval = (...args) => {
    const id = si(...args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    intervals.delete(id);
    ci(id);
  };
  const st = window.setTimeout;
  window.setTimeout = (fn, ...rest) => st((...a) => (activity.timeouts++, typeof fn === 'function' ? fn(...a) : undefined), ...rest);
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = (fn) => raf((t) => (activity.frames++, fn(t)));
  Object.defineProperty(window, '__life', {
    value: {
      live: () => anims.map((r) => r.deref()).filter((a) => a && (a.playState === 'running' || a.playState === 'paused')).length,
      intervals: () => intervals.size,
      activity,
    },
  });
}

/** Runs `n` create → append → ready → remove cycles of `tag` in the page. */
async function cycles(page, tag, n) {
  for (let done = 0; done < n; done += BATCH) {
    await page.evaluate(
      async ({ tag, configs, from, size }) => {
        const stage = document.getElementById('stage');
        const idle = () => new Promise((r) => setTimeout(r, 0));
        for (let i = from; i < from + size; i++) {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(configs[i % configs.length])) el.setAttribute(k, v);
          stage.append(el);
          await el.updateComplete;
          // Data and (for the map) geometry are in, and the last render is done.
          for (let t = 0; t < 500 && (el.loading || el.shadowRoot.querySelector('[data-state="loading"]')); t++) await idle();
          if (el.loading || !el.shadowRoot.querySelector('[part~="base"]')) throw new Error(`${tag} #${i} did not render`);
          await el.updateComplete;
          // The marquee really moves before it is taken away (its animation must then stop).
          if (el.getAttribute('layout') === 'marquee') {
            for (let t = 0; t < 60 && !el.moving; t++) await new Promise((r) => requestAnimationFrame(r));
            if (!el.moving) throw new Error(`${tag} #${i}: the marquee never started`);
          }
          // The map's year replay runs on an interval, which removal must clear.
          if (el.hasAttribute('year-slider')) el.play();
          el.remove();
        }
      },
      { tag, configs: CONFIGS[tag], from: done, size: Math.min(BATCH, n - done) },
    );
  }
}

async function settle(page, cdp) {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Listener types and counts on window and document, e.g. { 'window:resize': 1 }. */
async function listeners(cdp) {
  const out = {};
  for (const name of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: name, objectGroup: 'life' });
    const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const l of list) out[`${name}:${l.type}`] = (out[`${name}:${l.type}`] ?? 0) + 1;
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'life' });
  return out;
}

const MB = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;

test(`create and remove each widget ${CYCLES} times: heap within 10% after GC, no listener, animation or timer left`, async ({ open, newContext }) => {
  const context = await newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(probes);
  const p = await open('<main id="stage"></main>', { context });
  const { page } = p;
  const cdp = await context.newCDPSession(page);
  // Load every widget's code (the loader fetches a widget's code the first time its tag appears).
  await page.evaluate(async (tags) => {
    for (const tag of tags) document.getElementById('stage').append(document.createElement(tag));
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    document.getElementById('stage').replaceChildren();
  }, Object.keys(CONFIGS));
  const report = [];
  for (const tag of Object.keys(CONFIGS)) {
    await cycles(page, tag, WARMUP);
    const base = await settle(page, cdp);
    const baseListeners = await listeners(cdp);
    const t0 = Date.now();
    await cycles(page, tag, CYCLES);
    const ms = Date.now() - t0;
    const after = await settle(page, cdp);
    const dom = await cdp.send('Memory.getDOMCounters');
    const afterListeners = await listeners(cdp);
    await page.evaluate(() => {
      window.__life.activity.timeouts = 0;
      window.__life.activity.frames = 0;
    });
    await new Promise((r) => setTimeout(r, 500));
    const left = await page.evaluate(() => ({ animations: window.__life.live(), intervals: window.__life.intervals(), ...window.__life.activity }));
    const growth = (after - base) / base;
    report.push(`${tag}: ${CYCLES} cycles in ${(ms / 1000).toFixed(1)} s, heap ${MB(base)} → ${MB(after)} (${(growth * 100).toFixed(1)}%), listeners ${JSON.stringify(afterListeners)}, DOM ${JSON.stringify(dom)}, left ${JSON.stringify(left)}`);
    assert.ok(after <= base * 1.1, `${tag}: used heap grew ${(growth * 100).toFixed(1)}% (${MB(base)} → ${MB(after)}) over ${CYCLES} cycles`);
    assert.deepEqual(afterListeners, baseListeners, `${tag}: listeners on window/document changed`);
    assert.equal(left.animations, 0, `${tag}: ${left.animations} animation(s) still running or paused after removal`);
    assert.equal(left.intervals, 0, `${tag}: ${left.intervals} interval(s) still active after removal`);
    assert.equal(left.timeouts + left.frames, 0, `${tag}: timers/frames still firing while idle: ${JSON.stringify(left)}`);
    count('lifecycle cycles', CYCLES + WARMUP);
  }
  console.log(`    ${report.join('\n    ')}`);
  await p.assertClean();
}, { timeout: 240_000 });

// Control: the same measurements must catch a real leak. 300 strips are created and removed but
// kept referenced from window, each with a resize listener left on window: the heap rule and the
// listener comparison must both fire, or the checks above prove nothing.
test('control: a deliberate leak (kept elements, a window listener each) is caught by the same checks', async ({ open, newContext }) => {
  const context = await newContext({ viewport: { width: 1000, height: 800 } });
  const p = await open('<main id="stage"></main>', { context });
  const { page } = p;
  const cdp = await context.newCDPSession(page);
  await page.evaluate(async () => {
    document.getElementById('stage').append(document.createElement('lacnic-partner-strip'));
    await customElements.whenDefined('lacnic-partner-strip');
    document.getElementById('stage').replaceChildren();
  });
  await cycles(page, 'lacnic-partner-strip', WARMUP);
  const base = await settle(page, cdp);
  const baseListeners = await listeners(cdp);
  await page.evaluate(async () => {
    const kept = (window.__leak = []);
    const stage = document.getElementById('stage');
    for (let i = 0; i < 300; i++) {
      const el = document.createElement('lacnic-partner-strip');
      stage.append(el);
      await el.updateComplete;
      window.addEventListener('resize', () => el.requestUpdate());
      el.remove();
      kept.push(el);
    }
  });
  const after = await settle(page, cdp);
  const afterListeners = await listeners(cdp);
  assert.ok(after > base * 1.1, `the heap rule missed a leak of 300 strips: ${MB(base)} → ${MB(after)}`);
  assert.notDeepEqual(afterListeners, baseListeners, 'the listener check missed 300 window listeners');
  console.log(`    control: heap ${MB(base)} → ${MB(after)} (+${(((after - base) / base) * 100).toFixed(0)}%), window resize listeners ${afterListeners['window:resize']}`);
}, { timeout: 60_000 });
