/** One organisation in the strip, as a site passes it (JSON, `data`, or markup). */
export interface Partner {
  /** Short name, shown in the text mark and used as the logo's alt text. */
  name: string;
  /** Full name, read to screen readers after the short name. */
  fullName?: string;
  /** The organisation's site: https:, http: or mailto: only. */
  url?: string;
  /** Logo image URL (https:, http: or a raster data: URL); replaces the text mark. */
  logo?: string;
  /** Logo for dark themes. */
  logoDark?: string;
  /** ISO 3166-1 alpha-2 code(s) the organisation is tagged with. */
  country?: string | string[];
  /** A free category name, e.g. "names" or "interconnection". */
  category?: string;
}

/**
 * The organisations that share Casa de Internet de Latinoamérica y el Caribe (Montevideo) with
 * LACNIC, as named in LACNIC's 15th-anniversary text. Sites are given only where a public source
 * confirms them; no logo files are shipped (logos are trademarks): each is drawn as a text mark.
 * Categories describe what each full name says the organisation is.
 */
export const CASA_DE_INTERNET_PARTNERS: readonly Partner[] = [
  { name: 'RedCLARA', fullName: 'Cooperación Latino Americana de Redes Avanzadas', url: 'https://redclara.net/', category: 'research-networks' },
  { name: 'LACTLD', fullName: 'Latin American and Caribbean ccTLD Organization', url: 'https://lactld.org/', category: 'names' },
  { name: 'ASIET', fullName: 'Asociación Interamericana de Empresas de Telecomunicaciones', category: 'industry' },
  { name: 'eCOMLAC', fullName: 'Federación Latinoamericana y del Caribe de Internet y el Comercio Electrónico', category: 'industry' },
  { name: 'ISOC', fullName: 'Internet Society', url: 'https://www.internetsociety.org/', category: 'community' },
  { name: 'ICANN', fullName: 'Internet Corporation for Assigned Names and Numbers', url: 'https://www.icann.org/', category: 'names' },
  { name: 'LAC-IX', fullName: 'Latin American and Caribbean Internet Exchange Point Operators Association', url: 'https://lac-ix.org/', category: 'interconnection' },
  { name: 'ALAI', fullName: 'Asociación Latinoamericana de Internet', category: 'industry' },
];
