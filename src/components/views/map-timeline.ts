import type { ViewModel, ViewRow } from '../../indicators/view-model.js';

/** What a map's time slider steps through, the period it shows, and the rows its colour classes must cover. */
export interface MapTimeline {
  periods: string[];
  current: string;
  scaleRows: ViewRow[];
}

/**
 * The timeline of a map of `model`, when the figures have several periods; undefined otherwise. `build` gives the
 * same selection for another period or a range (`2015/2022`): the classes are computed over every period's values
 * in the reader's mode and filters, so colours compare across years. One build over the whole range when the
 * periods can be named as one (years, quarters, months); else (spans such as `1990-2002`) one per period.
 */
export function mapTimeline(model: ViewModel, build: (period: string) => ViewModel): MapTimeline | undefined {
  const { periods } = model;
  const current = model.shownPeriods[model.shownPeriods.length - 1];
  if (periods.length < 2 || current === undefined) return undefined;
  const range = build(`${periods[0]}/${periods[periods.length - 1]}`);
  const scaleRows = range.shownPeriods.length === periods.length ? range.rows : periods.flatMap((p) => build(p).rows);
  return { periods, current, scaleRows };
}
