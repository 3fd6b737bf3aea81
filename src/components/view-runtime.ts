/**
 * Everything a widget needs once it has data — the way to the feed parsers, the view model, the summary sentence, the
 * source line and the table and key-figure views. It arrives in its own chunk, fetched in parallel with the feed, so
 * that the module a webmaster's page loads first stays small. (The map view is a chunk of its own, map-runtime.ts,
 * fetched with this one by a widget that shows a map. The Vega chart runtime is a further chunk, loaded only for a
 * chart on or near the screen; bar charts are first drawn from here, without it.)
 */
import type { Dataset } from '../data/types.js';
import { buildViewModel as buildModel, type ViewModel } from '../indicators/view-model.js';
import { summarize as summarizeModel } from '../indicators/summary.js';
import { sourceLine as sourceLineOf } from '../indicators/source-line.js';

// Each parser is a chunk of its own, loaded when a feed needs it (data/parse-async.ts).
export { parseFeedAsync as parseFeed } from '../data/parse-async.js';
export { localize } from '../indicators/format.js';
// The strings of the views (the widget's own module carries only the core ones).
export { t } from '../indicators/messages/catalogue.js';
export { regionOptions, regionGroups, periodOptions, coverage } from './inn-dashboard/options.js';
export { renderTable } from './views/table-view.js';
export { renderKpi } from './views/kpi-view.js';
export { renderChangesNotice, widgetNotice } from './views/changes-notice.js';
export { figureMarks } from './views/figure-marks.js';
export { renderModePicker } from './views/mode-picker.js';
export { renderMultiples, multiplesStyles } from './views/multiples-view.js';
// Bar charts are drawn at once, without Vega; the Vega view takes their place when it has been drawn.
export { drawStaticChart, hasStaticChart } from '../charts/static-bars.js';
// The sharing toolbar's buttons are drawn from here, with the rest of the widget; what they do (and permalinks, and
// the printed table) arrives with the sharing chunk once the page has drawn (share/loader.ts).
export { renderShareMenu, shareStyles } from './share/share-menu.js';
export { adoptStyles } from './adopt-styles.js';
export { nearestFigures } from './nearest-figures.js';
// The full message catalogue, for the dashboard's lists (drawn once this runtime is there).
export { t as message } from '../indicators/messages/catalogue.js';

/** Per model: a widget renders several times with one model (and the chart's accessible name repeats the sentence). */
function perModel<R>(fn: (model: ViewModel) => R): (model: ViewModel) => R {
  const memo = new WeakMap<ViewModel, R>();
  return (model) => {
    if (!memo.has(model)) memo.set(model, fn(model));
    return memo.get(model)!;
  };
}
/**
 * One model per dataset and options: a dashboard's key figure and chart of one indicator ask for the same model, and
 * then share it (and its summary sentence and source line, memoized per model below). Models are read-only.
 */
const models = new WeakMap<Dataset, Map<string, ViewModel>>();
export function buildViewModel(ds: Dataset, options: Parameters<typeof buildModel>[1]): ViewModel {
  let byOptions = models.get(ds);
  if (!byOptions) models.set(ds, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let model = byOptions.get(key);
  if (!model) {
    model = buildModel(ds, options);
    // A dataset is seen with a handful of option sets; a page that cycles through many keeps only the latest.
    if (byOptions.size > 50) byOptions.clear();
    byOptions.set(key, model);
  }
  return model;
}

export const summarize = perModel(summarizeModel);
export const sourceLine = perModel(sourceLineOf);

/**
 * The height the chart will take, reserved before it is drawn so the page does not jump (no layout shift); here,
 * in the lazy chunk, as only a widget with a model (so with this runtime) asks.
 * Bars take one 26 px step per category plus axes; line charts a fixed plot. (Set through the CSSOM by
 * cssomStyle, never as a style attribute, which a strict CSP blocks.)
 */
export function chartHeight(model: ViewModel): number {
  if (model.chart === 'index-lines') return 330;
  const categories = new Set(
    model.rows.map((r) => (model.chart === 'part-of-whole' && new Set(model.rows.map((x) => x.region)).size === 1 ? r.series : r.region)),
  ).size;
  const extra = model.chart === 'part-of-whole' && model.totals.length ? 1 : 0;
  return Math.max(90, (categories + extra) * 26 + 64);
}
