import type { MilestoneTexts } from './milestone-facts.js';

/** The built-in milestones' titles and texts in Portuguese (português), by milestone id. */
export const texts: MilestoneTexts = {
  'agreement-1999': {
    title: 'Assinado o acordo para criar o LACNIC',
    text: 'O acordo para criar o LACNIC foi assinado em agosto de 1999, durante a reunião da ICANN em Santiago do Chile.',
  },
  'lacnic-2000': {
    title: 'Reunião aberta de políticas “LACNIC 2000”',
    text: 'A reunião aberta de políticas “LACNIC 2000” foi realizada em Buenos Aires.',
  },
  'application-2001': {
    title: 'Pedido de reconhecimento apresentado à ICANN',
    text: 'O LACNIC apresentou à ICANN seu pedido de reconhecimento.',
  },
  'provisional-approval-2002': {
    title: 'Aprovação provisória do Conselho da ICANN',
    text: 'Reunido em Acra, o Conselho da ICANN deu aprovação provisória ao LACNIC (resolução 02.28).',
  },
  'recognition-2002': {
    title: 'LACNIC reconhecido como o quarto Registro Regional da Internet',
    text: 'Reunido em Xangai, o Conselho da ICANN reconheceu o LACNIC como o quarto Registro Regional da Internet.',
  },
  'echeberria-2002': {
    title: 'Raúl Echeberría, diretor executivo',
    text: 'Raúl Echeberría assumiu como diretor executivo do LACNIC, cargo que ocupou até 30 de junho de 2014.',
  },
  'first-ipv6-2003': {
    title: 'Primeiro bloco IPv6 nas estatísticas do LACNIC',
    text: 'O primeiro bloco IPv6 que consta das estatísticas do LACNIC é 2001:1200::/32, registrado para o México (MX).',
  },
  'napla-2003': {
    title: 'Começam as reuniões do NAPLA',
    text: 'Começam as reuniões do NAPLA, dos operadores de pontos de troca de tráfego da Internet; mais tarde passaram a se chamar Fórum Regional de Interconexão.',
  },
  'flip6-2004': {
    title: 'Primeiro FLIP6',
    text: 'Acontece o primeiro FLIP6, o Fórum Latino-Americano de IPv6.',
  },
  'tunis-agenda-2005': {
    title: 'A Agenda de Túnis prevê o Fórum de Governança da Internet',
    text: 'O parágrafo 72 da Agenda de Túnis da CMSI determina a criação do Fórum de Governança da Internet (IGF).',
  },
  'first-igf-2006': {
    title: 'Primeiro Fórum de Governança da Internet',
    text: 'O primeiro IGF se reúne em Atenas.',
  },
  'lacsec-origins-2006': {
    title: 'Origens do LACSEC',
    text: 'Uma lista de segurança e o primeiro evento de segurança da região, dentro do LACNIC IX, são a origem do LACSEC.',
  },
  'first-lacigf-2008': {
    title: 'Primeiro LACIGF',
    text: 'Acontece em Montevidéu o primeiro LACIGF, iniciado pelo LACNIC, pela APC e pela RITS.',
  },
  'rpki-2011': {
    title: 'Lançamento do serviço RPKI',
    text: 'É lançado o serviço RPKI (certificação de recursos).',
  },
  'lac-ix-2011': {
    title: 'Assinado o acordo que cria a LAC-IX',
    text: 'No LACNIC XV, em Cancún, os operadores de pontos de troca de tráfego assinam o acordo que cria a LAC-IX.',
  },
  'casa-2012': {
    title: 'Inauguração da Casa de Internet',
    text: 'É inaugurada em Montevidéu a Casa de Internet da América Latina e do Caribe.',
  },
  'lacigf-secretariat-2012': {
    title: 'LACNIC, secretaria do LACIGF',
    text: 'O LACNIC passa a ser a secretaria do LACIGF.',
  },
  'tenth-anniversary-2012': {
    title: 'Décimo aniversário no LACNIC 18',
    text: 'O décimo aniversário do LACNIC é celebrado no LACNIC 18, em Montevidéu, com 570 participantes.',
  },
  'ipv4-exhaustion-2014': {
    title: 'Atingida a fase de esgotamento do IPv4',
    text: 'O estoque de IPv4 do LACNIC cai para um /10 e é atingida a fase de esgotamento. A fase 1 havia começado em 20 de maio de 2014.',
  },
  'robles-2014': {
    title: 'Oscar Robles nomeado diretor executivo',
    text: 'No fim de 2014, Oscar Robles é nomeado diretor executivo do LACNIC.',
  },
  'ipv4-phase-3-2017': {
    title: 'Começa a fase 3 do esgotamento do IPv4',
    text: 'Começa a fase 3 do esgotamento do IPv4, apenas para novos membros.',
  },
  'lacnic-27-2017': {
    title: 'LACNIC 27 em Foz do Iguaçu',
    text: 'O LACNIC 27 se reúne em Foz do Iguaçu, com mais de 650 participantes presenciais e 420 remotos.',
  },
  'fifteenth-anniversary-2017': {
    title: '15º aniversário no LACNIC 28 / LACNOG 2017',
    text: 'No LACNIC 28 / LACNOG 2017, em Montevidéu, é celebrado o 15º aniversário do LACNIC.',
  },
  'ipv4-final-exhaustion-2020': {
    title: 'Reservado o último bloco IPv4',
    text: 'É reservado o último bloco IPv4: esgotamento final.',
  },
};
