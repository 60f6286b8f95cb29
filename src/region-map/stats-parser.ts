/**
 * Parser for the RIR statistics exchange format ("delegated-<rir>-extended" files), reduced to
 * what the region map shows: per economy, how many organisations hold resources and how many
 * ASNs, IPv4 addresses and IPv6 blocks were delegated, in total and cumulatively by year.
 *
 * Pure and dependency-free: runs unchanged in browsers, workers and Node.
 *
 * Format (one record a line, fields separated by `|`):
 *   version line  `version|registry|serial|records|startdate|enddate|UTCoffset` (optional)
 *   summary line  `registry|*|type|*|count|summary`
 *   record        `registry|cc|type|start|value|date|status|opaque-id`
 * `#` lines are comments; blank lines, CRLF line ends, a BOM and a missing final newline are
 * accepted. `available` and `reserved` records may have 7 fields (no opaque-id).
 *
 * What counts: only `allocated` and `assigned` records. Per economy (ISO alpha-2 cc):
 *   holders  distinct opaque-ids
 *   asn      sum of ASN counts
 *   ipv4     sum of IPv4 addresses
 *   ipv6     number of IPv6 blocks (records), not addresses
 * Cumulative series (`byYear`) are aligned with `years`, the span from the earliest to the
 * latest year of first delegation among counted records. A holder enters the series in the
 * year of its FIRST record. Records with an empty or `00000000` date ("undated") are counted in
 * the totals and, in the cumulative series, from the first year onwards, so the last element
 * of every series equals the total.
 *
 * Codes outside the configured economies (default: LACNIC's 31) go to `outside`, never to
 * `economies`. An economy without counted records (e.g. FK, GS) is absent from `economies`.
 *
 * Malformed lines (wrong field count, unknown type or status, non-numeric value, bad date,
 * bad cc, missing opaque-id on a counted record, bad version/summary line) are skipped,
 * counted, and listed with 1-based line numbers (list capped by `maxMalformed`).
 *
 * Input that is not this format at all throws {@link StatsFormatError}, with `code`:
 *   'empty'       nothing but whitespace
 *   'binary'      NUL bytes, or mostly non-printable characters
 *   'no-records'  not a single well-formed record line
 */
import { LACNIC_ECONOMIES } from './economies.js';

export type ResourceType = 'asn' | 'ipv4' | 'ipv6';
export type RecordStatus = 'allocated' | 'assigned' | 'available' | 'reserved';
export type Metric = 'holders' | 'asn' | 'ipv4' | 'ipv6';

/** The four metrics, in the order used by series and JSON output. */
export const METRICS: readonly Metric[] = ['holders', 'asn', 'ipv4', 'ipv6'];

export type Totals = Record<Metric, number>;

export interface EconomyParticipation extends Totals {
  /** Counted (allocated + assigned) records. */
  records: number;
  /** Counted records with an empty or 00000000 date. */
  undated: number;
  /** Year of the earliest dated counted record; null when all are undated. */
  firstYear: number | null;
  /** Cumulative values per year, aligned with {@link ParticipationResult.years}. */
  byYear: Record<Metric, number[]>;
}

export interface VersionLine {
  version: string;
  registry: string;
  serial: string;
  /** Record count the file declares (excludes version, summary, comment and blank lines). */
  records: number;
  startdate: string;
  enddate: string;
  utcOffset: string;
  /** 1-based line number. */
  line: number;
}

export type MalformedReason =
  | 'field-count'
  | 'unknown-type'
  | 'unknown-status'
  | 'bad-value'
  | 'bad-date'
  | 'bad-cc'
  | 'missing-id'
  | 'bad-version'
  | 'bad-summary';

export interface MalformedLine {
  /** 1-based line number. */
  line: number;
  reason: MalformedReason;
  /** The line, cut to 200 characters. */
  text: string;
}

