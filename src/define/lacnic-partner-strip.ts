import { define } from '../core/define.js';
import { LacnicPartnerStrip } from '../partner-strip/partner-strip.js';

define('lacnic-partner-strip', LacnicPartnerStrip);

declare global {
  interface HTMLElementTagNameMap {
    'lacnic-partner-strip': LacnicPartnerStrip;
  }
}

export * from '../partner-strip/index.js';
