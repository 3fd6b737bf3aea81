/**
 * What the API would answer to a query, made from a file: the figures read from the file (a {@link Dataset})
 * are selected by the query's `valueCodes` as PxWebApi selects them (codes, `*`, `34*`, `top(n)`,
 * `range(a,b)`, …), and written as a JSON-stat 2.0 dataset with the dimensions `ContentsCode` (the measures,
 * named by the configuration's keys), `Region`, `Tid` and the file's other dimensions. The builder then reads
 * that answer exactly as one from the API. A code the file does not have fails the query, as the API's
 * "Non-existent value" does: a file never quietly answers a different question.
 *
 * Pure TypeScript with no Node imports.
 */
import type { Dataset, Observation } from '../data/types.js';
import type { QueryConfig } from './config.js';
import { comparePeriods } from '../data/period.js';
import { slugify } from '../data/slug.js';

/** A file that does not answer the query. */
export class FileSourceError extends Error {
  override readonly name = 'FileSourceError';
}

export interface FileAnswerOptions {
  /** `updated` of the answer, when the file's own metadata says nothing. */
  updated?: string;
  /** The answer's title (`label`), when the dataset has none. */
  title?: string;
  notes?: string[];
}

const REGION = 'Region';
const TIME = 'Tid';
const METRIC = 'ContentsCode';

function unbracket(code: string): string {
  const t = code.trim();
  return t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1).trim() : t;
}

function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

const quote = (xs: readonly string[], max = 12): string =>
  xs
    .slice(0, max)
    .map((x) => `"${x}"`)
    .join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');

/**
 * The codes among `available` (in their order) that the expressions select. `alias` gives a code's other
 * names (a label, a prefixed form) that a plain code may also match. Throws for a plain code that is not there.
 */
export function selectCodes(
  variable: string,
  expressions: readonly string[],
  available: readonly string[],
  alias: (code: string) => string[] = () => [],
): string[] {
  const chosen = new Set<string>();
  for (const raw of expressions) {
    const e = unbracket(raw);
    let m: RegExpExecArray | null;
    if (e === '*') available.forEach((c) => chosen.add(c));
    else if ((m = /^(top|bottom)\((\d+)(?:,\s*(\d+))?\)$/i.exec(e))) {
      const n = Number(m[2]);
      const skip = Number(m[3] ?? 0);
      const list = m[1]!.toLowerCase() === 'top' ? [...available].reverse() : [...available];
      list.slice(skip, skip + n).forEach((c) => chosen.add(c));
    } else if ((m = /^(from|to)\(([^,()]+)\)$/i.exec(e))) {
      const at = available.indexOf(m[2]!.trim());
      if (at < 0) throw new FileSourceError(`${variable}: "${e}" names "${m[2]!.trim()}", which the file does not have (it has ${quote(available)}).`);
      (m[1]!.toLowerCase() === 'from' ? available.slice(at) : available.slice(0, at + 1)).forEach((c) => chosen.add(c));
    } else if ((m = /^range\(([^,()]+),([^,()]+)\)$/i.exec(e))) {
      const [a, b] = [available.indexOf(m[1]!.trim()), available.indexOf(m[2]!.trim())];
      if (a < 0 || b < 0) throw new FileSourceError(`${variable}: "${e}" names a code the file does not have (it has ${quote(available)}).`);
      available.slice(Math.min(a, b), Math.max(a, b) + 1).forEach((c) => chosen.add(c));
    } else if (/[*?]/.test(e)) {
      const re = wildcard(e);
      available.filter((c) => re.test(c) || alias(c).some((x) => re.test(x))).forEach((c) => chosen.add(c));
    } else if (/[(),]/.test(e)) {
      throw new FileSourceError(
        `${variable}: "${e}" is not a selection a file source understands (codes, "*", "34*", "top(n)", "bottom(n)", "from(x)", "to(x)", "range(a,b)").`,
      );
    } else {
      const hit = available.find((c) => c === e || alias(c).includes(e));
      if (hit === undefined)
        throw new FileSourceError(`${variable}: the file has no "${e}" (it has ${quote(available)}). Is the file the table the query asks for?`);
      chosen.add(hit);
    }
  }
  return available.filter((c) => chosen.has(c));
}

/** Region codes as the query may write them: `K-3401`, `F-34` and `3401` name the same region. */
function regionAliases(code: string): string[] {
  return code.length === 4 ? [`K-${code}`] : code.length === 2 ? [`F-${code}`] : code === '0' ? ['EAK'] : [];
}

interface Selection {
  measures: Array<{ key: string; code: string; label: string; unit?: string; decimals?: number }>;
  regions: string[];
  periods: string[];
  dims: Array<{ id: string; label: string; codes: string[]; labels: Map<string, string> }>;
}

