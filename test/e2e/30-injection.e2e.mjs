// Injection: every payload in payloads.mjs, in every text and URL field of every widget, through
// every data source (the `data` property, an inline JSON child, `src` as JSON and CSV, light-DOM
// markup, element attributes and the URL hash). Pages are served WITHOUT a CSP here, so the kit's
// own defences are what is tested. After rendering, and again after every link, item and economy
// was focused, hovered and clicked, the suite checks:
// - the canary `window.__pwned` (and Object.prototype) stays untouched;
// - no element in any shadow root is of a kind the kit never renders, none carries an `on*`
//   attribute, a style attribute with url()/expression(), or a link/image URL outside
//   https/http/mailto (links) and https/http/data:image raster (images);
// - no rendered text keeps an explicit bidi override or embedding open, or a C0 control;
// - the map's CSV export has no cell a spreadsheet would run as a formula, its SVG export no
//   script, handler or foreign element;
// - every page renders within its time box, gets no horizontal scroll, throws nothing and
//   logs no kit error.
// Payloads are batched: one page per widget and source, one widget per field on it, one item
// per payload in each widget.
import { PNG } from 'pngjs';
import { assert, count, inspect, test } from './harness.mjs';
import { PAYLOADS, attr, csvField, escapeHtml, scriptJson } from './payloads.mjs';

const RENDER_BUDGET_MS = 20_000;

