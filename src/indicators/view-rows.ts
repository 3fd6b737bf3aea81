/**
 * Observations as the rows every view draws: the value written the Norwegian way in the unit a reader reads (money
 * rescaled: "1,8 mrd. kr", not "1 793 513 1000 kr"), the region's name in the page's language, and what the row is
 * (comparison, focus, derived, its series).
 */
import type { Dataset, Lang, Observation } from '../data/types.js';
import { formatPeriod, formatValue, localize, statedDecimals } from './format.js';
import { regionNames } from './region-names.js';
import { readableMoney, unitScale } from './unit-scale.js';
import { dimOf } from './view-dimensions.js';
import type { ViewRow } from './view-model.js';

export interface RowContext {
  ds: Dataset;
  lang: Lang;
  unit: string;
  decimals: number;
  /** Amounts of money are rescaled (tables not made for Innsikt, level mode). */
  money: boolean;
  /** The rows' observations (for the common scale). */
  shown: Observation[];
  compare: string | undefined;
  focus: ReadonlySet<string>;
  seriesDimension: string | undefined;
  dimLabel: (dim: string, code: string) => string;
}

export interface RowMaker {
  toRow: (o: Observation) => ViewRow;
  /** The unit and most decimals the rows are written in. */
  unit: string;
  decimals: number;
}

/** What a row carries over from its observation, when the observation has it. */
function copyOptional(row: ViewRow, o: Observation, lang: Lang): void {
  if (o.status !== undefined) row.status = o.status;
  if (o.qualifier !== undefined) row.qualifier = o.qualifier;
  if (o.qualifierText !== undefined) row.qualifierText = o.qualifierText;
  if (o.ref !== undefined) row.ref = o.ref;
  if (o.quote !== undefined) row.quote = o.quote;
  if (o.part !== undefined) row.part = o.part;
  if (o.source !== undefined) row.source = o.source;
  if (o.origin !== undefined) row.origin = o.origin;
  if (o.note !== undefined) row.note = localize(o.note, lang);
}

export function rowMaker(c: RowContext): RowMaker {
  const { lang, unit, decimals, money, compare, focus, seriesDimension, dimLabel } = c;
  const nameOf = regionNames(c.ds, lang);
  const scale = money
    ? unitScale(
        unit,
        c.shown.map((o) => o.value),
      )
    : undefined;
  const shownUnit = scale?.unit ?? unit;
  const shownDecimalsMax = scale?.decimals ?? decimals;
  const toRow = (o: Observation): ViewRow => {
    const v = o.value === null || !scale ? o.value : o.value * scale.factor;
    // A stated "12" is written 12, not 12,0: no more precision than the source gave.
    const shownDecimals = v === null ? shownDecimalsMax : statedDecimals(v, shownDecimalsMax);
    // Each amount of money is written in the unit that reads best for its size (1,8 mrd. kr beside 7,0 mill. kr).
    // A figure the scale would make smaller than it reads (928 in 1000 kr beside 1,2 mill. kr) keeps its own unit.
    const own = o.value === null || !money ? undefined : (readableMoney(o.value, unit) ?? (scale ? { value: o.value, unit, decimals } : undefined));
    const value = {
      value: own ? own.value : v,
      ...(o.status ? { status: o.status } : {}),
      ...(o.qualifier ? { qualifier: o.qualifier } : {}),
      ...(o.qualifierText ? { qualifierText: o.qualifierText } : {}),
      unit: own ? own.unit : shownUnit,
      decimals: own ? statedDecimals(own.value, own.decimals) : shownDecimals,
    };
    const row: ViewRow = {
      region: o.region,
      regionLabel: nameOf(o.region) || o.regionLabel,
      period: o.period,
      periodLabel: formatPeriod(o.period, lang),
      value: v,
      label: formatValue(value, lang),
      shortLabel: formatValue(value, lang, { compact: true }),
      isComparison: o.region === compare,
      isFocus: focus.has(o.region),
      derived: o.derived === true,
    };
    const series = seriesDimension === undefined ? undefined : dimOf(o, seriesDimension);
    if (seriesDimension && series !== undefined) {
      row.series = series;
      row.seriesLabel = dimLabel(seriesDimension, row.series);
    }
    copyOptional(row, o, lang);
    return row;
  };
  return { toRow, unit: shownUnit, decimals: shownDecimalsMax };
}
