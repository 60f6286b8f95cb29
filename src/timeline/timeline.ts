import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { classNames } from '../core/class-names.js';
import { repeat } from 'lit/directives/repeat.js';
import { timeScale, type TimeScale } from './time-scale.js';
import { DataController } from '../core/data.js';
import { isCsv } from '../core/validate.js';
import { LacnicElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { RegionLinkController } from '../core/link.js';
import { fmt } from '../core/i18n.js';
import type { Lang } from '../core/i18n.js';
import { formatDate, formatNumber, regionName } from '../core/intl.js';
import { prefersReducedMotion } from '../core/motion.js';
import { themeStyles } from '../core/theme.js';
import { formatMilestoneDate } from './format.js';
import { firstReaching, placeInLanes, stagger } from './layout.js';
import type { Placement } from './layout.js';
import { timelineMessages } from './messages.js';
import { loadedMilestones, loadMilestones } from './default-milestones.js';
import { timelineStyles } from './timeline.styles.js';
import { CATEGORIES } from './types.js';
import type { MilestoneCategory, MilestoneItem } from './types.js';
import { milestonesFromCsv, milestonesFromMarkup, pick, validateMilestones } from './validate.js';

export type TimelineView = 'auto' | 'list' | 'axis';

export interface MilestoneSelectDetail {
  id: string;
  milestone: MilestoneItem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lacnic-milestone-select': CustomEvent<MilestoneSelectDetail>;
  }
}

/** The id in the URL's hash; empty when it is not valid percent-encoding (e.g. "#%E0%A4%A"). */
function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Below this width (of the element itself) `auto` shows the list and the axis runs vertically. */
const BREAKPOINT = 640;
/** Lists longer than this are windowed: only rows near the viewport are in the DOM. */
const WINDOW_AFTER = 150;
/** The print list is always rendered up to this many items; beyond it only while printing. */
const PRINT_ALWAYS = 300;
const ROW_H = 48;
const YEAR_H = 40;
const OVERSCAN = 8;
const LABEL_MAX = 184;
const LABEL_H = 52;
const LANE_H = 60;
const AXIS_TOP = 40;
const V_OFFSET = 76;
const MAX_LANES = 8;

type Row = { kind: 'year'; year: number; top: number } | { kind: 'item'; index: number; top: number };

interface AxisLayout {
  vertical: boolean;
  length: number;
  cross: number;
  placements: Placement[];
  ticks: { pos: number; label: string }[];
}

