import type { MilestoneTexts } from './milestone-facts.js';

/** The built-in milestones' titles and texts in English, by milestone id. */
export const texts: MilestoneTexts = {
  'agreement-1999': {
    title: 'Agreement to create LACNIC signed',
    text: 'The agreement to create LACNIC was signed in August 1999, at the ICANN meeting in Santiago de Chile.',
  },
  'lacnic-2000': {
    title: '“LACNIC 2000” open policy meeting',
    text: 'The “LACNIC 2000” open policy meeting was held in Buenos Aires.',
  },
  'application-2001': {
    title: 'Application for recognition submitted to ICANN',
    text: 'LACNIC submitted its application for recognition to ICANN.',
  },
  'provisional-approval-2002': {
    title: 'Provisional approval from the ICANN Board',
    text: 'Meeting in Accra, the ICANN Board gave LACNIC its provisional approval (resolution 02.28).',
  },
  'recognition-2002': {
    title: 'LACNIC recognised as the fourth Regional Internet Registry',
    text: 'Meeting in Shanghai, the ICANN Board recognised LACNIC as the fourth Regional Internet Registry.',
  },
  'echeberria-2002': {
    title: 'Raúl Echeberría becomes Executive Director',
    text: 'Raúl Echeberría became LACNIC’s Executive Director, a post he held until 30 June 2014.',
  },
  'first-ipv6-2003': {
    title: 'First IPv6 block in LACNIC’s statistics',
    text: 'The first IPv6 block in LACNIC’s statistics is 2001:1200::/32, recorded for Mexico (MX).',
  },
  'napla-2003': {
    title: 'NAPLA meetings begin',
    text: 'Meetings of NAPLA, the Internet exchange operators, begin; they were later renamed the Regional Interconnection Forum.',
  },
  'flip6-2004': {
    title: 'First FLIP6',
    text: 'The first FLIP6, the Latin American IPv6 Forum, takes place.',
  },
  'tunis-agenda-2005': {
    title: 'Tunis Agenda mandates the Internet Governance Forum',
    text: 'Paragraph 72 of the WSIS Tunis Agenda mandates the Internet Governance Forum (IGF).',
  },
  'first-igf-2006': {
    title: 'First Internet Governance Forum',
    text: 'The first IGF meets in Athens.',
  },
  'lacsec-origins-2006': {
    title: 'Origins of LACSEC',
    text: 'A security list and the region’s first security event, within LACNIC IX, are the origins of LACSEC.',
  },
  'first-lacigf-2008': {
    title: 'First LACIGF',
    text: 'The first LACIGF takes place in Montevideo, started by LACNIC, APC and RITS.',
  },
  'rpki-2011': {
    title: 'RPKI service launched',
    text: 'The RPKI (resource certification) service is launched.',
  },
  'lac-ix-2011': {
    title: 'Agreement creating LAC-IX signed',
    text: 'At LACNIC XV in Cancún, exchange point operators sign the agreement creating LAC-IX.',
  },
  'casa-2012': {
    title: 'Casa de Internet inaugurated',
    text: 'Casa de Internet de Latinoamérica y el Caribe is inaugurated in Montevideo.',
  },
  'lacigf-secretariat-2012': {
    title: 'LACNIC becomes LACIGF secretariat',
    text: 'LACNIC becomes the secretariat of LACIGF.',
  },
  'tenth-anniversary-2012': {
    title: '10th anniversary at LACNIC 18',
    text: 'LACNIC’s 10th anniversary is celebrated at LACNIC 18 in Montevideo, with 570 participants.',
  },
  'ipv4-exhaustion-2014': {
    title: 'IPv4 exhaustion phase reached',
    text: 'LACNIC’s IPv4 pool is down to a /10 and the exhaustion phase is reached. Phase 1 had begun on 20 May 2014.',
  },
  'robles-2014': {
    title: 'Oscar Robles appointed Executive Director',
    text: 'In late 2014, Oscar Robles is appointed LACNIC’s Executive Director.',
  },
  'ipv4-phase-3-2017': {
    title: 'IPv4 exhaustion phase 3 begins',
    text: 'Phase 3 of IPv4 exhaustion begins, for new entrants only.',
  },
  'lacnic-27-2017': {
    title: 'LACNIC 27 in Foz do Iguaçu',
    text: 'LACNIC 27 meets in Foz do Iguaçu, with over 650 participants on site and 420 remote.',
  },
  'fifteenth-anniversary-2017': {
    title: '15th anniversary at LACNIC 28 / LACNOG 2017',
    text: 'LACNIC’s 15th anniversary is celebrated at LACNIC 28 / LACNOG 2017 in Montevideo.',
  },
  'ipv4-final-exhaustion-2020': {
    title: 'Last IPv4 block reserved',
    text: 'The last IPv4 block is reserved: final exhaustion.',
  },
};
