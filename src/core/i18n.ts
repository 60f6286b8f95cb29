import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Languages every widget speaks. Spanish governs at LACNIC; English is the fallback. */
export const LANGS = ['es', 'pt', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** One typed message table per language. */
export type Messages<T> = Record<Lang, T>;

export interface ResolvedLocale {
  /** The message table's language. */
  lang: Lang;
  /** The BCP 47 tag handed to `Intl` (keeps the region, e.g. "es-UY"). */
  tag: string;
}

/** The nearest `lang` up the tree, crossing shadow roots, then `<html lang>`, then the browser. */
export function nearestLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') as string;
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en';
}

export function resolveLocale(tag: string): ResolvedLocale {
  let canonical = 'en';
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    canonical = 'en';
  }
  const primary = canonical.split('-')[0].toLowerCase();
  const lang = (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
  return { lang, tag: lang === primary ? canonical : 'en' };
}

/** Replaces `{name}` placeholders; values are plain text (rendered by Lit as text, never HTML). */
export function fmt(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

// One observer per page watches every `lang` attribute, so a site that switches language
// re-renders every widget without reloading it.
const controllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps a host's resolved locale current and re-renders it when the language changes. */
export class LocaleController implements ReactiveController {
  lang: Lang = 'en';
  tag = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observe(root);
    this.refresh(false);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolves the locale; asks for a render when it changed. */
  refresh(request = true): void {
    const next = resolveLocale(nearestLang(this.host));
    if (next.lang === this.lang && next.tag === this.tag) return;
    this.lang = next.lang;
    this.tag = next.tag;
    if (request) this.host.requestUpdate();
  }
}
