import { KIT_VERSION } from './version.js';

interface KitElementClass extends CustomElementConstructor {
  kitVersion?: string;
}

const WARNED = Symbol.for('lacnic-widgets.version-warning');

/**
 * Registers a tag without ever throwing: a page that loads the kit twice (two script tags, or
 * a CDN copy beside an npm copy) keeps the first definition. When the two copies are of
 * different versions, one console warning per page says so.
 */
export function define(tag: string, ctor: KitElementClass): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as KitElementClass | undefined;
  if (existing) {
    const other = existing.kitVersion;
    const incoming = ctor.kitVersion ?? KIT_VERSION;
    const store = globalThis as unknown as Record<symbol, boolean>;
    if (existing !== ctor && other !== incoming && !store[WARNED]) {
      store[WARNED] = true;
      console.warn(
        `[lacnic-widgets] <${tag}> is already defined by version ${other ?? 'unknown'}; ` +
          `version ${incoming} loaded too and was not registered. Load the kit once.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`[lacnic-widgets] could not define <${tag}>:`, error);
  }
}