/** The file's measure a configuration key names: its code or label exactly, else its raw heading, slug or label folded. */
function findMeasure(ds: Dataset, key: string): Dataset['measures'][number] | undefined {
  const exact = ds.measures.find((x) => x.code === key || x.label.trim() === key);
  if (exact) return exact;
  const k = slugify(key);
  if (k === '') return undefined;
  return ds.measures.find((x) => slugify(x.code) === k || slugify(x.label) === k);
}

function labelText(l: unknown): string {
  return typeof l === 'string' ? l : ((l as { nb?: string })?.nb ?? '');
}

function select(ds: Dataset, q: QueryConfig): Selection {
  const vc = q.valueCodes;
  const known = new Set([REGION, TIME, METRIC, ...ds.dimensions.map((d) => d.id)]);
  for (const v of Object.keys(vc)) {
    if (!known.has(v))
      throw new FileSourceError(
        `the file has no variable "${v}" (it has ${quote([...known])}). In a file source the region is "Region", the period "Tid" and the measures "ContentsCode".`,
      );
  }
  const wanted = vc[METRIC] ?? Object.keys(q.measures);
  const measures = wanted.flatMap((key) => {
    const m = findMeasure(ds, key);
    if (!m) {
      throw new FileSourceError(
        `the file has no measure "${key}" (it has ${quote(ds.measures.map((x) => (x.label === x.code ? x.code : `${x.label}`)))}). Name a measure by its column heading or code.`,
      );
    }
    const out: Selection['measures'][number] = { key, code: m.code, label: m.label };
    if (m.unit !== undefined) out.unit = m.unit;
    if (m.decimals !== undefined) out.decimals = m.decimals;
    return q.measures[key] ? [out] : [];
  });
  const regionCodes = ds.regions.map((r) => r.code);
  const regions = vc[REGION] ? selectCodes(REGION, vc[REGION], regionCodes, regionAliases) : regionCodes;
  const periods = vc[TIME] ? selectCodes(TIME, vc[TIME], [...ds.periods].sort(comparePeriods)) : [...ds.periods].sort(comparePeriods);
  const dims = ds.dimensions.map((d) => {
    // Statbank marks sub-totals with "¬¬ " ("¬¬ Kommuneforvaltning"): a layout mark, not part of the name.
    const labels = new Map(d.categories.map((c) => [c.code, labelText(c.label).replace(/^[¬\s]+/, '')]));
    const all = d.categories.map((c) => c.code);
    const codes = vc[d.id] ? selectCodes(d.id, vc[d.id]!, all, (c) => [labels.get(c) ?? '']) : all;
    return { id: d.id, label: labelText(d.label) || d.id, codes, labels };
  });
  for (const [v, list] of [
    [REGION, regions],
    [TIME, periods],
  ] as const) {
    if (list.length === 0) throw new FileSourceError(`${v}: the selection ${quote(vc[v] ?? [])} matches nothing in the file.`);
  }
  return { measures, regions, periods, dims };
}

/**
 * The JSON-stat 2.0 answer to `q` from the figures of a file. Throws a {@link FileSourceError} when the file
 * lacks a variable, measure or code the query asks for, or the selection matches nothing.
 */
export interface FileAnswerResult {
  /** The JSON-stat 2.0 answer. */
  json: Record<string, unknown>;
  cells: number;
  /** The codes selected per variable: the question, in the codes the answer uses. */
  selection: Record<string, string[]>;
  /** The file as a table's metadata would describe it (JSON-stat without values): every variable and code. */
  table: Record<string, unknown>;
}

/** JSON-stat `dimension` objects for the given codes of each variable. */
function dimensionJson(ds: Dataset, s: Selection): Record<string, unknown> {
  const regionLabel = new Map(ds.regions.map((r) => [r.code, r.name]));
  const dimension: Record<string, unknown> = {
    [METRIC]: {
      label: 'statistikkvariabel',
      category: {
        index: s.measures.map((m) => m.key),
        label: Object.fromEntries(s.measures.map((m) => [m.key, m.label])),
        unit: Object.fromEntries(s.measures.map((m) => [m.key, { base: m.unit ?? '', decimals: m.decimals ?? 0 }])),
      },
    },
    [REGION]: { label: 'region', category: { index: s.regions, label: Object.fromEntries(s.regions.map((c) => [c, regionLabel.get(c) ?? c])) } },
    [TIME]: { label: 'år', category: { index: s.periods, label: Object.fromEntries(s.periods.map((p) => [p, p])) } },
  };
  for (const d of s.dims)
    dimension[d.id] = { label: d.label, category: { index: d.codes, label: Object.fromEntries(d.codes.map((c) => [c, d.labels.get(c) ?? c])) } };
  return dimension;
}