export interface ParticipationResult {
  version: VersionLine | null;
  /** Counts declared by summary lines, by type. */
  summary: Partial<Record<ResourceType, number>>;
  /** Physical lines in the input. */
  lines: number;
  records: {
    /** Well-formed record lines, any status. */
    total: number;
    byStatus: Record<RecordStatus, number>;
    byType: Record<ResourceType, number>;
    /** allocated + assigned. */
    counted: number;
    /** Counted records with an empty or 00000000 date. */
    undated: number;
  };
  malformed: { count: number; lines: MalformedLine[] };
  /** Inconsistencies that do not stop parsing (declared vs actual record counts). */
  warnings: string[];
  /** Consecutive years from the first to the last year of delegation; [] when none dated. */
  years: number[];
  economies: Partial<Record<string, EconomyParticipation>>;
  outside: Partial<Record<string, EconomyParticipation>>;
  /** Sums over `economies` (holders = distinct (cc, opaque-id) pairs). */
  regionTotal: Totals;
  outsideTotal: Totals;
}

export interface ParseOptions {
  /** Economies that belong in `economies`; default {@link LACNIC_ECONOMIES}. */
  economies?: readonly string[];
  /** How many malformed lines to keep in the list (all are counted); default 100. */
  maxMalformed?: number;
}

export type StatsFormatErrorCode = 'empty' | 'binary' | 'no-records';

/** Thrown when the input is not an RIR statistics file at all. */
export class StatsFormatError extends Error {
  readonly code: StatsFormatErrorCode;
  constructor(code: StatsFormatErrorCode, message: string) {
    super(message);
    this.name = 'StatsFormatError';
    this.code = code;
  }
}

const YEAR_MIN = 1900;
const YEAR_SPAN = 300; // 1900..2199
const UNDATED = 0;

interface Acc {
  records: number;
  undated: number;
  // per-year increments, index = year - YEAR_MIN; undated kept apart
  asn: Float64Array;
  ipv4: Float64Array;
  ipv6: Float64Array;
  undatedAsn: number;
  undatedIpv4: number;
  undatedIpv6: number;
  /** opaque-id → year of its first record (UNDATED = 0 sorts first). */
  holders: Map<string, number>;
  minYear: number;
}

function newAcc(): Acc {
  return {
    records: 0,
    undated: 0,
    asn: new Float64Array(YEAR_SPAN),
    ipv4: new Float64Array(YEAR_SPAN),
    ipv6: new Float64Array(YEAR_SPAN),
    undatedAsn: 0,
    undatedIpv4: 0,
    undatedIpv6: 0,
    holders: new Map(),
    minYear: Infinity,
  };
}

