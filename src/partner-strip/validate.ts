import { validateList } from '../core/validate.js';
import type { Validated } from '../core/data.js';
import { isSafeUrl, safeImageUrl, safeLinkUrl } from '../core/safe-url.js';
import { cleanText } from '../core/text.js';
import type { Partner } from './partners.js';

/** A partner after validation: URLs checked, countries normalised to upper-case codes. */
export interface PartnerItem {
  name: string;
  fullName?: string;
  url?: string;
  logo?: string;
  logoDark?: string;
  countries: string[];
  category?: string;
}

const CODE = /^[A-Za-z]{2}$/;
const MAX_TEXT = 300;

function optionalText(item: Record<string, unknown>, field: string, report: (f: string, r: 'type' | 'invalid') => void): string | undefined {
  const value = item[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return void report(field, 'type');
  if (value.length > MAX_TEXT) return void report(field, 'invalid');
  return cleanText(value).trim() || undefined;
}

/** Checks every partner; items with a missing name, a wrong type or an unsafe URL are skipped. */
export function validatePartners(raw: unknown): Validated<PartnerItem> {
  return validateList<PartnerItem>(raw, (item, report) => {
    const name = typeof item.name === 'string' ? cleanText(item.name) : item.name;
    if (name === undefined || name === null || (typeof name === 'string' && !name.trim())) {
      report('name', 'missing');
      return undefined;
    }
    if (typeof name !== 'string') return void report('name', 'type');
    if (name.length > MAX_TEXT) return void report('name', 'invalid');
    const out: PartnerItem = { name: name.trim(), countries: [] };
    out.fullName = optionalText(item, 'fullName', report);
    out.category = optionalText(item, 'category', report);
    for (const field of ['url', 'logo', 'logoDark'] as const) {
      const value = item[field];
      if (value === undefined || value === null || value === '') continue;
      if (typeof value !== 'string') {
        report(field, 'type');
        continue;
      }
      const ok = field === 'url' ? isSafeUrl(value, 'link') : isSafeUrl(value, 'image');
      if (!ok) {
        // Logged once as a warning too, so a site's developer sees it in the console.
        if (field === 'url') safeLinkUrl(value);
        else safeImageUrl(value);
        report(field, 'unsafe-url');
        continue;
      }
      out[field] = field === 'url' ? safeLinkUrl(value) : safeImageUrl(value);
    }
    const country = item.country;
    if (country !== undefined && country !== null && country !== '') {
      const list = Array.isArray(country) ? country : typeof country === 'string' ? country.split(/[\s,]+/).filter(Boolean) : null;
      if (!list || !list.every((c) => typeof c === 'string' && CODE.test(c))) report('country', 'invalid');
      else out.countries = list.map((c) => (c as string).toUpperCase());
    }
    return out;
  });
}

/**
 * Progressive enhancement: reads a light-DOM `<ul>` (or `<ol>`) of partners, the markup a page
 * shows before any script runs:
 * `<li data-country="UY" data-category="names"><a href="…"><img src="…" alt="Name"></a></li>`.
 * Returns `undefined` when there is no such list.
 */
export function partnersFromMarkup(host: HTMLElement): Partner[] | undefined {
  const list = host.querySelector(':scope > ul, :scope > ol');
  if (!list) return undefined;
  return Array.from(list.querySelectorAll(':scope > li'), (li) => {
    const link = li.querySelector('a[href]');
    const img = li.querySelector('img');
    const text = (link ?? li).textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const partner: Partner = { name: img?.getAttribute('alt')?.trim() || text };
    const fullName = li.getAttribute('data-full-name') ?? link?.getAttribute('title');
    if (fullName) partner.fullName = fullName;
    if (link) partner.url = link.getAttribute('href') ?? undefined;
    if (img?.getAttribute('src')) partner.logo = img.getAttribute('src') ?? undefined;
    const dark = li.getAttribute('data-logo-dark') ?? img?.getAttribute('data-logo-dark');
    if (dark) partner.logoDark = dark;
    const country = li.getAttribute('data-country');
    if (country) partner.country = country;
    const category = li.getAttribute('data-category');
    if (category) partner.category = category;
    return partner;
  });
}
