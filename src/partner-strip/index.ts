export { LacnicPartnerStrip } from './partner-strip.js';
export type { PartnerStripLayout, PartnerClickDetail } from './partner-strip.js';
export type { Partner } from './partners.js';
export { CASA_DE_INTERNET_PARTNERS } from './partners.js';
export type { PartnerItem } from './validate.js';
