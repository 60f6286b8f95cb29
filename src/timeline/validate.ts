import { validateList } from '../core/validate.js';
import type { Validated } from '../core/data.js';
import type { ProblemReason } from '../core/events.js';
import { LANGS, type Lang } from '../core/i18n.js';
import { isSafeUrl, safeImageUrl, safeLinkUrl } from '../core/safe-url.js';
import { cleanText } from '../core/text.js';
import { CATEGORIES } from './types.js';
import type { Milestone, MilestoneCategory, MilestoneItem, Precision } from './types.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ID = /^[\w.-]{1,80}$/;
const CODE = /^[A-Za-z]{2}$/;
const MAX_TITLE = 300;
const MAX_TEXT = 4000;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a year may be a number); `undefined` if invalid. */
export function parseDate(value: unknown): { time: number; precision: Precision; year: number } | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { time: date.getTime(), precision: m[3] ? 'day' : m[2] ? 'month' : 'year', year };
}

/** Text in one or more languages; `null` when the shape is wrong, `undefined` when absent. */
function localText(value: unknown, max: number): Partial<Record<Lang, string>> | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const t = cleanText(value).trim();
    if (!t) return undefined;
    if (t.length > max) return null;
    return { es: t, pt: t, en: t };
  }
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Partial<Record<Lang, string>> = {};
  let any = false;
  for (const lang of LANGS) {
    const v = (value as Record<string, unknown>)[lang];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || v.length > max) return null;
    const t = cleanText(v).trim();
    if (t) {
      out[lang] = t;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** The text in `lang`, falling back through Spanish (which governs), English, Portuguese. */
export function pick(text: Partial<Record<Lang, string>> | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.es ?? text.en ?? text.pt ?? '';
}

/** Checks every milestone; bad items are skipped and reported by item and field. */
export function validateMilestones(raw: unknown): Validated<MilestoneItem> {
  const seen = new Set<string>();
  const result = validateList<MilestoneItem>(
    raw,
    (item, report, index) => {
      const fail = (field: string, reason: ProblemReason): undefined => void report(field, reason);
      let id = item.id;
      if (id === undefined || id === null || id === '') id = `milestone-${index + 1}`;
      if (typeof id === 'number') id = String(id);
      if (typeof id !== 'string') return fail('id', 'type');
      if (!ID.test(id)) return fail('id', 'invalid');
      if (seen.has(id)) return fail('id', 'duplicate');
      seen.add(id);

      if (item.date === undefined || item.date === null || item.date === '') return fail('date', 'missing');
      const date = parseDate(item.date);
      if (!date) return fail('date', 'invalid');

      const title = localText(item.title, MAX_TITLE);
      if (title === undefined) return fail('title', 'missing');
      if (title === null) return fail('title', 'invalid');
      const text = localText(item.text, MAX_TEXT);
      if (text === null) return fail('text', 'invalid');

      let category: MilestoneCategory = 'other';
      if (item.category !== undefined && item.category !== null && item.category !== '') {
        const c = typeof item.category === 'string' ? item.category.trim().toLowerCase() : '';
        if (!(CATEGORIES as readonly string[]).includes(c)) return fail('category', 'unknown');
        category = c as MilestoneCategory;
      }

      const out: MilestoneItem = {
        id,
        time: date.time,
        year: date.year,
        precision: date.precision,
        title,
        category,
        countries: [],
        optional: item.optional === true,
      };
      if (text) out.text = text;

      if (item.end !== undefined && item.end !== null && item.end !== '') {
        const end = parseDate(item.end);
        if (!end || end.time < date.time) return fail('end', 'invalid');
        out.endTime = end.time;
        out.endPrecision = end.precision;
      }

      const countries = item.countries ?? item.country;
      if (countries !== undefined && countries !== null && countries !== '') {
        const list = Array.isArray(countries) ? countries : typeof countries === 'string' ? countries.split(/[\s,;|]+/).filter(Boolean) : null;
        if (!list || !list.every((c) => typeof c === 'string' && CODE.test(c))) return fail('countries', 'invalid');
        out.countries = list.map((c) => (c as string).toUpperCase());
      }

      for (const field of ['source', 'image'] as const) {
        const value = item[field];
        if (value === undefined || value === null || value === '') continue;
        if (typeof value !== 'string') return fail(field, 'type');
        const kind = field === 'source' ? 'link' : 'image';
        if (!isSafeUrl(value, kind)) {
          if (kind === 'link') safeLinkUrl(value);
          else safeImageUrl(value);
          return fail(field, 'unsafe-url');
        }
        out[field] = kind === 'link' ? safeLinkUrl(value) : safeImageUrl(value);
      }
      if (out.image) {
        const alt = localText(item.imageAlt, MAX_TITLE);
        if (alt === null) return fail('imageAlt', 'invalid');
        if (!alt) return fail('imageAlt', 'missing');
        out.imageAlt = alt;
      }
      return out;
    },
    (item) => {
      const t = item.title;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object') return (t as Record<string, unknown>).es ?? (t as Record<string, unknown>).en ?? item.id;
      return item.id;
    },
  );
  // A date known only to the year sorts after the dated milestones of that year (the source's
  // "late 2014" must not come before June 2014).
  result.items.sort((a, b) => a.year - b.year || Number(a.precision === 'year') - Number(b.precision === 'year') || a.time - b.time);
  return result;
}

/**
 * Progressive enhancement: reads a light-DOM `<ol>` (or `<ul>`) of milestones:
 * `<li id="…" data-category="…" data-countries="UY"><time datetime="2002-10-31">31 Oct 2002</time>
 * <strong>Title</strong> Text… <a href="https://…">source</a></li>`. Without `<strong>`/`<b>`,
 * the first text is the title. `undefined` when there is no list.
 */
export function milestonesFromMarkup(host: HTMLElement): Milestone[] | undefined {
  const list = host.querySelector(':scope > ol, :scope > ul');
  if (!list) return undefined;
  return Array.from(list.querySelectorAll(':scope > li'), (li) => {
    const clone = li.cloneNode(true) as HTMLElement;
    const time = clone.querySelector('time');
    const m: Record<string, unknown> = { date: time?.getAttribute('datetime') ?? '' };
    const end = clone.querySelectorAll('time')[1];
    if (end?.getAttribute('datetime')) m.end = end.getAttribute('datetime');
    clone.querySelectorAll('time').forEach((t) => t.remove());
    const link = clone.querySelector('a[href]');
    if (link) {
      m.source = link.getAttribute('href');
      link.remove();
    }
    const strong = clone.querySelector('strong, b, h2, h3, h4');
    let title = '';
    if (strong) {
      title = strong.textContent ?? '';
      strong.remove();
    } else {
      const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.textContent?.trim()) {
          title = n.textContent;
          n.textContent = '';
          break;
        }
      }
    }
    const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s:—–-]+|[\s:—–-]+$/g, '').trim();
    m.title = clean(title);
    const text = clean(clone.textContent ?? '');
    if (text) m.text = text;
    if (li.id) m.id = li.id;
    const cat = li.getAttribute('data-category');
    if (cat) m.category = cat;
    const countries = li.getAttribute('data-countries') ?? li.getAttribute('data-country');
    if (countries) m.countries = countries;
    return m as unknown as Milestone;
  });
}


/**
 * CSV text to milestones (see the columns in `csv.ts`). Async because it loads d3-dsv on first
 * use: pages that never read a CSV never download it.
 */
export async function milestonesFromCsv(text: string): Promise<Milestone[]> {
  return (await import('./csv.js')).parseMilestonesCsv(text);
}
