/**
 * JSON-stat reader: turns the JSON-stat that Statistics Norway's PxWebApi (v0 and v2) returns into a
 * {@link Dataset}.
 *
 * Handles
 * - JSON-stat 2.0 `class: "dataset"`;
 * - JSON-stat 2.0 `class: "collection"` whose `link.item[]` embeds datasets (their observations are
 *   concatenated, regions, periods, measures, dimensions and sources merged);
 * - the older JSON-stat 1.x bundle `{ "<name>": { dimension: { id, size, role, … }, value, … } }`
 *   (SSB's v0 `json-stat` format is a bundle with the single name `dataset`).
 *
 * Each dataset is read in named steps (src/data/jsonstat/): its structure, its cells, the roles of its dimensions,
 * regions, measures, source and notes, then the observations (the hot loop).
 *
 * Every text in the input (labels, notes, source) is data, never markup: it is copied as plain strings
 * and only ever rendered as text. A URL is kept only when it is http(s).
 */
import type { Dataset, Dimension, Note, Observation, ParseOptions, Measure, Region, Source } from './types.js';
import { IssueList, describe } from './errors.js';
import { comparePeriods } from './period.js';
import { isRecord, type JsonObject } from './is-record.js';
import { readStructure, type Item } from './jsonstat/structure.js';
import { checkValues, readStatus, readValues } from './jsonstat/cells.js';
import { findRoles } from './jsonstat/roles.js';
import { readRegions } from './jsonstat/regions.js';
import { pxDecimals, readMeasures } from './jsonstat/measures.js';
import { readSource, tableIdentity } from './jsonstat/source.js';
import { readNotes } from './jsonstat/notes.js';
import { buildObservations } from './jsonstat/observations.js';
import { text } from './jsonstat/text.js';

/** Collections inside collections deeper than this are refused (a hostile feed must not overflow the stack). */
const MAX_COLLECTION_DEPTH = 8;

export { isJsonStat } from './detect.js';

/** What one dataset contributes before merging. */
interface Part {
  title?: string;
  updated?: string;
  observations: Observation[];
  regions: Region[];
  periods: string[];
  measures: Measure[];
  dimensions: Dimension[];
  source: Source;
  notes: Note[];
}

/**
 * Reads JSON-stat (parsed JSON) into a {@link Dataset} with format `jsonstat`.
 * Throws a {@link FeedError} listing every problem found when the input cannot be read.
 * `options.harmonise` is not applied here (reform mapping happens elsewhere).
 */
export function parseJsonStat(input: unknown, options: ParseOptions = {}): Dataset {
  const issues = new IssueList();
  const items: Item[] = [];
  let collection: JsonObject | undefined;

  if (!isRecord(input)) {
    issues.error('(top level)', `Expected a JSON-stat object, but found ${describe(input)}.`);
  } else if (input['class'] === 'collection') {
    collection = input;
    collectItems(input, '', issues, items);
  } else if (input['class'] === 'dataset' || (input['class'] === undefined && Array.isArray(input['id']) && isRecord(input['dimension']))) {
    items.push({ ds: input, prefix: '', legacy: false });
  } else if (input['class'] === 'dimension') {
    issues.error('class', 'This is a JSON-stat "dimension" response: it describes categories but holds no figures. Ask the API for data (a dataset) instead.');
  } else if (input['class'] !== undefined) {
    issues.error('class', `Unknown JSON-stat class ${describe(input['class'])}; expected "dataset" or "collection".`);
  } else {
    for (const key in input) {
      const member = input[key];
      if (isRecord(member) && isRecord(member['dimension'])) items.push({ ds: member, prefix: `${key}.`, legacy: true });
    }
    if (items.length === 0) issues.error('(top level)', 'This is not JSON-stat: there is no "class" and no member with a "dimension" object.');
  }

  const parts: Part[] = [];
  for (const item of items) {
    const part = parseOne(item, issues, options);
    if (part) parts.push(part);
  }
  issues.throwIfAny();
  const ds = merge(parts, collection, issues);
  if (options.indicator !== undefined) ds.indicators.push({ id: options.indicator });
  return ds;
}

