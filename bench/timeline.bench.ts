/** Timeline figures for scripts/bench.mjs: first render and per-keystroke time at three sizes. */
import '../src/define/lacnic-timeline.ts';
import type { LacnicTimeline } from '../src/timeline/timeline.ts';
import { LACNIC_MILESTONES } from '../src/timeline/milestones.ts';
import type { Milestone } from '../src/timeline/types.ts';
import { frame, median, type Row } from './bench-kit.ts';

const CATS = ['founding', 'community', 'forums', 'governance', 'addressing', 'casa'];

function generate(n: number): Milestone[] {
  const span = 35 * 365 * 86_400_000;
  return Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    date: new Date(Date.UTC(1990, 0, 1) + Math.floor((i * span) / n)).toISOString().slice(0, 10),
    title: { es: `Hito generado ${i + 1}`, pt: `Marco gerado ${i + 1}`, en: `Generated milestone ${i + 1}` },
    text: 'Synthetic milestone for the benchmark.',
    category: CATS[i % CATS.length],
    countries: i % 7 ? [] : ['BR'],
  }));
}

async function measure(host: HTMLElement, label: string, data: Milestone[], view: 'list' | 'axis'): Promise<Row[]> {
  host.replaceChildren();
  await frame();
  const t0 = performance.now();
  const el = document.createElement('lacnic-timeline') as LacnicTimeline;
  el.view = view;
  el.data = data;
  host.append(el);
  await el.updateComplete;
  await frame();
  const first = performance.now() - t0;
  // Settle (the ResizeObserver and the scroll box measure once).
  await el.updateComplete;
  await frame();

  const root = el.shadowRoot as ShadowRoot;
  const work: number[] = [];
  const toFrame: number[] = [];
  let forward = true;
  for (let k = 0; k < 50; k++) {
    const item = (root.activeElement as HTMLElement | null) ?? root.querySelector<HTMLElement>('[part~="item"][tabindex="0"]');
    if (!item) break;
    item.focus();
    // Walk right, turning back at either end, so every keystroke moves the focus.
    const index = Number(item.dataset.index);
    if (index >= el.milestones.length - 1) forward = false;
    if (index <= 0) forward = true;
    const t = performance.now();
    item.dispatchEvent(new KeyboardEvent('keydown', { key: forward ? 'ArrowRight' : 'ArrowLeft', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    // Style and layout of the new state, forced now so they count in the keystroke's work.
    (root.activeElement as HTMLElement | null)?.getBoundingClientRect();
    work.push(performance.now() - t);
    await frame();
    toFrame.push(performance.now() - t);
  }
  const big = data.length >= 10_000;
  return [
    { name: `timeline ${view}: first render, ${label}`, value: first, unit: 'ms', ...(big ? { goal: 100 } : {}) },
    { name: `timeline ${view}: keystroke, handler+update+layout (median of ${work.length}), ${label}`, value: median(work), unit: 'ms', goal: 16 },
    { name: `timeline ${view}: keystroke, worst of ${work.length}, ${label}`, value: Math.max(...work), unit: 'ms', goal: 16 },
    // Includes the wait for the next vsync (60 Hz here), so about 16.7 ms at best; a dropped frame shows as ~33 ms.
    { name: `timeline ${view}: keystroke to next frame (median), ${label}`, value: median(toFrame), unit: 'ms', goal: 33.4 },
  ];
}

export async function runTimelineBench(host: HTMLElement): Promise<Row[]> {
  const rows: Row[] = [];
  const sets: [string, Milestone[]][] = [
    ['24 milestones', LACNIC_MILESTONES.concat(generate(1).map((m) => ({ ...m, id: 'extra' })))],
    ['1,000 milestones', generate(1000)],
    ['10,000 milestones', generate(10_000)],
  ];
  for (const view of ['list', 'axis'] as const) {
    for (const [label, data] of sets) rows.push(...(await measure(host, label, data, view)));
  }
  host.replaceChildren();
  return rows;
}
