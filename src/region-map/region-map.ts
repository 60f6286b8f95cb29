import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { DataController } from '../core/data.js';
import { csvCell } from '../core/csv-write.js';
import { LacnicElement } from '../core/element.js';
import { emit, LacnicErrorEvent } from '../core/events.js';
import { fmt } from '../core/i18n.js';
import { formatNumber, regionName } from '../core/intl.js';
import { onReducedMotionChange, prefersReducedMotion } from '../core/motion.js';
import { cleanText } from '../core/text.js';
import { themeStyles } from '../core/theme.js';
import { classify } from './classes.js';
import type { ScaleKind } from './classes.js';
import { LACNIC_ECONOMIES } from './economies.js';
import { figuresFormat, figuresFromParticipation, parseFigures, validateFigures } from './figures.js';
import type { EconomyFigures, RegionData } from './figures.js';
import { HEIGHT, HIT_R, loadLayout, MARKER_R, nearestInDirection, WIDTH } from './layout.js';
import type { Direction, MapLayout } from './layout.js';
import { mapMessages } from './messages.js';
import { mapStyles } from './region-map.styles.js';
import { loadStats } from './stats-load.js';

export type RegionMetric = 'holders' | 'asn' | 'ipv4' | 'ipv6' | (string & {});
export type RegionDataset = '2017' | '2023';
export type RegionView = 'map' | 'table';

export interface RegionSelectDetail {
  /** ISO 3166-1 alpha-2 code, or null when the selection was cleared. */
  code: string | null;
  /** The economy's value for the current metric and year (null when cleared or no data). */
  value: number | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lacnic-region-select': CustomEvent<RegionSelectDetail>;
  }
}

/** One economy as shown: value for the metric and year, share, rank and class. */
export interface EconomyRow {
  code: string;
  name: string;
  value: number | null;
  share: number | null;
  rank: number | null;
  cls: number | null;
}

const DEFAULT_FIGURES: Record<RegionDataset, () => Promise<{ default: import('./participation-data.js').ParticipationData }>> = {
  '2017': () => import('../data/participation-2017.js'),
  '2023': () => import('../data/participation-2023.js'),
};

const ordinals = new Map<string, Intl.PluralRules>();
function ordinalRules(tag: string): Intl.PluralRules {
  let rules = ordinals.get(tag);
  if (!rules) ordinals.set(tag, (rules = new Intl.PluralRules(tag, { type: 'ordinal' })));
  return rules;
}

const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PLAY_STEP_MS = 700;
const FIRST_YEAR = 2002;

/**
 * LACNIC's service region, coloured by how much of the Internet's number resources each of its
 * 31 economies holds. Every economy, down to Saba and Sint Maarten, can be seen, hovered,
 * focused and selected; a written summary and a data table come from the same figures.
 *
 * @tagname lacnic-region-map
 * @summary Choropleth map of LACNIC's 31 economies with keyboard walk, summary, table and downloads.
 *
 * @slot - Optional `<script type="application/json">` with custom data.
 *
 * @fires lacnic-region-select - A reader selected (or cleared, `code: null`) an economy. Detail: `{ code, value }`.
 *   Never fires for a programmatic change of `selected`.
 * @fires lacnic-error - Data could not be loaded or some items were invalid. Detail: `{ code, message, source, problems? }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart map - The SVG map.
 * @csspart economy - One economy's interactive shape (and marker).
 * @csspart marker - The circle marker of a small economy.
 * @csspart inset - The enlarged Caribbean inset.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend list.
 * @csspart summary - The written summary.
 * @csspart table - The data table.
 * @csspart controls - The row of buttons.
 * @csspart slider - The year slider and its play button.
 * @csspart status - The loading, empty or error box.
 * @csspart notice - The note shown when some items were skipped.
 *
 * @cssprop --lacnic-region-map-color-1 - Fill of the lowest class (to `-5` for the highest); defaults from Viridis.
 * @cssprop --lacnic-region-map-context - Fill of nearby land outside the region.
 * @cssprop --lacnic-region-map-stroke - Border between economies.
 * @cssprop --lacnic-region-map-sea - Background behind the land (default transparent).
 * @cssprop --lacnic-color-text - Global text colour.
 * @cssprop --lacnic-color-focus - Global focus colour (focus ring on the map).
 */