function logo() {
  const png = new PNG({ width: 8, height: 4 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([11, 92, 173, 255], i);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
const LOGO = logo();
const ECONOMIES = ['AR', 'AW', 'BO', 'BQ', 'BR', 'BZ', 'CL', 'CO', 'CR', 'CU', 'CW', 'DO', 'EC', 'FK', 'GF', 'GS', 'GT', 'GY', 'HN', 'HT', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR', 'SV', 'SX', 'TT', 'UY', 'VE'];
const pad = (n) => String(n).padStart(2, '0');

/** Splits the payloads into groups of `size` (the map holds one item per economy). */
function chunks(size) {
  const out = [];
  for (let i = 0; i < PAYLOADS.length; i += size) out.push(PAYLOADS.slice(i, i + size).map((p, k) => ({ p, i: i + k })));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The widgets: fields, a valid item with one field replaced, and how each source is written.

const STRIP = {
  tag: 'lacnic-partner-strip',
  attrs: 'layout="grid"',
  fields: ['name', 'fullName', 'url', 'logo', 'logoDark', 'country', 'category'],
  sources: ['data', 'inline', 'src-json', 'markup'],
  chunk: PAYLOADS.length,
  /** A plain item added to every widget's data: the given data, not the built-in, must show. */
  marker: (id) => ({ name: `Given marker ${id}`, url: 'https://example.org/given' }),
  item(i, field, value) {
    const it = { name: `Partner ${i}`, fullName: `Full name ${i}`, url: `https://example.org/p${i}`, logo: LOGO, logoDark: LOGO, country: 'UY', category: 'names' };
    it[field] = value;
    return it;
  },
  markup(entries, field) {
    const li = ({ p, i }) => {
      const v = (f, fallback) => (f === field ? attr(p) : escapeHtml(fallback));
      const text = field === 'name' ? escapeHtml(p.value) : '';
      const img = field === 'name' ? '' : `<img src="${v('logo', LOGO)}" alt="Partner ${i}" data-logo-dark="${v('logoDark', LOGO)}">`;
      return `<li data-country="${v('country', 'UY')}" data-category="${v('category', 'names')}" data-full-name="${v('fullName', `Full ${i}`)}"><a href="${v('url', `https://example.org/p${i}`)}">${img}${text}</a></li>`;
    };
    return `<ul>${entries.map(li).join('')}</ul>`;
  },
};

const TIMELINE = {
  tag: 'lacnic-timeline',
  attrs: 'view="list"',
  fields: ['id', 'date', 'end', 'title', 'titleLocal', 'text', 'category', 'countries', 'source', 'image', 'imageAlt'],
  sources: ['data', 'inline', 'src-json', 'src-csv', 'markup'],
  chunk: PAYLOADS.length,
  marker: () => ({ id: 'given-marker', date: '2010-06-15', title: 'Given marker', text: 'Plain', category: 'founding' }),
  item(i, field, value) {
    const it = {
      id: `m${i}`,
      date: `${2000 + (i % 18)}-${pad(1 + (i % 12))}-15`,
      end: `${2000 + (i % 18)}-${pad(1 + (i % 12))}-20`,
      title: `Milestone ${i}`,
      text: `Text of milestone ${i}`,
      category: 'founding',
      countries: 'UY BR',
      source: `https://example.org/s${i}`,
      image: LOGO,
      imageAlt: `Image ${i}`,
    };
    if (field === 'titleLocal') it.title = { es: `Hito ${i}`, en: value, pt: value };
    else it[field] = value;
    return it;
  },
  csv(items) {
    const cols = ['id', 'date', 'end', 'title', 'text', 'category', 'countries', 'source', 'image', 'imageAlt'];
    const rows = items.map((it) => {
      const flat = { ...it };
      if (typeof it.title === 'object') {
        delete flat.title;
        Object.assign(flat, { title_es: it.title.es, title_en: it.title.en, title_pt: it.title.pt });
      }
      return flat;
    });
    const all = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort((a, b) => cols.indexOf(a) - cols.indexOf(b));
    return [all.join(','), ...rows.map((r) => all.map((c) => csvField(r[c])).join(','))].join('\r\n');
  },
  markup(entries, field) {
    if (['image', 'imageAlt', 'titleLocal'].includes(field)) return null; // markup has no such field
    const li = ({ p, i }) => {
      const it = TIMELINE.item(i, field, p.value);
      const a = (f) => (f === field ? attr(p) : escapeHtml(it[f]));
      const t = (f) => escapeHtml(it[f]);
      return `<li id="${a('id')}" data-category="${a('category')}" data-countries="${a('countries')}"><time datetime="${a('date')}">d</time><time datetime="${a('end')}">e</time> <strong>${t('title')}</strong> ${t('text')} <a href="${a('source')}">source</a></li>`;
    };
    return `<ol>${entries.map(li).join('')}</ol>`;
  },
};

const MAP = {
  tag: 'lacnic-region-map',
  attrs: '',
  fields: ['code', 'value', 'label', 'metricKey', 'objectKey', 'objectValue'],
  sources: ['data', 'inline', 'src-json', 'src-csv'],
  chunk: ECONOMIES.length,
  item(i, field, value, k) {
    const it = { code: ECONOMIES[k], value: i + 1, label: `Economy ${i}` };
    if (field === 'metricKey') it[value] = 5;
    else if (field !== 'objectKey' && field !== 'objectValue') it[field] = value;
    return it;
  },
  /** The object form `{ BR: 5017 }` carries the payload as a key or as a value. */
  data(entries, field) {
    if (field === 'objectKey') return Object.fromEntries(entries.map(({ p, i }, k) => [k === 0 ? 'BR' : p.value, i + 1]));
    if (field === 'objectValue') return Object.fromEntries(entries.map(({ p }, k) => [ECONOMIES[k], p.value]));
    return entries.map(({ p, i }, k) => MAP.item(i, field, p.value, k));
  },
  csv(items) {
    if (!Array.isArray(items)) items = Object.entries(items).map(([code, value]) => ({ code, value }));
    const cols = [...new Set(items.flatMap((r) => Object.keys(r)))];
    return [cols.map(csvField).join(','), ...items.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\r\n');
  },
};

// ---------------------------------------------------------------------------------------------
// In the page: interaction and the checks.

/** Runs in the page: focuses, hovers and clicks everything a reader could, in every widget. */
async function interact() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const clicks = [];
  // Safe links are not followed (the page must stay); anything else is let through, so an unsafe
  // link that slipped by would run and trip the canary.
  window.addEventListener(
    'click',
    (e) => {
      const a = e.composedPath().find((n) => n instanceof Element && (n.localName === 'a' || n.localName === 'area'));
      if (!a) return;
      const href = a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '';
      let scheme = '';
      try {
        scheme = new URL(href, location.href).protocol;
      } catch {
        /* unparseable: let the browser do what it does */
      }
      clicks.push(href);
      if (['http:', 'https:', 'mailto:'].includes(scheme)) e.preventDefault();
    },
    true,
  );
  const poke = (el) => {
    el.focus?.();
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'pointerdown', 'pointerup']) {
      el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse' }));
    }
  };
  let interactions = 0;
  for (const el of document.querySelectorAll('lacnic-partner-strip')) {
    for (const a of el.shadowRoot.querySelectorAll('a, [tabindex]')) {
      poke(a);
      a.click();
      interactions++;
    }
  }
  for (const el of document.querySelectorAll('lacnic-timeline')) {
    const n = el.shadowRoot.querySelectorAll('[part~="item"]').length;
    for (let k = 0; k < n; k++) {
      const item = el.shadowRoot.querySelectorAll('[part~="item"]')[k];
      if (!item) continue;
      poke(item);
      item.click();
      await el.updateComplete;
      for (const a of el.shadowRoot.querySelectorAll('[part~="detail"] a, [part~="detail"] img')) {
        poke(a);
        a.click();
        interactions++;
      }
      interactions++;
    }
    for (const chip of el.shadowRoot.querySelectorAll('[part~="chip"]')) chip.click();
    await el.updateComplete;
  }
  for (const el of document.querySelectorAll('lacnic-region-map')) {
    for (const g of el.shadowRoot.querySelectorAll('g.economy')) {
      poke(g);
      g.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      interactions++;
    }
    el.view = 'table';
    await el.updateComplete;
    for (const b of el.shadowRoot.querySelectorAll('th button')) b.click();
    await el.updateComplete;
  }
  await frame();
  await new Promise((r) => setTimeout(r, 200));
  return { interactions, clicks: clicks.length };
}

/** Runs in the page: every check over every shadow root; returns the problems found. */
function scan(allowedTags) {
  const problems = [];
  let checks = 0;
  const LINK = ['http:', 'https:', 'mailto:'];
  const RASTER = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;
  // Explicit embeddings/overrides/isolates left open spill over the text that follows.
  const open = /[\u202A-\u202E\u2066-\u2068]/g;
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
  const where = (host, node) => `${host.localName}#${host.id} <${node.localName ?? '#text'}>`;
  const scheme = (v) => {
    try {
      return new URL(v, location.href).protocol;
    } catch {
      return 'unparseable:';
    }
  };
  const visit = (host, root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      checks++;
      if (node.nodeType === Node.TEXT_NODE) {
        const t = node.data;
        if (open.test(t)) problems.push(`${where(host, node.parentElement)}: text keeps a bidi override open: ${JSON.stringify(t.slice(0, 60))}`);
        open.lastIndex = 0;
        if (controls.test(t)) problems.push(`${where(host, node.parentElement)}: control character in text: ${JSON.stringify(t.slice(0, 60))}`);
        // An attribute like metric="toString" must not print a built-in function's source.
        if (/\[native code\]|\[object Object\]|undefined|NaN/.test(t)) problems.push(`${where(host, node.parentElement)}: stray value in text: ${JSON.stringify(t.slice(0, 80))}`);
        continue;
      }
      const tag = node.localName;
      if (!allowedTags.includes(tag)) problems.push(`${where(host, node)}: an element the kit never renders`);
      for (const { name, value } of node.attributes) {
        checks++;
        if (/^on/i.test(name)) problems.push(`${where(host, node)}: event-handler attribute ${name}="${value.slice(0, 60)}"`);
        if (name === 'style' && /url\(|expression|javascript|@import|behavior/i.test(value)) problems.push(`${where(host, node)}: style="${value.slice(0, 80)}"`);
        if (['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background'].includes(name)) {
          if (tag === 'a' && name === 'href') {
            if (!LINK.includes(scheme(value))) problems.push(`${where(host, node)}: link ${JSON.stringify(value.slice(0, 80))}`);
          } else if (tag === 'img' && name === 'src') {
            if (!RASTER.test(value) && !['http:', 'https:'].includes(scheme(value))) problems.push(`${where(host, node)}: image ${JSON.stringify(value.slice(0, 80))}`);
          } else problems.push(`${where(host, node)}: URL attribute ${name}="${value.slice(0, 80)}"`);
        }
        if (['aria-label', 'title', 'alt', 'aria-valuetext'].includes(name) && open.test(value)) {
          problems.push(`${where(host, node)}: ${name} keeps a bidi override open`);
        }
        open.lastIndex = 0;
      }
      if (node.shadowRoot) visit(host, node.shadowRoot);
    }
  };
  for (const host of document.querySelectorAll('lacnic-partner-strip, lacnic-timeline, lacnic-region-map')) {
    if (host.shadowRoot) visit(host, host.shadowRoot);
    const box = host.getBoundingClientRect();
    const parent = host.parentElement.getBoundingClientRect();
    checks++;
    if (box.right > parent.right + 1 || box.left < parent.left - 1) problems.push(`${host.localName}#${host.id} is wider than its container (${box.width} > ${parent.width})`);
  }
  checks += 3;
  if (window.__pwned !== undefined) problems.push(`the canary was set: window.__pwned = ${String(window.__pwned)}`);
  if ({}.polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, '__pwned')) problems.push('Object.prototype was polluted');
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
  return { problems, checks };
}

/** Runs in the page: the map's exports, checked as a spreadsheet and an SVG viewer read them. */
function checkExports() {
  const problems = [];
  let checks = 0;
  for (const el of document.querySelectorAll('lacnic-region-map')) {
    const csv = el.toCSV();
    for (const line of csv.split('\n')) {
      // Split as a spreadsheet does (quoted fields may hold commas).
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
      for (const raw of cells) {
        checks++;
        const cell = raw.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"');
        if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell)) problems.push(`${el.id}: CSV cell a spreadsheet runs as a formula: ${JSON.stringify(cell.slice(0, 60))}`);
      }
    }
    el.view = 'map';
  }
  return { problems, checks };
}

