import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';

/** What the marquee needs from its strip. */
export interface MarqueeHost extends ReactiveControllerHost, HTMLElement {
  layout: string;
  speed: number;
  paused: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Why the marquee is not moving right now (any one stops it). */
interface Holds {
  hover: boolean;
  focus: boolean;
  touch: boolean;
  offscreen: boolean;
}

const TOUCH_RESUME_MS = 3000;

/** The pause button's words: [pause, play]. */
const BUTTON: Record<Lang, [string, string]> = {
  en: ['Pause scrolling logos', 'Play scrolling logos'],
  es: ['Pausar el desplazamiento de logos', 'Reanudar el desplazamiento de logos'],
  pt: ['Pausar a rolagem dos logotipos', 'Retomar a rolagem dos logotipos'],
};

/**
 * The partner strip's `marquee` layout: measures whether the list overflows, adds the loop's
 * inert copies, runs the Web Animation and holds it while the reader hovers, focuses or touches
 * the strip, while it is off screen, and while `paused` is set. The strip loads this module only
 * when a page first asks for `layout="marquee"`; the grid never needs it.
 */
export class Marquee implements ReactiveController {
  /** The list is wider than the viewport, so it scrolls (with clones and a pause button). */
  overflowing = false;
  /** How many inert copies of the list fill the loop. */
  clones = 1;

  private holds: Holds = { hover: false, focus: false, touch: false, offscreen: false };
  private animation?: Animation;
  private cycle = 0;
  private resizeObserver?: ResizeObserver;
  private intersectionObserver?: IntersectionObserver;
  private touchTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: MarqueeHost) {
    host.addController(this);
  }

  /** True while the marquee is actually moving. */
  get moving(): boolean {
    return this.animation?.playState === 'running';
  }

  private get active(): boolean {
    return this.host.layout === 'marquee';
  }

  private find(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector(selector);
  }

  hostConnected(): void {
    if ('IntersectionObserver' in window) {
      this.intersectionObserver = new IntersectionObserver((entries) => {
        this.hold('offscreen', !entries[entries.length - 1].isIntersecting);
      });
      this.intersectionObserver.observe(this.host);
    }
  }

  hostDisconnected(): void {
    this.intersectionObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.stop();
    clearTimeout(this.touchTimer);
  }

  hostUpdate(): void {
    // Another layout: the loop stops and the list renders without copies.
    if (!this.active) {
      this.stop();
      this.overflowing = false;
    }
  }

  hostUpdated(): void {
    const viewport = this.find('.viewport');
    if (this.active && viewport && !this.resizeObserver) {
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(viewport);
      const list = this.find('.track > ul:not(.clone)');
      if (list) this.resizeObserver.observe(list);
    }
    if (!this.active && this.resizeObserver) {
      this.resizeObserver.disconnect();
      this.resizeObserver = undefined;
    }
    if (this.active) {
      this.measure();
      this.syncAnimation();
    }
  }

  private stop(): void {
    this.animation?.cancel();
    this.animation = undefined;
  }

  private set<K extends 'overflowing' | 'clones'>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
  }

  /** Decides whether the list overflows and how many clones fill the loop. */
  private measure(): void {
    const viewport = this.find('.viewport');
    const list = this.find('.track > ul:not(.clone)');
    if (!viewport || !list) return;
    const width = viewport.clientWidth;
    const listWidth = list.scrollWidth;
    const overflowing = width > 0 && listWidth > width;
    this.set('overflowing', overflowing);
    this.set('clones', overflowing ? Math.max(1, Math.ceil(width / Math.max(listWidth, 1))) : 1);
  }

  private syncAnimation(): void {
    const track = this.find('.track');
    const list = this.find('.track > ul:not(.clone)');
    const firstClone = this.find('.track > ul.clone');
    if (!this.overflowing || !track || !list || !firstClone) {
      this.stop();
      return;
    }
    const cycle = Math.abs(firstClone.offsetLeft - list.offsetLeft);
    const speed = Number.isFinite(this.host.speed) && this.host.speed > 0 ? Math.min(this.host.speed, 1000) : 40;
    const duration = (cycle / speed) * 1000;
    const current = this.animation?.effect?.getTiming().duration;
    if (!this.animation || cycle !== this.cycle || current !== duration) {
      const progress = this.animation ? ((Number(this.animation.currentTime) || 0) % Number(current || 1)) / Number(current || 1) : 0;
      this.animation?.cancel();
      this.cycle = cycle;
      const rtl = getComputedStyle(this.host).direction === 'rtl';
      this.animation = track.animate([{ transform: 'translateX(0)' }, { transform: `translateX(${rtl ? cycle : -cycle}px)` }], {
        duration,
        iterations: Infinity,
      });
      this.animation.currentTime = progress * duration;
    }
    const { hover, focus, touch, offscreen } = this.holds;
    const run = !this.host.paused && !hover && !focus && !touch && !offscreen;
    if (run && this.animation.playState !== 'running') this.animation.play();
    if (!run && this.animation.playState === 'running') this.animation.pause();
  }

  private hold(key: keyof Holds, value: boolean): void {
    if (this.holds[key] === value) return;
    this.holds = { ...this.holds, [key]: value };
    this.host.requestUpdate();
  }

  /** Listener for the viewport's `pointerenter`. */
  readonly onPointerEnter = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') this.hold('hover', true);
  };

  /** Listener for the viewport's `pointerleave`. */
  readonly onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') this.hold('hover', false);
  };

  /** Listener for the viewport's `pointerdown`: a touch holds the loop for a few seconds. */
  readonly onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    clearTimeout(this.touchTimer);
    this.hold('touch', true);
    this.touchTimer = setTimeout(() => this.hold('touch', false), TOUCH_RESUME_MS);
  };

  /** Listener for the viewport's `focusin`. */
  readonly onFocusIn = (e: FocusEvent): void => {
    this.hold('focus', true);
    // A focused partner must be in view: move the loop so it sits at the start.
    const item = (e.target as HTMLElement).closest?.('li');
    if (item && this.animation && this.cycle) {
      const timing = Number(this.animation.effect?.getTiming().duration) || 0;
      const offset = Math.max(0, item.offsetLeft - 24);
      this.animation.currentTime = (Math.min(offset, this.cycle) / this.cycle) * timing;
    }
    // Focus scrolls the clipping box natively; the loop position alone decides what shows.
    (e.currentTarget as HTMLElement).scrollLeft = 0;
  };

  /** Listener for the viewport's `focusout`. */
  readonly onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    if (!next || !this.host.renderRoot.contains(next)) this.hold('focus', false);
  };

  /** The row with the pause/play button. */
  renderControls(lang: Lang): TemplateResult {
    const paused = this.host.paused;
    const icon = paused
      ? html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2.5v11l9-5.5z" /></svg>`
      : html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3.5 2.5h3v11h-3zm6 0h3v11h-3z" /></svg>`;
    return html`<div class="controls" part="controls">
      <button class="button" part="pause-button" type="button" @click=${() => (this.host.paused = !this.host.paused)}>
        ${icon}<span>${BUTTON[lang][paused ? 1 : 0]}</span>
      </button>
    </div>`;
  }

  /** The loop's copies of the list: hidden from assistive technology and never focusable. */
  renderClones(rows: () => unknown): TemplateResult[] {
    return Array.from({ length: this.clones }, () => html`<ul class="clone" role="list" aria-hidden="true" inert>${rows()}</ul>`);
  }
}
