import type { MilestoneTexts } from './milestone-facts.js';

/** The built-in milestones' titles and texts in Spanish (español), by milestone id. */
export const texts: MilestoneTexts = {
  'agreement-1999': {
    title: 'Se firma el acuerdo para crear LACNIC',
    text: 'El acuerdo para crear LACNIC se firmó en agosto de 1999, durante la reunión de ICANN en Santiago de Chile.',
  },
  'lacnic-2000': {
    title: 'Reunión abierta de políticas «LACNIC 2000»',
    text: 'La reunión abierta de políticas «LACNIC 2000» se realizó en Buenos Aires.',
  },
  'application-2001': {
    title: 'Solicitud de reconocimiento presentada a ICANN',
    text: 'LACNIC presentó a ICANN su solicitud de reconocimiento.',
  },
  'provisional-approval-2002': {
    title: 'Aprobación provisional de la Junta de ICANN',
    text: 'Reunida en Acra, la Junta de ICANN dio su aprobación provisional a LACNIC (resolución 02.28).',
  },
  'recognition-2002': {
    title: 'LACNIC, reconocido como cuarto Registro Regional de Internet',
    text: 'Reunida en Shanghái, la Junta de ICANN reconoció a LACNIC como el cuarto Registro Regional de Internet.',
  },
  'echeberria-2002': {
    title: 'Raúl Echeberría, director ejecutivo',
    text: 'Raúl Echeberría asumió como director ejecutivo de LACNIC, cargo que ocupó hasta el 30 de junio de 2014.',
  },
  'first-ipv6-2003': {
    title: 'Primer bloque IPv6 en las estadísticas de LACNIC',
    text: 'El primer bloque IPv6 que figura en las estadísticas de LACNIC es 2001:1200::/32, registrado para México (MX).',
  },
  'napla-2003': {
    title: 'Comienzan las reuniones de NAPLA',
    text: 'Comienzan las reuniones de NAPLA, de los operadores de puntos de intercambio de Internet; más tarde pasaron a llamarse Foro Regional de Interconexión.',
  },
  'flip6-2004': {
    title: 'Primer FLIP6',
    text: 'Se realiza el primer FLIP6, el Foro Latinoamericano de IPv6.',
  },
  'tunis-agenda-2005': {
    title: 'La Agenda de Túnez prevé el Foro de Gobernanza de Internet',
    text: 'El párrafo 72 de la Agenda de Túnez de la CMSI encomienda la creación del Foro de Gobernanza de Internet (IGF).',
  },
  'first-igf-2006': {
    title: 'Primer Foro de Gobernanza de Internet',
    text: 'El primer IGF se reúne en Atenas.',
  },
  'lacsec-origins-2006': {
    title: 'Orígenes de LACSEC',
    text: 'Una lista de seguridad y el primer evento de seguridad de la región, dentro de LACNIC IX, son el origen de LACSEC.',
  },
  'first-lacigf-2008': {
    title: 'Primer LACIGF',
    text: 'Se realiza en Montevideo el primer LACIGF, iniciado por LACNIC, APC y RITS.',
  },
  'rpki-2011': {
    title: 'Lanzamiento del servicio RPKI',
    text: 'Se lanza el servicio RPKI (certificación de recursos).',
  },
  'lac-ix-2011': {
    title: 'Se firma el acuerdo que crea LAC-IX',
    text: 'En LACNIC XV, en Cancún, los operadores de puntos de intercambio firman el acuerdo que crea LAC-IX.',
  },
  'casa-2012': {
    title: 'Inauguración de la Casa de Internet',
    text: 'Se inaugura en Montevideo la Casa de Internet de Latinoamérica y el Caribe.',
  },
  'lacigf-secretariat-2012': {
    title: 'LACNIC, secretaría del LACIGF',
    text: 'LACNIC pasa a ser la secretaría del LACIGF.',
  },
  'tenth-anniversary-2012': {
    title: 'Décimo aniversario en LACNIC 18',
    text: 'El décimo aniversario de LACNIC se celebra en LACNIC 18, en Montevideo, con 570 participantes.',
  },
  'ipv4-exhaustion-2014': {
    title: 'Se alcanza la fase de agotamiento de IPv4',
    text: 'El stock de IPv4 de LACNIC baja a un /10 y se alcanza la fase de agotamiento. La fase 1 había comenzado el 20 de mayo de 2014.',
  },
  'robles-2014': {
    title: 'Oscar Robles, designado director ejecutivo',
    text: 'A fines de 2014, Oscar Robles es designado director ejecutivo de LACNIC.',
  },
  'ipv4-phase-3-2017': {
    title: 'Comienza la fase 3 del agotamiento de IPv4',
    text: 'Comienza la fase 3 del agotamiento de IPv4, solo para nuevos miembros.',
  },
  'lacnic-27-2017': {
    title: 'LACNIC 27 en Foz do Iguaçu',
    text: 'LACNIC 27 se reúne en Foz do Iguaçu, con más de 650 participantes presenciales y 420 a distancia.',
  },
  'fifteenth-anniversary-2017': {
    title: '15.º aniversario en LACNIC 28 / LACNOG 2017',
    text: 'En LACNIC 28 / LACNOG 2017, en Montevideo, se celebra el 15.º aniversario de LACNIC.',
  },
  'ipv4-final-exhaustion-2020': {
    title: 'Se reserva el último bloque IPv4',
    text: 'Se reserva el último bloque IPv4: agotamiento final.',
  },
};
