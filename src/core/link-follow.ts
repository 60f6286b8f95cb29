import type { ReactiveController } from 'lit';

import type { LinkHost, RegionSelectDetail } from './link.js';

/**
 * The work behind `RegionLinkController` (./link.ts), loaded once some widget's `for` is set:
 * when a reader chooses an economy on the map named by `for`, `onChange` gets its code (null
 * when cleared). It listens at the root (document or shadow root) for the map's composed
 * `lacnic-region-select`, so the map may come before or after the follower in the page, or be
 * added later.
 */
export class RegionFollower implements ReactiveController {
  private root?: Document | ShadowRoot;

  constructor(
    private readonly host: LinkHost,
    private readonly onChange: (code: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.root = root instanceof ShadowRoot ? root : document;
    this.root.addEventListener('lacnic-region-select', this.listener);
    // A map that already has a selection (e.g. restored from the URL, or chosen while this
    // module was loading) is followed at once.
    queueMicrotask(() => {
      const map = this.map();
      const selected = map?.getAttribute('selected');
      if (selected) this.onChange(selected.toUpperCase());
    });
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('lacnic-region-select', this.listener);
    this.root = undefined;
  }

  private map(): Element | null {
    const id = this.host.for;
    if (!id || !this.root) return null;
    return this.root instanceof Document ? this.root.getElementById(id) : this.root.querySelector(`#${CSS.escape(id)}`);
  }

  private readonly listener = (event: Event) => {
    const id = this.host.for;
    if (!id) return;
    const source = event.composedPath()[0];
    if (!(source instanceof Element) || source.id !== id) return;
    const detail = (event as CustomEvent<RegionSelectDetail>).detail;
    this.onChange(detail?.code ? String(detail.code).toUpperCase() : null);
  };
}
