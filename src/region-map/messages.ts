import type { Messages } from '../core/i18n.js';

export interface MapMessages {
  /** Accessible name of the map; {metric} and {year}. */
  mapLabel: string;
  /** How to use the map with the keyboard (described by the map). */
  keys: string;
  metrics: Record<string, string>;
  /** Label of a custom metric with no name of its own. */
  value: string;
  noData: string;
  legend: string;
  /** Legend bands of a site's own thresholds: {a} and {b} are the breaks around the band. */
  below: string;
  between: string;
  atLeast: string;
  /** An economy's line: "{name}: {value}". */
  named: string;
  /** Share of the region: "{share} of the region". */
  share: string;
  /** Rank: "{rank} of {count}", {rank} already ordinal. */
  rank: string;
  ordinal(n: string, plural: Intl.LDMLPluralRule): string;
  selected: string;
  cleared: string;
  /** Written summary: {largest} {largestValue} {largestShare} {smallest} {smallestValue} {top} {topShare} {count} {total} {metric} {year}. */
  summaryLead: string;
  summaryTop: string;
  summaryData: string;
  summaryNoData: string;
  showTable: string;
  showMap: string;
  tableCaption: string;
  economy: string;
  shareColumn: string;
  rankColumn: string;
  downloadCsv: string;
  saveSvg: string;
  savePng: string;
  year: string;
  play: string;
  pause: string;
  inset: string;
  statsFormat: string;
  /** The map's shapes (the kit's own file) could not be loaded; the figures stay in the table. */
  geometryFailed: string;
}

export const mapMessages: Messages<MapMessages> = {
  en: {
    mapLabel: 'Map of LACNIC’s service region: {metric}, {year}',
    keys: 'Arrow keys move between economies, Home and End go to the highest and lowest value, Enter selects, Escape clears.',
    metrics: { holders: 'organisations holding resources', asn: 'ASNs', ipv4: 'IPv4 addresses', ipv6: 'IPv6 blocks' },
    value: 'value',
    noData: 'No data',
    legend: 'Legend',
    below: 'under {b}',
    between: '{a} to under {b}',
    atLeast: '{a} or more',
    named: '{name}: {value}',
    share: '{share} of the region',
    rank: '{rank} of {count}',
    ordinal: (n, p) => n + (({ one: 'st', two: 'nd', few: 'rd' } as Record<string, string>)[p] ?? 'th'),
    selected: 'Selected: {name}',
    cleared: 'Selection cleared',
    summaryLead: '{largest} has the most {metric} in {year}: {largestValue}, {largestShare} of the region.',
    summaryTop: 'The three largest together hold {topShare}; {smallest} has the fewest ({smallestValue}).',
    summaryData: '{count} of {total} economies have data.',
    summaryNoData: 'No data for {names}.',
    showTable: 'Show table',
    showMap: 'Show map',
    tableCaption: '{metric} by economy, {year}',
    economy: 'Economy',
    shareColumn: 'Share',
    rankColumn: 'Rank',
    downloadCsv: 'Download data (CSV)',
    saveSvg: 'Save image (SVG)',
    savePng: 'Save image (PNG)',
    year: 'Year',
    play: 'Play',
    pause: 'Pause',
    inset: 'Caribbean islands, enlarged',
    statsFormat: 'RIR statistics',
    geometryFailed: 'The map could not be drawn: its shapes did not load (network error). The figures are in the table.',
  },
  es: {
    mapLabel: 'Mapa de la región de servicio de LACNIC: {metric}, {year}',
    keys: 'Las flechas recorren las economías, Inicio y Fin van al valor más alto y al más bajo, Intro selecciona, Escape borra.',
    metrics: { holders: 'organizaciones con recursos', asn: 'ASN', ipv4: 'direcciones IPv4', ipv6: 'bloques IPv6' },
    value: 'valor',
    noData: 'Sin datos',
    legend: 'Leyenda',
    below: 'menos de {b}',
    between: 'de {a} a menos de {b}',
    atLeast: '{a} o más',
    named: '{name}: {value}',
    share: '{share} de la región',
    rank: '{rank} de {count}',
    ordinal: (n) => `${n}.º`,
    selected: 'Seleccionado: {name}',
    cleared: 'Selección borrada',
    summaryLead: '{largest} tiene más {metric} en {year}: {largestValue}, el {largestShare} de la región.',
    summaryTop: 'Las tres mayores suman el {topShare}; {smallest} tiene menos ({smallestValue}).',
    summaryData: '{count} de {total} economías tienen datos.',
    summaryNoData: 'Sin datos para {names}.',
    showTable: 'Ver tabla',
    showMap: 'Ver mapa',
    tableCaption: '{metric} por economía, {year}',
    economy: 'Economía',
    shareColumn: 'Proporción',
    rankColumn: 'Puesto',
    downloadCsv: 'Descargar datos (CSV)',
    saveSvg: 'Guardar imagen (SVG)',
    savePng: 'Guardar imagen (PNG)',
    year: 'Año',
    play: 'Reproducir',
    pause: 'Pausar',
    inset: 'Islas del Caribe, ampliadas',
    statsFormat: 'estadísticas de RIR',
    geometryFailed: 'No se pudo dibujar el mapa: sus formas no cargaron (error de red). Las cifras están en la tabla.',
  },
  pt: {
    mapLabel: 'Mapa da região de serviço do LACNIC: {metric}, {year}',
    keys: 'As setas percorrem as economias, Home e End vão ao maior e ao menor valor, Enter seleciona, Esc limpa.',
    metrics: { holders: 'organizações com recursos', asn: 'ASNs', ipv4: 'endereços IPv4', ipv6: 'blocos IPv6' },
    value: 'valor',
    noData: 'Sem dados',
    legend: 'Legenda',
    below: 'menos de {b}',
    between: 'de {a} a menos de {b}',
    atLeast: '{a} ou mais',
    named: '{name}: {value}',
    share: '{share} da região',
    rank: '{rank} de {count}',
    ordinal: (n) => `${n}º`,
    selected: 'Selecionado: {name}',
    cleared: 'Seleção limpa',
    summaryLead: '{largest} tem mais {metric} em {year}: {largestValue}, {largestShare} da região.',
    summaryTop: 'As três maiores somam {topShare}; {smallest} tem menos ({smallestValue}).',
    summaryData: '{count} de {total} economias têm dados.',
    summaryNoData: 'Sem dados para {names}.',
    showTable: 'Ver tabela',
    showMap: 'Ver mapa',
    tableCaption: '{metric} por economia, {year}',
    economy: 'Economia',
    shareColumn: 'Participação',
    rankColumn: 'Posição',
    downloadCsv: 'Baixar dados (CSV)',
    saveSvg: 'Salvar imagem (SVG)',
    savePng: 'Salvar imagem (PNG)',
    year: 'Ano',
    play: 'Reproduzir',
    pause: 'Pausar',
    inset: 'Ilhas do Caribe, ampliadas',
    statsFormat: 'estatísticas de RIR',
    geometryFailed: 'Não foi possível desenhar o mapa: suas formas não carregaram (erro de rede). Os números estão na tabela.',
  },
};
