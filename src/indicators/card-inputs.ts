import type { Dataset, Lang } from '../data/types.js';
import { PEER_MEAN, populationMeasure } from './comparison-mode.js';
import { formatNumber } from './format.js';
import { tc } from './messages/source-card.js';
import { buildViewModel, type ViewModel, type ViewRow } from './view-model.js';

/**
 * The inputs of a computed figure, for its source card (issue 19): each is a figure of the same feed with a card
 * of its own. For a comparison mode (per inhabitant, Norway = 100, index, rank) the figure as the source gives it
 * and what it is divided by or ranked among; for a figure the feed computed (its `origins` inputs) each region it
 * adds up. Also the mode's formula in words, with the names of those figures. Pure.
 */
export interface CardInput {
  /** "Innpendlere, Kongsvinger, 2022: 2 991 personer". */
  text: string;
  /** The input's own view (level, one region and period) and its row: what its card is made from. */
  model: ViewModel;
  row: ViewRow;
}

/** The dimension categories behind `row`: the view's filters and, for a parts view, the row's part. */
function rowDims(model: ViewModel, row: ViewRow): Record<string, string> {
  const dims = Object.fromEntries(model.filters.map((f) => [f.dimension, f.selected]));
  if (model.seriesDimension && row.series !== undefined) dims[model.seriesDimension] = row.series;
  return dims;
}

/** The level figure of `measure` for one region and period, with its view, or undefined when the feed has none. */
function levelFigure(
  ds: Dataset,
  model: ViewModel,
  want: { measure: string; region: string; period: string; dims: Record<string, string> },
): CardInput | undefined {
  const sel = { indicator: model.indicator, measure: want.measure, regions: [want.region], period: want.period, dims: want.dims, lang: model.lang };
  const view = buildViewModel(ds, sel);
  if (view.measure !== want.measure) return undefined;
  const row = view.rows.find((r) => r.region === want.region && r.period === want.period);
  if (!row) return undefined;
  return { text: `${view.measureLabel}, ${row.regionLabel}, ${row.periodLabel}: ${row.label}`, model: view, row };
}

/** The inputs of `row` in the view `model` of `ds` (empty for a figure as the source gives it). */
export function cardInputs(ds: Dataset, model: ViewModel, row: ViewRow): CardInput[] {
  const mode = model.mode ?? 'level';
  const dims = rowDims(model, row);
  const at = (measure: string, region: string, period: string, d = dims) => levelFigure(ds, model, { measure, region, period, dims: d });
  const out: Array<CardInput | undefined> = [];
  if (mode === 'level') {
    for (const input of row.origin?.inputs ?? []) {
      const regions = input.region === undefined ? [row.region] : Array.isArray(input.region) ? input.region : [input.region];
      for (const region of regions) out.push(at(input.measure, region, input.period ?? row.period, { ...dims, ...input.dims }));
    }
    return out.filter((x): x is CardInput => x !== undefined);
  }
  // Peers: the group's average rests on each peer's figure; a region's own row is the figure as the source gives it.
  if (mode === 'peers') return row.region === PEER_MEAN ? (model.peers ?? []).flatMap((p) => at(model.measure, p, row.period) ?? []) : [];
  out.push(at(model.measure, row.region, row.period));
  if (mode === 'per-capita') {
    const tagged = ds.observations.filter((o) => o.indicator === model.indicator);
    const pop = populationMeasure(tagged.length ? tagged : ds.observations);
    if (pop) out.push(at(pop, row.region, row.period, {}));
  } else if (mode === 'relative' && model.compare && model.compare !== row.region) out.push(at(model.measure, model.compare, row.period));
  else if (mode === 'index' && model.base && model.base !== row.period) out.push(at(model.measure, row.region, model.base));
  return out.filter((x): x is CardInput => x !== undefined);
}

/** A comparison mode's formula in words, with the figures' names: "Innpendlere delt på folkemengden, ganger 1 000". */
export function modeFormula(model: ViewModel, row: ViewRow, inputs: CardInput[], lang: Lang): string | undefined {
  const [level, other] = inputs;
  if (!level) return undefined;
  const measure = level.model.measureLabel;
  if (model.mode === 'peers')
    return tc(lang, 'formulaPeers', {
      measure: measure.charAt(0).toLowerCase() + measure.slice(1),
      names: inputs.map((i) => i.row.regionLabel).join(', '),
      n: inputs.length,
    });
  switch (model.mode) {
    case 'per-capita': {
      if (!other) return undefined;
      // Per inhabitant or per 1 000: read from the figures themselves.
      const ratio = row.value !== null && level.row.value && other.row.value ? (row.value * other.row.value) / level.row.value : undefined;
      const per1000 = ratio !== undefined && Math.abs(ratio - 1000) < 50;
      const text = tc(lang, 'formulaPerCapita', { measure, population: other.model.measureLabel.toLowerCase() });
      return per1000 ? `${text}${tc(lang, 'formulaTimes', { n: formatNumber(1000, lang) })}` : text;
    }
    case 'relative':
      return other ? tc(lang, 'formulaRelative', { measure, region: level.row.regionLabel, compare: other.row.regionLabel }) : undefined;
    case 'index':
      return other ? tc(lang, 'formulaIndex', { measure, period: level.row.periodLabel, base: other.row.periodLabel }) : undefined;
    case 'rank':
      return tc(lang, 'formulaRank', {
        measure: measure.charAt(0).toLowerCase() + measure.slice(1),
        region: level.row.regionLabel,
        n: model.rows.filter((r) => r.period === row.period).length,
      });
    default:
      return undefined;
  }
}
