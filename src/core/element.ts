import { html, LitElement, nothing } from 'lit';
import type { ReactiveController, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { describeError } from './data.js';
import type { DataController } from './data.js';
import { LocaleController } from './i18n.js';
import type { ResolvedLocale } from './i18n.js';
import { coreMessages } from './messages.js';
import { KIT_VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * Retry replaces the error box (and the focused Retry button in it) with the loading state, so a
 * keyboard reader's focus fell to the page's body. Once the load settles, focus goes to the new
 * Retry button when it failed again, else to the first control in the content — only when focus
 * is still lost, never taken from elsewhere.
 */
class RetryFocusController implements ReactiveController {
  private pending = false;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** Called as Retry is activated. Any focus move the reader makes meanwhile cancels it. */
  arm(): void {
    this.pending = true;
    document.addEventListener('focusin', this.cancel);
  }

  private readonly cancel = () => {
    this.pending = false;
    document.removeEventListener('focusin', this.cancel);
  };

  hostDisconnected(): void {
    this.cancel();
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const root = this.host.renderRoot as ShadowRoot;
    if (root.querySelector('[data-state="loading"]')) return;
    this.cancel();
    const active = document.activeElement;
    if (active && active !== document.body && active !== this.host) return;
    if (active === this.host && root.activeElement) return;
    const target = root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('a[href], button:not([disabled]), input, [tabindex="0"]');
    target?.focus();
  }
}

/** What every kit element shares: version, theme attribute and the reader's locale. */
export class LacnicElement extends LitElement {
  /** The kit version that defined this class (compared when a second copy loads). */
  static kitVersion = KIT_VERSION;

  /**
   * Colour theme: `light`, `dark`, or `auto` (follows the reader's system). Without it the
   * widget follows the page's own `color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** How long a `src` may take to load, in milliseconds, before the widget gives up. */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = 15_000;

  private readonly localeController = new LocaleController(this);
  private readonly retryFocus = new RetryFocusController(this);

  /** The resolved language: nearest `lang` up the tree, then `<html lang>`, then the browser. */
  get locale(): ResolvedLocale {
    return { lang: this.localeController.lang, tag: this.localeController.tag };
  }

  /** Loading, error and empty states, shared by every widget; `nothing` when ready. */
  protected renderStatus(ctl: DataController<unknown>, emptyText?: string): TemplateResult | typeof nothing {
    const m = coreMessages[this.locale.lang];
    if (ctl.state === 'loading') {
      return html`<div class="status loading" part="status" data-state="loading" role="status">${m.loading}</div>`;
    }
    if (ctl.state === 'empty') {
      return html`<div class="status" part="status" data-state="empty" role="status">${emptyText ?? m.empty}</div>`;
    }
    if (ctl.state === 'error' && ctl.error) {
      return html`<div class="status" part="status error" data-state="error" role="alert">
        <p class="title">${m.errorTitle}</p>
        <p class="message">${describeError(ctl.error, this.locale)}</p>
        ${ctl.error.retryable
          ? html`<button class="button" part="retry" type="button" @click=${() => {
              this.retryFocus.arm();
              ctl.retry();
            }}>${m.retry}</button>`
          : nothing}
      </div>`;
    }
    return nothing;
  }

  /** A short notice when some items were skipped but the rest are shown. */
  protected renderNotice(ctl: DataController<unknown>): TemplateResult | typeof nothing {
    if (ctl.state !== 'ready' || !ctl.error) return nothing;
    return html`<p class="notice" part="notice" role="status">${describeError(ctl.error, this.locale)}</p>`;
  }
}
