/**
 * The observations of a CSV table, one data row at a time: its region, period, measure, unit, status and
 * dimensions, then one observation per value column. Collects the regions, measures, periods and dimensions seen,
 * and counts repeated problems (ragged lines, empty cells, duplicates) to report each kind once.
 */
import type { Dimension, Measure, Observation, Region, RegionLevel } from '../types.js';
import { IssueList } from '../errors.js';
import type { ParsedNumber } from '../number.js';
import { normaliseRegionCode, type NormalisedRegion } from '../region-code.js';
import type { Row } from './rows.js';
import { fold, SUB_MUNICIPAL } from './column-names.js';
import { isSymbolLike, readNumber } from './column-stats.js';
import type { ColumnPlan } from './column-plan.js';
import { CellKeys } from './cell-keys.js';
import { Codebook } from './codebook.js';
import { decimalsShown } from './decimals.js';
import { columnPath } from './where.js';

const NO_DIMS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

type RowRegion = Pick<RowKeys, 'regionCode' | 'regionLabel' | 'originalRegion'>;
const NO_REGION: RowRegion = Object.freeze({ regionCode: '', regionLabel: '', originalRegion: undefined });

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: 'county', 4: 'municipality' };

/** The columns by role, as planned. */
export interface Columns {
  values: ColumnPlan[];
  region?: ColumnPlan;
  name?: ColumnPlan;
  period?: ColumnPlan;
  measure?: ColumnPlan;
  unit?: ColumnPlan;
  status?: ColumnPlan;
  dims: ColumnPlan[];
}

/** What every observation of the file shares. */
export interface FileContext {
  width: number;
  /** Period of a value whose row and column name give none. */
  fallbackPeriod: string;
  defaultMeasureLabel: string;
  sourceId: string;
  indicator: string | undefined;
}

/** What one row says about its cells before its values are read. */
interface RowKeys {
  regionCode: string;
  regionLabel: string;
  originalRegion: string | undefined;
  period: string | undefined;
  measureLabel: string | undefined;
  unit: string | undefined;
  status: string | undefined;
  dims: Record<string, string>;
  dimKey: string;
}

const cellOf = (row: Row, col: ColumnPlan) => (row.fields[col.index] ?? '').trim();

export class CsvObservations {
  readonly observations: Observation[] = [];
  readonly regions = new Map<string, Region>();
  readonly measures = new Map<string, Measure>();
  readonly periods = new Set<string>();
  readonly dimensions = new Map<string, Dimension>();
  private readonly dimensionSeen = new Map<string, Set<string>>();
  private readonly measureCodes = new Codebook();
  private readonly dimCodes = new Map<string, Codebook>();
  private readonly seen = new CellKeys();
  private readonly regionCache = new Map<string, NormalisedRegion>();
  private readonly subMunicipal: boolean;
  private duplicates = 0;
  private emptyCells = 0;
  private firstEmpty = '';
  private raggedShort = 0;
  private raggedLong = 0;

  constructor(
    private readonly columns: Columns,
    private readonly file: FileContext,
    private readonly issues: IssueList,
  ) {
    for (const p of columns.dims) {
      this.dimCodes.set(p.dimId!, new Codebook());
      this.dimensions.set(p.dimId!, { id: p.dimId!, label: p.header.trim() || p.dimId!, categories: [] });
      this.dimensionSeen.set(p.dimId!, new Set());
    }
    this.subMunicipal = columns.region !== undefined && SUB_MUNICIPAL.test(fold(columns.region.header));
  }

  /** Reads one data row. */
  row(row: Row): void {
    this.checkWidth(row);
    const keys = this.rowKeys(row);
    if (!keys) return;
    for (const col of this.columns.values) this.value(row, col, keys);
  }

  /** The warnings that sum up repeated problems. */
  finish(): void {
    const { issues } = this;
    if (this.duplicates > IssueList.limit)
      issues.warn('file', `${this.duplicates} values repeat a region, period and measure given earlier; both were kept each time.`);
    if (this.raggedLong > 1) issues.warn('file', `${this.raggedLong} lines have more fields than the header; the extra fields were ignored.`);
    if (this.raggedShort > 1) issues.warn('file', `${this.raggedShort} lines have fewer fields than the header; the missing fields were read as empty.`);
    if (this.emptyCells > 0)
      issues.warn(
        this.firstEmpty,
        `${this.emptyCells === 1 ? 'An empty cell was' : `${this.emptyCells} empty cells were`} skipped (the first is here). Use a status symbol such as .. to mark a missing figure.`,
      );
  }

