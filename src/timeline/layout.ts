/** Axis layout: where each label goes so that no two overlap. Pure functions, no DOM. */

export interface Placement {
  /** Marker position along the time axis (px). */
  pos: number;
  /** Label start along the time axis (px); differs from `pos` when pushed aside. */
  start: number;
  /** Label extent along the time axis (px). */
  size: number;
  /** Lane (rows below a horizontal axis); always 0 when vertical. */
  lane: number;
}

/**
 * Horizontal: greedy lanes. Each label (in time order) takes the first lane whose last label
 * ends before it starts; with every lane busy (up to `maxLanes`) it goes, pushed right, into the
 * lane that frees first. `sizes[i]` is label i's width; `limit` the axis length.
 */
export function placeInLanes(positions: number[], sizes: number[], limit: number, gap: number, maxLanes: number): { placements: Placement[]; lanes: number } {
  const ends: number[] = [];
  const placements: Placement[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const size = sizes[i];
    const pos = positions[i];
    const start = Math.max(0, Math.min(pos, limit - size));
    let lane = -1;
    for (let l = 0; l < ends.length; l++) {
      if (ends[l] + gap <= start) {
        lane = l;
        break;
      }
    }
    let s = start;
    if (lane < 0 && ends.length < maxLanes) {
      lane = ends.length;
      ends.push(-Infinity);
    } else if (lane < 0) {
      lane = 0;
      for (let l = 1; l < ends.length; l++) if (ends[l] < ends[lane]) lane = l;
      s = ends[lane] + gap;
    }
    ends[lane] = s + size;
    placements[i] = { pos, start: s, size, lane };
  }
  return { placements, lanes: Math.max(1, ends.length) };
}

/** Vertical: one column, each label pushed down just below the previous one when they would touch. */
export function stagger(positions: number[], size: number, gap: number): { placements: Placement[]; length: number } {
  let end = -Infinity;
  const placements = positions.map((pos) => {
    const start = Math.max(pos, end + gap);
    end = start + size;
    return { pos, start, size, lane: 0 };
  });
  return { placements, length: Math.max(0, end) };
}

/** Index of the first entry whose `start + size` reaches `value` (placements sorted by start). */
export function firstReaching(placements: Placement[], value: number): number {
  let lo = 0;
  let hi = placements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placements[mid].start + placements[mid].size < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
