// The end-to-end harness: playwright-core driving Debian's Chromium over the built CDN files
// (dist/cdn/), in pages served on localhost by one Node server. scripts/e2e.mjs runs every
// test/e2e/*.e2e.mjs file in name order with it; a suite file only registers tests:
//
//   import { test, count, assert, STRICT_CSP } from './harness.mjs';
//   test('three widgets render under the strict CSP', async ({ open, server, browser }) => {
//     const p = await open(`<lacnic-timeline></lacnic-timeline>`);   // body HTML (or a whole document)
//     await p.ready('lacnic-timeline');                               // element upgraded and rendered
//     p.assertClean();                                                // no page error, no CSP violation
//     count('states audited');                                        // a named counter, printed at the end
//   }, { timeout: 60_000 });
//
// The contract, for every suite:
// - `test(name, fn, { timeout })` registers a test; tests run one after another. fn gets a context
//   `{ browser, server, open, newContext }`. Each test has its own browser context (closed after it)
//   and the routes it adds to the server are removed after it.
// - `open(htmlOrPath, options)` serves `html` (a body fragment is wrapped by `pageHtml`) at a fresh
//   path with the page's CSP header (STRICT_CSP unless `csp` says otherwise; `csp: null` for none)
//   and navigates to it; or navigates to a path the server already has. Options: `csp`, `head`
//   (extra head HTML, for `pageHtml`), `script` ('module' → the loader dist/cdn/lacnic-widgets.js;
//   'iife' → the classic-script build; 'none'; or a list of script paths), `lang`, `viewport`,
//   `colorScheme`, `reducedMotion`, `forcedColors`, `context` (an existing BrowserContext),
//   `waitUntil`. It returns a page handle (see `PageHandle`): `.page` is the Playwright page;
//   `.errors` the uncaught exceptions and unhandled rejections; `.console` console errors and
//   warnings; `.csp()` the `securitypolicyviolation` events seen so far; `.ready(tag)`;
//   `.assertClean()`.
// - `server.route(pathOrRegExp, (req, res, url) => void)` answers a path with raw Node req/res (for
//   faults: drop the socket, drip, stall…); `server.body(path, body, { status, type, headers,
//   delay })` answers with a fixed body; `server.html(path, html, { csp })` a page; `server.hits(path)`
//   counts requests to a path. Everything else under the repo root is served as static files
//   (dist/, node_modules/, test/e2e/fixtures/ …) with STRICT_CSP and `nosniff`; the real
//   statistics files in ../shared/data at /shared-data/<name> (STATS_2017, STATS_2023).
// - `count(name, n = 1)` adds to a named counter printed in the closing summary. Use these names:
//   'payloads tried', 'injection checks', 'faults injected', 'states audited', 'pixels compared',
//   or a new one. Failures are counted by the runner.
// - `assert` is node:assert/strict. Throwing fails the test; the runner prints the message.
import assertModule from 'node:assert/strict';
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES as TYPES } from '../../scripts/static-server.mjs';

export const assert = assertModule;
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The real LACNIC statistics files beside the clone (../shared/data), served at /shared-data/<name>. */
export const SHARED_DATA = resolve(ROOT, '../shared/data');
export const STATS_2017 = '/shared-data/delegated-lacnic-extended-20170903.txt';
export const STATS_2023 = '/shared-data/delegated-lacnic-extended-20230323.txt';

/** The Trusted Types policies the kit documents (README, "Content-Security-Policy"): Lit's
 * `lit-html` for templates and `lacnic-widgets` for the statistics worker's script URL. */
export const TRUSTED_TYPES = 'lit-html lacnic-widgets';

/** The policy, with the policy names the kit documents and the hardening every partner
 * page should add. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES}`,
].join('; ');

/** The loader (module) and the classic-script fallback, as a site includes them. */
export const LOADER = '/dist/cdn/lacnic-widgets.js';
export const IIFE = '/dist/cdn/lacnic-widgets.iife.js';
export const TAGS = ['lacnic-partner-strip', 'lacnic-timeline', 'lacnic-region-map'];

// ---------------------------------------------------------------------------------------------
// Registration and counters

/** @type {{ name: string, fn: Function, timeout: number, file?: string }[]} */
export const registry = [];
let currentFile = '';
export function setCurrentFile(file) {
  currentFile = file;
}
export function test(name, fn, { timeout = 120_000 } = {}) {
  registry.push({ name, fn, timeout, file: currentFile });
}

