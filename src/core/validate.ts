// What widgets' validators share: a list checked item by item, and whether a body is CSV. Apart
// from data.ts so that a widget whose built-in content needs no validation (the partner strip)
// loads it only with a site's own data.
import type { Validated } from './data.js';
import type { ItemProblem, ProblemReason } from './events.js';

/** Whether a fetched body is CSV: served as `text/csv`, or named `*.csv`. */
export function isCsv(contentType: string, url: string): boolean {
  return /csv/i.test(contentType) || /\.csv(?:[?#]|$)/i.test(url);
}

/** Builds a validator: checks the value is a list and runs `each` on every object in it. */
export function validateList<T>(
  raw: unknown,
  each: (item: Record<string, unknown>, report: (field: string, reason: ProblemReason) => void, index: number) => T | undefined,
  nameOf: (item: Record<string, unknown>) => unknown = (item) => item.name ?? item.title ?? item.id,
): Validated<T> {
  const problems: ItemProblem[] = [];
  if (!Array.isArray(raw)) {
    return { items: [], problems: [{ index: 0, field: '', reason: 'not-a-list' }] };
  }
  const items: T[] = [];
  raw.forEach((value, index) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ index, field: 'item', reason: 'type' });
      return;
    }
    const obj = value as Record<string, unknown>;
    const rawName = nameOf(obj);
    const name = typeof rawName === 'string' ? rawName : undefined;
    let bad = false;
    const item = each(obj, (field, reason) => {
      bad = true;
      problems.push({ index, name, field, reason });
    }, index);
    if (item !== undefined && !bad) items.push(item);
  });
  return { items, problems };
}
