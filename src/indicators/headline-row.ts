import type { ViewModel, ViewRow } from './view-model.js';
import { t } from './messages/catalogue.js';

/** The row a key figure is about: the first focus region, else Innlandet, else the first that is not the comparison. */
export function headlineRow(model: ViewModel): ViewRow | undefined {
  // A part-of-whole view headlines the whole (30,1 mrd. kr), not its first part.
  if (model.keyFigure && !model.focus.length) return model.keyFigure;
  const source = model.totals.length ? model.totals : model.rows;
  const rows = source.filter((r) => r.series === undefined || r.series === source[0]?.series);
  return (
    rows.find((r) => model.focus.includes(r.region)) ?? rows.find((r) => r.region === '34') ?? rows.find((r) => !r.isComparison && r.value !== null) ?? rows[0]
  );
}

/** What the key figure is compared with: the comparison region's figure of the same series ("landet 12 %"). */
export function headlineComparison(model: ViewModel, row: ViewRow): ViewRow | undefined {
  const pool = model.totals.length ? model.totals : model.rows;
  return pool.find((r) => r.isComparison && r.region !== row.region && r.series === row.series);
}

/** Where and when the key figure is: "Oppland · 1990–2002", with the series of a part and "beregnet" when derived. */
export function headlineLabel(model: ViewModel, row: ViewRow): string {
  const series = row.seriesLabel && !model.totals.includes(row) ? row.seriesLabel : '';
  return [row.regionLabel, series, row.periodLabel, row.derived ? t(model.lang, 'derived') : ''].filter(Boolean).join(' · ');
}
