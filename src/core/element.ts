import { html, LitElement, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { describeError } from './data.js';
import type { DataController } from './data.js';
import { LocaleController } from './i18n.js';
import type { ResolvedLocale } from './i18n.js';
import { coreMessages } from './messages.js';
import { KIT_VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What every kit element shares: version, theme attribute and the reader's locale. */
export class LacnicElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    fetchTimeout: { type: Number, attribute: 'fetch-timeout' },
  };

  /** The kit version that defined this class (compared when a second copy loads). */
  static kitVersion = KIT_VERSION;

  /**
   * Colour theme: `light`, `dark`, or `auto` (follows the reader's system). Without it the
   * widget follows the page's own `color-scheme`.
   */
  theme?: Theme;

  /** How long a `src` may take to load, in milliseconds, before the widget gives up. */
  fetchTimeout = 15_000;

  private readonly localeController = new LocaleController(this);
  /** Controllers told as each update starts, before `willUpdate()` (see `addUpdateStart`). */
  private readonly updateStarts: { hostUpdateStart(): void }[] = [];
  /** Set by Retry, which takes the focused button away with the error box; calling it cancels. */
  private refocus?: () => void;

  constructor() {
    super();
    // Once a retried load settles, keyboard focus that fell to the body with the Retry button goes
    // to the first control shown: the new Retry button, or the content's first link or item. Any
    // focus move the reader makes meanwhile (e.g. to another widget) cancels it.
    this.addController({
      hostUpdated: () => {
        const root = this.renderRoot as ShadowRoot;
        if (!this.refocus || root.querySelector('[data-state="loading"]')) return;
        this.refocus();
        if (document.activeElement === document.body) root.querySelector<HTMLElement>('[part~="retry"],a[href],button,input,[tabindex="0"]')?.focus();
      },
      hostDisconnected: () => this.refocus?.(),
    });
  }

  /**
   * Registers a controller to be told as each update starts: after Lit has given back
   * properties set before the upgrade, before `willUpdate()`. What it changes then is seen by
   * this update (the DataController loads a new `data` there).
   */
  addUpdateStart(controller: { hostUpdateStart(): void }): void {
    this.updateStarts.push(controller);
  }

  // Lit's first hook after the properties are final and before `willUpdate()`.
  protected override shouldUpdate(changed: PropertyValues): boolean {
    for (const c of this.updateStarts) c.hostUpdateStart();
    return super.shouldUpdate(changed);
  }

  /** Retries something that failed (`load`), keeping keyboard focus in the widget afterwards. */
  protected retry(load: () => void): void {
    this.refocus?.();
    const cancel = () => {
      this.refocus = undefined;
      document.removeEventListener('focusin', cancel);
    };
    this.refocus = cancel;
    document.addEventListener('focusin', cancel);
    load();
  }

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
      return this.renderError(describeError(ctl.error, this.locale), ctl.error.retryable ? () => ctl.retry() : undefined);
    }
    return nothing;
  }

  /** The error box every widget shows: its title, the message and, when `load` is given, Retry. */
  protected renderError(message: string, load?: () => void): TemplateResult {
    const m = coreMessages[this.locale.lang];
    return html`<div class="status" part="status error" data-state="error" role="alert">
      <p class="title">${m.errorTitle}</p>
      <p class="message">${message}</p>
      ${load ? html`<button class="button" part="retry" type="button" @click=${() => this.retry(load)}>${m.retry}</button>` : nothing}
    </div>`;
  }

  /** A short notice when some items were skipped but the rest are shown. */
  protected renderNotice(ctl: DataController<unknown>): TemplateResult | typeof nothing {
    if (ctl.state !== 'ready' || !ctl.error) return nothing;
    return html`<p class="notice" part="notice" role="status">${describeError(ctl.error, this.locale)}</p>`;
  }
}
