/**
 * Everything a widget needs once it has data — the way to the feed parsers, the view model, the summary sentence, the
 * source line and the table, key-figure and map views. It arrives in its own chunk, fetched in parallel with
 * the feed, so that the module a webmaster's page loads first stays small. (The Vega chart runtime is a
 * further chunk, loaded only when a chart is about to be seen.)
 */
// Each parser is a chunk of its own, loaded when a feed needs it (data/parse-async.ts).
export { parseFeedAsync as parseFeed } from '../data/parse-async.js';
export { comparePeriods } from '../data/period.js';
export { buildViewModel } from '../indicators/view-model.js';
export { summarize } from '../indicators/summary.js';
export { sourceLine } from '../indicators/source-line.js';
export { localize } from '../indicators/format.js';
export { regionName } from '../indicators/region-names.js';
export { parseGeo } from '../charts/geo.js';
export { renderTable } from './views/table-view.js';
export { renderKpi } from './views/kpi-view.js';
export { renderMap, mapStyles } from './views/map-view.js';
