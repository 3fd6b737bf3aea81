/**
 * The other dimensions of a view (industry, type of transfer, age), within the periods shown: a parts dimension
 * becomes the series; any other dimension is narrowed to one category (the total, or for lines the one most regions
 * have) so that one region never shows two bars for one period. Every narrowed dimension is offered as a filter the
 * reader can change.
 */
import type { Dataset, Lang, Observation } from '../data/types.js';
import type { ChartKind, IndicatorDefinition } from './registry.js';
import { localize } from './format.js';
import type { ViewFilter } from './view-model.js';

/** An observation's category in another dimension; an own key only (a dimension id is feed text). */
export function dimOf(o: Observation, dim: string): string | undefined {
  return Object.hasOwn(o.dims, dim) ? o.dims[dim] : undefined;
}

/** The ids of the other dimensions among `list`, in first-seen order (no array per observation). */
function dimensionIds(list: Observation[]): string[] {
  const ids = new Set<string>();
  for (const o of list) for (const id in o.dims) if (Object.hasOwn(o.dims, id)) ids.add(id);
  return [...ids];
}

/** How many regions each category of `dim` has among `list`, in one pass. */
function regionsPerCategory(list: Observation[], dim: string): Map<string, number> {
  const regions = new Map<string, Set<string>>();
  for (const o of list) {
    const code = dimOf(o, dim);
    if (code === undefined) continue;
    let set = regions.get(code);
    if (!set) regions.set(code, (set = new Set()));
    set.add(o.region);
  }
  return new Map([...regions].map(([code, set]) => [code, set.size]));
}

/** Picks the category that stands for "all" in a dimension (total, i alt, totalt), if any. */
function totalCategory(codes: string[], labelOf: (code: string) => string): string | undefined {
  return codes.find((c) => /(^|-)(total|totalt|sum|i-alt|alle|all)($|-)/i.test(c) || /\b(totalt?|i alt|sum|alle næringer)\b/i.test(labelOf(c)));
}

/** Labels of every dimension's categories, looked up by dimension and code (a Map each: no search per row). */
export function dimensionLabels(ds: Dataset, lang: Lang): (dim: string, code: string) => string {
  const byDim = new Map<string, Map<string, string>>();
  return (dim, code) => {
    let labels = byDim.get(dim);
    if (!labels) {
      labels = new Map();
      const d = ds.dimensions.find((x) => x.id === dim);
      for (const c of d?.categories ?? []) if (!labels.has(c.code)) labels.set(c.code, localize(c.label, lang));
      byDim.set(dim, labels);
    }
    return labels.get(code) || code;
  };
}

const categoriesOf = (list: Observation[], dim: string) => [...new Set(list.map((o) => dimOf(o, dim)).filter((c): c is string => c !== undefined))];

export interface DimensionInput {
  ds: Dataset;
  lang: Lang;
  chart: ChartKind;
  definition: IndicatorDefinition | undefined;
  /** Categories the reader picked, by dimension. */
  wanted: Record<string, string> | undefined;
  /** The observations in the periods shown, the reader's picks applied. */
  shown: Observation[];
  /** The same before the reader's picks (for the filters' choices). */
  beforeFilter: Observation[];
  dimLabel: (dim: string, code: string) => string;
}

export interface NarrowedDimensions {
  shown: Observation[];
  seriesDimension: string | undefined;
  /** Part-of-whole views: the total category's observations (the whole). */
  totalObs: Observation[];
  filters: ViewFilter[];
}

export function narrowDimensions(d: DimensionInput): NarrowedDimensions {
  const { ds, lang, chart, definition, beforeFilter, dimLabel } = d;
  const out: NarrowedDimensions = { shown: d.shown, seriesDimension: undefined, totalObs: [], filters: [] };
  const filterFor = (dim: string, selected: string): ViewFilter => ({
    dimension: dim,
    label: localize(ds.dimensions.find((x) => x.id === dim)?.label, lang) || dim,
    selected,
    categories: categoriesOf(beforeFilter, dim).map((code) => ({ code, label: dimLabel(dim, code) })),
  });
  for (const dim of dimensionIds(beforeFilter)) {
    const wanted = d.wanted && Object.hasOwn(d.wanted, dim) ? d.wanted[dim] : undefined;
    if (wanted !== undefined) {
      if (categoriesOf(beforeFilter, dim).length > 1) out.filters.push(filterFor(dim, wanted));
      continue;
    }
    const codes = categoriesOf(out.shown, dim);
    if (codes.length <= 1) continue;
    const tot = totalCategory(codes, (c) => dimLabel(dim, c));
    const regionCounts = regionsPerCategory(out.shown, dim);
    const regionsIn = (code: string) => regionCounts.get(code) ?? 0;
    const widest = [...codes].sort((a, b) => regionsIn(b) - regionsIn(a))[0]!;
    // Lines: one category across regions when several regions share one; else the categories as lines.
    const linesBySeries = chart === 'index-lines' && regionsIn(widest) < 2;
    const isParts = chart === 'part-of-whole' || chart === 'diverging-bars' || linesBySeries;
    if (isParts && !out.seriesDimension && (dim === definition?.partsDimension || chart !== 'part-of-whole' || !definition)) {
      out.seriesDimension = dim;
      if (chart === 'part-of-whole' && tot) {
        out.totalObs = out.shown.filter((o) => dimOf(o, dim) === tot);
        out.shown = out.shown.filter((o) => dimOf(o, dim) !== tot);
      }
    } else {
      const keep = chart === 'index-lines' ? (tot && regionsIn(tot) >= 2 ? tot : widest) : (tot ?? codes[0]!);
      out.shown = out.shown.filter((o) => dimOf(o, dim) === undefined || dimOf(o, dim) === keep);
      out.filters.push(filterFor(dim, keep));
    }
  }
  return out;
}