/** Non-negative integer made only of ASCII digits (at most 15), else -1. */
function parseUint(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Year of a yyyymmdd date; UNDATED for '' or '00000000'; -1 when invalid. */
function parseDateYear(s: string): number {
  if (s.length === 0 || s === '00000000') return UNDATED;
  if (s.length !== 8) return -1;
  const v = parseUint(s);
  if (v < 0) return -1;
  const year = Math.floor(v / 10000);
  const month = Math.floor(v / 100) % 100;
  const day = v % 100;
  if (year < YEAR_MIN || year >= YEAR_MIN + YEAR_SPAN || month < 1 || month > 12 || day < 1 || day > 31) {
    return -1;
  }
  return year;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Upper-case alpha-2 code, '' for an empty field, null when invalid. */
function parseCc(s: string): string | null {
  if (s.length === 0) return '';
  if (s.length !== 2 || !isLetter(s.charCodeAt(0)) || !isLetter(s.charCodeAt(1))) return null;
  return s.toUpperCase();
}

function looksBinary(text: string): boolean {
  if (text.indexOf('\0') !== -1) return true;
  const n = Math.min(text.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
  }
  return n > 0 && bad / n > 0.05;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

function emptyTotals(): Totals {
  return { holders: 0, asn: 0, ipv4: 0, ipv6: 0 };
}

/**
 * Parse a delegated(-extended) statistics file. See the module comment for what is counted.
 * @throws {StatsFormatError} when the input is empty, binary, or holds no valid record.
 */
export function parseDelegatedStats(text: string, options: ParseOptions = {}): ParticipationResult {
  const region = new Set(options.economies ?? LACNIC_ECONOMIES);
  const maxMalformed = options.maxMalformed ?? 100;

  if (isBlank(text)) throw new StatsFormatError('empty', 'The input is empty.');
  if (looksBinary(text)) {
    throw new StatsFormatError('binary', 'The input is binary data, not an RIR statistics file.');
  }

  const rows = text.split('\n');
  // A final newline leaves one empty trailing element, which is not a line.
  const lineCount = rows.length - (rows[rows.length - 1] === '' ? 1 : 0);

  let version: VersionLine | null = null;
  let seenData = false;
  const summary: Partial<Record<ResourceType, number>> = {};
  const byStatus: Record<RecordStatus, number> = { allocated: 0, assigned: 0, available: 0, reserved: 0 };
  const byType: Record<ResourceType, number> = { asn: 0, ipv4: 0, ipv6: 0 };
  let total = 0;
  let counted = 0;
  let undated = 0;
  let malformedCount = 0;
  const malformed: MalformedLine[] = [];
  const accs = new Map<string, Acc>();

  const bad = (index: number, reason: MalformedReason, line: string) => {
    malformedCount++;
    if (malformed.length < maxMalformed) malformed.push({ line: index + 1, reason, text: line.slice(0, 200) });
  };

  for (let i = 0; i < rows.length; i++) {
    let line = rows[i];
    if (line.length !== 0 && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.length === 0 || line.charCodeAt(0) === 35 /* # */ || isBlank(line)) continue;

    const f = line.split('|');
    const first = !seenData;
    seenData = true;

    // Version line: only as the first data line, recognised by a numeric first field.
    if (first) {
      const c0 = f[0].charCodeAt(0);
      if (c0 >= 48 && c0 <= 57) {
        const records = f.length === 7 ? parseUint(f[3]) : -1;
        if (records < 0) {
          bad(i, 'bad-version', line);
        } else {
          version = {
            version: f[0], registry: f[1], serial: f[2], records,
            startdate: f[4], enddate: f[5], utcOffset: f[6], line: i + 1,
          };
        }
        continue;
      }
    }

    // Summary line: registry|*|type|*|count|summary
    if (f[f.length - 1] === 'summary') {
      const count = f.length === 6 ? parseUint(f[4]) : -1;
      const t = f[2];
      if (count < 0 || f[1] !== '*' || (t !== 'asn' && t !== 'ipv4' && t !== 'ipv6')) {
        bad(i, 'bad-summary', line);
      } else {
        summary[t] = count;
      }
      continue;
    }

    const n = f.length;
    if (n !== 8 && n !== 7) {
      bad(i, 'field-count', line);
      continue;
    }
    const status = f[6];
    const isCounted = status === 'allocated' || status === 'assigned';
    if (!isCounted && status !== 'available' && status !== 'reserved') {
      bad(i, 'unknown-status', line);
      continue;
    }
    if (n === 7 && isCounted) {
      bad(i, 'field-count', line);
      continue;
    }
    const type = f[2];
    if (type !== 'asn' && type !== 'ipv4' && type !== 'ipv6') {
      bad(i, 'unknown-type', line);
      continue;
    }
    const value = parseUint(f[4]);
    if (value <= 0 || (type === 'ipv6' && value > 128) || f[3].length === 0) {
      bad(i, 'bad-value', line);
      continue;
    }
    const year = parseDateYear(f[5]);
    if (year < 0) {
      bad(i, 'bad-date', line);
      continue;
    }
    const cc = parseCc(f[1]);
    if (cc === null || (isCounted && cc === '')) {
      bad(i, 'bad-cc', line);
      continue;
    }
    const id = n === 8 ? f[7] : '';
    if (isCounted && id.length === 0) {
      bad(i, 'missing-id', line);
      continue;
    }

    total++;
    byStatus[status]++;
    byType[type]++;
    if (!isCounted) continue;

    counted++;
    let acc = accs.get(cc);
    if (acc === undefined) {
      acc = newAcc();
      accs.set(cc, acc);
    }
    acc.records++;
    const prev = acc.holders.get(id);
    if (prev === undefined || year < prev) acc.holders.set(id, year);
    if (year === UNDATED) {
      undated++;
      acc.undated++;
      if (type === 'asn') acc.undatedAsn += value;
      else if (type === 'ipv4') acc.undatedIpv4 += value;
      else acc.undatedIpv6++;
    } else {
      if (year < acc.minYear) acc.minYear = year;
      const k = year - YEAR_MIN;
      if (type === 'asn') acc.asn[k] += value;
      else if (type === 'ipv4') acc.ipv4[k] += value;
      else acc.ipv6[k]++;
    }
  }

  if (total === 0) {
    throw new StatsFormatError('no-records', 'The input holds no valid record of the RIR statistics exchange format.');
  }

  // Span of years over every counted record (region and outside share one axis).
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const acc of accs.values()) {
    if (acc.minYear < firstYear) firstYear = acc.minYear;
    for (let k = YEAR_SPAN - 1; k >= 0; k--) {
      if (acc.asn[k] || acc.ipv4[k] || acc.ipv6[k]) {
        if (k + YEAR_MIN > lastYear) lastYear = k + YEAR_MIN;
        break;
      }
    }
  }
  const years: number[] = [];
  if (firstYear !== Infinity) for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const span = years.length;

  const economies: Partial<Record<string, EconomyParticipation>> = {};
  const outside: Partial<Record<string, EconomyParticipation>> = {};
  const regionTotal = emptyTotals();
  const outsideTotal = emptyTotals();

  for (const cc of [...accs.keys()].sort()) {
    const acc = accs.get(cc) as Acc;
    const holderInc = new Float64Array(YEAR_SPAN);
    let undatedHolders = 0;
    for (const y of acc.holders.values()) {
      if (y === UNDATED) undatedHolders++;
      else holderInc[y - YEAR_MIN]++;
    }
    const series = (inc: Float64Array, start: number): number[] => {
      const out = new Array<number>(span);
      let sum = start;
      for (let j = 0; j < span; j++) {
        sum += inc[years[j] - YEAR_MIN];
        out[j] = sum;
      }
      return out;
    };
    const byYear: Record<Metric, number[]> = {
      holders: series(holderInc, undatedHolders),
      asn: series(acc.asn, acc.undatedAsn),
      ipv4: series(acc.ipv4, acc.undatedIpv4),
      ipv6: series(acc.ipv6, acc.undatedIpv6),
    };
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    const e: EconomyParticipation = {
      holders: acc.holders.size,
      asn: sum(acc.asn) + acc.undatedAsn,
      ipv4: sum(acc.ipv4) + acc.undatedIpv4,
      ipv6: sum(acc.ipv6) + acc.undatedIpv6,
      records: acc.records,
      undated: acc.undated,
      firstYear: acc.minYear === Infinity ? null : acc.minYear,
      byYear,
    };
    const inRegion = region.has(cc);
    (inRegion ? economies : outside)[cc] = e;
    const t = inRegion ? regionTotal : outsideTotal;
    for (const m of METRICS) t[m] += e[m];
  }

  const warnings: string[] = [];
  if (version && version.records !== total) {
    warnings.push(`The version line declares ${version.records} records; ${total} were read.`);
  }
  for (const t of ['asn', 'ipv4', 'ipv6'] as const) {
    const declared = summary[t];
    if (declared !== undefined && declared !== byType[t]) {
      warnings.push(`The ${t} summary line declares ${declared} records; ${byType[t]} were read.`);
    }
  }

  return {
    version,
    summary,
    lines: lineCount,
    records: { total, byStatus, byType, counted, undated },
    malformed: { count: malformedCount, lines: malformed },
    warnings,
    years,
    economies,
    outside,
    regionTotal,
    outsideTotal,
  };
}
