/**
 * Strip figures for scripts/bench.mjs: time to first render for 8 (the built-in count), 1,000
 * and 10,000 partners given as `data`. The browser suite only checks that 10,000 render; how
 * fast is measured here, where a busy machine makes a figure slower, not a test red.
 */
import '../src/define/lacnic-partner-strip.ts';
import type { LacnicPartnerStrip } from '../src/partner-strip/partner-strip.ts';
import { frame, median, type Row } from './bench-kit.ts';


async function firstRender(host: HTMLElement, n: number): Promise<number> {
  host.replaceChildren();
  await frame();
  const data = Array.from({ length: n }, (_, i) => ({ name: `Partner ${i + 1}`, url: `https://p${i}.example/` }));
  const t0 = performance.now();
  const el = document.createElement('lacnic-partner-strip') as LacnicPartnerStrip;
  el.data = data;
  host.append(el);
  // A site's own partners go through the validator, which loads on first use: the figure is the
  // time until the given partners are on screen, not until the first (loading) update.
  const shown = () => el.shadowRoot?.querySelectorAll('ul:not(.clone) > li').length ?? 0;
  for (let i = 0; shown() !== n && i < 600; i++) await frame();
  const time = performance.now() - t0;
  if (shown() !== n) throw new Error(`${n} partners given, ${shown()} shown after 600 frames`);
  return time;
}

export async function runStripBench(host: HTMLElement): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [n, runs] of [[8, 5], [1_000, 3], [10_000, 3]] as const) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await firstRender(host, n));
    rows.push({ name: `first render, ${n.toLocaleString('en')} partners (median of ${runs})`, value: median(times), unit: 'ms' });
  }
  host.replaceChildren();
  return rows;
}