async function checkSvgExports(page) {
  await page.evaluate(() => Promise.all([...document.querySelectorAll('lacnic-region-map')].map((el) => el.updateComplete)));
  return page.evaluate(() => {
    const problems = [];
    let checks = 0;
    for (const el of document.querySelectorAll('lacnic-region-map')) {
      const svg = el.toSVG();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      for (const node of doc.querySelectorAll('*')) {
        checks++;
        if (['script', 'foreignObject', 'iframe', 'a', 'use', 'image', 'animate', 'set'].includes(node.localName)) problems.push(`${el.id}: SVG export holds <${node.localName}>`);
        for (const a of node.attributes) {
          checks++;
          if (/^on/i.test(a.name) || (/href$|^src$/i.test(a.name) && !/^#/.test(a.value))) problems.push(`${el.id}: SVG export attribute ${a.name}="${a.value.slice(0, 60)}"`);
        }
      }
    }
    return { problems, checks };
  });
}

// ---------------------------------------------------------------------------------------------

/** An error the kit logged (a failed image load of a payload URL is the browser's, not the kit's). */
const isKitError = (line) => line.startsWith('error:') && line.includes('[lacnic-widgets]');

/** The tags the kit renders, from a clean page with every widget in every state we drive. */
let allowedTags;
async function baselineTags(open) {
  if (allowedTags) return allowedTags;
  const p = await open(
    `<lacnic-partner-strip id="a" layout="grid"></lacnic-partner-strip>
     <lacnic-partner-strip id="b" layout="marquee" style="width:300px"></lacnic-partner-strip>
     <lacnic-timeline id="c" view="list"></lacnic-timeline><lacnic-timeline id="d" view="axis"></lacnic-timeline>
     <lacnic-region-map id="e" year-slider></lacnic-region-map>
     <lacnic-partner-strip id="f" src="/e2e/nowhere.json"></lacnic-partner-strip>`,
    { csp: null },
  );
  for (const tag of ['lacnic-partner-strip', 'lacnic-timeline', 'lacnic-region-map']) await p.ready(tag);
  await p.page.evaluate(() => {
    document.getElementById('c').data = [
      { id: 'x', date: '2002', title: 'X', source: 'https://example.org/', image: 'https://example.org/i.png', imageAlt: 'alt' },
      { id: 'y', date: '2003', title: 'Y', category: 'forums' },
    ];
  });
  const collect = () => p.page.evaluate(() => {
    const seen = new Set();
    const visit = (root) => {
      for (const n of root.querySelectorAll('*')) {
        seen.add(n.localName);
        if (n.shadowRoot) visit(n.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll('lacnic-partner-strip, lacnic-timeline, lacnic-region-map')) visit(host.shadowRoot);
    return [...seen].sort();
  });
  // Before and after the interaction (the map's table replaces its SVG).
  const before = await collect();
  await p.page.evaluate(interact);
  const tags = [...before, ...(await collect())];
  await p.close();
  allowedTags = [...new Set([...tags, 'img'])];
  return allowedTags;
}

/** Builds one page for a widget and a source: one element per field (and per chunk). */
function buildPage(spec, source, server, pageId) {
  const bodies = [];
  const props = {};
  const given = {};
  let combos = 0;
  // Two more widgets get only clean data (no item to skip, so no notice re-renders them later):
  // the given data must show in the update that receives it (issue 13, D1).
  const clean = source === 'markup' ? [] : ['clean', 'clean'];
  for (const field of [...spec.fields, ...clean]) {
    const groups = field === 'clean' ? [[]] : chunks(spec.chunk);
    groups.forEach((entries, c) => {
      let id = `${spec.tag.replace('lacnic-', '')}-${field}-${c}`;
      if (field === 'clean') id += given[`${id}a`] ? 'b' : 'a';
      const data =
        field === 'clean' && spec === MAP
          ? [{ code: 'UY', value: 7, label: 'Given marker' }]
          : spec.data
            ? spec.data(entries, field)
            : entries.map(({ p, i }) => spec.item(i, field, p.value));
      if (spec.marker) data.push(spec.marker(id));
      let inner = '';
      let extra = '';
      if (source === 'data') props[id] = data;
      else if (source === 'inline') inner = `<script type="application/json">${scriptJson(data)}</script>`;
      else if (source === 'src-json') {
        const path = `/e2e/${pageId}/${id}.json`;
        server.body(path, JSON.stringify(data));
        extra = ` src="${path}"`;
      } else if (source === 'src-csv') {
        const path = `/e2e/${pageId}/${id}.csv`;
        server.body(path, spec.csv(data), { type: 'text/csv; charset=utf-8' });
        extra = ` src="${path}"`;
      } else if (source === 'markup') {
        inner = spec.markup(entries, field);
        if (inner === null) return;
      }
      given[id] = { field, items: Array.isArray(data) ? data.length : Object.keys(data).length, markup: source === 'markup', csv: source === 'src-csv' };
      combos += entries.length;
      bodies.push(`<section><${spec.tag} id="${id}" ${spec.attrs}${extra}>${inner}</${spec.tag}></section>`);
    });
  }
  return { body: `<main style="width:auto">${bodies.join('\n')}</main>`, props, combos, given };
}

/** Runs in the page: per widget, what it shows of its items (for `givenProblems`). */
function shownItems() {
  const out = {};
  for (const el of document.querySelectorAll('lacnic-partner-strip, lacnic-timeline, lacnic-region-map')) {
    const root = el.shadowRoot;
    const state = root.querySelector('[part~="status"][data-state]')?.getAttribute('data-state') ?? 'ready';
    let items = [];
    if (el.localName === 'lacnic-partner-strip') items = [...root.querySelectorAll('ul:not(.clone) > li[part~="item"]')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    if (el.localName === 'lacnic-timeline') items = [...root.querySelectorAll('[part~="item"]')].map((n) => n.getAttribute('data-id'));
    if (el.localName === 'lacnic-region-map') items = el.rows.filter((r) => r.value !== undefined && r.value !== null).map((r) => `${r.code}=${r.value}`);
    out[el.id] = { state, items, message: root.querySelector('[data-state="error"] .message')?.textContent ?? '' };
  }
  return out;
}

/**
 * The items a widget shows are the ones it was given (issue 13, D1: a `data` the widget ignored
 * left its built-in content on screen, and this suite did not notice). Per widget: its plain
 * marker item shows, and every item shown is one of the given ones; when the payload field does
 * not make an item invalid, every given item shows.
 */
function givenProblems(spec, given, shown) {
  const problems = [];
  for (const [id, g] of Object.entries(given)) {
    const s = shown[id];
    if (!s) {
      problems.push(`${id}: not on the page`);
      continue;
    }
    const say = (what) => problems.push(`${id} (${g.field}): ${what}; shows ${s.state} ${s.message} ${JSON.stringify(s.items.slice(0, 4))}`);
    if (spec === STRIP) {
      if (!g.markup && !s.items.some((t) => t.includes(`Given marker ${id}`))) say('its given marker partner is not shown');
      if (g.field !== 'name' && !s.items.every((t) => /Partner \d+|Given marker/.test(t))) say('shows a partner it was not given');
    } else if (spec === TIMELINE) {
      if (!g.markup && !s.items.includes('given-marker')) say('its given marker milestone is not shown');
      if (g.field !== 'id' && !s.items.every((t) => /^m\d+$|^given-marker$/.test(t))) say('shows a milestone it was not given');
    } else if (spec === MAP) {
      // Every economy holds one given value i + 1 (the payload is a label or a key): all show. (As
      // CSV, one column per payload key leaves the other keys' cells empty: rows rightly refused.)
      if (g.field === 'clean') {
        if (s.items.join() !== 'UY=7') say('does not show the one figure given');
      } else if (g.field === 'label' || (g.field === 'metricKey' && !g.csv)) {
        if (s.state !== 'ready' || s.items.length !== g.items) say(`shows ${s.items.length} of the ${g.items} given figures`);
      } else if (s.state === 'ready' && !s.items.length) say('shows no given figure');
    }
  }
  return problems;
}

async function runPage(open, server, newContext, spec, source) {
  const pageId = `${spec.tag}-${source}`;
  const allowed = await baselineTags(open);
  const { body, props, combos, given } = buildPage(spec, source, server, pageId);
  // Nothing may leave localhost (a payload URL must never be fetched from elsewhere either).
  const context = await newContext({ viewport: { width: 1100, height: 900 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const started = Date.now();
  const p = await open(body.replaceAll('style="width:auto"', ''), { csp: null, context, head: '<link rel="stylesheet" href="/test/e2e/fixtures/injection.css">' });
  // `data` as sites set it: on half the widgets at once (before the kit's script may have upgraded
  // them), on the others once they have rendered their built-in content and settled.
  const setData = (props) => p.page.evaluate((props) => {
    for (const [id, data] of Object.entries(props)) document.getElementById(id).data = data;
  }, props);
  const entries = Object.entries(props);
  await setData(Object.fromEntries(entries.filter((_, k) => k % 2 === 0)));
  await p.ready(spec.tag, { timeout: RENDER_BUDGET_MS });
  if (entries.length) {
    await p.page.waitForTimeout(300);
    await setData(Object.fromEntries(entries.filter((_, k) => k % 2 === 1)));
    await p.ready(spec.tag, { timeout: RENDER_BUDGET_MS });
  }
  const renderMs = Date.now() - started;
  const states = await inspect(p.page);
  const stateLine = states.map((s) => `${s.id}:${s.state}/${s.items}`).join(' ');
  const notGiven = givenProblems(spec, given, await p.page.evaluate(shownItems));
  count('given items checked', Object.values(given).reduce((n, g) => n + g.items, 0));
  const { interactions } = await p.page.evaluate(interact);
  const results = [await p.page.evaluate(scan, allowed)];
  if (spec === MAP) {
    results.push(await p.page.evaluate(checkExports));
    results.push(await checkSvgExports(p.page));
    results.push(await p.page.evaluate(scan, allowed));
  }
  const problems = [...new Set(results.flatMap((r) => r.problems))];
  const kitErrors = p.console.filter(isKitError);
  count('payloads tried', combos);
  count('injection checks', results.reduce((n, r) => n + r.checks, 0) + interactions);
  assert.ok(renderMs < RENDER_BUDGET_MS, `${pageId}: rendering took ${renderMs} ms`);
  assert.deepEqual(p.errors, [], `${pageId}: page errors:\n${p.errors.join('\n')}`);
  assert.deepEqual(kitErrors, [], `${pageId}: console errors:\n${kitErrors.join('\n').slice(0, 2000)}`);
  assert.deepEqual(problems.slice(0, 25), [], `${pageId}: ${problems.length} problems (${stateLine})`);
  assert.deepEqual(notGiven.slice(0, 25), [], `${pageId}: ${notGiven.length} widgets do not show the items they were given`);
  await p.close();
  return { renderMs, states };
}

for (const spec of [STRIP, TIMELINE, MAP]) {
  for (const source of spec.sources) {
    test(`${spec.tag} via ${source}: ${PAYLOADS.length} payloads × ${spec.fields.length} fields, nothing runs, nothing unsafe rendered, the given items show`, async ({ open, server, newContext }) => {
      await runPage(open, server, newContext, spec, source);
    }, { timeout: 180_000 });
  }
}

// Attributes a site writes (or a CMS fills from user input), and the URL hash the timeline reads.
const ATTRIBUTES = {
  'lacnic-partner-strip': ['label', 'highlight', 'target', 'for', 'layout', 'theme', 'speed', 'lang', 'src', 'fetch-timeout', 'paused'],
  'lacnic-timeline': ['label', 'selected', 'categories', 'highlight-country', 'for', 'view', 'from', 'to', 'target', 'theme', 'lang', 'src'],
  'lacnic-region-map': ['label', 'metric', 'scale', 'thresholds', 'selected', 'view', 'year', 'dataset', 'theme', 'lang', 'src', 'stats-src'],
};

test(`every attribute of every widget, and the timeline's URL hash, take ${PAYLOADS.length} payloads`, async ({ open, newContext }) => {
  const allowed = await baselineTags(open);
  const context = await newContext({ viewport: { width: 1100, height: 900 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const p = await open(
    `<main><section><lacnic-partner-strip id="strip" for="map"></lacnic-partner-strip></section>
     <section><lacnic-timeline id="timeline" link-hash for="map"></lacnic-timeline></section>
     <section><lacnic-region-map id="map"></lacnic-region-map></section></main>`,
    { csp: null, context, head: '<link rel="stylesheet" href="/test/e2e/fixtures/injection.css">' },
  );
  for (const tag of Object.keys(ATTRIBUTES)) await p.ready(tag);
  const values = PAYLOADS.map((x) => x.value);
  const { n: tried, stray } = await p.page.evaluate(
    async ({ attributes, values }) => {
      let n = 0;
      const stray_ = [];
      for (const [tag, names] of Object.entries(attributes)) {
        const el = document.querySelector(tag);
        for (const name of names) {
          const before = el.getAttribute(name);
          for (const v of values) {
            el.setAttribute(name, v);
            await el.updateComplete;
            n++;
            const labels = [...el.shadowRoot.querySelectorAll('[aria-label]')].map((x) => x.getAttribute('aria-label'));
            const shown = [el.shadowRoot.textContent ?? '', ...labels].join(' ');
            const stray = /\[native code\]|\[object Object\]|\bNaN\b|\bundefined\b/.exec(shown);
            if (stray) stray_.push(`${tag}[${name}=${JSON.stringify(v.slice(0, 30))}] shows ${JSON.stringify(shown.slice(Math.max(0, stray.index - 40), stray.index + 40))}`);
          }
          if (before === null) el.removeAttribute(name);
          else el.setAttribute(name, before);
          await el.updateComplete;
        }
      }
      // The hash the timeline follows with link-hash: raw, encoded and malformed.
      for (const v of [...values.map((v) => v.slice(0, 2000)), '%', '%E0%A4%A', '%uD800', '%00']) {
        location.hash = v;
        await new Promise((r) => setTimeout(r, 0));
        n++;
      }
      return { n, stray: stray_ };
    },
    { attributes: ATTRIBUTES, values },
  );
  // A widget created while the hash is malformed reads it on connection.
  await p.page.evaluate(async () => {
    location.hash = '%E0%A4%A';
    const el = document.createElement('lacnic-timeline');
    el.setAttribute('link-hash', '');
    document.querySelector('main').append(el);
    await el.updateComplete;
  });
  await p.page.waitForTimeout(300);
  const { interactions } = await p.page.evaluate(interact);
  const result = await p.page.evaluate(scan, allowed);
  count('payloads tried', tried);
  count('injection checks', result.checks + interactions);
  assert.deepEqual(p.errors, [], `page errors:\n${p.errors.join('\n')}`);
  assert.deepEqual([...new Set(stray)].slice(0, 20), [], `${stray.length} attribute values printed a stray value`);
  assert.deepEqual(result.problems.slice(0, 25), [], `${result.problems.length} problems`);
  const kitErrors = p.console.filter(isKitError);
  assert.deepEqual(kitErrors, [], kitErrors.join('\n').slice(0, 2000));
}, { timeout: 180_000 });

test('JSON with __proto__ and constructor keys pollutes nothing, through every JSON source', async ({ open, server }) => {
  const evil = '{"__proto__":{"polluted":1,"__pwned":1},"constructor":{"prototype":{"polluted":1}}';
  const strip = `[${evil},"name":"P","url":"https://example.org/"}]`;
  const timeline = `[${evil},"id":"a","date":"2002","title":"T"}]`;
  const map = `[${evil},"code":"BR","value":5,"__proto__":{"polluted":2}}]`;
  const mapObject = `{${evil.slice(1)},"BR":5}`;
  server.body('/e2e/proto/strip.json', strip);
  server.body('/e2e/proto/timeline.json', timeline);
  server.body('/e2e/proto/map.json', map);
  const p = await open(
    `<main>
      <section><lacnic-partner-strip id="s1"><script type="application/json">${strip}</script></lacnic-partner-strip></section>
      <section><lacnic-partner-strip id="s2" src="/e2e/proto/strip.json"></lacnic-partner-strip></section>
      <section><lacnic-timeline id="t1"><script type="application/json">${timeline}</script></lacnic-timeline></section>
      <section><lacnic-timeline id="t2" src="/e2e/proto/timeline.json"></lacnic-timeline></section>
      <section><lacnic-region-map id="m1"><script type="application/json">${map}</script></lacnic-region-map></section>
      <section><lacnic-region-map id="m2" src="/e2e/proto/map.json"></lacnic-region-map></section>
      <section><lacnic-region-map id="m3"><script type="application/json">${mapObject}</script></lacnic-region-map></section>
      <section><lacnic-region-map id="m4"></lacnic-region-map></section>
    </main>`,
    { csp: null },
  );
  await p.page.evaluate((json) => {
    document.getElementById('m4').data = JSON.parse(json);
  }, map);
  for (const tag of ['lacnic-partner-strip', 'lacnic-timeline', 'lacnic-region-map']) await p.ready(tag);
  const polluted = await p.page.evaluate(() => [({}).polluted, ({}).__pwned, [].polluted, Object.prototype.polluted]);
  assert.deepEqual(polluted, [undefined, undefined, undefined, undefined]);
  assert.deepEqual(p.errors, []);
  count('payloads tried', 8);
  count('injection checks', 4);
});

test('the detectors catch what they look for (a planted unsafe link, handler, element and override)', async ({ open }) => {
  const allowed = await baselineTags(open);
  const p = await open(`<main><section><lacnic-partner-strip id="planted" layout="grid"></lacnic-partner-strip></section></main>`, { csp: null });
  await p.ready('lacnic-partner-strip');
  await p.page.evaluate(() => {
    const root = document.getElementById('planted').shadowRoot;
    const a = document.createElement('a');
    a.setAttribute('href', 'javascript:window.__pwned=1');
    a.textContent = 'planted';
    const img = document.createElement('img');
    img.setAttribute('src', 'data:image/svg+xml,<svg/>');
    img.setAttribute('onerror', 'void 0');
    const iframe = document.createElement('iframe');
    const text = document.createTextNode('\u202Eplanted');
    root.querySelector('.base').append(a, img, iframe, text);
  });
  await p.page.evaluate(interact);
  const { problems } = await p.page.evaluate(scan, allowed);
  const text = problems.join('\n');
  for (const expected of ['canary was set', 'link "javascript:', 'event-handler attribute onerror', 'image "data:image/svg+xml', '<iframe>: an element the kit never renders', 'bidi override open']) {
    assert.ok(text.includes(expected), `the scan reports "${expected}":\n${text}`);
  }
});