export class LacnicRegionMap extends LacnicElement {
  static override styles = [themeStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    statsSrc: { attribute: 'stats-src' },
    datasetName: { attribute: 'dataset' },
    metric: {},
    year: { type: Number },
    scale: {},
    thresholds: {},
    selected: { reflect: true },
    view: { reflect: true },
    yearSlider: { type: Boolean, reflect: true, attribute: 'year-slider' },
    label: {},
    layout: { state: true },
    geometryFailed: { state: true },
    active: { state: true },
    hovered: { state: true },
    tooltipFor: { state: true },
    announcement: { state: true },
    playing: { state: true },
    sortKey: { state: true },
    sortDir: { state: true },
  };

  /** Custom figures: a list of `{ code, value, label? }` or an object `{ BR: 5017 }`. Highest precedence. */
  data?: RegionData;

  /** URL of custom figures: JSON (as `data`) or CSV with `code,value[,label]`. */
  src?: string;

  /** URL of a raw RIR statistics file (e.g. `delegated-lacnic-extended-latest`), computed client-side. */
  statsSrc?: string;

  /**
   * Built-in figures (attribute `dataset`): `2017` (the anniversary year) or `2023`. The property
   * is `datasetName` because `dataset` is the element's own `data-*` map.
   */
  datasetName: RegionDataset = '2017';

  /** What colours the map: `holders`, `asn`, `ipv4`, `ipv6`, or any key of custom data. */
  metric: RegionMetric = 'holders';

  /** Year shown (the data's latest by default). */
  year?: number;

  /** Classing: `quantile` (default), `quantize`, `log` or `threshold` (with `thresholds`). */
  scale: ScaleKind = 'quantile';

  /** Comma-separated class breaks for `scale="threshold"`, e.g. `"10,100,1000"`. */
  thresholds?: string;

  /** The selected economy's ISO code. Setting it fires no event. */
  selected?: string | null;

  /** `map` or `table`. */
  view: RegionView = 'map';

  /** Show a year slider that replays the cumulative figures year by year. */
  yearSlider = false;

  /** Accessible name of the map; defaults to a description in the reader's language. */
  label?: string;

  private layout?: MapLayout;
  private geometryFailed = false;
  private active?: string;
  private hovered?: string;
  private tooltipFor?: string;
  private announcement = '';
  private playing = false;
  private sortKey: 'name' | 'value' = 'value';
  private sortDir: 'ascending' | 'descending' = 'descending';

  private playTimer?: ReturnType<typeof setInterval>;
  private stopMotionWatch?: () => void;
  private statsAbort?: AbortController;