function collectItems(coll: JsonObject, prefix: string, issues: IssueList, out: Item[], depth = 0): void {
  if (depth > MAX_COLLECTION_DEPTH) {
    issues.error(
      `${prefix.slice(0, 200)}link.item`,
      `Collections are nested more than ${MAX_COLLECTION_DEPTH} deep; this reader does not follow them further.`,
    );
    return;
  }
  const link = coll['link'];
  const list = isRecord(link) ? link['item'] : undefined;
  if (!Array.isArray(list)) {
    issues.error(`${prefix}link.item`, 'The collection has no "link.item" list of datasets.');
    return;
  }
  const before = out.length;
  const errorsBefore = issues.total;
  list.forEach((entry: unknown, j) => {
    const p = `${prefix}link.item[${j}]`;
    if (!isRecord(entry)) {
      issues.error(p, `Expected a dataset, but found ${describe(entry)}.`);
    } else if (entry['class'] === 'collection') {
      collectItems(entry, `${p}.`, issues, out, depth + 1);
    } else if (isRecord(entry['dimension'])) {
      out.push({ ds: entry, prefix: `${p}.`, legacy: !Array.isArray(entry['id']) && isRecord(entry['dimension']) && Array.isArray(entry['dimension']['id']) });
    } else {
      const where = typeof entry['href'] === 'string' ? ` (${entry['href']})` : '';
      issues.warn(p, `This item only links to a dataset${where} and does not contain it; it was skipped.`);
    }
  });
  if (list.length === 0) {
    issues.error(`${prefix}link.item`, 'The collection is empty.');
  } else if (out.length === before && issues.total === errorsBefore) {
    issues.error(`${prefix}link.item`, 'The collection embeds no datasets (only links); fetch the datasets themselves.');
  }
}

/** Reads one dataset of the input; undefined when its structure cannot be read (the problems are in `issues`). */
function parseOne(item: Item, issues: IssueList, options: ParseOptions): Part | undefined {
  const { ds, prefix } = item;
  const { ids, sizes, dims, cellCount, role } = readStructure(item, issues);
  const vpath = `${prefix}value`;
  const cells = readValues(ds['value'], vpath, cellCount, sizes, dims !== undefined, issues);
  const status = readStatus(ds['status'], `${prefix}status`, cellCount, issues);
  if (!ids || !sizes || !dims || cellCount < 0) {
    checkValues(cells, vpath, issues);
    return undefined;
  }

  const roles = findRoles(dims, ids, role, issues);
  const ext = isRecord(ds['extension']) ? ds['extension'] : undefined;
  const px = isRecord(ext?.['px']) ? ext['px'] : undefined;
  const table = tableIdentity(ds, px);
  if (roles.time < 0) {
    // A table with no time (a snapshot, json-stat.org's order.json) is read with no period; the view says so.
    issues.warn(
      `${prefix}dimension`,
      `No time dimension among ${ids.map((x) => `"${x}"`).join(', ')}: the figures have no period. Mark one with "role": {"time": [...]} or name it "Tid".`,
    );
  }
  const regions = readRegions(dims, roles.region, { ids, prefix, label: table.label, isSsb: table.isSsb }, issues);
  const measures = readMeasures(dims, roles.metric, roles.taken, { tableId: table.tableId, label: table.label, decimals: pxDecimals(px) });
  const source = readSource(ds, table, options);
  const { notes, noteDims } = readNotes(ds, dims, roles.region, regions.codes);

  const others: number[] = [];
  for (let k = 0; k < dims.length; k++) if (!roles.taken.has(k)) others.push(k);
  const dimensions: Dimension[] = others.map((k) => {
    const d = dims[k]!;
    return { id: d.id, label: d.label, categories: d.codes.map((code, j) => ({ code, label: d.labels[j]! })) };
  });
  const periods = roles.time >= 0 ? [...dims[roles.time]!.codes].sort(comparePeriods) : [];
  const part: Part = { observations: [], regions: regions.regions, periods, measures: measures.measures, dimensions, source, notes };
  if (table.label) part.title = table.label;
  if (source.updated) part.updated = source.updated;

  const { values, sparse } = cells;
  if (!values || regions.codes.length === 0) {
    checkValues(cells, vpath, issues);
    return part;
  }
  part.observations = buildObservations({
    sizes,
    dims,
    others,
    roles,
    values,
    sparse,
    status,
    regions,
    measures,
    noteDims,
    sourceId: source.id,
    indicator: options.indicator,
    vpath,
    issues,
  });
  return part;
}