export const counters = new Map();
export function count(name, n = 1) {
  counters.set(name, (counters.get(name) ?? 0) + n);
}

// ---------------------------------------------------------------------------------------------
// The server


export async function startServer() {
  const root = ROOT;
  /** @type {{ match: string | RegExp, handler: Function, temp: boolean }[]} */
  let routes = [];
  const hitCounts = new Map();
  const sockets = new Set();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hitCounts.set(url.pathname, (hitCounts.get(url.pathname) ?? 0) + 1);
    const route = [...routes].reverse().find((r) =>
      typeof r.match === 'string' ? r.match === url.pathname : r.match.test(url.pathname),
    );
    if (route) {
      try {
        const out = route.handler(req, res, url);
        if (out && typeof out.catch === 'function') out.catch(() => res.destroy());
      } catch {
        res.destroy();
      }
      return;
    }
    let file;
    const shared = /^\/shared-data\/([\w.-]+)$/.exec(url.pathname);
    try {
      file = shared ? join(SHARED_DATA, shared[1]) : normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      return void res.writeHead(400).end();
    }
    if ((!shared && !file.startsWith(root)) || file.includes('/.git')) return void res.writeHead(403).end('forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;

  const api = {
    url: origin,
    origin,
    /** Answers requests whose pathname equals `match` (or matches the RegExp); later routes win. */
    route(match, handler, { temp = true } = {}) {
      const entry = { match, handler, temp };
      routes.push(entry);
      return () => {
        routes = routes.filter((r) => r !== entry);
      };
    },
    /** A fixed answer. `delay` (ms) holds the response back. */
    body(path, body, { status = 200, type = 'application/json', headers = {}, delay = 0 } = {}) {
      const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      return api.route(path, (req, res) => {
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
          res.end(payload);
        };
        if (delay) setTimeout(send, delay);
        else send();
      });
    },
    /** A page, served with `csp` (STRICT_CSP by default; null for none). */
    html(path, html, { csp = STRICT_CSP, headers = {} } = {}) {
      return api.route(path, (req, res) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          ...(csp ? { 'content-security-policy': csp } : {}),
          ...headers,
        });
        res.end(html);
      });
    },
    hits(path) {
      return hitCounts.get(path) ?? 0;
    },
    /** Request counts of every path matching `re`: `{ path: n }`. */
    hitsMatching(re) {
      return Object.fromEntries([...hitCounts].filter(([path]) => re.test(path)));
    },
    resetHits() {
      hitCounts.clear();
    },
    /** Drops the routes a test added (the runner calls this after each test). */
    resetRoutes() {
      routes = routes.filter((r) => !r.temp);
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done(undefined)));
    },
  };
  return api;
}

// ---------------------------------------------------------------------------------------------
// Pages

