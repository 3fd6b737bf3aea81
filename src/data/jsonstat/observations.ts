/**
 * The hot loop of the JSON-stat reader: one observation per cell, in row-major order (last dimension fastest), as
 * JSON-stat stores them. A 1 000 000-cell table is the design load: cell coordinates advance like an odometer (no
 * division per cell), the `dims` object is shared (and frozen) between all cells with the same combination of
 * "other" dimensions, and the observation array is pre-sized.
 */
import type { Observation } from '../types.js';
import { IssueList } from '../errors.js';
import { checkValue, type Status } from './cells.js';
import type { Dim } from './dimension.js';
import type { MeasureColumns } from './measures.js';
import type { NoteDim } from './notes.js';
import type { Roles } from './roles.js';
import type { RegionColumns } from './regions.js';

export interface BuildInput {
  sizes: number[];
  dims: Dim[];
  /** Positions of the dimensions that are neither time, region nor metric. */
  others: number[];
  roles: Roles;
  values: ArrayLike<unknown>;
  /** `value` was an object: a hole (no value, no status) is left out rather than made a ".." cell. */
  sparse: boolean;
  status: Status;
  regions: RegionColumns;
  measures: MeasureColumns;
  noteDims: NoteDim[];
  sourceId: string;
  indicator: string | undefined;
  vpath: string;
  issues: IssueList;
}

/**
 * Shared dims objects, one per combination of the other dimensions, are addressed by a mixed-radix index that is
 * updated incrementally: when the odometer carries into dimension k (all later ones reset to 0), the index moves by
 * delta[k]. Returns the deltas and the number of combinations.
 */
function comboIndexPlan(sizes: number[], others: number[]): { delta: Float64Array; count: number } {
  const n = sizes.length;
  const otherStride = new Float64Array(n);
  let count = 1;
  for (let j = others.length - 1; j >= 0; j--) {
    otherStride[others[j]!] = count;
    count *= sizes[others[j]!]!;
  }
  const delta = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let back = 0;
    for (let j = k + 1; j < n; j++) back += (sizes[j]! - 1) * otherStride[j]!;
    delta[k] = otherStride[k]! - back;
  }
  return { delta, count };
}

/** Odometer: advances the last dimension, carrying leftwards; returns the index of the other dimensions' combination. */
function advance(coords: Int32Array, sizes: number[], delta: Float64Array, otherIdx: number): number {
  let k = sizes.length - 1;
  while (k >= 0) {
    if (++coords[k]! < sizes[k]!) break;
    coords[k] = 0;
    k--;
  }
  return k >= 0 ? otherIdx + delta[k]! : otherIdx;
}

/** The frozen `dims` of the cell at `coords`. Null prototype: a dimension id such as `__proto__` is a key like any other. */
function otherDims(ids: string[], codes: string[][], others: number[], coords: Int32Array): Record<string, string> {
  const dims = Object.create(null) as Record<string, string>;
  for (let j = 0; j < others.length; j++) dims[ids[j]!] = codes[j]![coords[others[j]!]!]!;
  return Object.freeze(dims);
}

/** The category notes of the cell at `coords`, joined. */
function cellNote(noteDims: NoteDim[], coords: Int32Array): string | undefined {
  let note: string | undefined;
  for (let j = 0; j < noteDims.length; j++) {
    const nd = noteDims[j]!;
    const t = nd.texts[coords[nd.k]!];
    if (t !== undefined) note = note === undefined ? t : `${note}\n${t}`;
  }
  return note;
}

/**
 * One object literal per common shape, so that V8 lays out every field in the object itself instead of growing a
 * separate property store per cell (about a quarter faster on a million cells). SSB v0 tables have an original
 * code (K-3401) and a unit with decimals on every cell; v2 tables have no original code.
 */
