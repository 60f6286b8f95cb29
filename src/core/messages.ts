import type { Messages } from './i18n.js';

/** What every widget says while loading, when empty and above an error (always loaded). */
export interface CoreMessages {
  loading: string;
  retry: string;
  empty: string;
  errorTitle: string;
}

export const coreMessages: Messages<CoreMessages> = {
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    empty: 'Nothing to show yet.',
    errorTitle: 'This content could not be shown',
  },
  es: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    empty: 'Todavía no hay nada para mostrar.',
    errorTitle: 'No se pudo mostrar este contenido',
  },
  pt: {
    loading: 'Carregando…',
    retry: 'Tentar de novo',
    empty: 'Ainda não há nada para mostrar.',
    errorTitle: 'Não foi possível mostrar este conteúdo',
  },
};
