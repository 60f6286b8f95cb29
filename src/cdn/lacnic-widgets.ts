/**
 * The script-tag entry: one small module that registers nothing itself and loads each widget's
 * code the first time its tag appears in the page (now or later), so a page with only the
 * strip never downloads the map. Loading this file twice is harmless.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'lacnic-partner-strip': () => import('./lacnic-partner-strip.js'),
  'lacnic-timeline': () => import('./lacnic-timeline.js'),
  'lacnic-region-map': () => import('./lacnic-region-map.js'),
};

const KEY = Symbol.for('lacnic-widgets.autoloader');
const store = globalThis as unknown as Record<symbol, boolean>;

function scan(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (customElements.get(tag) || !root.querySelector(tag)) continue;
    const load = loaders[tag];
    delete loaders[tag];
    load().catch((error: unknown) => console.error(`[lacnic-widgets] could not load <${tag}>:`, error));
  }
}

if (!store[KEY] && typeof customElements !== 'undefined') {
  store[KEY] = true;
  scan(document);
  const observer = new MutationObserver(() => {
    scan(document);
    if (!Object.keys(loaders).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

export {};