  private readonly dataController = new DataController<EconomyFigures>(this, {
    validate: validateFigures,
    defaults: () => this.loadDefaults(),
    defaultsSource: () => (this.statsSrc?.trim() ? 'stats-src' : 'default'),
    parseText: parseFigures,
    formatName: figuresFormat,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopMotionWatch = onReducedMotionChange((reduce) => {
      if (reduce) this.stop();
    });
    this.loadGeometry();
  }

  /**
   * Loads the projected shapes (a chunk of the kit's own). If they cannot be fetched the map
   * says so, fires `lacnic-error`, offers Retry and shows its figures as the table meanwhile.
   */
  private loadGeometry(): void {
    loadLayout().then(
      (layout) => {
        this.layout = layout;
        this.geometryFailed = false;
      },
      () => {
        if (!this.isConnected) return;
        this.geometryFailed = true;
        this.dispatchEvent(new LacnicErrorEvent({ code: 'fetch-failed', message: mapMessages[this.locale.lang].geometryFailed, source: 'default' }));
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopMotionWatch?.();
    this.stop();
    this.statsAbort?.abort();
  }

  private loadDefaults(): Promise<EconomyFigures[]> {
    this.statsAbort?.abort();
    const stats = this.statsSrc?.trim();
    if (stats) {
      const abort = new AbortController();
      this.statsAbort = abort;
      return loadStats(stats, { timeout: this.fetchTimeout, signal: abort.signal, format: mapMessages[this.locale.lang].statsFormat }).then(
        figuresFromParticipation,
      );
    }
    const load = DEFAULT_FIGURES[this.datasetName === '2023' ? '2023' : '2017'];
    return load().then((m) => figuresFromParticipation(m.default));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('statsSrc') || changed.has('datasetName')) && this.hasUpdated) {
      const source = this.dataController.source;
      if (source === 'default' || source === 'stats-src' || source === 'src' || !this.data) this.dataController.load();
    }
  }

  /** True while figures or geometry are loading. */
  get loading(): boolean {
    return this.dataController.state === 'loading' || !this.layout;
  }

  // ---- figures ---------------------------------------------------------------------------

  /** The years of the current figures (empty for custom data without series). */
  get years(): number[] {
    return this.dataController.items.find((i) => i.years)?.years ?? [];
  }

  /** The year shown: `year` when the figures have it, else the latest. */
  get shownYear(): number | undefined {
    const years = this.years;
    if (!years.length) return undefined;
    return this.year !== undefined && years.includes(this.year) ? this.year : years[years.length - 1];
  }

  /** The metric shown: `metric` when the figures have it, else their first. */
  get shownMetric(): string {
    const first = this.dataController.items[0];
    // Own keys only: metric="toString" must not find Object.prototype's.
    if (!first || Object.hasOwn(first.values, this.metric)) return this.metric;
    return Object.keys(first.values)[0] ?? this.metric;
  }

  private cache?: { key: string; rows: EconomyRow[] };

  /** One row per economy (all 31), for the current metric and year. */
  get rows(): EconomyRow[] {
    const items = this.dataController.items;
    const metric = this.shownMetric;
    const year = this.shownYear;
    const key = `${metric}|${year}|${this.scale}|${this.thresholds}|${this.locale.tag}`;
    if (this.cache && this.cache.key === key && this.cacheItems === items) return this.cache.rows;
    const byCode = new Map(items.map((i) => [i.code, i]));
    const values = new Map<string, number>();
    for (const item of items) {
      let v: number | undefined = item.values[metric];
      if (year !== undefined && item.series?.[metric] && item.years) v = item.series[metric][item.years.indexOf(year)];
      if (v !== undefined && Number.isFinite(v)) values.set(item.code, v);
    }
    const total = [...values.values()].reduce((s, v) => s + v, 0);
    const sorted = [...values.entries()].sort((a, b) => b[1] - a[1]);
    const rank = new Map<string, number>();
    sorted.forEach(([code, v], i) => rank.set(code, i > 0 && sorted[i - 1][1] === v ? rank.get(sorted[i - 1][0])! : i + 1));
    const thresholds = (this.thresholds ?? '').split(',').map(Number).filter((n) => Number.isFinite(n) && n > 0);
    const classing = classify([...values.values()], this.scale, thresholds);
    this.classing = classing;
    const rows = LACNIC_ECONOMIES.map((code) => {
      const v = values.get(code);
      return {
        code,
        name: byCode.get(code)?.label ?? regionName(code, this.locale),
        value: v ?? null,
        share: v !== undefined && total > 0 ? v / total : null,
        rank: rank.get(code) ?? null,
        cls: v !== undefined ? classing.classOf(v) : null,
      };
    });
    this.cache = { key, rows };
    this.withData = values.size;
    this.cacheItems = items;
    return rows;
  }

  private cacheItems?: EconomyFigures[];
  private withData = 0;
  private classing = classify([], 'quantile');

  private metricLabel(): string {
    const m = mapMessages[this.locale.lang];
    const metric = this.shownMetric;
    if (Object.hasOwn(m.metrics, metric)) return m.metrics[metric];
    return metric === 'value' ? m.value : cleanText(metric);
  }

  private num(v: number): string {
    return formatNumber(v, this.locale.tag);
  }

  private pct(v: number): string {
    return formatNumber(v, this.locale.tag, { style: 'percent', maximumFractionDigits: v < 0.01 ? 2 : 1 });
  }

  private rankText(row: EconomyRow, count: number): string {
    const m = mapMessages[this.locale.lang];
    const plural = ordinalRules(this.locale.tag).select(row.rank ?? 0);
    return fmt(m.rank, { rank: m.ordinal(this.num(row.rank ?? 0), plural), count: this.num(count) });
  }

  /** "Brazil: 5,017 organisations holding resources, 62.1% of the region, 1st of 29". */
  describe(code: string): string {
    const m = mapMessages[this.locale.lang];
    const rows = this.rows;
    const row = rows.find((r) => r.code === code);
    if (!row) return code;
    if (row.value === null) return fmt(m.named, { name: row.name, value: m.noData });
    const count = this.withData;
    return [
      fmt(m.named, { name: row.name, value: `${this.num(row.value)} ${this.metricLabel()}` }),
      row.share !== null ? fmt(m.share, { share: this.pct(row.share) }) : '',
      this.rankText(row, count),
    ]
      .filter(Boolean)
      .join(', ');
  }

  /** The written summary, in the reader's language, from the same figures as the map. */
  get summary(): string {
    const m = mapMessages[this.locale.lang];
    const rows = this.rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!);
    const none = this.rows.filter((r) => r.value === null);
    if (!rows.length) return '';
    const top = rows[0];
    const last = rows[rows.length - 1];
    const topShare = rows.slice(0, 3).reduce((s, r) => s + (r.share ?? 0), 0);
    const year = this.shownYear;
    const parts = [
      fmt(m.summaryLead, {
        largest: top.name,
        metric: this.metricLabel(),
        year: year === undefined ? '' : String(year),
        largestValue: this.num(top.value!),
        largestShare: this.pct(top.share ?? 0),
      }).replace(/ (en|in|em) :/, ':'),
    ];
    if (rows.length > 3) parts.push(fmt(m.summaryTop, { topShare: this.pct(topShare), smallest: last.name, smallestValue: this.num(last.value!) }));
    parts.push(fmt(m.summaryData, { count: this.num(rows.length), total: this.num(LACNIC_ECONOMIES.length) }));
    if (none.length) {
      const list = new Intl.ListFormat(this.locale.tag, { type: 'conjunction' }).format(none.map((r) => r.name));
      parts.push(fmt(m.summaryNoData, { names: list }));
    }
    return parts.join(' ');
  }

