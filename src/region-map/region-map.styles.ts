import { css, unsafeCSS } from 'lit';

/** Classes the map uses at most. */
export const MAX_CLASSES = 5;

/**
 * d3-scale-chromatic's Viridis (colourblind-safe, monotonic in lightness) sampled at
 * t = 0.95 - i * 0.83 / 4. Kept as constants so the widget does not ship d3-color and
 * d3-interpolate for five colours; test/region-map/palette.test.ts checks them against
 * `interpolateViridis`. Light theme: pale yellow for low values to deep purple for high ones;
 * dark theme: the reverse, so the largest values stand out on either background.
 */
export const VIRIDIS_STOPS = ['#dfe318', '#5ac864', '#1f988b', '#31668e', '#472a7a'] as const;
const stops = VIRIDIS_STOPS;
const palette = unsafeCSS(
  stops
    .map((c, i) => `--_c${i}: var(--lacnic-region-map-color-${i + 1}, light-dark(${c}, ${stops[MAX_CLASSES - 1 - i]}));`)
    .join('\n'),
);

export const mapStyles = css`
  :host {
    ${palette}
    --_land: var(--lacnic-region-map-context, light-dark(#e4e8ec, #2a323c));
    --_sea: var(--lacnic-region-map-sea, transparent);
    --_stroke: var(--lacnic-region-map-stroke, light-dark(#ffffff, #76828f));
  }
  .base {
    background: var(--_bg);
    color: var(--_text);
    display: grid;
    /* Not 'auto': a long unbroken label would size the column, and the whole map, to its width. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_ratio);
    inline-size: 100%;
    background: var(--_sea);
    border-radius: var(--_radius);
  }
  .frame > .status {
    position: absolute;
    inset: 0;
    justify-content: center;
    align-items: center;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
  }
  .context path {
    fill: var(--_land);
    stroke: var(--_stroke);
    stroke-width: 0.5;
  }
  .economy path,
  .inset-economies path {
    stroke: var(--_stroke);
    stroke-width: 0.6;
  }
  .c0 { fill: var(--_c0); }
  .c1 { fill: var(--_c1); }
  .c2 { fill: var(--_c2); }
  .c3 { fill: var(--_c3); }
  .c4 { fill: var(--_c4); }
  .nd { fill: url(#lacnic-map-hatch); }
  .hatch-bg { fill: var(--_bg); }
  .hatch-line { stroke: var(--_muted); stroke-width: 1.5; }
  .economy {
    cursor: pointer;
    outline: none;
  }
  .marker {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .ring.selected {
    stroke: var(--_text);
    stroke-dasharray: 4 2;
  }
  .inset-frame {
    fill: var(--_bg);
    stroke: var(--_border);
  }
  .inset-outline {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 3 2;
  }
  .inset-label {
    font-size: 11px;
    fill: var(--_muted);
  }
  .inset-economies path {
    cursor: pointer;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 14px));
    max-inline-size: 16rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    pointer-events: none;
    font-size: 0.875rem;
    white-space: nowrap;
  }
  .tooltip.below {
    transform: translate(-50%, 14px);
  }
  .tooltip strong {
    display: block;
    /* A site's label wraps inside the tooltip's width. */
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    inline-size: 1.1rem;
    block-size: 0.9rem;
    border: 1px solid var(--_border);
    flex: none;
  }
  .summary {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .slider {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .slider input {
    inline-size: min(20rem, 60vw);
    min-block-size: 44px;
    accent-color: var(--_accent);
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .table-scroll:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td.num,
  th.num {
    text-align: end;
  }
  th button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    min-block-size: 24px;
  }
  th button:focus-visible {
    outline: var(--_focus-ring);
  }
  .banner {
    margin: 0;
  }
  /* Print: the map, legend and summary in their colours; nothing interactive. */
  @media print {
    .base {
      print-color-adjust: exact;
    }
    .controls,
    .slider,
    .tooltip,
    .ring.active {
      display: none;
    }
    .frame {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .economy path,
    .marker {
      stroke: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
  }
`;