function newObservation(
  measure: string,
  measureLabel: string,
  region: string,
  regionLabel: string,
  orig: string | undefined,
  period: string,
  value: number | null,
  unit: string | undefined,
  decimals: number | undefined,
  dims: Record<string, string>,
  source: string,
): Observation {
  if (unit !== undefined && decimals !== undefined) {
    return orig !== undefined
      ? { measure, measureLabel, region, regionLabel, originalRegion: orig, period, value, unit, decimals, dims, source }
      : { measure, measureLabel, region, regionLabel, period, value, unit, decimals, dims, source };
  }
  const o: Observation =
    orig !== undefined
      ? { measure, measureLabel, region, regionLabel, originalRegion: orig, period, value, dims, source }
      : { measure, measureLabel, region, regionLabel, period, value, dims, source };
  if (unit !== undefined) o.unit = unit;
  if (decimals !== undefined) o.decimals = decimals;
  return o;
}

export function buildObservations(b: BuildInput): Observation[] {
  const { sizes, dims, others, values, sparse, noteDims, sourceId, indicator, vpath, issues } = b;
  const { all: statusAll, list: statusList } = b.status;
  const { codes: regionCodes, labels: regionLabels, originals: regionOriginals } = b.regions;
  const { codes: measureCodes, labels: measureLabels, units: measureUnits, decimals: measureDecimals } = b.measures;
  const n = sizes.length;
  const total = values.length;
  const out = sparse ? [] : new Array<Observation>(total);
  if (total === 0) return out;

  // coords[n] is a slot that stays 0, used for a role the table lacks (one implicit category).
  const coords = new Int32Array(n + 1);
  const rPos = b.roles.region >= 0 ? b.roles.region : n;
  const tPos = b.roles.time >= 0 ? b.roles.time : n;
  const mPos = b.roles.metric >= 0 ? b.roles.metric : n;
  const periodCodes = b.roles.time >= 0 ? dims[b.roles.time]!.codes : [''];
  const { delta, count } = comboIndexPlan(sizes, others);
  const dimsCache = new Array<Record<string, string>>(count);
  const otherIds = others.map((k) => dims[k]!.id);
  const otherCodes = others.map((k) => dims[k]!.codes);
  const noNote = noteDims.length === 0;

  let otherIdx = 0;
  let missingCount = 0;
  let missingFirst = -1;
  for (let i = 0; i < total; i++) {
    let v = values[i];
    // A hole keeps no blanket status either: `"status": ".."` over a sparse million-cell table is still a few bytes.
    if (sparse && v === undefined && statusList?.[i] === undefined) {
      otherIdx = advance(coords, sizes, delta, otherIdx);
      continue;
    }
    if (typeof v !== 'number') {
      if (v !== null && v !== undefined) checkValue(v, i, vpath, issues);
      v = null;
    } else if (v - v !== 0) {
      checkValue(v, i, vpath, issues);
      v = null;
    }
    let status = statusAll ?? (statusList === undefined ? undefined : statusList[i]);
    if (v === null && status === undefined) {
      status = '..';
      if (missingCount++ === 0) missingFirst = i;
    }
    const dimsObj = (dimsCache[otherIdx] ??= otherDims(otherIds, otherCodes, others, coords));
    const cr = coords[rPos]!;
    const cm = coords[mPos]!;
    const o = newObservation(
      measureCodes[cm]!,
      measureLabels[cm]!,
      regionCodes[cr]!,
      regionLabels[cr]!,
      regionOriginals[cr],
      periodCodes[coords[tPos]!]!,
      v as number | null,
      measureUnits[cm],
      measureDecimals[cm],
      dimsObj,
      sourceId,
    );
    if (status !== undefined) o.status = status;
    if (indicator !== undefined) o.indicator = indicator;
    if (!noNote) {
      const note = cellNote(noteDims, coords);
      if (note !== undefined) o.note = note;
    }
    if (sparse) out.push(o);
    else out[i] = o;
    otherIdx = advance(coords, sizes, delta, otherIdx);
  }

  if (missingCount > 0) {
    issues.warn(
      `${vpath}[${missingFirst}]`,
      `${missingCount === 1 ? '1 cell has' : `${missingCount} cells have`} neither a number nor a status symbol; shown as ".." (not available).`,
    );
  }
  return out;
}
