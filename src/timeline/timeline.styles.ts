import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_height: var(--lacnic-timeline-height, 32rem);
    --_marker: var(--lacnic-timeline-marker, var(--_accent));
    --_highlight: var(--lacnic-timeline-highlight, var(--_accent-soft));
    --_line: var(--lacnic-timeline-line, var(--_border));
    container-type: inline-size;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .chip .count {
    font-variant-numeric: tabular-nums;
    font-size: 0.85em;
    opacity: 0.9;
  }
  .scroller {
    position: relative;
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .list.windowed,
  .axis.vertical {
    block-size: var(--_height);
  }
  .list:not(.windowed) {
    max-block-size: none;
    overflow: visible;
  }
  .track {
    position: relative;
  }
  .list .track {
    padding: 0 0.25rem;
  }
  .year {
    margin: 0;
    block-size: 40px;
    display: flex;
    align-items: flex-end;
    padding: 0 0.5rem 0.25rem;
    font-size: 1rem;
    font-weight: 700;
    color: var(--_text);
    border-block-end: 1px solid var(--_border);
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    inline-size: 100%;
    min-block-size: 48px;
    margin: 0;
    padding: 0.35rem 0.5rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: var(--_text);
    text-align: start;
    cursor: pointer;
  }
  .windowed .item {
    block-size: 48px;
  }
  .windowed .item .title {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .item:hover {
    background: var(--_surface);
  }
  .item .date {
    flex: none;
    min-inline-size: 8.5em;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .item .title {
    flex: 1;
    min-inline-size: 0;
  }
  .item .flag {
    flex: none;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    font-size: 0.8em;
  }
  .item.highlighted {
    background: var(--_highlight);
    font-weight: 600;
  }
  .item.selected {
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .item:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  /* Axis */
  .axis .line {
    position: absolute;
    background: var(--_line);
  }
  .horizontal .line {
    inset-inline: 0;
    top: 40px;
    block-size: 2px;
  }
  .vertical .line {
    inset-block: 0;
    left: 64px;
    inline-size: 2px;
  }
  .tick {
    position: absolute;
    font-size: 0.75rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  .horizontal .tick {
    top: 12px;
    transform: translateX(-50%);
  }
  .vertical .tick {
    left: 4px;
    transform: translateY(-50%);
  }
  .marker {
    position: absolute;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_marker);
    border: 2px solid var(--_bg);
  }
  .horizontal .marker {
    top: 36px;
    margin-left: -5px;
  }
  .vertical .marker {
    left: 60px;
    margin-top: -5px;
  }
  .stem {
    position: absolute;
    background: var(--_line);
  }
  .horizontal .stem {
    inline-size: 1px;
  }
  .vertical .stem {
    left: 65px;
    inline-size: 10px;
    block-size: 1px;
    border-inline-start: 1px solid var(--_line);
    background: transparent;
  }
  .item.compact {
    position: absolute;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0;
    inline-size: auto;
    min-block-size: 0;
    padding: 0.2rem 0.45rem;
    border: 1px solid var(--_border);
    background: var(--_bg);
    line-height: 1.25;
    overflow: hidden;
  }
  .item.compact:hover {
    background: var(--_surface);
  }
  .item.compact.highlighted {
    background: var(--_highlight);
    border-color: var(--_accent);
  }
  .item.compact .date {
    min-inline-size: 0;
    font-size: 0.75rem;
  }
  .item.compact .title {
    max-inline-size: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 0.875rem;
  }
  .item.compact .flag {
    /* Kept for the accessible name; the label's emphasis shows it. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Detail */
  .detail {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail:focus-visible {
    outline: var(--_focus-ring);
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  .detail-head .close {
    /* The title wraps; the button keeps its width (at 320px it was squeezed below its label). */
    flex: none;
  }
  .detail h3 {
    margin: 0;
    font-size: 1.15rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .detail p {
    margin: 0.5rem 0 0;
  }
  .detail-date {
    color: var(--_muted);
  }
  .image {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-start: 0.75rem;
    border-radius: calc(var(--_radius) / 2);
  }
  .print {
    display: none;
  }
  @media print {
    .filters,
    .scroller,
    .detail,
    .notice {
      display: none !important;
    }
    .print {
      display: block;
      margin: 0;
      padding-inline-start: 1.5em;
      color: #000;
    }
    .print li {
      break-inside: avoid;
      margin-block-end: 0.5em;
    }
    .print .url {
      font-size: 0.85em;
    }
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'],
    .item.selected,
    .item.highlighted {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* forced-color-adjust: none is inherited: the muted date and the accent flag border would
       keep their theme colours on Highlight (1.6:1). */
    .chip[aria-pressed='true'] *,
    .item.selected *,
    .item.highlighted * {
      color: inherit;
      border-color: currentColor;
    }
    .marker {
      background: CanvasText;
    }
  }
`;
