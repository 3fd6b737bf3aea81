import { codeList } from '../../indicators/code-list.js';
import type { InnSelectDetail } from '../events.js';
import type { View } from '../views/view-names.js';
import type { Change } from '../views/widget-toolbar.js';

/** The attributes a reader's choice in the toolbar, the chart or the map sets. */
export interface SelectionTarget {
  indicator: string;
  view: View;
  region: string;
  period: string;
  measure: string;
  mode: string;
  base: string;
  dims: string;
}

/**
 * Sets the attribute a reader's choice changes and returns what `inn-select` tells the page: a change of mode, base
 * or dimension is a change of measure to the page.
 */
export function applyChange(el: SelectionTarget, change: Change, value: string): InnSelectDetail {
  if (change === 'mode') el.mode = value;
  else if (change === 'base') el.base = value;
  else if (change === 'dims') el.dims = value;
  else if (change === 'view') el.view = value as View;
  else if (change === 'measure') el.measure = value;
  else if (change === 'period') el.period = value;
  else el.region = value;
  return {
    change: change === 'dims' || change === 'mode' || change === 'base' ? ('measure' as const) : change,
    indicator: el.indicator,
    view: el.view,
    measure: el.measure,
    period: el.period,
    regions: codeList(el.region),
  };
}
