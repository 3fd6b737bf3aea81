import type { ViewModel } from '../indicators/view-model.js';

/** Up to this many lines are named at their ends; more get a legend (end labels would pile up). */
export const MAX_END_LABELS = 5;

/** How many lines a line chart draws: one per region and series. */
export function lineCount(model: ViewModel): number {
  return new Set(model.rows.map((r) => `${r.region}\u0000${r.series ?? ''}`)).size;
}

/** Whether a line chart names its lines in a legend rather than at their ends. */
export function hasLineLegend(model: ViewModel): boolean {
  return lineCount(model) > MAX_END_LABELS;
}