export function answerFromDataset(ds: Dataset, q: QueryConfig, options: FileAnswerOptions = {}): FileAnswerResult {
  const s = select(ds, q);
  const axes: Axis[] = [
    { id: METRIC, codes: s.measures.map((m) => m.key) },
    { id: REGION, codes: s.regions },
    { id: TIME, codes: s.periods },
    ...s.dims.map((d) => ({ id: d.id, codes: d.codes })),
  ];
  const { value, status, cells } = cellValues(ds, s, axes);
  if (cells === 0) throw new FileSourceError('the selection matches no figures in the file.');

  const json: Record<string, unknown> = {
    version: '2.0',
    class: 'dataset',
    label: ds.title ?? options.title ?? q.file?.path ?? q.id,
    id: axes.map((a) => a.id),
    size: axes.map((a) => a.codes.length),
    role: { metric: [METRIC], geo: [REGION], time: [TIME] },
    dimension: dimensionJson(ds, s),
    value,
  };
  if (Object.keys(status).length > 0) json['status'] = status;
  addFileMetadata(json, ds, options);

  const selection: Record<string, string[]> = Object.fromEntries(axes.map((a) => [a.id, a.codes]));
  return { json, cells, selection, table: wholeTable(ds, s, axes, json) };
}

/** One axis of the answer's cube: its dimension id and the codes asked for, in order. */
interface Axis {
  id: string;
  codes: string[];
}

/** The file's figures at their places in the cube of `axes` (row-major), with their status symbols. */
function cellValues(ds: Dataset, s: Selection, axes: Axis[]): { value: Record<string, number | null>; status: Record<string, string>; cells: number } {
  const sizes = axes.map((a) => a.codes.length);
  const index = axes.map((a) => new Map(a.codes.map((c, i) => [c, i])));
  const byFileCode = new Map(s.measures.map((m) => [m.code, m.key]));
  const value: Record<string, number | null> = {};
  const status: Record<string, string> = {};
  let cells = 0;
  const position = (o: Observation, key: string): number | undefined => {
    const parts = [index[0]!.get(key), index[1]!.get(o.region), index[2]!.get(o.period), ...s.dims.map((d, k) => index[3 + k]!.get(o.dims[d.id] ?? ''))];
    if (parts.some((p) => p === undefined)) return undefined;
    return (parts as number[]).reduce((pos, p, k) => pos * sizes[k]! + p, 0);
  };
  for (const o of ds.observations) {
    const key = byFileCode.get(o.measure);
    if (key === undefined) continue;
    const pos = position(o, key);
    if (pos === undefined) continue;
    if (String(pos) in value)
      throw new FileSourceError(
        `the file gives ${o.regionLabel || o.region}, ${o.period}, "${o.measureLabel}"${Object.keys(o.dims).length ? ` (${Object.values(o.dims).join(', ')})` : ''} twice.`,
      );
    value[String(pos)] = o.value;
    if (o.status) status[String(pos)] = o.status;
    cells++;
  }
  return { value, status, cells };
}

/** The source, date, notes (which are mandatory) and table id of the file, as JSON-stat fields of the answer. */
function addFileMetadata(json: Record<string, unknown>, ds: Dataset, options: FileAnswerOptions): void {
  const source = ds.sources[0];
  if (source?.publisher) json['source'] = source.publisher;
  const updated = ds.updated ?? source?.updated ?? options.updated;
  if (updated) json['updated'] = updated;
  const notes = [
    ...ds.notes.filter((n) => n.scope === undefined || n.scope === 'dataset'),
    ...(options.notes ?? []).map((text) => ({ text, mandatory: false })),
  ];
  if (notes.length > 0) {
    json['note'] = notes.map((n) => labelText(n.text));
    const mandatory = Object.fromEntries(notes.flatMap((n, i) => (n.mandatory ? [[String(i), true]] : [])));
    if (Object.keys(mandatory).length > 0) json['extension'] = { noteMandatory: mandatory };
  }
  if (source?.table) json['extension'] = { ...((json['extension'] as object | undefined) ?? {}), px: { tableid: source.table } };
}

/** The whole file, as metadata: every region, period and category it has (the measures asked for). */
function wholeTable(ds: Dataset, s: Selection, axes: Axis[], json: Record<string, unknown>): Record<string, unknown> {
  const all: Selection = {
    measures: s.measures,
    regions: ds.regions.map((r) => r.code),
    periods: [...ds.periods].sort(comparePeriods),
    dims: s.dims.map((d) => ({ ...d, codes: ds.dimensions.find((x) => x.id === d.id)!.categories.map((c) => c.code) })),
  };
  const tableIds = axes.map((a) => a.id);
  return {
    version: '2.0',
    class: 'dataset',
    label: json['label'],
    id: tableIds,
    size: tableIds.map((id) =>
      id === METRIC
        ? all.measures.length
        : id === REGION
          ? all.regions.length
          : id === TIME
            ? all.periods.length
            : all.dims.find((d) => d.id === id)!.codes.length,
    ),
    role: json['role'],
    dimension: dimensionJson(ds, all),
  };
}