/**
 * LACNIC's milestones from 1999 to its 15th anniversary (2017) as an accessible timeline: a
 * chronological list grouped by year, or a real time axis. Works with no configuration; a site
 * may pass its own milestones.
 *
 * Data, in order of precedence: the `data` property; an inline `<script type="application/json">`
 * child; `src` (JSON, or CSV when served as `text/csv` or named `*.csv`); a light-DOM `<ol>` of
 * `<li><time datetime="2002-10-31">…</time> <strong>Title</strong> text <a href="…">source</a></li>`
 * (readable before any script runs); the built-in milestones.
 *
 * Each milestone: `id`, `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision
 * and no more is ever printed), optional `end`, `title` and `text` (a string or `{ es, pt, en }`),
 * `category` (founding, community, forums, governance, addressing, casa, other), `countries`
 * (ISO codes), `source` (link), `image` + `imageAlt`, `optional`.
 * CSV columns: `id,date,title,text,category,countries,source[,end]` (also `title_es`, `title_pt`,
 * `title_en`, `text_es`, `text_pt`, `text_en`; `countries` separated by spaces or `;`).
 *
 * @summary Anniversary timeline: list or time axis, keyboard navigable, with filters and details.
 * @tagname lacnic-timeline
 *
 * @slot - Optional progressive-enhancement content: an `<ol>` of milestones (see above), or a
 *   `<script type="application/json">` array. Not rendered once the element upgrades.
 *
 * @fires lacnic-milestone-select - A reader selected a milestone (click, tap, Enter or Space).
 *   Never fired for a programmatic `selected`. Detail: `{ id, milestone }`.
 * @fires lacnic-error - Data could not be loaded or some items were invalid.
 *   Detail: `{ code, message, source, problems? }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart filters - The group of category filter buttons.
 * @csspart chip - One category filter button.
 * @csspart list - The list view's scroll box.
 * @csspart year - A year heading in the list view.
 * @csspart axis - The axis view's scroll box.
 * @csspart tick - A tick label on the axis.
 * @csspart item - One milestone's button (list row or axis label).
 * @csspart detail - The detail panel of the selected milestone.
 * @csspart close - The detail panel's close button.
 * @csspart source - The source link in the detail panel.
 * @csspart image - The optional image in the detail panel.
 * @csspart status - The loading, empty or error box.
 * @csspart retry - The Retry button shown for network errors.
 * @csspart notice - The note shown when some items were skipped.
 *
 * @cssprop --lacnic-timeline-height - Height of the list and vertical axis scroll boxes for long sets (default 32rem).
 * @cssprop --lacnic-timeline-marker - Colour of the axis markers (default `--lacnic-color-accent`).
 * @cssprop --lacnic-timeline-highlight - Background of milestones matching `highlight-country` (default `--lacnic-color-accent-soft`).
 * @cssprop --lacnic-timeline-line - Colour of the axis line and ticks (default `--lacnic-color-border`).
 * @cssprop --lacnic-color-text - Global text colour.
 * @cssprop --lacnic-color-accent - Global accent colour (links, focus, selection).
 * @cssprop --lacnic-font - Global font family (default: inherited from the page).
 */
export class LacnicTimeline extends LacnicElement {
  static override styles = [themeStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    view: { reflect: true },
    selected: { reflect: true },
    categories: {},
    highlightCountry: { attribute: 'highlight-country' },
    for: { attribute: 'for' },
    linkedCountry: { state: true },
    from: { type: Number },
    to: { type: Number },
    linkHash: { type: Boolean, attribute: 'link-hash' },
    target: {},
    label: {},
    width: { state: true },
    scrollPos: { state: true },
    viewportSize: { state: true },
    active: { state: true },
    printing: { state: true },
  };

  /** Milestones as objects (see the class description). Highest precedence. */
  data?: unknown[];

  /** URL of a JSON array or a CSV file of milestones. */
  src?: string;

  /** `list`, `axis`, or `auto` (list when the element is narrower than 640px, axis otherwise). */
  view: TimelineView = 'auto';

  /** Id of the selected milestone; its details are shown. Setting it fires no event. */
  selected?: string;

  /** Comma-separated categories shown (e.g. `founding,forums`); empty shows all. */
  categories?: string;

  /** ISO country code (e.g. `BR`): milestones tagged with it are emphasised; others stay. */
  highlightCountry?: string;

  /**
   * The id of a `<lacnic-region-map>` to follow: choosing an economy on it highlights the
   * milestones tagged with that country; clearing the selection restores `highlight-country`.
   */
  for?: string;

  /** The country chosen on the linked map, if any. */
  private linkedCountry: string | null = null;

  /** First year shown. */
  from?: number;

  /**
   * Last year shown. Unset, every milestone shows except those marked `optional` (the built-in
   * post-anniversary one, 2020), which appear only once `to` reaches their year.
   */
  to?: number;

  /** Write the selection to the URL as `#id` (replaceState) and restore it from there on load. */
  linkHash = false;

  /** Link target for source links, e.g. `_blank`; links always carry `rel="noopener noreferrer"`. */
  target?: string;

  /** Accessible name of the timeline; defaults to a description in the reader's language. */
  label?: string;

  constructor() {
    super();
    new RegionLinkController(this, (code) => {
      this.linkedCountry = code;
    });
  }

  private width = 0;
  private scrollPos = 0;
  private viewportSize = 0;
  private active = 0;
  private printing = false;

