import type { ChartKind } from '../../src/indicators/registry.js';
import type { ViewModel, ViewRow } from '../../src/indicators/view-model.js';
import { formatPeriod, formatValue } from '../../src/indicators/format.js';
import type { Lang, Qualifier } from '../../src/data/types.js';

/** Hand-made view models for the chart tests: one per chart kind, with bounds, gaps and a comparison region. */

interface RowSpec {
  region: string;
  label?: string;
  value: number | null;
  period?: string;
  series?: string;
  seriesLabel?: string;
  qualifier?: Qualifier;
  qualifierText?: string;
  status?: string;
  cmp?: boolean;
  focus?: boolean;
  derived?: boolean;
}

export function row(spec: RowSpec, unit: string, decimals: number, lang: Lang = 'nb'): ViewRow {
  const period = spec.period ?? '2004';
  const v = { value: spec.value, unit, decimals, ...(spec.status ? { status: spec.status } : {}), ...(spec.qualifier ? { qualifier: spec.qualifier } : {}) };
  const r: ViewRow = {
    region: spec.region,
    regionLabel: spec.label ?? spec.region,
    period,
    periodLabel: formatPeriod(period, lang),
    value: spec.value,
    label: formatValue(v, lang),
    shortLabel: formatValue(v, lang, { compact: true }),
    isComparison: spec.cmp === true,
    isFocus: spec.focus === true,
    derived: spec.derived === true,
  };
  if (spec.series !== undefined) {
    r.series = spec.series;
    r.seriesLabel = spec.seriesLabel ?? spec.series;
  }
  if (spec.status !== undefined) r.status = spec.status;
  if (spec.qualifier !== undefined) r.qualifier = spec.qualifier;
  if (spec.qualifierText !== undefined) r.qualifierText = spec.qualifierText;
  return r;
}

export function model(
  chart: ChartKind,
  rows: RowSpec[],
  options: { unit?: string; decimals?: number; lang?: Lang; measureLabel?: string; periods?: string[]; totals?: RowSpec[] } = {},
): ViewModel {
  const unit = options.unit ?? '%';
  const decimals = options.decimals ?? 0;
  const lang = options.lang ?? 'nb';
  const viewRows = rows.map((r) => row(r, unit, decimals, lang));
  const periods = options.periods ?? [...new Set(viewRows.map((r) => r.period))];
  return {
    definition: undefined,
    filters: [],
    indicator: 'test',
    lang,
    chart,
    title: 'Test',
    subtitle: 'Test',
    measure: 'm',
    measureLabel: options.measureLabel ?? 'Andel',
    unit,
    decimals,
    measures: [{ code: 'm', label: 'Andel' }],
    periods,
    shownPeriods: periods,
    compare: rows.find((r) => r.cmp)?.region,
    focus: rows.filter((r) => r.focus).map((r) => r.region),
    rows: viewRows,
    totals: (options.totals ?? []).map((r) => row(r, unit, decimals, lang)),
    sources: [],
    notes: [],
    statuses: [...new Set(viewRows.map((r) => r.status).filter((s): s is string => !!s))],
    partial: viewRows.some((r) => r.value === null),
  };
}

export const changeBars = () =>
  model(
    'change-bars',
    [
      { region: '0542', label: 'Nord-Aurdal', value: 17, period: '1990-2002' },
      { region: '0', label: 'Norge', value: 12, period: '1990-2002', cmp: true },
      { region: '05', label: 'Oppland', value: 4, period: '1990-2002', qualifier: 'atLeast', qualifierText: 'vel 4 prosent' },
      { region: '04', label: 'Hedmark', value: -2.5, period: '1990-2002' },
      { region: '0545', label: 'Vang', value: null, period: '1990-2002', status: '..' },
    ],
    { decimals: 1, measureLabel: 'Endring i prosent' },
  );

export const levelBars = () =>
  model(
    'level-bars',
    [
      { region: '34', label: 'Innlandet', value: 68000, qualifier: 'approx', qualifierText: 'ca. 68 mrd. kroner' },
      { region: '0', label: 'Norge', value: 1500, cmp: true },
      { region: '3401', label: 'Kongsvinger', value: 1000 },
      { region: '3403', label: 'Hamar', value: null, status: ':' },
    ],
    { unit: 'mill. kr', measureLabel: 'Bruttoregionprodukt' },
  );

export const shareBars = () =>
  model(
    'share-bars',
    [
      { region: 'R-gjovik', label: 'Gjøvikregionen', value: 70, qualifier: 'atLeast', qualifierText: 'over 70 prosent' },
      { region: 'INN-rest', label: 'Resten av Innlandet', value: 30, qualifier: 'atMost', derived: true },
      { region: '34', label: 'Innlandet', value: 12, qualifier: 'approx', cmp: true },
      { region: 'R-valdres', label: 'Valdres', value: null, status: '..' },
    ],
    { measureLabel: 'Andel av egenutført FoU' },
  );

