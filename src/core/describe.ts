// Failures and skipped items in words, in the reader's language. Loaded on demand, the first
// time something goes wrong, so no page pays for these sentences until it needs them.
import type { DataError } from './data.js';
import type { ErrorCode, ItemProblem, ProblemReason } from './events.js';
import { fmt } from './i18n.js';
import { formatNumber } from './intl.js';
import type { Messages, ResolvedLocale } from './i18n.js';
import { cleanText } from './text.js';

/** How failures and skipped items are worded; loaded with the describer, only on failure. */
export interface ProblemMessages {
  errors: Record<ErrorCode, string>;
  reasons: Record<ProblemReason, string>;
  /** How one item is named in a message: {n} its 1-based position, {name} its name. */
  item: string;
  itemNamed: string;
  /** Appended when more problems exist than the message lists. */
  more: string;
}

export const problemMessages: Messages<ProblemMessages> = {
  en: {
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

function itemLabel(p: ItemProblem, locale: ResolvedLocale): string {
  const m = problemMessages[locale.lang];
  const name = p.name ? cleanText(p.name).replace(/\s+/g, ' ').slice(0, 40) : '';
  return name ? fmt(m.itemNamed, { n: p.index + 1, name }) : fmt(m.item, { n: p.index + 1 });
}

/** One problem in words: "item 3 (“ISOC”): “url” is not a safe link". */
export function describeProblem(p: ItemProblem, locale: ResolvedLocale): string {
  const m = problemMessages[locale.lang];
  const reason = fmt(m.reasons[p.reason], { field: cleanText(p.field).slice(0, 40) });
  return p.reason === 'not-a-list' ? reason : `${itemLabel(p, locale)}: ${reason}`;
}

/** The sentence a widget shows, and `lacnic-error` carries, for a failure. */
export function describeError(error: DataError, locale: ResolvedLocale): string {
  const m = problemMessages[locale.lang];
  const problems = error.problems ?? [];
  const shown = problems.slice(0, 3).map((p) => describeProblem(p, locale));
  if (problems.length > 3) shown.push(fmt(m.more, { count: formatNumber(problems.length - 3, locale.tag) }));
  const skipped = new Set(problems.map((p) => p.index)).size;
  return fmt(m.errors[error.code], {
    status: error.status ?? '',
    format: error.format ?? 'JSON',
    limit: error.limit ? `${formatNumber(error.limit / 1024 / 1024, locale.tag, { maximumFractionDigits: 1 })} MB` : '',
    count: formatNumber(skipped, locale.tag),
    detail: shown.join('; '),
  });
}
