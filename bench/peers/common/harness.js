// Loaded first, as a classic script, by every page in bench/peers/pages/. The same code for the kit
// and every peer: the data, the long-task log and the one definition of "first render".
(() => {
  const query = new URLSearchParams(location.search);
  const n = Number(query.get('n')) || 24;
  const bench = {
    n,
    longTasks: [],
    firstRender: NaN,
    contentSeen: NaN,
    error: '',
    interactions: {},
  };
  window.BENCH = bench;
  window.addEventListener('error', (e) => { bench.error ||= String(e.message); });
  window.addEventListener('unhandledrejection', (e) => { bench.error ||= String(e.reason); });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task support: reported as an empty list */ }

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  bench.frame = frame;
  bench.frames = async () => { await frame(); await frame(); };

  /**
   * First render, one definition for all: from navigation start (performance.now() = 0) until the
   * widget's content is in the DOM (checked once per frame) and the frame showing it was painted
   * (the next requestAnimationFrame after the frame in which it was first seen).
   */
  bench.whenRendered = (check) => new Promise((resolve) => {
    const poll = () => {
      let ok = false;
      try { ok = Boolean(check()); } catch { ok = false; }
      if (!ok) return void requestAnimationFrame(poll);
      bench.contentSeen = performance.now();
      requestAnimationFrame(() => {
        bench.firstRender = performance.now();
        resolve(bench.firstRender);
      });
    };
    poll();
  });

  /** The centre of an element in viewport pixels, scrolled into view first. */
  bench.centre = (el) => {
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  };

  const CATS = ['founding', 'community', 'forums', 'governance', 'addressing', 'casa'];
  /** n milestones spread evenly over 1990–2024, the same every time. */
  function generate(count) {
    const start = Date.UTC(1990, 0, 1);
    const span = 35 * 365 * 86_400_000;
    return Array.from({ length: count }, (_, i) => ({
      id: `g${i}`,
      date: new Date(start + Math.floor((i * span) / count)).toISOString().slice(0, 10),
      title: { en: `Generated milestone ${i + 1}` },
      text: { en: `Synthetic milestone ${i + 1} for the benchmark.` },
      category: CATS[i % CATS.length],
    }));
  }

  /** The kit's own 24 milestones (n = 24) or n generated ones, in the kit's format. */
  bench.milestones = () => (n === 24
    ? fetch('/bench/peers/.data/milestones.json').then((r) => r.json())
    : Promise.resolve(generate(n)));
  bench.partners = () => fetch('/bench/peers/.data/partners.json').then((r) => r.json());
  /** The kit's region geometry and 2017 figures, as the map peers fetch them. */
  bench.regionData = () => Promise.all([
    fetch('/src/data/region.topo.json').then((r) => r.json()),
    fetch('/src/data/participation-2017.json').then((r) => r.json()),
  ]);
  /** What an interaction changed: the focused element (through shadow roots), or a page's own state. */
  bench.state = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el && el !== document.body ? `${el.localName}|${el.getAttribute('data-index') ?? ''}|${el.getAttribute('data-code') ?? ''}|${el.getAttribute('aria-label') ?? ''}|${el.textContent?.slice(0, 40)}|${el.value ?? ''}` : '';
  };
  /** English text of a LocalText. */
  bench.text = (t) => (typeof t === 'string' ? t : (t?.en ?? t?.es ?? ''));
})();
