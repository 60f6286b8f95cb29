import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RegionSelectDetail {
  /** ISO 3166-1 alpha-2 code of the economy, or null when the selection was cleared. */
  code: string | null;
  value?: number | null;
}

/** A widget that may follow a map: it has a reactive `for` property. */
export type LinkHost = ReactiveControllerHost & HTMLElement & { for?: string };

/**
 * Lets a widget follow a `<lacnic-region-map>` named by its `for` attribute: when a reader
 * chooses an economy on that map, `onChange` gets its code (null when cleared). The listening
 * (./link-follow.ts) loads the first time `for` is set, so widgets that never link to a map do
 * not download it; once it is in, a map that already has a selection is followed at once.
 */
export class RegionLinkController implements ReactiveController {
  private started = false;

  constructor(
    private readonly host: LinkHost,
    private readonly onChange: (code: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  hostUpdate(): void {
    if (this.started || !this.host.for) return;
    this.started = true;
    import('./link-follow.js').then(
      // Added to a connected host, it starts listening at once (and follows the host from then on).
      ({ RegionFollower }) => new RegionFollower(this.host, this.onChange),
      (error: unknown) => {
        console.warn('[lacnic-widgets] could not load the map link; `for` is ignored.', error);
        this.started = false;
      },
    );
  }
}
