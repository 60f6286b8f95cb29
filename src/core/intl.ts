// Numbers, dates and economy names in the reader's language, through Intl (one formatter per
// language and options, made once). Apart from i18n.ts so that a widget that formats none (the
// partner strip) does not download them.
import type { Lang, ResolvedLocale } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatNumber(value: number, tag: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options)).format(value);
}

export function formatDate(date: Date, tag: string, options: Intl.DateTimeFormatOptions): string {
  return cached(`d|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options })).format(date);
}

// The ISO short names for the islands whose name is disputed; Intl alone gives one side's.
const FK: Record<Lang, string> = {
  en: 'Falkland Islands (Malvinas)',
  es: 'Islas Malvinas (Falkland)',
  pt: 'Ilhas Malvinas (Falkland)',
};

/** An economy's name in the reader's language (ISO 3166-1 alpha-2 code in, name out). */
export function regionName(code: string, locale: ResolvedLocale): string {
  const upper = code.toUpperCase();
  if (upper === 'FK') return FK[locale.lang];
  try {
    const names = cached(`r|${locale.tag}`, () => new Intl.DisplayNames([locale.tag], { type: 'region', fallback: 'code' }));
    return (names as Intl.DisplayNames).of(upper) ?? upper;
  } catch {
    return upper;
  }
}