  private readonly dataController = new DataController<MilestoneItem>(this, {
    validate: validateMilestones,
    defaults: () => this.defaultMilestones(),
    fromMarkup: milestonesFromMarkup,
    parseText: (text, type, url) => (isCsv(type, url) ? milestonesFromCsv(text) : JSON.parse(text)),
    formatName: (type, url) => (isCsv(type, url) ? 'CSV' : 'JSON'),
  });

  /** The language of the built-in milestones last asked for (they hold that language only). */
  private defaultsLang?: Lang;

  private resizeObserver?: ResizeObserver;
  private scrollerObserver?: ResizeObserver;
  private observedScroller?: HTMLElement;
  private seenItems?: MilestoneItem[];
  private inRange: MilestoneItem[] = [];
  private shown: MilestoneItem[] = [];
  private rows: Row[] = [];
  private rowOf: number[] = [];
  private total = 0;
  private axis?: AxisLayout;
  private axisKey = '';
  private pendingHash?: string;
  private scrollKind = '';
  private pendingFocus: 'item' | 'detail' | undefined;
  private pendingScroll = false;
  private scrollFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.linkHash && location.hash.length > 1) this.pendingHash = hashId();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1].contentRect.width);
      // Applied next frame: re-rendering inside the observer's callback would resize the host
      // again in the same frame (a "ResizeObserver loop").
      if (w !== this.width) requestAnimationFrame(() => (this.width = w));
    });
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.scrollerObserver?.disconnect();
    this.observedScroller = undefined;
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('hashchange', this.onHashChange);
    cancelAnimationFrame(this.scrollFrame);
  }

  private readonly onBeforePrint = () => {
    this.printing = true;
  };

  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  private readonly onHashChange = () => {
    if (!this.linkHash) return;
    const id = hashId();
    if (id && this.shown.some((m) => m.id === id)) this.selected = id;
  };

  /**
   * The built-in milestones in the reader's language: at once when that language is loaded,
   * otherwise once its texts arrive. A failed load is a retryable network failure (Retry).
   */
  private defaultMilestones(): MilestoneItem[] | Promise<MilestoneItem[]> {
    const lang = (this.defaultsLang = this.locale.lang);
    const ready = loadedMilestones(lang);
    if (ready) return validateMilestones(ready).items;
    // A failed load rejects with a retryable network failure: the error state with Retry.
    return loadMilestones(lang).then((raw) => validateMilestones(raw).items);
  }

  /**
   * The language changed while the built-in milestones show: load the new language's texts,
   * then swap them in at once (the old words stay until then, so there is no loading flash and
   * the selection and focus stay). A failed load is reported by the reload, as an error.
   */
  private followLanguage(): void {
    const lang = this.locale.lang;
    const ctl = this.dataController;
    if (!this.defaultsLang || this.defaultsLang === lang || ctl.source !== 'default') return;
    this.defaultsLang = lang;
    if (ctl.state === 'loading' || loadedMilestones(lang)) {
      ctl.load();
      return;
    }
    const reload = () => {
      if (this.isConnected && ctl.source === 'default' && this.defaultsLang === lang && this.locale.lang === lang) ctl.load();
    };
    loadMilestones(lang).then(reload, reload);
  }

  /** The milestones currently shown (after `from`/`to` and the category filter), in time order. */
  get milestones(): readonly MilestoneItem[] {
    return this.shown;
  }

  /** The view actually drawn: `list` or `axis`. */
  get resolvedView(): 'list' | 'axis' {
    if (this.view === 'list' || this.view === 'axis') return this.view;
    return this.currentWidth() < BREAKPOINT ? 'list' : 'axis';
  }

  private currentWidth(): number {
    return this.width;
  }

  private activeCategories(): Set<string> {
    return new Set((this.categories ?? '').split(/[\s,]+/).filter(Boolean).map((c) => c.toLowerCase()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.followLanguage();
    // Decided by the element's own width (a ResizeObserver keeps it current), not the viewport.
    if (!this.width && this.isConnected) this.width = Math.round(this.getBoundingClientRect().width);
    const items = this.dataController.items;
    const dataChanged = items !== this.seenItems;
    if (dataChanged || changed.has('from') || changed.has('to') || changed.has('categories')) {
      this.seenItems = items;
      const from = Number.isFinite(this.from) ? (this.from as number) : -Infinity;
      const to = Number.isFinite(this.to) ? (this.to as number) : undefined;
      this.inRange = items.filter((m) => m.year >= from && (to === undefined ? !m.optional : m.year <= to));
      const cats = this.activeCategories();
      this.shown = cats.size ? this.inRange.filter((m) => cats.has(m.category)) : this.inRange;
      this.buildRows();
      this.axisKey = '';
      const at = this.selected ? this.shown.findIndex((m) => m.id === this.selected) : -1;
      this.active = at >= 0 ? at : Math.min(this.active, Math.max(0, this.shown.length - 1));
    }
    // A different scroll box (list, horizontal or vertical axis) starts at the active item.
    const kind = this.resolvedView === 'list' ? 'list' : this.width < BREAKPOINT ? 'v' : 'h';
    if (kind !== this.scrollKind) {
      if (this.scrollKind) this.pendingScroll = true;
      this.scrollKind = kind;
      this.scrollPos = 0;
      this.viewportSize = 0;
    }
    if (this.pendingHash && this.dataController.state === 'ready') {
      const id = this.pendingHash;
      this.pendingHash = undefined;
      if (this.shown.some((m) => m.id === id)) this.selected = id;
    }
    if (changed.has('selected') && this.selected) {
      const at = this.shown.findIndex((m) => m.id === this.selected);
      if (at >= 0) {
        this.active = at;
        this.pendingScroll = true;
      }
    }
  }

  private buildRows(): void {
    const rows: Row[] = [];
    const rowOf: number[] = new Array(this.shown.length);
    let top = 0;
    let year = NaN;
    this.shown.forEach((m, index) => {
      if (m.year !== year) {
        year = m.year;
        rows.push({ kind: 'year', year, top });
        top += YEAR_H;
      }
      rowOf[index] = rows.length;
      rows.push({ kind: 'item', index, top });
      top += ROW_H;
    });
    this.rows = rows;
    this.rowOf = rowOf;
    this.total = top;
  }

  private get windowed(): boolean {
    return this.shown.length > WINDOW_AFTER;
  }

  protected override updated(): void {
    // The scroll box's own size decides how many rows or labels are near the viewport; it is
    // read by an observer (never set during an update).
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller') ?? undefined;
    if (scroller !== this.observedScroller) {
      this.scrollerObserver ??= new ResizeObserver(() => {
        requestAnimationFrame(() => {
          const box = this.observedScroller;
          if (!box) return;
          const size = box.classList.contains('horizontal') ? box.clientWidth : box.clientHeight;
          if (size && size !== this.viewportSize) this.viewportSize = size;
        });
      });
      if (this.observedScroller) this.scrollerObserver.unobserve(this.observedScroller);
      this.observedScroller = scroller;
      if (scroller) this.scrollerObserver.observe(scroller);
    }
    if (this.pendingScroll) {
      this.pendingScroll = false;
      this.scrollToActive(true);
    }
    if (this.pendingFocus) {
      const which = this.pendingFocus;
      this.pendingFocus = undefined;
      if (which === 'detail') {
        const panel = this.renderRoot.querySelector<HTMLElement>('.detail');
        panel?.focus({ preventScroll: true });
        panel?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
      } else {
        this.itemButton(this.active)?.focus({ preventScroll: true });
        this.scrollToActive(false);
      }
    }
  }

  private itemButton(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  /** Brings the active item into view: smooth for a selection, instant for keys and under reduced motion. */
  private scrollToActive(smooth: boolean): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller) return;
    const behavior: ScrollBehavior = smooth && !prefersReducedMotion() ? 'smooth' : 'instant';
    let start: number;
    let size: number;
    const horizontal = scroller.classList.contains('horizontal');
    if (this.resolvedView === 'list') {
      const row = this.rows[this.rowOf[this.active]];
      if (!row) return;
      start = row.top;
      size = ROW_H;
      if (!this.windowed) {
        const el = this.itemButton(this.active);
        if (!el) return;
        start = el.offsetTop;
        size = el.offsetHeight;
      }
    } else {
      const p = this.axis?.placements[this.active];
      if (!p) return;
      start = Math.min(p.start, p.pos);
      size = p.start + p.size - start;
    }
    const view = horizontal ? scroller.clientWidth : scroller.clientHeight;
    const current = horizontal ? scroller.scrollLeft : scroller.scrollTop;
    let target = current;
    if (start < current) target = start - 8;
    else if (start + size > current + view) target = start + size - view + 8;
    if (target === current) return;
    // The scroll event then moves the rendered window.
    scroller.scrollTo({ [horizontal ? 'left' : 'top']: Math.max(0, target), behavior });
  }

  private onScroll(e: Event): void {
    const el = e.currentTarget as HTMLElement;
    const pos = el.classList.contains('horizontal') ? el.scrollLeft : el.scrollTop;
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollPos = pos;
    });
  }

  private select(index: number, user: boolean): void {
    const milestone = this.shown[index];
    if (!milestone) return;
    this.active = index;
    this.selected = milestone.id;
    if (user) {
      if (this.linkHash) history.replaceState(history.state, '', `#${encodeURIComponent(milestone.id)}`);
      this.pendingFocus = 'detail';
      emit<MilestoneSelectDetail>(this, 'lacnic-milestone-select', { id: milestone.id, milestone });
    }
  }

  private close(): void {
    this.selected = undefined;
    if (this.linkHash && location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    this.pendingFocus = 'item';
  }

  private move(to: number): void {
    const n = this.shown.length;
    if (!n) return;
    const next = Math.max(0, Math.min(n - 1, to));
    this.active = next;
    this.pendingFocus = 'item';
  }

  private onKeyDown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    const index = Number(target.dataset?.index);
    if (!Number.isInteger(index)) return;
    const year = this.shown[index]?.year;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        this.move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.move(index - 1);
        break;
      case 'Home':
        this.move(0);
        break;
      case 'End':
        this.move(this.shown.length - 1);
        break;
      case 'PageDown': {
        let i = index;
        while (i < this.shown.length && this.shown[i].year === year) i++;
        this.move(i);
        break;
      }
      case 'PageUp': {
        let i = index;
        while (i > 0 && this.shown[i - 1].year === year) i--;
        if (i > 0) {
          const prevYear = this.shown[i - 1].year;
          i--;
          while (i > 0 && this.shown[i - 1].year === prevYear) i--;
        }
        this.move(i);
        break;
      }
      case 'Escape':
        if (!this.selected) return;
        this.close();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private onDetailKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  }

  private toggleCategory(category: MilestoneCategory): void {
    const active = this.activeCategories();
    if (active.has(category)) active.delete(category);
    else active.add(category);
    this.categories = [...active].join(',');
  }

  private highlightCode(): string | undefined {
    const code = (this.linkedCountry ?? this.highlightCountry)?.trim().toUpperCase();
    return code && /^[A-Z]{2}$/.test(code) ? code : undefined;
  }

  private renderItem(index: number, style: string, compact: boolean): TemplateResult {
    const m = this.shown[index];
    const { lang, tag } = this.locale;
    const msg = timelineMessages[lang];
    const code = this.highlightCode();
    const highlighted = !!code && m.countries.includes(code);
    const title = pick(m.title, lang);
    return html`<button
      type="button"
      part="item"
      class=${classNames({ item: true, compact, highlighted, selected: m.id === this.selected })}
      .style=${style}
      data-index=${index}
      data-id=${m.id}
      data-category=${m.category}
      tabindex=${index === this.active ? '0' : '-1'}
      aria-current=${m.id === this.selected ? 'true' : 'false'}
      title=${compact ? title : nothing}
      @click=${() => this.select(index, true)}
    >
      <span class="date">${formatMilestoneDate(m, tag)}</span>
      <span class="title">${title}</span>${highlighted
        ? html`<span class="flag">${regionName(code as string, this.locale)}</span>`
        : nothing}<span class="visually-hidden">, ${fmt(msg.position, { n: formatNumber(index + 1, tag), total: formatNumber(this.shown.length, tag) })}</span>
    </button>`;
  }

  private renderList(label: string): TemplateResult {
    const windowed = this.windowed;
    let rows = this.rows;
    if (windowed) {
      const view = this.viewportSize || 600;
      const top = this.scrollPos - OVERSCAN * ROW_H;
      const bottom = this.scrollPos + view + OVERSCAN * ROW_H;
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid].top + ROW_H < top) lo = mid + 1;
        else hi = mid;
      }
      const slice: Row[] = [];
      for (let i = lo; i < rows.length && rows[i].top <= bottom; i++) slice.push(rows[i]);
      // The item with the tab stop (and the selection) always stay in the DOM.
      for (const idx of [this.active, this.shown.findIndex((m) => m.id === this.selected)]) {
        const row = this.rows[this.rowOf[idx]];
        if (row && !slice.includes(row)) slice.push(row);
      }
      rows = slice;
    }
    const place = (row: Row) => (windowed ? `position:absolute;inset-inline:0;top:${row.top}px;` : '');
    return html`<div
      class=${classNames({ scroller: true, list: true, windowed })}
      part="list"
      role="group"
      aria-label=${label}
      @scroll=${this.onScroll}
      @keydown=${this.onKeyDown}
    >
      <div class="track" .style=${windowed ? `height:${this.total}px` : ''}>
        ${repeat(
          rows,
          (row) => (row.kind === 'year' ? `y${row.year}` : row.index),
          (row) =>
          row.kind === 'year'
            ? html`<h3 class="year" part="year" .style=${place(row)}>${row.year}</h3>`
            : this.renderItem(row.index, place(row), false),
        )}
      </div>
    </div>`;
  }

  private layoutAxis(): AxisLayout {
    const vertical = this.currentWidth() < BREAKPOINT;
    const n = this.shown.length;
    const { lang, tag } = this.locale;
    const key = `${vertical}|${this.width}|${lang}|${tag}|${n}`;
    if (this.axis && this.axisKey === key) return this.axis;
    const width = Math.max(this.width, 280);
    let first = Infinity;
    let last = -Infinity;
    for (const m of this.shown) {
      if (m.time < first) first = m.time;
      if ((m.endTime ?? m.time) > last) last = m.endTime ?? m.time;
    }
    // The padding is in pixels (the range), so a dense axis never opens with empty screens.
    if (last <= first) last = first + 86_400_000;
    const domain = [first, last] as const;
    let length: number;
    let placements: Placement[];
    let cross: number;
    if (vertical) {
      length = Math.max(400, n * (LABEL_H + 4));
      const scale = timeScale(domain, [24, length - LABEL_H - 8]);
      const positions = this.shown.map((m) => scale(m.time));
      const s = stagger(positions, LABEL_H, 4);
      placements = s.placements;
      length = Math.max(length, s.length + 8);
      cross = width;
      this.axis = { vertical, length, cross, placements, ticks: this.ticks(scale, length / 70) };
    } else {
      length = Math.max(width - 2, n * 44);
      const scale = timeScale(domain, [24, length - 24]);
      // Lanes are filled in position order (list order puts year-only dates last in their year).
      const order = this.shown.map((_, i) => i).sort((a, b) => this.shown[a].time - this.shown[b].time);
      const positions = order.map((i) => scale(this.shown[i].time));
      const sizes = order.map((i) => {
        const chars = Math.max(pick(this.shown[i].title, lang).length, 14);
        return Math.min(LABEL_MAX, 20 + chars * 7);
      });
      const lanes = placeInLanes(positions, sizes, length, 6, MAX_LANES);
      placements = new Array(n);
      order.forEach((i, k) => (placements[i] = lanes.placements[k]));
      length = Math.max(length, ...lanes.placements.slice(-MAX_LANES).map((p) => p.start + p.size + 8));
      cross = AXIS_TOP + 16 + lanes.lanes * LANE_H;
      this.axis = { vertical, length, cross, placements, ticks: this.ticks(scale, length / 110) };
    }
    this.axisKey = key;
    return this.axis;
  }

  private ticks(scale: TimeScale, count: number): { pos: number; label: string }[] {
    const ticks = scale.ticks(Math.max(2, Math.min(400, Math.round(count))));
    const tag = this.locale.tag;
    const years = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
    const months = ticks.every((t) => t.getUTCDate() === 1);
    const options: Intl.DateTimeFormatOptions = years ? { year: 'numeric' } : months ? { year: 'numeric', month: 'short' } : { month: 'short', day: 'numeric' };
    return ticks.map((t) => ({ pos: scale(t), label: formatDate(t, tag, options) }));
  }

  private renderAxis(label: string): TemplateResult {
    const axis = this.layoutAxis();
    const { vertical, placements } = axis;
    const view = this.viewportSize || (vertical ? 600 : this.width || 1000);
    const lo = this.scrollPos - 300;
    const hi = this.scrollPos + view + 300;
    const visible: number[] = [];
    if (vertical) {
      for (let i = firstReaching(placements, lo); i < placements.length && placements[i].start <= hi; i++) visible.push(i);
    } else {
      for (let i = 0; i < placements.length; i++) {
        const p = placements[i];
        if ((p.start + p.size >= lo && p.start <= hi) || (p.pos >= lo && p.pos <= hi)) visible.push(i);
      }
    }
    const selectedIndex = this.shown.findIndex((m) => m.id === this.selected);
    for (const idx of [this.active, selectedIndex]) if (idx >= 0 && !visible.includes(idx)) visible.push(idx);
    const ticks = axis.ticks.filter((t) => t.pos >= lo && t.pos <= hi);
    const size = vertical ? `height:${axis.length}px` : `width:${axis.length}px;height:${axis.cross}px`;
    return html`<div
      class=${classNames({ scroller: true, axis: true, horizontal: !vertical, vertical })}
      part="axis"
      role="group"
      aria-label=${label}
      @scroll=${this.onScroll}
      @keydown=${this.onKeyDown}
    >
      <div class="track" .style=${size}>
        <div class="line" aria-hidden="true"></div>
        ${ticks.map(
          (t) =>
            html`<span class="tick" part="tick" aria-hidden="true" .style=${vertical ? `top:${t.pos}px` : `left:${t.pos}px`}>${t.label}</span>`,
        )}
        ${repeat(visible, (i) => i, (i) => {
          const p = placements[i];
          const stem = vertical
            ? `top:${p.pos}px;height:${Math.max(2, p.start - p.pos + 14)}px`
            : `left:${p.pos}px;top:${AXIS_TOP}px;height:${16 + p.lane * LANE_H}px`;
          const place = vertical
            ? `top:${p.start}px;left:${V_OFFSET}px;right:4px;height:${LABEL_H}px`
            : `left:${p.start}px;top:${AXIS_TOP + 16 + p.lane * LANE_H}px;width:${p.size}px;height:${LABEL_H}px`;
          return html`<span class="marker" aria-hidden="true" .style=${vertical ? `top:${p.pos}px` : `left:${p.pos}px`}></span
            ><span class="stem" aria-hidden="true" .style=${stem}></span>${this.renderItem(i, place, true)}`;
        })}
      </div>
    </div>`;
  }

  private renderFilters(): TemplateResult | typeof nothing {
    const counts = new Map<MilestoneCategory, number>();
    for (const m of this.inRange) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
    if (counts.size < 2) return nothing;
    const { lang, tag } = this.locale;
    const msg = timelineMessages[lang];
    const active = this.activeCategories();
    return html`<div class="filters" part="filters" role="group" aria-label=${msg.filters}>
      ${CATEGORIES.filter((c) => counts.has(c)).map(
        (c) => html`<button
          type="button"
          class="chip"
          part="chip"
          data-category=${c}
          aria-pressed=${active.has(c) ? 'true' : 'false'}
          @click=${() => this.toggleCategory(c)}
        >
          ${msg.categories[c]} <span class="count">${formatNumber(counts.get(c) as number, tag)}</span>
        </button>`,
      )}
    </div>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const m = this.selected ? this.shown.find((x) => x.id === this.selected) : undefined;
    if (!m) return nothing;
    const { lang, tag } = this.locale;
    const msg = timelineMessages[lang];
    const text = pick(m.text, lang);
    const newTab = this.target === '_blank';
    return html`<section
      class="detail"
      part="detail"
      tabindex="-1"
      aria-labelledby="detail-title"
      @keydown=${this.onDetailKeyDown}
    >
      <div class="detail-head">
        <h3 id="detail-title">${pick(m.title, lang)}</h3>
        <button type="button" class="button close" part="close" @click=${() => this.close()}>${msg.close}</button>
      </div>
      <p class="detail-date">${formatMilestoneDate(m, tag, true)} · ${msg.categories[m.category]}${m.countries.length
        ? ` · ${m.countries.map((c) => regionName(c, this.locale)).join(', ')}`
        : ''}</p>
      ${m.image
        ? html`<img part="image" class="image" src=${m.image} alt=${pick(m.imageAlt, lang)} loading="lazy" decoding="async" />`
        : nothing}
      ${text ? html`<p class="detail-text">${text}</p>` : nothing}
      ${m.source
        ? html`<p class="detail-source">
            <a part="source" href=${m.source} target=${this.target || nothing} rel="noopener noreferrer"
              >${msg.source}${newTab ? html`<span class="visually-hidden"> ${msg.newTab}</span>` : nothing}</a
            >
          </p>`
        : nothing}
    </section>`;
  }

  private renderPrint(): TemplateResult | typeof nothing {
    if (this.shown.length > PRINT_ALWAYS && !this.printing) return nothing;
    const { lang, tag } = this.locale;
    return html`<ol class="print" aria-hidden="true">
      ${this.shown.map(
        (m) => html`<li>
          <strong>${formatMilestoneDate(m, tag, true)} — ${pick(m.title, lang)}</strong>
          ${m.text ? html`<br />${pick(m.text, lang)}` : nothing}${m.source ? html`<br /><span class="url">${m.source}</span>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  protected override render(): TemplateResult {
    const ctl = this.dataController;
    const msg = timelineMessages[this.locale.lang];
    const status = this.renderStatus(ctl, msg.empty);
    if (status !== nothing) return html`<div part="base" class="base">${status}</div>`;
    const label = this.label || (ctl.source === 'default' ? msg.label : msg.labelCustom);
    const view = this.resolvedView;
    let body: TemplateResult;
    if (!this.shown.length) {
      body = html`<p class="status" part="status" data-state="empty" role="status">${this.inRange.length ? msg.noMatch : msg.empty}</p>`;
    } else {
      body = view === 'list' ? this.renderList(label) : this.renderAxis(`${label} — ${msg.axis}`);
    }
    return html`<div part="base" class=${classNames({ base: true, [view]: true })}>
      ${this.renderNotice(ctl)} ${this.renderFilters()} ${body} ${this.renderDetail()} ${this.renderPrint()}
    </div>`;
  }
}
