import { css } from 'lit';

export const stripStyles = css`
  :host {
    --_item-width: var(--lacnic-partner-strip-item-width, 10.5rem);
    --_item-height: var(--lacnic-partner-strip-item-height, 4.5rem);
    --_gap: var(--lacnic-partner-strip-gap, 0.75rem);
    --_mark-bg: var(--lacnic-partner-strip-mark-bg, var(--_surface));
    --_mark-color: var(--lacnic-partner-strip-mark-color, var(--_text));
    --_status-min-height: calc(var(--_item-height) + 2rem);
  }
  .base {
    position: relative;
    padding: calc(var(--_space) / 2) 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    gap: var(--_gap);
  }
  .grid ul {
    flex-wrap: wrap;
    justify-content: center;
  }
  li {
    flex: none;
    inline-size: var(--_item-width);
    block-size: var(--_item-height);
  }
  .item {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    color: var(--_mark-color);
    text-decoration: none;
    transition: background-color 0.15s, box-shadow 0.15s, filter 0.2s, opacity 0.2s;
  }
  a.item:hover {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  a.item:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  .mark {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_mark-bg);
    font-weight: 700;
    font-size: 1.05rem;
    letter-spacing: 0.01em;
    text-align: center;
    overflow-wrap: anywhere;
    line-height: 1.15;
  }
  img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
  }
  img.dark-only,
  :host([data-scheme='dark']) img.light-only {
    display: none;
  }
  :host([data-scheme='dark']) img.dark-only {
    display: block;
  }
  :host([grayscale]) .item img {
    filter: grayscale(1);
    opacity: 0.85;
  }
  :host([grayscale]) .item:hover img,
  :host([grayscale]) .item:focus-visible img {
    filter: none;
    opacity: 1;
  }
  .highlighted .item {
    box-shadow: 0 0 0 3px var(--_accent);
  }
  .highlighted .mark {
    background: var(--_accent-soft);
  }
  .dimmed .mark {
    color: var(--_muted);
    border-style: dashed;
    background: var(--_bg);
  }
  .dimmed img {
    filter: grayscale(1);
    opacity: 0.45;
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5rem;
  }
  .viewport {
    overflow: hidden;
    /* The strip scrolls itself; page scroll and pinch stay the reader's. */
    touch-action: pan-y pinch-zoom;
  }
  .marquee .viewport {
    mask-image: linear-gradient(to right, transparent, #000 1.5rem, #000 calc(100% - 1.5rem), transparent);
  }
  .static .viewport {
    mask-image: none;
  }
  .static ul {
    justify-content: center;
  }
  .track {
    display: flex;
    gap: var(--_gap);
    inline-size: max-content;
    will-change: transform;
  }
  .static .track {
    inline-size: auto;
  }
  /* The grid wraps inside the element's width (a max-content track would clip every row but the first). */
  .grid .track {
    display: block;
    inline-size: auto;
    will-change: auto;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  @media (prefers-reduced-motion: reduce) {
    .item {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .mark {
      border-color: CanvasText;
    }
    .highlighted .item {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    /* As specific as the marquee's fade, so it wins. */
    .base .viewport {
      overflow: visible;
      mask-image: none;
    }
    .track {
      transform: none !important;
      inline-size: auto;
    }
    ul {
      flex-wrap: wrap;
    }
    .clone {
      display: none;
    }
  }
`;
