import type { ErrorCode, ProblemReason } from './events.js';
import type { Messages } from './i18n.js';

export interface CoreMessages {
  loading: string;
  retry: string;
  empty: string;
  errorTitle: string;
  errors: Record<ErrorCode, string>;
  reasons: Record<ProblemReason, string>;
  /** How one item is named in a message: {n} its 1-based position, {name} its name. */
  item: string;
  itemNamed: string;
  /** Appended when more problems exist than the message lists. */
  more: string;
}

export const coreMessages: Messages<CoreMessages> = {
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    empty: 'Nothing to show yet.',
    errorTitle: 'This content could not be shown',
    errors: {
      'fetch-failed': 'The data could not be loaded (network error).',
      timeout: 'The data took too long to load.',
      'http-status': 'The server answered {status} when asked for the data.',
      'too-large': 'The data is larger than the {limit} this widget accepts.',
      parse: 'The data is not valid {format}.',
      'invalid-data': 'No item could be used: {detail}',
      'invalid-item': '{count} items were skipped: {detail}',
    },
    reasons: {
      missing: '“{field}” is missing',
      type: '“{field}” has the wrong type',
      'unsafe-url': '“{field}” is not a safe link',
      duplicate: '“{field}” repeats another item’s',
      invalid: '“{field}” is not valid',
      unknown: '“{field}” has an unknown value',
      'not-a-list': 'expected a list of items',
    },
    item: 'item {n}',
    itemNamed: 'item {n} (“{name}”)',
    more: 'and {count} more',
  },
  es: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    empty: 'Todavía no hay nada para mostrar.',
    errorTitle: 'No se pudo mostrar este contenido',
    errors: {
      'fetch-failed': 'No se pudieron cargar los datos (error de red).',
      timeout: 'Los datos tardaron demasiado en cargar.',
      'http-status': 'El servidor respondió {status} al pedir los datos.',
      'too-large': 'Los datos superan los {limit} que acepta este componente.',
      parse: 'Los datos no son {format} válido.',
      'invalid-data': 'Ningún elemento se pudo usar: {detail}',
      'invalid-item': 'Se omitieron {count} elementos: {detail}',
    },
    reasons: {
      missing: 'falta «{field}»',
      type: '«{field}» tiene un tipo incorrecto',
      'unsafe-url': '«{field}» no es un enlace seguro',
      duplicate: '«{field}» repite el de otro elemento',
      invalid: '«{field}» no es válido',
      unknown: '«{field}» tiene un valor desconocido',
      'not-a-list': 'se esperaba una lista de elementos',
    },
    item: 'elemento {n}',
    itemNamed: 'elemento {n} («{name}»)',
    more: 'y {count} más',
  },
  pt: {
    loading: 'Carregando…',
    retry: 'Tentar de novo',
    empty: 'Ainda não há nada para mostrar.',
    errorTitle: 'Não foi possível mostrar este conteúdo',
    errors: {
      'fetch-failed': 'Não foi possível carregar os dados (erro de rede).',
      timeout: 'Os dados demoraram demais para carregar.',
      'http-status': 'O servidor respondeu {status} ao pedir os dados.',
      'too-large': 'Os dados excedem os {limit} que este componente aceita.',
      parse: 'Os dados não são {format} válido.',
      'invalid-data': 'Nenhum item pôde ser usado: {detail}',
      'invalid-item': '{count} itens foram ignorados: {detail}',
    },
    reasons: {
      missing: 'falta “{field}”',
      type: '“{field}” tem o tipo errado',
      'unsafe-url': '“{field}” não é um link seguro',
      duplicate: '“{field}” repete o de outro item',
      invalid: '“{field}” não é válido',
      unknown: '“{field}” tem um valor desconhecido',
      'not-a-list': 'esperava-se uma lista de itens',
    },
    item: 'item {n}',
    itemNamed: 'item {n} (“{name}”)',
    more: 'e mais {count}',
  },
};