function merge(parts: Part[], collection: JsonObject | undefined, issues: IssueList): Dataset {
  const ds: Dataset = {
    format: 'jsonstat',
    indicators: [],
    regions: [],
    periods: [],
    measures: [],
    dimensions: [],
    observations: [],
    sources: [],
    notes: [],
    warnings: issues.warnings,
  };
  const title = text(collection?.['label']) ?? parts.find((p) => p.title)?.title;
  if (title) ds.title = title;
  const updated = text(collection?.['updated']) ?? parts.reduce<string | undefined>((a, p) => (p.updated && (!a || p.updated > a) ? p.updated : a), undefined);
  if (updated) ds.updated = updated;

  if (parts.length === 1) {
    const p = parts[0]!;
    ds.regions = p.regions;
    ds.periods = p.periods;
    ds.measures = p.measures;
    ds.dimensions = p.dimensions;
    ds.observations = p.observations;
    ds.sources = [p.source];
    ds.notes = p.notes;
    return ds;
  }

  mergeParts(ds, parts);
  return ds;
}

/** Adds each item of `list` whose key has not been seen. */
function addNew<T>(out: T[], seen: Set<string>, list: readonly T[], key: (x: T) => string): void {
  for (const x of list) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
}

/** Dimensions by id, each with the union of its categories in the parts. */
function mergeDimensions(parts: Part[]): Dimension[] {
  const out: Dimension[] = [];
  const dimById = new Map<string, { dim: Dimension; codes: Set<string> }>();
  for (const p of parts) {
    for (const d of p.dimensions) {
      const known = dimById.get(d.id);
      if (known) addNew(known.dim.categories, known.codes, d.categories, (c) => c.code);
      else {
        const copy: Dimension = { id: d.id, label: d.label, categories: [...d.categories] };
        dimById.set(d.id, { dim: copy, codes: new Set(d.categories.map((c) => c.code)) });
        out.push(copy);
      }
    }
  }
  return out;
}

/** Several datasets of a collection: observations concatenated; regions, periods, measures, sources and notes merged. */
function mergeParts(ds: Dataset, parts: Part[]): void {
  const regionSeen = new Set<string>();
  const periodSeen = new Set<string>();
  const measureSeen = new Set<string>();
  const sourceSeen = new Set<string>();
  const noteSeen = new Set<string>();
  let total = 0;
  for (const p of parts) total += p.observations.length;
  const obs = new Array<Observation>(total);
  let at = 0;
  for (const p of parts) {
    addNew(ds.regions, regionSeen, p.regions, (r) => r.code);
    for (const t of p.periods) periodSeen.add(t);
    addNew(ds.measures, measureSeen, p.measures, (m) => m.code);
    addNew(ds.sources, sourceSeen, [p.source], (s) => s.id);
    addNew(ds.notes, noteSeen, p.notes, (note) => `${note.scope ?? ''}\u0000${typeof note.text === 'string' ? note.text : note.text.nb}`);
    const list = p.observations;
    for (let i = 0; i < list.length; i++) obs[at++] = list[i]!;
  }
  ds.dimensions = mergeDimensions(parts);
  ds.observations = obs;
  ds.periods = [...periodSeen].sort(comparePeriods);
}
