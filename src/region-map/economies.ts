/**
 * LACNIC's service region: the 31 economies (ISO 3166-1 alpha-2) listed in the project's
 * FACTS.md ("Service region"). Public texts speak of "33 territories"; the kit uses these 31.
 */
export const LACNIC_ECONOMIES = [
  'AR', 'AW', 'BO', 'BQ', 'BR', 'BZ', 'CL', 'CO', 'CR', 'CU', 'CW', 'DO', 'EC', 'FK', 'GF', 'GS',
  'GT', 'GY', 'HN', 'HT', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR', 'SV', 'SX', 'TT', 'UY', 'VE',
] as const;

export type LacnicEconomy = (typeof LACNIC_ECONOMIES)[number];

const SET: ReadonlySet<string> = new Set(LACNIC_ECONOMIES);

/** True when `cc` (upper-case alpha-2) is one of LACNIC's 31 economies. */
export function isLacnicEconomy(cc: string): cc is LacnicEconomy {
  return SET.has(cc);
}