  /** The current figures as CSV: code, name, value, share, rank. */
  toCSV(): string {
    // No cell may start like a formula under any separator a spreadsheet may split at (core).
    const esc = csvCell;
    const lines = ['code,name,' + esc(this.shownMetric) + ',share,rank'];
    for (const r of this.rows) {
      lines.push([r.code, esc(r.name), r.value ?? '', r.share === null ? '' : r.share.toFixed(6), r.rank ?? ''].join(','));
    }
    return lines.join('\n') + '\n';
  }

  // ---- selection & keyboard --------------------------------------------------------------

  private userSelect(code: string | null): void {
    const prev = this.selected ?? null;
    if (code === prev) return;
    this.selected = code;
    const m = mapMessages[this.locale.lang];
    this.announcement = code ? fmt(m.selected, { name: this.describe(code) }) : m.cleared;
    const value = code ? (this.rows.find((r) => r.code === code)?.value ?? null) : null;
    emit<RegionSelectDetail>(this, 'lacnic-region-select', { code, value });
  }

  private focusEconomy(code: string): void {
    this.active = code;
    this.tooltipFor = code;
    this.announcement = this.describe(code);
    this.updateComplete.then(() => {
      (this.renderRoot.querySelector(`.economy[data-code="${code}"]`) as SVGGElement | null)?.focus();
    });
  }

