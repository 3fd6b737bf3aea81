/**
 * The measures of a JSON-stat dataset: the metric dimension's categories with their units and decimals, or, for a
 * table without one, a single measure named after the table.
 */
import type { Measure } from '../types.js';
import { isRecord, type JsonObject } from '../is-record.js';
import type { Dim } from './dimension.js';
import { text } from './text.js';

/** Per category position of the metric dimension (one entry when there is none). */
export interface MeasureColumns {
  measures: Measure[];
  codes: string[];
  labels: string[];
  units: Array<string | undefined>;
  decimals: Array<number | undefined>;
}

/** What names a table without a metric dimension. */
export interface TableName {
  tableId: string | undefined;
  label: string | undefined;
  /** `extension.px.decimals`: the table's decimals, unless a unit says otherwise. */
  decimals: number | undefined;
}

const wholeNumber = (x: unknown): number | undefined => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);

/** `extension.px.decimals` when it is a whole number of 0 or more. */
export function pxDecimals(px: JsonObject | undefined): number | undefined {
  return wholeNumber(px?.['decimals']);
}

function fromDimension(d: Dim, tableDecimals: number | undefined): MeasureColumns {
  const cat = d.obj['category'] as JsonObject;
  const units = isRecord(cat['unit']) ? cat['unit'] : undefined;
  const n = d.codes.length;
  const out: MeasureColumns = {
    measures: [],
    codes: d.codes,
    labels: d.labels,
    units: new Array<string | undefined>(n),
    decimals: new Array<number | undefined>(n),
  };
  for (let k = 0; k < n; k++) {
    const code = d.codes[k]!;
    const u = units?.[code];
    const m: Measure = { code, label: d.labels[k]! };
    let unit: string | undefined;
    let decimals = tableDecimals;
    if (isRecord(u)) {
      unit = text(u['label']) ?? text(u['base']) ?? text(u['symbol']);
      decimals = wholeNumber(u['decimals']) ?? decimals;
    }
    if (unit !== undefined) m.unit = unit;
    if (decimals !== undefined) m.decimals = decimals;
    out.units[k] = unit;
    out.decimals[k] = decimals;
    out.measures.push(m);
  }
  return out;
}

/**
 * No metric dimension: the whole table is one measure, named after the table. Eurostat states the unit in a
 * dimension of its own ("unit": "Index, 2015=100"); with one category it is the measure's unit.
 */
function wholeTable(dims: Dim[], taken: Set<number>, t: TableName): MeasureColumns {
  const m: Measure = { code: t.tableId ?? 'value', label: t.label ?? t.tableId ?? 'Value' };
  if (t.decimals !== undefined) m.decimals = t.decimals;
  const unitDim = dims.find((d, k) => !taken.has(k) && /^unit$/i.test(d.id) && d.codes.length === 1);
  // A short one ("Percentage", "Million euro") is written after each figure; a long one goes with the label.
  if (unitDim && unitDim.labels[0]!.length <= 16) m.unit = unitDim.labels[0]!;
  else if (unitDim) m.label = `${m.label} (${unitDim.labels[0]!})`;
  return { measures: [m], codes: [m.code], labels: [m.label], units: [m.unit], decimals: [t.decimals] };
}

export function readMeasures(dims: Dim[], metricIdx: number, taken: Set<number>, table: TableName): MeasureColumns {
  return metricIdx >= 0 ? fromDimension(dims[metricIdx]!, table.decimals) : wholeTable(dims, taken, table);
}