  private checkWidth(row: Row): void {
    const f = row.fields;
    const { width } = this.file;
    if (f.length > width) {
      const extra = f.slice(width).some((c) => c.trim() !== '');
      if (extra && this.raggedLong++ === 0) {
        this.issues.warn(`line ${row.line}`, `This line has ${f.length} fields but the header names ${width} columns; the extra fields were ignored.`);
      }
    } else if (f.length < width) {
      if (this.raggedShort++ === 0) {
        this.issues.warn(`line ${row.line}`, `This line has ${f.length} fields but the header names ${width} columns; the missing fields were read as empty.`);
      }
    }
  }

  /** A cell the row cannot do without; undefined (and an error) when it is empty. */
  private required(row: Row, col: ColumnPlan | undefined, what: string): string | undefined | null {
    if (!col) return undefined;
    const cell = cellOf(row, col);
    if (cell !== '') return cell;
    this.issues.error(columnPath(row.line, col.header, col.index), `The ${what} is missing on this line.`);
    return null;
  }

  /** Region, period, measure, unit, status and dims of a row; undefined when a required one is missing. */
  private rowKeys(row: Row): RowKeys | undefined {
    const c = this.columns;
    let region = NO_REGION;
    if (c.region) {
      const raw = this.required(row, c.region, 'region');
      if (raw === null) return undefined;
      region = this.region(row, raw!);
    }
    const period = this.required(row, c.period, 'period (year)');
    if (period === null) return undefined;
    const measureLabel = this.required(row, c.measure, 'measure');
    if (measureLabel === null) return undefined;
    const unit = c.unit ? cellOf(row, c.unit) || undefined : undefined;
    const status = c.status ? cellOf(row, c.status) || undefined : undefined;
    const { dims, dimKey } = this.rowDims(row);
    // Written out, not spread: one object shape for every row (a spread of differently shaped objects is a slow path,
    // and it made a 1 MB file of 66 000 rows read three times slower).
    const { regionCode, regionLabel, originalRegion } = region;
    return { regionCode, regionLabel, originalRegion, period, measureLabel, unit, status, dims, dimKey };
  }

  private region(row: Row, raw: string): RowRegion {
    let norm = this.regionCache.get(raw);
    if (!norm) {
      // City districts and other sub-municipal units keep their own codes: "01" Gamle Oslo is not a county.
      norm = this.subMunicipal ? { code: raw, level: 'other' } : normaliseRegionCode(raw);
      this.regionCache.set(raw, norm);
    }
    const regionCode = norm.code;
    let regionLabel = norm.label ?? raw;
    if (this.columns.name) {
      const name = cellOf(row, this.columns.name);
      if (name) regionLabel = name;
    }
    if (!this.regions.has(regionCode)) this.regions.set(regionCode, newRegion(regionCode, regionLabel, norm));
    return { regionCode, regionLabel, originalRegion: regionCode !== raw ? raw : undefined };
  }

  private rowDims(row: Row): { dims: Record<string, string>; dimKey: string } {
    const dimColumns = this.columns.dims;
    if (dimColumns.length === 0) return { dims: NO_DIMS, dimKey: '' };
    const dims = Object.create(null) as Record<string, string>;
    for (const p of dimColumns) {
      const label = cellOf(row, p);
      const code = this.dimCodes.get(p.dimId!)!.code(label);
      dims[p.dimId!] = code;
      const seenCodes = this.dimensionSeen.get(p.dimId!)!;
      if (!seenCodes.has(code)) {
        seenCodes.add(code);
        this.dimensions.get(p.dimId!)!.categories.push({ code, label });
      }
    }
    const dimKey = dimColumns.map((p) => dims[p.dimId!]).join('\u0001');
    // One frozen dims object per line, shared by its values (and one for all lines when there are no dimensions),
    // as the JSON-stat reader shares them: a 1 MB file is then not a hundred thousand extra objects.
    return { dims: Object.freeze(dims), dimKey };
  }

