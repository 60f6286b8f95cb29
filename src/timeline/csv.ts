import { csvParse } from 'd3-dsv';
import type { Lang } from '../core/i18n.js';
import type { Milestone } from './types.js';

/**
 * CSV rows to milestones. Columns: `id,date,title,text,category,countries,source[,end]`, and
 * optionally `title_es`, `title_pt`, `title_en`, `text_es`, `text_pt`, `text_en`.
 * Rows missing a required column are reported item by item by the validator.
 */
export function parseMilestonesCsv(text: string): Milestone[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const localised = (row: Record<string, string | undefined>, base: 'title' | 'text') => {
    const out: Partial<Record<Lang, string>> = {};
    for (const lang of ['es', 'pt', 'en'] as const) {
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