  private currentCode(): string {
    const rows = this.rows;
    return this.active ?? this.selected ?? [...rows].filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!)[0]?.code ?? 'BR';
  }

  private onKeyDown(e: KeyboardEvent): void {
    const layout = this.layout;
    if (!layout) return;
    const code = this.currentCode();
    const from = layout.byCode.get(code);
    const dir = KEY_DIRECTIONS[e.key];
    if (dir && from) {
      e.preventDefault();
      const next = nearestInDirection(from, layout.economies, dir);
      if (next) this.focusEconomy(next.code);
      return;
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const ranked = this.rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value! || a.code.localeCompare(b.code));
      const target = e.key === 'Home' ? ranked[0] : ranked[ranked.length - 1];
      if (target) this.focusEconomy(target.code);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.userSelect(code);
      return;
    }
    if (e.key === 'Escape') {
      if (this.selected) e.preventDefault();
      this.tooltipFor = undefined;
      this.userSelect(null);
    }
  }

  private codeOf(e: Event): string | undefined {
    const target = (e.target as Element).closest('[data-code]');
    return target?.getAttribute('data-code') ?? undefined;
  }

  private onPointerOver(e: PointerEvent): void {
    const code = this.codeOf(e);
    if (code) {
      this.hovered = code;
      this.tooltipFor = code;
    }
  }

  private onPointerLeave(): void {
    this.hovered = undefined;
    this.tooltipFor = this.active;
  }

  private onClick(e: MouseEvent): void {
    const code = this.codeOf(e);
    if (!code) return;
    this.active = code;
    this.userSelect(this.selected === code ? null : code);
  }

  private onFocusIn(e: FocusEvent): void {
    const code = this.codeOf(e);
    if (code && code !== this.active) {
      this.active = code;
      this.announcement = this.describe(code);
    }
    if (code) this.tooltipFor = code;
  }

  private onFocusOut(e: FocusEvent): void {
    const next = e.relatedTarget as Node | null;
    if (next && (e.currentTarget as Element).contains(next)) return;
    if (!this.hovered) this.tooltipFor = undefined;
  }

  // ---- year slider -----------------------------------------------------------------------

  private sliderYears(): number[] {
    const years = this.years;
    const from = years.includes(FIRST_YEAR) ? years.indexOf(FIRST_YEAR) : 0;
    return years.slice(from);
  }

  private onYearInput(e: Event): void {
    const years = this.sliderYears();
    this.year = years[Number((e.target as HTMLInputElement).value)];
  }

  /** Starts replaying the years (from the first when at the last). */
  play(): void {
    const years = this.sliderYears();
    if (!years.length) return;
    if (this.shownYear === years[years.length - 1]) this.year = years[0];
    this.playing = true;
    clearInterval(this.playTimer);
    this.playTimer = setInterval(() => {
      const at = years.indexOf(this.shownYear ?? years[0]);
      if (at >= years.length - 1) {
        this.stop();
        return;
      }
      this.year = years[at + 1];
    }, prefersReducedMotion() ? PLAY_STEP_MS * 2 : PLAY_STEP_MS);
  }

  stop(): void {
    clearInterval(this.playTimer);
    this.playTimer = undefined;
    this.playing = false;
  }

  // ---- downloads -------------------------------------------------------------------------

  private fileBase(): string {
    return `lacnic-region-${this.shownMetric}${this.shownYear ? `-${this.shownYear}` : ''}`;
  }

  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Downloads the current figures as CSV. */
  downloadCSV(): void {
    this.download(new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' }), `${this.fileBase()}.csv`);
  }

  /** The map as a standalone SVG document (colours resolved, so it reads outside the page). */
  toSVG(): string {
    const source = this.renderRoot.querySelector('svg.map');
    if (!source) return '';
    const clone = source.cloneNode(true) as SVGSVGElement;
    const live = source.querySelectorAll('*');
    clone.removeAttribute('class');
    clone.querySelectorAll('*').forEach((node, i) => {
      const cs = getComputedStyle(live[i]);
      if (live[i].classList.contains('ring')) node.remove();
      else if (node instanceof SVGElement) {
        node.setAttribute('fill', cs.fill);
        node.setAttribute('stroke', cs.stroke);
        node.setAttribute('stroke-width', cs.strokeWidth);
        if (cs.strokeDasharray !== 'none') node.setAttribute('stroke-dasharray', cs.strokeDasharray);
        node.removeAttribute('class');
        node.removeAttribute('tabindex');
      }
    });
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('width', String(WIDTH));
    clone.setAttribute('height', String(HEIGHT));
    return new XMLSerializer().serializeToString(clone);
  }

  saveSVG(): void {
    this.download(new Blob([this.toSVG()], { type: 'image/svg+xml' }), `${this.fileBase()}.svg`);
  }

  /** Draws the SVG on a canvas (2× for sharpness) and downloads a PNG. */
  async savePNG(): Promise<void> {
    const url = URL.createObjectURL(new Blob([this.toSVG()], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH * 2;
      canvas.height = HEIGHT * 2;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.fillStyle = getComputedStyle(this).getPropertyValue('--_bg') || '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
      if (blob) this.download(blob, `${this.fileBase()}.png`);
    } catch (error) {
      console.warn('[lacnic-widgets] could not save the image', error);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // ---- rendering -------------------------------------------------------------------------

  private fillClass(row: EconomyRow | undefined): string {
    return row?.cls === null || row?.cls === undefined ? 'nd' : `c${row.cls + (5 - this.classing.count)}`;
  }

  protected override render(): TemplateResult {
    const ctl = this.dataController as DataController<unknown>;
    const hasItems = this.dataController.items.length > 0;
    const showMap = hasItems && !!this.layout && (ctl.state === 'ready' || ctl.state === 'error');
    const m = mapMessages[this.locale.lang];
    if (this.geometryFailed && !this.layout) return this.renderWithoutShapes(hasItems && ctl.state !== 'loading');
    return html`<div class="base" part="base" .style=${`--_ratio:${WIDTH} / ${HEIGHT}`}>
      ${ctl.state === 'error' && hasItems ? html`<div class="banner">${this.renderStatus(ctl)}</div>` : nothing}
      ${this.renderNotice(ctl)}
      ${showMap && this.yearSlider ? this.renderSlider() : nothing}
      ${showMap && this.view === 'table'
        ? this.renderTable()
        : html`<div class="frame" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
            ${showMap ? this.renderMap() : this.renderStatus(ctl)}
            ${showMap ? this.renderTooltip() : nothing}
          </div>`}
      ${showMap ? this.renderLegend() : nothing}
      ${showMap ? html`<p class="summary" part="summary">${this.summary}</p>` : nothing}
      ${showMap
        ? html`<div class="controls" part="controls">
            <button class="button" type="button" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => (this.view = this.view === 'table' ? 'map' : 'table')}>
              ${m.showTable}
            </button>
            <button class="button" type="button" @click=${() => this.downloadCSV()}>${m.downloadCsv}</button>
            <button class="button" type="button" ?disabled=${this.view === 'table'} @click=${() => this.saveSVG()}>${m.saveSvg}</button>
            <button class="button" type="button" ?disabled=${this.view === 'table'} @click=${() => this.savePNG()}>${m.savePng}</button>
          </div>`
        : nothing}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** The shapes could not load: say so, offer Retry, and give the figures as the table. */
  private renderWithoutShapes(withTable: boolean): TemplateResult {
    return html`<div class="base" part="base">
      ${this.renderError(mapMessages[this.locale.lang].geometryFailed, () => this.loadGeometry())}
      ${withTable ? this.renderTable() : nothing}
      ${withTable ? html`<p class="summary" part="summary">${this.summary}</p>` : nothing}
    </div>`;
  }

  private renderMap(): TemplateResult {
    const layout = this.layout!;
    const m = mapMessages[this.locale.lang];
    const rows = new Map(this.rows.map((r) => [r.code, r]));
    const current = this.currentCode();
    const label = this.label ?? fmt(m.mapLabel, { metric: this.metricLabel(), year: String(this.shownYear ?? '') }).replace(/, $/, '');
    const ring = (code: string | undefined | null, cls: string) => {
      const e = code ? layout.byCode.get(code) : undefined;
      if (!e) return nothing;
      return e.marker
        ? svg`<circle class="ring ${cls}" cx=${e.marker[0]} cy=${e.marker[1]} r=${MARKER_R + 3}></circle>`
        : svg`<path class="ring ${cls}" d=${e.d}></path>`;
    };
    const { inset } = layout;
    return html`<svg
      class="map"
      part="map"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="group"
      aria-label=${label}
      aria-describedby="keys"
      @keydown=${this.onKeyDown}
      @pointerover=${this.onPointerOver}
      @pointerleave=${this.onPointerLeave}
      @click=${this.onClick}
    >
      <defs>
        <pattern id="lacnic-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="6" height="6"></rect>
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g class="context" aria-hidden="true"><path d=${layout.context}></path></g>
      <g class="inset" part="inset" aria-hidden="true">
        <path class="inset-outline" d=${inset.outline}></path>
        <rect class="inset-frame" x=${inset.x} y=${inset.y} width=${inset.w} height=${inset.h}></rect>
        <g class="context"><path d=${inset.context}></path></g>
        <g class="inset-economies">
          ${layout.economies.map((e) => (e.insetD ? svg`<path data-code=${e.code} class=${this.fillClass(rows.get(e.code))} d=${e.insetD}></path>` : nothing))}
        </g>
        <text class="inset-label" x=${inset.x + inset.w - 6} y=${inset.y + 14} text-anchor="end">${m.inset}</text>
      </g>
      ${layout.economies.map((e) => {
        const row = rows.get(e.code);
        const fill = this.fillClass(row);
        return svg`<g
          class="economy"
          part="economy"
          data-code=${e.code}
          data-small=${e.small ? 'true' : 'false'}
          role="button"
          tabindex=${e.code === current ? '0' : '-1'}
          aria-pressed=${this.selected === e.code ? 'true' : 'false'}
          aria-label=${this.describe(e.code)}
        >
          <path class=${fill} d=${e.d}></path>
          ${e.marker
            ? svg`<circle class="hit" cx=${e.marker[0]} cy=${e.marker[1]} r=${HIT_R}></circle>
                <circle class="marker ${fill}" part="marker" cx=${e.marker[0]} cy=${e.marker[1]} r=${MARKER_R}></circle>`
            : nothing}
        </g>`;
      })}
      ${ring(this.selected, 'selected')} ${ring(this.tooltipFor ?? this.active, 'active')}
    </svg>
    <p id="keys" class="visually-hidden">${m.keys}</p>`;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const code = this.tooltipFor;
    const e = code ? this.layout?.byCode.get(code) : undefined;
    if (!code || !e) return nothing;
    const m = mapMessages[this.locale.lang];
    const rows = this.rows;
    const row = rows.find((r) => r.code === code)!;
    const count = rows.filter((r) => r.value !== null).length;
    const below = e.anchor[1] < HEIGHT * 0.18;
    const left = Math.min(85, Math.max(15, (e.anchor[0] / WIDTH) * 100));
    return html`<div
      class="tooltip ${below ? 'below' : ''}"
      part="tooltip"
      aria-hidden="true"
      .style=${`left:${left}%;top:${(e.anchor[1] / HEIGHT) * 100}%`}
    >
      <strong>${row.name}</strong>
      ${row.value === null
        ? html`<span class="tt-value">${m.noData}</span>`
        : html`<span class="tt-value">${this.num(row.value)} ${this.metricLabel()}</span><br />
            <span class="tt-share">${fmt(m.share, { share: this.pct(row.share ?? 0) })}</span><br />
            <span class="tt-rank">${this.rankText(row, count)}</span>`}
    </div>`;
  }

  private renderLegend(): TemplateResult {
    const m = mapMessages[this.locale.lang];
    const rows = this.rows;
    const { count, breaks } = this.classing;
    // A site's own thresholds are the bands readers should see, empty ones included; otherwise
    // each class is labelled with the range of values it holds.
    const own = this.scale === 'threshold' && breaks.length > 0;
    const classes = Array.from({ length: count }, (_, i) => {
      const members = rows.filter((r) => r.cls === i);
      const values = members.map((r) => r.value!);
      const [min, max] = [Math.min(...values), Math.max(...values)];
      const label = own
        ? fmt(i === 0 ? m.below : i === count - 1 ? m.atLeast : m.between, { a: this.num(breaks[i - 1] ?? 0), b: this.num(breaks[i] ?? 0) })
        : min === max ? this.num(min) : `${this.num(min)}–${this.num(max)}`;
      return { i, members, label };
    }).filter((c) => own || c.members.length);
    const nd = rows.filter((r) => r.value === null).length;
    return html`<ul class="legend" part="legend" aria-label=${`${m.legend}: ${this.metricLabel()}`}>
      ${classes.map(
        (c) => html`<li data-count=${c.members.length}>
          <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class=${`c${c.i + (5 - count)}`} width="10" height="10"></rect></svg>
          <span>${c.label} (${this.num(c.members.length)})</span>
        </li>`,
      )}
      ${nd
        ? html`<li data-count=${nd} class="nodata">
            <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
              <defs><pattern id="lacnic-legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect class="hatch-bg" width="4" height="4"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="4"></line>
              </pattern></defs>
              <rect width="10" height="10" fill="url(#lacnic-legend-hatch)"></rect>
            </svg>
            <span>${m.noData} (${this.num(nd)})</span>
          </li>`
        : nothing}
    </ul>`;
  }

  private sortBy(key: 'name' | 'value'): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDir = key === 'name' ? 'ascending' : 'descending';
    }
  }

  private renderTable(): TemplateResult {
    const m = mapMessages[this.locale.lang];
    const rows = [...this.rows];
    const dir = this.sortDir === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.locale.tag);
    rows.sort((a, b) => {
      if (this.sortKey === 'name') return dir * collator.compare(a.name, b.name);
      if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? collator.compare(a.name, b.name) : 1) : -1;
      return dir * (a.value - b.value) || collator.compare(a.name, b.name);
    });
    const count = rows.filter((r) => r.value !== null).length;
    const sortAttr = (key: 'name' | 'value') => (this.sortKey === key ? this.sortDir : 'none');
    const metric = this.metricLabel();
    // The table scrolls sideways in its own box when the page is narrow (320px), never the page;
    // focusable so a keyboard can scroll it.
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-caption"><table part="table">
      <caption id="table-caption">${fmt(m.tableCaption, { metric: metric[0].toUpperCase() + metric.slice(1), year: String(this.shownYear ?? '') }).replace(/, $/, '')}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort=${sortAttr('name')}><button type="button" @click=${() => this.sortBy('name')}>${m.economy}</button></th>
          <th scope="col" class="num" aria-sort=${sortAttr('value')}><button type="button" @click=${() => this.sortBy('value')}>${metric}</button></th>
          <th scope="col" class="num">${m.shareColumn}</th>
          <th scope="col" class="num">${m.rankColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-code=${r.code}>
            <th scope="row">${r.name}</th>
            <td class="num">${r.value === null ? m.noData : this.num(r.value)}</td>
            <td class="num">${r.share === null ? '' : this.pct(r.share)}</td>
            <td class="num">${r.rank === null ? '' : this.rankText(r, count)}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private renderSlider(): TemplateResult | typeof nothing {
    const years = this.sliderYears();
    if (years.length < 2) return nothing;
    const m = mapMessages[this.locale.lang];
    const year = this.shownYear ?? years[years.length - 1];
    return html`<div class="slider" part="slider">
      <label for="year">${m.year}</label>
      <input
        id="year"
        type="range"
        min="0"
        max=${years.length - 1}
        step="1"
        .value=${String(Math.max(0, years.indexOf(year)))}
        aria-valuetext=${String(year)}
        @input=${this.onYearInput}
      />
      <output for="year">${year}</output>
      <button class="button" type="button" aria-pressed=${this.playing ? 'true' : 'false'} @click=${() => (this.playing ? this.stop() : this.play())}>
        ${this.playing ? m.pause : m.play}
      </button>
    </div>`;
  }
}
