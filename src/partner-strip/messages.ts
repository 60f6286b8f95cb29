import type { Messages } from '../core/i18n.js';

export interface StripMessages {
  label: string;
  labelCustom: string;
  newTab: string;
  empty: string;
}

export const stripMessages: Messages<StripMessages> = {
  en: {
    label: 'Organisations that share Casa de Internet with LACNIC',
    labelCustom: 'Partner organisations',
    newTab: '(opens in a new tab)',
    empty: 'No organisations to show.',
  },
  es: {
    label: 'Organizaciones que comparten la Casa de Internet con LACNIC',
    labelCustom: 'Organizaciones asociadas',
    newTab: '(se abre en una pestaña nueva)',
    empty: 'No hay organizaciones para mostrar.',
  },
  pt: {
    label: 'Organizações que compartilham a Casa de Internet com o LACNIC',
    labelCustom: 'Organizações parceiras',
    newTab: '(abre em uma nova aba)',
    empty: 'Não há organizações para mostrar.',
  },
};