/** Wraps body HTML in a document that loads the kit the way a site does. */
export function pageHtml(body, { script = 'module', head = '', lang = 'en', title = 'e2e' } = {}) {
  const scripts = (script === 'module' ? [LOADER] : script === 'iife' ? [IIFE] : script === 'none' ? [] : script)
    .map((src) => (src.endsWith('.iife.js') ? `<script src="${src}"></script>` : `<script type="module" src="${src}"></script>`))
    .join('\n    ');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${head}
    ${scripts}
  </head>
  <body>
${body}
  </body>
</html>`;
}

// Installed before any page script (through the DevTools protocol, so no CSP applies to it):
// records every securitypolicyviolation, which are composed and bubble to the document.
const INIT = () => {
  const store = { csp: [] };
  Object.defineProperty(window, '__e2e', { value: store, enumerable: false });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      store.csp.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile,
        line: e.lineNumber,
      });
    },
    true,
  );
};

let pageCounter = 0;

/**
 * @typedef {object} PageHandle
 * @property {import('playwright-core').Page} page
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} url
 * @property {string[]} errors       uncaught exceptions and unhandled rejections
 * @property {string[]} console      console errors and warnings, as text
 * @property {() => Promise<object[]>} csp   the securitypolicyviolation events so far
 * @property {(tag: string, opts?: { timeout?: number, all?: boolean }) => Promise<void>} ready
 * @property {(opts?: { console?: boolean }) => Promise<void>} assertClean
 * @property {() => Promise<void>} close
 */

export function makeOpen({ browser, server, contexts }) {
  /** @returns {Promise<PageHandle>} */
  return async function open(htmlOrPath, options = {}) {
    const {
      csp = STRICT_CSP,
      viewport = { width: 1280, height: 900 },
      colorScheme = 'light',
      reducedMotion = 'no-preference',
      forcedColors = 'none',
      waitUntil = 'load',
      context: given,
      headers,
    } = options;
    const context =
      given ??
      (await browser.newContext({ viewport, colorScheme, reducedMotion, forcedColors, locale: 'en-US' }));
    if (!given) contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(INIT);
    const errors = [];
    const consoleLines = [];
    page.on('pageerror', (e) => errors.push(String(e?.stack ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleLines.push(`${m.type()}: ${m.text()}`);
    });
    let path = htmlOrPath;
    if (/^\s*</.test(htmlOrPath)) {
      const html = /^\s*<!doctype/i.test(htmlOrPath) ? htmlOrPath : pageHtml(htmlOrPath, options);
      path = `/e2e/page-${++pageCounter}.html`;
      server.html(path, html, { csp, headers });
    }
    const url = path.startsWith('http') ? path : server.url + path;
    await page.goto(url, { waitUntil });

    /** @type {PageHandle} */
    const handle = {
      page,
      context,
      url,
      errors,
      console: consoleLines,
      csp: () => page.evaluate(() => window.__e2e?.csp ?? []),
      ready: (tag, opts) => waitRendered(page, tag, opts),
      async assertClean({ console: strictConsole = false } = {}) {
        const violations = await handle.csp();
        assert.deepEqual(violations, [], `securitypolicyviolation on ${url}: ${JSON.stringify(violations)}`);
        assert.deepEqual(errors, [], `page errors on ${url}:\n${errors.join('\n')}`);
        if (strictConsole) assert.deepEqual(consoleLines, [], `console on ${url}:\n${consoleLines.join('\n')}`);
      },
      close: () => page.close(),
    };
    return handle;
  };
}

/**
 * Waits until every `tag` element on the page is defined, has finished its Lit update and shows
 * content in its shadow root (text or drawn shapes), and none shows its loading state (an error
 * or empty state counts as rendered: check it with `inspect`).
 */
export async function waitRendered(page, tag, { timeout = 20_000, all = true } = {}) {
  await page.waitForFunction(
    ({ tag, all }) => {
      const els = [...document.querySelectorAll(tag)];
      if (!els.length || !customElements.get(tag)) return false;
      const done = (el) => {
        const root = el.shadowRoot;
        if (!root || el.isUpdatePending) return false;
        if (root.querySelector('[aria-busy="true"], [data-state="loading"]')) return false;
        const text = (root.textContent ?? '').trim();
        return text.length > 0 || !!root.querySelector('svg path, img, a');
      };
      return all ? els.every(done) : els.some(done);
    },
    { tag, all },
    { timeout, polling: 50 },
  );
  // One more frame so layout and ResizeObserver callbacks settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Launch flags that work as root on these machines (shared/TOOLCHAIN.md). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--expose-gc',
  '--font-render-hinting=none',
  '--disable-lcd-text',
];

/** Waits `ms` milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * What every kit element on the page shows: `{ tag, id, state, items, text }` where `state` is the
 * status box's data-state (loading, empty, error) or 'ready', and `items` counts real content:
 * partners (strip), milestone buttons (timeline), economy shapes (map).
 */
export function inspect(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('lacnic-partner-strip, lacnic-timeline, lacnic-region-map')].map((el) => {
      const root = el.shadowRoot;
      const tag = el.localName;
      const status = root?.querySelector('[part~="status"][data-state]');
      const sel = {
        'lacnic-partner-strip': 'ul:not(.clone) > li[part~="item"]',
        'lacnic-timeline': '[part~="item"]',
        'lacnic-region-map': 'g.economy, tbody tr',
      }[tag];
      return {
        tag,
        id: el.id,
        state: status?.getAttribute('data-state') ?? (root ? 'ready' : 'undefined'),
        items: root ? root.querySelectorAll(sel).length : 0,
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      };
    }),
  );
}
