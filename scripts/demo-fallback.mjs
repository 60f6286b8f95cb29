// Writes the demo page's no-JavaScript content from the kit's own default data, so it never
// drifts from what the widgets show: the timeline's milestones as the light-DOM `<ol>` the
// timeline reads, and the map's 2017 figures as a `<table>` (the map ignores it; with no
// `<slot>` it is simply not shown once the element upgrades). Spanish, as the demo page is.
//
//   npm run demo:fallback                        rewrites the blocks between the markers
//   tsx scripts/demo-fallback.mjs --check        exits 1 when demo/index.html is out of date (npm test)
//
// Run with tsx: it imports the widgets' TypeScript sources (data, date format, region names).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatNumber, regionName } from '../src/core/intl.ts';
import participation from '../src/data/participation-2017.ts';
import { LACNIC_ECONOMIES } from '../src/region-map/economies.ts';
import { mapMessages } from '../src/region-map/messages.ts';
import { formatMilestoneDate } from '../src/timeline/format.ts';
import { timelineMessages } from '../src/timeline/messages.ts';
import { LACNIC_MILESTONES } from '../src/timeline/milestones.ts';
import { validateMilestones } from '../src/timeline/validate.ts';

// The validator resolves links against the page; in Node there is none, and the default
// sources are all absolute, so any base that resolves nothing relative will do.
globalThis.document ??= { baseURI: 'about:blank' };

const file = fileURLToPath(new URL('../demo/index.html', import.meta.url));
const locale = { lang: 'es', tag: 'es' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const day = (time, precision) => new Date(time).toISOString().slice(0, { year: 4, month: 7, day: 10 }[precision]);

/** One `<li>` per milestone, in the markup `milestonesFromMarkup` reads (src/timeline/validate.ts). */
function timelineBlock(indent) {
  const msg = timelineMessages.es;
  // Optional milestones (after the anniversary) are hidden by default; markup cannot say
  // "optional", so they are left out and the upgraded timeline shows what it shows by default.
  const items = validateMilestones(LACNIC_MILESTONES).items.filter((m) => !m.optional);
  const lines = items.map((m) => {
    const attrs = [`id="${esc(m.id)}"`, `data-category="${esc(m.category)}"`];
    if (m.countries.length) attrs.push(`data-countries="${esc(m.countries.join(' '))}"`);
    const when = formatMilestoneDate(m, locale.tag, true);
    let time = `<time datetime="${day(m.time, m.precision)}">${esc(when)}</time>`;
    if (m.endTime !== undefined) {
      // A range is two <time> elements (start, end); the dash between them is not content.
      const dash = /\s*–\s*/.exec(when);
      const from = dash ? when.slice(0, dash.index) : when;
      const to = dash ? when.slice(dash.index + dash[0].length) : '';
      time = `<time datetime="${day(m.time, m.precision)}">${esc(from)}</time>–<time datetime="${day(m.endTime, m.endPrecision ?? m.precision)}">${esc(to)}</time>`;
    }
    const text = m.text?.es ? ` ${esc(m.text.es)}` : '';
    const source = m.source ? ` <a href="${esc(m.source)}">${esc(msg.source)}</a>` : '';
    return `<li ${attrs.join(' ')}>${time} <strong>${esc(m.title.es)}</strong>${text}${source}</li>`;
  });
  return [`<ol>`, ...lines.map((l) => `  ${l}`), `</ol>`].map((l) => indent + l).join('\n');
}

/** The 2017 figures the map shows by default, as a table sorted like the map's own table. */
function mapBlock(indent) {
  const m = mapMessages.es;
  const metric = m.metrics.holders;
  const num = (v) => formatNumber(v, locale.tag);
  const total = participation.total.holders;
  const year = participation.years[participation.years.length - 1];
  const rows = LACNIC_ECONOMIES.map((code) => ({ code, name: regionName(code, locale), value: participation.economies[code]?.holders ?? null }));
  const collator = new Intl.Collator(locale.tag);
  rows.sort((a, b) => (a.value === null || b.value === null ? (a.value === null) - (b.value === null) : b.value - a.value) || collator.compare(a.name, b.name));
  const share = (v) => formatNumber(v / total, locale.tag, { style: 'percent', maximumFractionDigits: v / total < 0.01 ? 2 : 1 });
  const caption = m.tableCaption.replace('{metric}', metric[0].toUpperCase() + metric.slice(1)).replace('{year}', String(year));
  const date = new Intl.DateTimeFormat(locale.tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(+participation.source.serial.slice(0, 4), +participation.source.serial.slice(4, 6) - 1, +participation.source.serial.slice(6, 8)),
  );
  const lines = [
    `<table>`,
    `  <caption>${esc(caption)}</caption>`,
    `  <thead>`,
    `    <tr><th scope="col">${esc(m.economy)}</th><th scope="col">${esc(metric[0].toUpperCase() + metric.slice(1))}</th><th scope="col">${esc(m.shareColumn)}</th></tr>`,
    `  </thead>`,
    `  <tbody>`,
    ...rows.map(
      (r) => `    <tr data-code="${r.code}"><th scope="row">${esc(r.name)}</th><td>${r.value === null ? esc(m.noData) : num(r.value)}</td><td>${r.value === null ? '' : share(r.value)}</td></tr>`,
    ),
    `  </tbody>`,
    `  <tfoot>`,
    `    <tr><th scope="row">Total (${num(LACNIC_ECONOMIES.length)} economías)</th><td>${num(total)}</td><td>${share(total)}</td></tr>`,
    `  </tfoot>`,
    `</table>`,
    `<p>Fuente: archivo público de estadísticas de LACNIC (<code>${esc(participation.source.file)}</code>, ${esc(date)}).</p>`,
  ];
  return lines.map((l) => indent + l).join('\n');
}

const blocks = { timeline: timelineBlock, 'region-map': mapBlock };

const before = readFileSync(file, 'utf8');
let after = before;
for (const [name, build] of Object.entries(blocks)) {
  const re = new RegExp(`([ \\t]*)<!-- fallback:${name} -->\\n[\\s\\S]*?<!-- /fallback:${name} -->`);
  const match = re.exec(after);
  if (!match) {
    console.error(`demo/index.html has no <!-- fallback:${name} --> … <!-- /fallback:${name} --> block.`);
    process.exit(1);
  }
  const indent = match[1];
  after = after.replace(re, () => `${indent}<!-- fallback:${name} -->\n${build(indent)}\n${indent}<!-- /fallback:${name} -->`);
}

if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('demo/index.html: the no-JavaScript content is out of date with the default data. Run `npm run demo:fallback`.');
    process.exit(1);
  }
  console.log('demo/index.html: no-JavaScript content matches the default data.');
} else if (after !== before) {
  writeFileSync(file, after);
  console.log('demo/index.html: no-JavaScript content rewritten.');
} else {
  console.log('demo/index.html: already up to date.');
}
