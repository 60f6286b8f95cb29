// What the core loads only when it is needed: the fetcher with the first `src`, the sentences for
// failures with the first failure. This file deliberately does not import test/helpers.ts (which
// loads the sentences up front so that other files can read error text right after a fixture).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lacnic-partner-strip.js';
import type { LacnicPartnerStrip } from '../../src/partner-strip/partner-strip.js';
import type { LacnicErrorEvent } from '../../src/core/events.js';

const requested = (name: string) =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/src/core/${name}`));
const state = (el: LacnicPartnerStrip) => el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? 'ready';

async function until(check: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('core: loaded on demand', () => {
  it('a widget on good data never requests the fetcher or the failure sentences', async () => {
    const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en"></lacnic-partner-strip>`);
    el.data = [{ name: 'Good', url: 'https://example.org/' }];
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot?.textContent).to.contain('Good');
    expect(requested('fetch.ts'), 'fetch.ts').to.equal(false);
    expect(requested('describe.ts'), 'describe.ts').to.equal(false);
  });

  it('the first failure loads its sentences, then shows the error and fires lacnic-error together', async () => {
    const events: LacnicErrorEvent[] = [];
    const listener = (e: Event) => events.push(e as LacnicErrorEvent);
    document.addEventListener('lacnic-error', listener);
    try {
      const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="es"><script type="application/json">[{"name": </script></lacnic-partner-strip>`);
      // Until the sentences arrive nothing is reported half-worded: no event without the box.
      expect(events.length === 0 || state(el) === 'error').to.equal(true);
      await until(() => events.length > 0, 'lacnic-error');
      await el.updateComplete;
      expect(requested('describe.ts'), 'describe.ts').to.equal(true);
      expect(state(el)).to.equal('error');
      expect(events[0].detail.code).to.equal('parse');
      expect(events[0].detail.message).to.equal('Los datos no son JSON válido.');
      expect(el.shadowRoot?.querySelector('[part~="status"]')?.textContent).to.contain('Los datos no son JSON válido.');
      expect(requested('fetch.ts'), 'fetch.ts').to.equal(false);
    } finally {
      document.removeEventListener('lacnic-error', listener);
    }
  });

  it('the first `src` loads the fetcher and the data arrives', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify([{ name: 'Fetched' }])], { type: 'application/json' }));
    const el = await fixture<LacnicPartnerStrip>(html`<lacnic-partner-strip lang="en" src=${url}></lacnic-partner-strip>`);
    await until(() => (el.shadowRoot?.textContent ?? '').includes('Fetched'), 'the fetched partner');
    expect(requested('fetch.ts'), 'fetch.ts').to.equal(true);
  });
});

describe('core: onDemand()', () => {
  it('loads once, shares the load, and keeps the module for synchronous use', async () => {
    const { onDemand } = await import('../../src/core/on-demand.js');
    let calls = 0;
    const mod = { answer: 42 };
    const get = onDemand(async () => {
      calls++;
      return mod;
    });
    expect(get.loaded).to.equal(undefined);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).to.equal(mod);
    expect(b).to.equal(mod);
    expect(get.loaded).to.equal(mod);
    await get();
    expect(calls).to.equal(1);
  });

  it('turns a failed load into a retryable network failure and tries again next time', async () => {
    const { onDemand } = await import('../../src/core/on-demand.js');
    const { DataFailure } = await import('../../src/core/failure.js');
    let calls = 0;
    const get = onDemand(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    const error = await get().then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(DataFailure);
    expect((error as InstanceType<typeof DataFailure>).detail).to.deep.equal({ code: 'fetch-failed', retryable: true });
    expect(get.loaded).to.equal(undefined);
    expect(await get()).to.deep.equal({ ok: true });
    expect(calls).to.equal(2);
  });
});
