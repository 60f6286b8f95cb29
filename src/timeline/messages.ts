import type { Messages } from '../core/i18n.js';
import type { MilestoneCategory } from './types.js';

export interface TimelineMessages {
  label: string;
  labelCustom: string;
  empty: string;
  noMatch: string;
  filters: string;
  categories: Record<MilestoneCategory, string>;
  /** "{n} of {total}": an item's position, read after its title. */
  position: string;
  source: string;
  close: string;
  details: string;
  /** Read after a highlighted item's title: "{country}". */
  highlighted: string;
  axis: string;
  newTab: string;
}

export const timelineMessages: Messages<TimelineMessages> = {
  en: {
    label: 'LACNIC milestones, 1999–2017',
    labelCustom: 'Milestones',
    empty: 'No milestones to show.',
    noMatch: 'No milestone matches the chosen categories.',
    filters: 'Filter by category',
    categories: {
      founding: 'Founding',
      community: 'Community',
      forums: 'Forums',
      governance: 'Internet governance',
      addressing: 'Addressing',
      casa: 'Casa de Internet',
      other: 'Other',
    },
    position: '{n} of {total}',
    source: 'Source',
    close: 'Close',
    details: 'Milestone details',
    highlighted: 'highlighted: {country}',
    axis: 'Time axis',
    newTab: '(opens in a new tab)',
  },
  es: {
    label: 'Hitos de LACNIC, 1999–2017',
    labelCustom: 'Hitos',
    empty: 'No hay hitos para mostrar.',
    noMatch: 'Ningún hito coincide con las categorías elegidas.',
    filters: 'Filtrar por categoría',
    categories: {
      founding: 'Fundación',
      community: 'Comunidad',
      forums: 'Foros',
      governance: 'Gobernanza de Internet',
      addressing: 'Direccionamiento',
      casa: 'Casa de Internet',
      other: 'Otros',
    },
    position: '{n} de {total}',
    source: 'Fuente',
    close: 'Cerrar',
    details: 'Detalle del hito',
    highlighted: 'destacado: {country}',
    axis: 'Eje temporal',
    newTab: '(se abre en una pestaña nueva)',
  },
  pt: {
    label: 'Marcos do LACNIC, 1999–2017',
    labelCustom: 'Marcos',
    empty: 'Não há marcos para mostrar.',
    noMatch: 'Nenhum marco corresponde às categorias escolhidas.',
    filters: 'Filtrar por categoria',
    categories: {
      founding: 'Fundação',
      community: 'Comunidade',
      forums: 'Fóruns',
      governance: 'Governança da Internet',
      addressing: 'Endereçamento',
      casa: 'Casa de Internet',
      other: 'Outros',
    },
    position: '{n} de {total}',
    source: 'Fonte',
    close: 'Fechar',
    details: 'Detalhes do marco',
    highlighted: 'em destaque: {country}',
    axis: 'Eixo temporal',
    newTab: '(abre em uma nova aba)',
  },
};
