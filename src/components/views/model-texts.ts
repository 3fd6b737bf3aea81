import type { ViewModel } from '../../indicators/view-model.js';
import { summarize as summarizeModel } from '../../indicators/summary.js';
import { sourceLine as sourceLineOf } from '../../indicators/source-line.js';
import { hasLineLegend, lineCount } from '../../charts/line-legend.js';

/** Per model: a widget renders several times with one model (and the chart's accessible name repeats the sentence). */
function perModel<R>(fn: (model: ViewModel) => R): (model: ViewModel) => R {
  const memo = new WeakMap<ViewModel, R>();
  return (model) => {
    if (!memo.has(model)) memo.set(model, fn(model));
    return memo.get(model)!;
  };
}
export const summarize = perModel(summarizeModel);
export const sourceLine = perModel(sourceLineOf);

/**
 * The height the chart will take, reserved before it is drawn so the page does not jump (no layout shift); here,
 * in the lazy chunk, as only a widget with a model (so with this runtime) asks.
 * Bars take one 26 px step per category plus axes; line charts a fixed plot and, when they have one, a legend. (Set through the CSSOM by
 * cssomStyle, never as a style attribute, which a strict CSP blocks.)
 */
export function chartHeight(model: ViewModel): number {
  // The 240 px plot and its axis (266 px drawn); with more lines than end labels, a legend row of ~21 px per line.
  if (model.chart === 'index-lines') return hasLineLegend(model) ? 266 + 21 * lineCount(model) : 266;
  const categories = new Set(
    model.rows.map((r) => (model.chart === 'part-of-whole' && new Set(model.rows.map((x) => x.region)).size === 1 ? r.series : r.region)),
  ).size;
  const extra = model.chart === 'part-of-whole' && model.totals.length ? 1 : 0;
  return Math.max(90, (categories + extra) * 26 + 64);
}
