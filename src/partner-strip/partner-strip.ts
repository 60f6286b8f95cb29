import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { classNames } from '../core/class-names.js';
import { DataController } from '../core/data.js';
import { onDemand } from '../core/on-demand.js';
import { LacnicElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { RegionLinkController } from '../core/link.js';
import { onReducedMotionChange, prefersReducedMotion } from '../core/motion.js';
import { themeStyles } from '../core/theme.js';
import { stripMessages } from './messages.js';
import { CASA_DE_INTERNET_PARTNERS } from './partners.js';
import type { Partner } from './partners.js';
import { stripStyles } from './partner-strip.styles.js';
import type { PartnerItem } from './validate.js';
import type { Marquee } from './marquee.js';

export type PartnerStripLayout = 'grid' | 'marquee';

export interface PartnerClickDetail {
  partner: PartnerItem;
  index: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lacnic-partner-click': CustomEvent<PartnerClickDetail>;
  }
}

/** The marquee's class once its module is in (shared by every strip on the page). */
let MarqueeClass: typeof Marquee | undefined;

/** Checks a site's partners and reads its markup: loaded with the first of them. */
const validation = onDemand(() => import('./validate.js'));

/**
 * The built-in partners as the strip shows them: the kit's own data, already in the shape the
 * validator gives (test/partner-strip/partner-strip.test.ts holds them to exactly that), so a
 * strip on its defaults downloads no validator.
 * @internal
 */
export function builtInPartners(): PartnerItem[] {
  return CASA_DE_INTERNET_PARTNERS.map(({ name, fullName, url, category }) => ({ name, countries: [], fullName, category, ...(url ? { url } : {}) }));
}

/**
 * The organisations that share Casa de Internet with LACNIC, as a strip of logos or text marks
 * with links. Works with no configuration; a site may pass its own partners.
 *
 * @tagname lacnic-partner-strip
 * @summary Partner logo strip: a wrapping grid or a continuously scrolling marquee.
 *
 * @slot - Optional progressive-enhancement content: a `<ul>` of `<li><a href><img alt></a></li>`
 *   shown before the script runs and read as the data; or a `<script type="application/json">`.
 *
 * @fires lacnic-partner-click - A reader activated a partner's link. Detail: `{ partner, index }`.
 *   Cancelable: `preventDefault()` stops the navigation.
 * @fires lacnic-error - Data could not be loaded or some items were invalid.
 *   Detail: `{ code, message, source, problems? }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart controls - The row holding the pause/play button (marquee only).
 * @csspart pause-button - The marquee's pause/play button.
 * @csspart viewport - The clipping box the marquee scrolls in.
 * @csspart list - The list of partners.
 * @csspart item - One partner's list item.
 * @csspart link - A partner's link (or the plain box when it has no site).
 * @csspart logo - A partner's logo image or text mark.
 * @csspart mark - The text mark drawn when there is no logo.
 * @csspart status - The loading, empty or error box.
 * @csspart retry - The Retry button shown for network errors.
 * @csspart notice - The note shown when some items were skipped.
 *
 * @cssprop --lacnic-partner-strip-item-width - Width of each partner's cell (default 10.5rem).
 * @cssprop --lacnic-partner-strip-item-height - Height of each partner's cell (default 4.5rem).
 * @cssprop --lacnic-partner-strip-gap - Space between cells (default 0.75rem).
 * @cssprop --lacnic-partner-strip-mark-bg - Background of the text marks (default `--lacnic-color-surface`).
 * @cssprop --lacnic-partner-strip-mark-color - Text colour of the text marks (default `--lacnic-color-text`).
 * @cssprop --lacnic-color-text - Global text colour.
 * @cssprop --lacnic-color-accent - Global accent colour (links, focus, highlight).
 * @cssprop --lacnic-font - Global font family (default: inherited from the page).
 */
export class LacnicPartnerStrip extends LacnicElement {
  static override styles = [themeStyles, stripStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    layout: { reflect: true },
    speed: { type: Number },
    paused: { type: Boolean, reflect: true },
    highlight: {},
    target: {},
    grayscale: { type: Boolean, reflect: true },
    label: {},
    for: { attribute: 'for' },
    linkedCountry: { state: true },
    marqueeFailed: { state: true },
  };

  /** Partners as objects (`name`, `url`, `logo`, `logoDark`, `country`, `category`, `fullName`). Highest precedence. */
  data?: Partner[];

  /** URL of a JSON array of partners. */
  src?: string;

  /** `grid` wraps and centres the partners; `marquee` scrolls them continuously. */
  layout: PartnerStripLayout = 'grid';

  /** Marquee speed in CSS pixels per second. */
  speed = 40;