  /** A value cell as a number or a status symbol; undefined (an error) when it is neither. */
  private parse(row: Row, col: ColumnPlan, cell: string): ParsedNumber | undefined {
    const parsed = readNumber(cell);
    if (parsed) return parsed;
    const where = columnPath(row.line, col.header, col.index);
    if (isSymbolLike(cell)) {
      this.issues.warn(where, `"${cell}" is not one of Statistics Norway's status symbols (.., ., :, -); it was kept as a gap with that symbol.`);
      return { value: null, status: cell };
    }
    this.issues.error(
      where,
      `${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell)} is not a number. Write a number such as 1 234,5 or 57,5 %, or a status symbol such as .. (not available).`,
    );
    return undefined;
  }

  private measure(code: string, label: string, unit: string | undefined, cell: string, parsed: ParsedNumber): void {
    let measure = this.measures.get(code);
    if (!measure) {
      measure = { code, label };
      this.measures.set(code, measure);
    }
    if (unit && !measure.unit) measure.unit = unit;
    // The decimals the data shows (57,5 % has one), when the file states none.
    if (parsed.value !== null) {
      const shown = decimalsShown(cell, parsed.value);
      if (shown > (measure.decimals ?? 0)) measure.decimals = shown;
    }
  }

  private value(row: Row, col: ColumnPlan, k: RowKeys): void {
    const cell = cellOf(row, col);
    if (cell === '') {
      if (this.emptyCells++ === 0) this.firstEmpty = columnPath(row.line, col.header, col.index);
      return;
    }
    const parsed = this.parse(row, col, cell);
    if (!parsed) return;
    const measureLabel = k.measureLabel ?? col.measureLabel ?? this.file.defaultMeasureLabel;
    // The code comes from the column's own name (stable for `measure="…"`), the label is the readable one.
    const measureCode = this.measureCodes.code(k.measureLabel ?? col.measureKey ?? measureLabel) || 'value';
    const period = k.period ?? col.period ?? this.file.fallbackPeriod;
    const unit = k.unit ?? col.unit ?? (parsed.percent ? '%' : undefined);
    this.measure(measureCode, measureLabel, unit, cell, parsed);

    const obs: Observation = {
      measure: measureCode,
      measureLabel,
      region: k.regionCode,
      regionLabel: k.regionLabel,
      period,
      value: parsed.value,
      dims: k.dims,
      source: this.file.sourceId,
    };
    if (this.file.indicator) obs.indicator = this.file.indicator;
    if (k.originalRegion !== undefined) obs.originalRegion = k.originalRegion;
    const status = parsed.status ?? k.status;
    if (status) obs.status = status;
    if (parsed.qualifier) {
      obs.qualifier = parsed.qualifier;
      if (parsed.qualifierText !== undefined) obs.qualifierText = parsed.qualifierText;
    }
    if (unit) obs.unit = unit;
    this.observations.push(obs);
    if (period) this.periods.add(period);
    if (!this.seen.add(k.regionCode, period, measureCode, k.dimKey) && this.duplicates++ < IssueList.limit) {
      this.issues.warn(
        columnPath(row.line, col.header, col.index),
        `A value for ${k.regionLabel || 'this region'}, ${period || 'no period'}, "${measureLabel}" was already given on an earlier line; both were kept.`,
      );
    }
  }
}

function newRegion(code: string, name: string, norm: NormalisedRegion): Region {
  const region: Region = { code, name, level: norm.level ?? LEVEL_BY_LENGTH[code.length] ?? 'other' };
  if (!norm.level && !/^\d+$/.test(code)) region.level = 'other';
  // The office's own code for the whole country ("TOTAL";"Hele landet") keeps its code and says its level.
  if (!norm.level && /^(?:hele landet|heile landet|landet i alt)$/i.test(name)) region.level = 'country';
  const span = /\((\d{4})?\s*-\s*(\d{4})?\)\s*$/.exec(name);
  if (span) {
    if (span[1]) region.validFrom = span[1];
    if (span[2]) region.validTo = span[2];
  }
  return region;
}
