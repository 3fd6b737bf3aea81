/** The views a widget offers: a chart, a table, a map, a key figure, or one small chart per region. */
export type View = 'chart' | 'table' | 'map' | 'kpi' | 'multiples';
export const VIEWS: readonly View[] = ['chart', 'table', 'map', 'kpi', 'multiples'];
