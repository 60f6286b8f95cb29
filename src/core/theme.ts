import { css } from 'lit';

/**
 * The kit's design tokens. Every widget reads private `--_x` variables that fall back from a
 * public `--lacnic-*` token to a default given with `light-dark()`, so:
 * - with no `theme` attribute a widget follows the page's own `color-scheme` (light unless the
 *   page opts into dark, so a site's own dark-mode switch reaches it);
 * - `theme="light"` / `theme="dark"` force one; `theme="auto"` follows the reader's system.
 * In forced-colors mode system colours take over.
 */
export const themeStyles = css`
  :host {
    --_font: var(--lacnic-font, inherit);
    --_text: var(--lacnic-color-text, light-dark(#1b2430, #e7ecf2));
    --_muted: var(--lacnic-color-muted, light-dark(#4f5b69, #a9b4c2));
    --_bg: var(--lacnic-color-bg, light-dark(#ffffff, #141a21));
    --_surface: var(--lacnic-color-surface, light-dark(#f3f6f9, #1e262f));
    --_border: var(--lacnic-color-border, light-dark(#c9d2dc, #3b4756));
    --_accent: var(--lacnic-color-accent, light-dark(#0b5cad, #7cb7f2));
    --_accent-contrast: var(--lacnic-color-accent-contrast, light-dark(#ffffff, #0d1b2a));
    --_accent-soft: var(--lacnic-color-accent-soft, light-dark(#e3effb, #1c3550));
    --_error: var(--lacnic-color-error, light-dark(#a4161a, #ff9c9c));
    --_focus: var(--lacnic-color-focus, light-dark(#0b5cad, #9ccaff));
    --_radius: var(--lacnic-radius, 8px);
    --_space: var(--lacnic-space, 1rem);
    --_focus-ring: var(--lacnic-focus-ring-width, 3px) solid var(--_focus);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.45;
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not 'inherit': a page's "* { box-sizing: content-box }" reaches the host and would pass in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * Inherited text styles cross the shadow boundary, and a page's rules on the host element
   * ("* { line-height: 3 }") beat :host: every widget's top box sets them again, so a host page
   * passes in only its font family and size (on purpose) and the colour scheme.
   */
  .base {
    color: var(--_text);
    /* The shorthand resets every font property (weight, style, variant, features…), then the
       family comes back: the page's own, or --lacnic-font. */
    font: 400 1em/1.45 sans-serif;
    font-family: var(--_font);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-underline-offset: auto;
    white-space: normal;
    word-break: normal;
    /* A site's long unbroken words (URLs, codes) wrap inside the widget, never widen the page. */
    overflow-wrap: break-word;
    hyphens: manual;
    cursor: auto;
    border-spacing: 0;
    caption-side: top;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    min-block-size: var(--_status-min-height, auto);
  }
  .status[data-state='error'] {
    border-color: var(--_error);
    border-inline-start-width: 4px;
  }
  .status .title {
    font-weight: 600;
    margin: 0;
  }
  .status p {
    margin: 0;
  }
  .notice {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.75rem;
    border-inline-start: 4px solid var(--_error);
    color: var(--_text);
    background: var(--_bg);
    font-size: 0.875em;
  }
  .loading {
    color: var(--_muted);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
    line-height: 1.2;
  }
  .button:hover {
    background: var(--_accent-soft);
  }
  @media (forced-colors: active) {
    .status,
    .button {
      border-color: CanvasText;
    }
    .button {
      color: ButtonText;
      background: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