  /** Whether the marquee is paused by the reader (or the site). Starts true under reduced motion. */
  paused = false;

  /** Country codes (`"BR,AR"`) or category names: matching partners are emphasised, the others dimmed. */
  highlight?: string;

  /** Link target, e.g. `_blank`; links always carry `rel="noopener noreferrer"`. */
  target?: string;

  /** Show logos in grayscale until hovered or focused. */
  grayscale = false;

  /** Accessible name of the list; defaults to a description in the reader's language. */
  label?: string;

  /**
   * The id of a `<lacnic-region-map>` to follow: choosing an economy on it highlights the
   * partners tagged with that country; clearing the selection restores `highlight`.
   */
  for?: string;

  /** The country chosen on the linked map, if any. */
  private linkedCountry: string | null = null;

  constructor() {
    super();
    new RegionLinkController(this, (code) => {
      this.linkedCountry = code;
    });
  }

  /**
   * Loads the marquee's module. The grid never calls it: a page that never asks for
   * `layout="marquee"` never downloads the marquee. Replaceable so tests can make it fail.
   * @internal
   */
  static loadMarquee = () => import('./marquee.js');

  /** The marquee machinery, once `layout="marquee"` was asked for and its module arrived. */
  private marquee?: Marquee;
  /** The marquee's module could not be loaded: the strip shows the static grid instead. */
  private marqueeFailed = false;
  private marqueeLoading = false;

  private readonly dataController = new DataController<PartnerItem>(this, {
    // A site's own partners (data, JSON, src or markup) are checked by the validator, which loads
    // with the first of them; the built-in ones need none (see builtInPartners).
    validate: (raw) => validation.loaded?.validatePartners(raw) ?? validation().then((m) => m.validatePartners(raw)),
    defaults: builtInPartners,
    fromMarkup: (host) => (host.querySelector(':scope > ul, :scope > ol') ? validation().then((m) => m.partnersFromMarkup(host)) : undefined),
  });

  private stopMotionWatch?: () => void;
  private schemeQuery?: MediaQueryList;
  private readonly ratios = new Map<string, number>();

  override connectedCallback(): void {
    super.connectedCallback();
    if (prefersReducedMotion()) this.paused = true;
    this.stopMotionWatch = onReducedMotionChange((reduce) => {
      if (reduce) this.paused = true;
    });
    this.schemeQuery = matchMedia('(prefers-color-scheme: dark)');
    this.schemeQuery.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopMotionWatch?.();
    this.schemeQuery?.removeEventListener('change', this.onSchemeChange);
  }

  /** True while the marquee is actually moving. */
  get moving(): boolean {
    return !!this.marquee?.moving;
  }