export const divergingBars = () =>
  model(
    'diverging-bars',
    [
      { region: '0529', label: 'Vestre Toten', value: 1000 },
      { region: '0528', label: 'Østre Toten', value: -350 },
      { region: '0', label: 'Norge', value: 0, cmp: true },
      { region: '0502', label: 'Gjøvik', value: null, status: '.' },
    ],
    { unit: 'personer', measureLabel: 'Nettopendling' },
  );

export const divergingSeries = () =>
  model(
    'diverging-bars',
    [
      { region: '0529', label: 'Vestre Toten', value: 1000, series: 'in', seriesLabel: 'Innpendlere' },
      { region: '0529', label: 'Vestre Toten', value: -600, series: 'out', seriesLabel: 'Utpendlere' },
      { region: '0528', label: 'Østre Toten', value: 400, series: 'in', seriesLabel: 'Innpendlere' },
      { region: '0528', label: 'Østre Toten', value: null, series: 'out', seriesLabel: 'Utpendlere', status: '..' },
    ],
    { unit: 'personer', measureLabel: 'Pendlere' },
  );

export const partOfWhole = () =>
  model(
    'part-of-whole',
    [
      { region: '34', label: 'Innlandet', value: 15.2, series: 'personal', seriesLabel: 'Personrettede' },
      { region: '34', label: 'Innlandet', value: 8.8, series: 'municipal', seriesLabel: 'Kommunesektoren', qualifier: 'approx' },
      { region: '34', label: 'Innlandet', value: 2.8, series: 'wages', seriesLabel: 'Statlige lønninger' },
      { region: '0', label: 'Norge', value: 12, series: 'personal', seriesLabel: 'Personrettede', cmp: true },
      { region: '0', label: 'Norge', value: 9, series: 'municipal', seriesLabel: 'Kommunesektoren', cmp: true },
      { region: '0', label: 'Norge', value: null, series: 'wages', seriesLabel: 'Statlige lønninger', status: ':', cmp: true },
    ],
    { unit: 'mrd. kr', decimals: 1, measureLabel: 'Beløp', totals: [{ region: '34', label: 'Innlandet', value: 30.1, series: 'total', seriesLabel: 'I alt' }] },
  );

export const partOfWholeSingle = () =>
  model(
    'part-of-whole',
    [
      { region: '34', label: 'Innlandet', value: 15.2, series: 'personal', seriesLabel: 'Personrettede' },
      { region: '34', label: 'Innlandet', value: 8.8, series: 'municipal', seriesLabel: 'Kommunesektoren' },
      { region: '34', label: 'Innlandet', value: 2.8, series: 'wages', seriesLabel: 'Statlige lønninger' },
      { region: '34', label: 'Innlandet', value: null, series: 'business', seriesLabel: 'Næringsrettede', status: '..' },
    ],
    { unit: 'mrd. kr', decimals: 1, measureLabel: 'Beløp' },
  );

export const indexLines = () => {
  const years = ['1998', '1999', '2000', '2001', '2002', '2003', '2004', '2005'];
  const raufoss = [100, 103, 108, 110, null, 115, 118, 121];
  const norge = [100, 101, 102, 102.5, 103, 104, 105, 106];
  const kongsberg = [100, 98, 97, 99, 104, 108, 111, 112];
  return model(
    'index-lines',
    [
      ...years.map((p, i) => ({
        region: '3443',
        label: 'Vestre Toten',
        value: raufoss[i]!,
        period: p,
        focus: true,
        ...(raufoss[i] === null ? { status: '..' } : {}),
      })),
      ...years.map((p, i) => ({ region: '0', label: 'Norge', value: norge[i]!, period: p, cmp: true })),
      ...years.map((p, i) => ({ region: '3006', label: 'Kongsberg', value: kongsberg[i]!, period: p })),
    ],
    { unit: 'indeks', decimals: 1, measureLabel: 'Indeks (1998 = 100)', periods: years },
  );
};

/** Every chart kind, with the template it should pick. */
export const ALL_MODELS: Array<[string, () => ViewModel]> = [
  ['change-bars', changeBars],
  ['level-bars', levelBars],
  ['share-bars', shareBars],
  ['diverging-bars', divergingBars],
  ['diverging-bars/series', divergingSeries],
  ['part-of-whole', partOfWhole],
  ['part-of-whole/single', partOfWholeSingle],
  ['index-lines', indexLines],
];
