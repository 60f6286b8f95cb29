import type { Milestone } from './types.js';

/** A built-in milestone without its words: what is the same in every language. */
export type MilestoneFact = Omit<Milestone, 'id' | 'title' | 'text'> & { id: string };

/** One language's words for the built-in milestones, by milestone id. */
export type MilestoneTexts = Record<string, { title: string; text?: string }>;

/**
 * The language-neutral facts of LACNIC's milestones from 1999 to the 15th anniversary (2017),
 * plus one after it, marked `optional` (shown only when `to` reaches its year). Only facts
 * confirmed in a public source are here; dates carry the precision the source gives, never
 * more. Sources point at the host (and path, when known) the fact was checked against.
 * Titles and texts live in one module per language (`milestone-texts.<lang>.ts`), so the
 * element loads only the reader's language.
 */
export const MILESTONE_FACTS: MilestoneFact[] = [
  {
    id: 'agreement-1999',
    date: '1999-08',
    category: 'founding',
    countries: ['CL'],
    source: 'https://icannwiki.org/LACNIC',
  },
  {
    id: 'lacnic-2000',
    date: '2000-12',
    category: 'community',
    countries: ['AR'],
    source: 'https://aso.icann.org/',
  },
  {
    id: 'application-2001',
    date: '2001-11-28',
    category: 'founding',
    source: 'https://archive.icann.org/en/aso/lacnic-joinder-30oct02.htm',
  },
  {
    id: 'provisional-approval-2002',
    date: '2002-03-14',
    category: 'founding',
    countries: ['GH'],
    source: 'https://community.icann.org/',
  },
  {
    id: 'recognition-2002',
    date: '2002-10-31',
    category: 'founding',
    countries: ['CN'],
    source: 'https://www.lacnic.net/',
  },
  {
    id: 'echeberria-2002',
    date: '2002-11',
    category: 'governance',
    source: 'https://www.lacnic.net/1541',
  },
  {
    id: 'first-ipv6-2003',
    date: '2003-01-10',
    category: 'addressing',
    countries: ['MX'],
    source: 'https://www.lacnic.net/',
  },
  {
    id: 'napla-2003',
    date: '2003',
    category: 'forums',
    source: 'https://icannwiki.org/NAPLA',
  },
  {
    id: 'flip6-2004',
    date: '2004-03',
    category: 'forums',
    source: 'https://portalipv6.lacnic.net/',
  },
  {
    id: 'tunis-agenda-2005',
    date: '2005-11',
    category: 'governance',
    countries: ['TN'],
    source: 'https://dig.watch/',
  },
  {
    id: 'first-igf-2006',
    date: '2006-10-30',
    end: '2006-11-02',
    category: 'governance',
    countries: ['GR'],
    source: 'https://www.intgovforum.org/',
  },
  {
    id: 'lacsec-origins-2006',
    date: '2006',
    category: 'forums',
    source: 'https://blog.lacnic.net/',
  },
  {
    id: 'first-lacigf-2008',
    date: '2008',
    category: 'governance',
    countries: ['UY'],
    source: 'https://lacigf.org/en/background',
  },
  {
    id: 'rpki-2011',
    date: '2011-01-01',
    category: 'addressing',
    source: 'https://www.lacnic.net/640',
  },
  {
    id: 'lac-ix-2011',
    date: '2011-05',
    category: 'community',
    countries: ['MX'],
    source: 'https://blog.lacnic.net/',
  },
  {
    id: 'casa-2012',
    date: '2012-04-17',
    category: 'casa',
    countries: ['UY'],
    source: 'https://ipsnoticias.net/',
  },
  {
    id: 'lacigf-secretariat-2012',
    date: '2012',
    category: 'governance',
    source: 'https://lactld.org/',
  },
  {
    id: 'tenth-anniversary-2012',
    date: '2012-10',
    end: '2012-11',
    category: 'community',
    countries: ['UY'],
    source: 'https://www.icann.org/',
  },
  {
    id: 'ipv4-exhaustion-2014',
    date: '2014-06-10',
    category: 'addressing',
    source: 'https://www.lacnic.net/1532',
  },
  {
    id: 'robles-2014',
    date: '2014',
    category: 'governance',
    source: 'https://www.nro.net/',
  },
  {
    id: 'ipv4-phase-3-2017',
    date: '2017-02-15',
    category: 'addressing',
    source: 'https://www.lacnic.net/',
  },
  {
    id: 'lacnic-27-2017',
    date: '2017-05-22',
    end: '2017-05-26',
    category: 'community',
    countries: ['BR'],
    source: 'https://www.lacnic.net/',
  },
  {
    id: 'fifteenth-anniversary-2017',
    date: '2017-09-18',
    end: '2017-09-22',
    category: 'community',
    countries: ['UY'],
    source: 'https://blog.lacnic.net/',
  },
  {
    id: 'ipv4-final-exhaustion-2020',
    date: '2020-08-19',
    category: 'addressing',
    optional: true,
    source: 'https://blog.lacnic.net/',
  },
];