  private readonly onSchemeChange = () => this.requestUpdate();

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The colour scheme decides which logo variant shows; reflected for CSS. Reading it costs a
    // style recalculation, so only when some partner has a dark logo.
    if (this.dataController.items.some((p) => p.logoDark)) this.dataset.scheme = this.darkScheme() ? 'dark' : 'light';
    if (changed.has('layout')) this.marqueeFailed = false;
    if (this.layout === 'marquee' && !this.marquee) {
      if (MarqueeClass) this.marquee = new MarqueeClass(this);
      else this.loadMarqueeModule();
    }
  }

  /**
   * Fetches the marquee's module; until it arrives the strip shows the marquee's still first
   * frame. If it cannot be loaded (offline, blocked), the strip stays a static, usable grid.
   */
  private loadMarqueeModule(): void {
    if (this.marqueeLoading) return;
    this.marqueeLoading = true;
    (this.constructor as typeof LacnicPartnerStrip)
      .loadMarquee()
      .then(
        (module) => {
          MarqueeClass ??= module.Marquee;
          this.marquee ??= new MarqueeClass(this);
          this.requestUpdate();
        },
        (error: unknown) => {
          console.warn('[lacnic-widgets] could not load the marquee; showing the partners as a grid.', error);
          this.marqueeFailed = true;
        },
      )
      .finally(() => {
        this.marqueeLoading = false;
      });
  }

  private darkScheme(): boolean {
    if (this.theme === 'dark') return true;
    if (this.theme === 'light') return false;
    const dark = this.schemeQuery?.matches ?? false;
    if (this.theme === 'auto') return dark;
    const scheme = getComputedStyle(this).colorScheme || '';
    if (scheme.trim() === 'dark') return true;
    return scheme.includes('dark') && dark;
  }

  private onLinkClick(e: MouseEvent, partner: PartnerItem, index: number): void {
    const proceed = emit<PartnerClickDetail>(this, 'lacnic-partner-click', { partner, index }, true);
    if (!proceed) e.preventDefault();
  }

  private onLogoLoad(e: Event, src: string): void {
    const img = e.target as HTMLImageElement;
    if (img.naturalWidth && img.naturalHeight && !this.ratios.has(src)) {
      this.ratios.set(src, img.naturalWidth / img.naturalHeight);
      this.requestUpdate();
    }
  }

  /**
   * Logos of different shapes get the same visual weight: each is sized to the same area, then
   * bounded by the cell. The cell itself never changes size, so nothing shifts as logos load.
   */
  private logoSize(src: string): string {
    const ratio = this.ratios.get(src);
    if (!ratio) return 'visibility:hidden';
    // Equal area: a square logo fills 95% of the height, a 4:1 wordmark about half of it.
    const fraction = Math.min(1, Math.sqrt(0.9 / ratio));
    return `block-size:${(fraction * 100).toFixed(1)}%;inline-size:auto`;
  }

  private highlightTokens(): Set<string> {
    if (this.linkedCountry) return new Set([this.linkedCountry]);
    return new Set((this.highlight ?? '').split(/[\s,]+/).filter(Boolean).map((t) => t.toUpperCase()));
  }

  // Computed styles are bound as the `style` property (`.style=${…}`): the browser forwards the
  // string to style.cssText, through the CSSOM, which a Content-Security-Policy without
  // 'unsafe-inline' for styles allows (a style attribute would be refused). The widgets all do so.
  private renderLogo(partner: PartnerItem): TemplateResult {
    if (!partner.logo) {
      return html`<span class="mark" part="logo mark" aria-hidden="true">${partner.name}</span>`;
    }
    const img = (src: string, cls: string) =>
      html`<img
        part="logo"
        class=${cls}
        src=${src}
        alt=""
        decoding="async"
        .style=${this.logoSize(src)}
        @load=${(e: Event) => this.onLogoLoad(e, src)}
      />`;
    return partner.logoDark
      ? html`${img(partner.logo, 'light-only')}${img(partner.logoDark, 'dark-only')}`
      : img(partner.logo, '');
  }

  private renderItem(partner: PartnerItem, index: number, tokens: Set<string>, clone: boolean): TemplateResult {
    const m = stripMessages[this.locale.lang];
    const matched = tokens.size > 0 && (partner.countries.some((c) => tokens.has(c)) || tokens.has((partner.category ?? '').toUpperCase()));
    const classes = { highlighted: matched, dimmed: tokens.size > 0 && !matched };
    const newTab = this.target === '_blank';
    const name = html`<span class="visually-hidden">${partner.name}${partner.fullName ? ` — ${partner.fullName}` : ''}${partner.url && newTab ? ` ${m.newTab}` : ''}</span>`;
    const body = html`${this.renderLogo(partner)}${clone ? nothing : name}`;
    return html`<li part="item" class=${classNames(classes)} data-index=${index}>
      ${partner.url
        ? html`<a
            class="item"
            part="link"
            href=${partner.url}
            target=${this.target || nothing}
            rel="noopener noreferrer"
            tabindex=${clone ? '-1' : nothing}
            @click=${clone ? undefined : (e: MouseEvent) => this.onLinkClick(e, partner, index)}
            >${body}</a
          >`
        : html`<span class="item" part="link">${body}</span>`}
    </li>`;
  }

  protected override render(): TemplateResult {
    const ctl = this.dataController;
    const m = stripMessages[this.locale.lang];
    const status = this.renderStatus(ctl, m.empty);
    if (status !== nothing) return html`<div part="base" class="base">${status}</div>`;
    const items = ctl.items;
    const tokens = this.highlightTokens();
    // A marquee whose module failed to load shows the grid: every partner visible, nothing moving.
    const marquee = this.layout === 'marquee' && !this.marqueeFailed;
    const mq = marquee ? this.marquee : undefined;
    const moving = !!mq?.overflowing;
    const label = this.label || (ctl.source === 'default' ? m.label : m.labelCustom);
    const rows = (clone: boolean) => items.map((p, i) => this.renderItem(p, i, tokens, clone));
    return html`<div part="base" class=${classNames({ base: true, grid: !marquee, marquee, static: marquee && !moving })}>
      ${this.renderNotice(ctl)}
      ${moving ? mq.renderControls(this.locale.lang) : nothing}
      <div
        class="viewport"
        part="viewport"
        @pointerenter=${mq?.onPointerEnter}
        @pointerleave=${mq?.onPointerLeave}
        @pointerdown=${mq?.onPointerDown}
        @focusin=${mq?.onFocusIn}
        @focusout=${mq?.onFocusOut}
      >
        <div class="track">
          <ul part="list" role="list" aria-label=${label}>
            ${rows(false)}
          </ul>
          ${moving ? mq.renderClones(() => rows(true)) : nothing}
        </div>
      </div>
    </div>`;
  }
}
