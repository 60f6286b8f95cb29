import { csvParseRows } from 'd3-dsv';

/** A CSV file with a header row: the column names and one object per data row. */
export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
}

/**
 * Parses CSV with a header row (a BOM is dropped). Cells missing at the end of a short row read
 * as `""`, as with d3-dsv's `csvParse` — which cannot be used here: it compiles its row converter
 * with `new Function`, which a Content-Security-Policy without `'unsafe-eval'` (and Trusted
 * Types) forbids, so every CSV source failed on strictly protected pages.
 */
export function parseCsv(text: string): CsvTable {
  const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  // Own data properties only (fromEntries): a "__proto__" column is a plain key, never a prototype.
  const rows = body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) as Record<string, string>);
  return { columns: header, rows };
}
