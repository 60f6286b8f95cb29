import { parseCsv } from '../core/csv.js';
import { dataFailure } from '../core/data.js';
import { LANGS, type Lang } from '../core/i18n.js';
import type { Milestone } from './types.js';

/**
 * CSV rows to milestones. Columns: `id,date,title,text,category,countries,source[,end]`, and
 * optionally `title_es`, `title_pt`, `title_en`, `text_es`, `text_pt`, `text_en`.
 * Rows missing a required value are reported item by item by the validator; a header without a
 * `date` column is not this format at all (e.g. an HTML error page served for the file) and
 * throws a `parse` failure, rather than passing for an empty timeline.
 */
export function parseMilestonesCsv(text: string): Milestone[] {
  const { columns, rows } = parseCsv(text);
  if (!columns.includes('date')) throw dataFailure('parse', { format: 'CSV' });
  const localised = (row: Record<string, string | undefined>, base: 'title' | 'text') => {
    const out: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const v = row[`${base}_${lang}`];
      if (v) out[lang] = v;
    }
    return Object.keys(out).length ? out : row[base];
  };
  return rows.map((row) => {
    const m: Record<string, unknown> = {};
    for (const key of ['id', 'date', 'category', 'countries', 'source', 'end', 'image'] as const) {
      if (row[key]) m[key] = row[key];
    }
    m.title = localised(row, 'title');
    m.text = localised(row, 'text');
    if (row.imageAlt) m.imageAlt = row.imageAlt;
    return m as unknown as Milestone;
  });
}
