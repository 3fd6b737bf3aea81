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
 * Every text in the input (labels, notes, source) is data, never markup: it is copied as plain strings
 * and only ever rendered as text. A URL is kept only when it is http(s).
 *
 * Performance: a 1 000 000-cell table is the design load. Per-dimension code and label arrays are
 * computed once, cell coordinates advance like an odometer (no division per cell), the `dims` object is
 * shared (and frozen) between all cells with the same combination of "other" dimensions, and the
 * observation array is pre-sized.
 */
import type { Dataset, Dimension, Measure, Note, Observation, ParseOptions, Region, RegionLevel, Source } from './types.js';
import { IssueList, describe } from './errors.js';
import { isKnownStatus } from './status.js';
import { normaliseRegionCode } from './region-code.js';
import { comparePeriods, isPeriod } from './period.js';

/**
 * Above this many cells a table is refused: a widget cannot show more, and a small document with a sparse
 * `value` object could otherwise ask for tens of millions of observations and freeze the page.
 */
const MAX_CELLS = 1_000_000;
/** Collections inside collections deeper than this are refused (a hostile feed must not overflow the stack). */
const MAX_COLLECTION_DEPTH = 8;

// Dimension ids of time and place as Nordic, Irish, British and European statistics offices name them
// (SSB Tid/Region, SCB Tid/Region, DST Tid/OMRÅDE, Statistics Finland Vuosi/Alue, Eurostat time/geo, ONS geography,
// Statistics Greenland's English PxWeb ids such as "place of residence").
const TIME_ID = /^(tid|time|year|years|aar|år|ár|periode|period|vuosi|kuukausi|vuosineljännes|neljännes|quarter|month|week|date)$/i;
const REGION_ID =
  /^(?:region|geo|fylke|kommune|bydel)|^(?:area|omr[aå]de|alue|kunta|maakunta|l[aä]n|geography|municipality|county|district|residence|place of residence)$/i;
const SUB_MUNICIPAL = /bydel|district|delomr|grunnkrets|sone|tettsted|neighbourhood/i;
const KOSTRA_REGION_ID = /^KOK\w*region/i;
const METRIC_ID = /^(contentscode|statistikkvariabel)$/i;
const WHOLE_COUNTRY = /(^|[^\p{L}])(hele landet|heile landet|landet i alt|norge|noreg|norway|the whole country)($|[^\p{L}])/iu;
const SSB = /statistisk sentralbyr|statistics norway|(^|[^\p{L}])ssb($|[^\p{L}])/iu;
const TABLE_IN_LABEL = /^\s*(\d{4,6})\s*[:.–-]/;
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/i;

type Json = Record<string, unknown>;

function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Longest text kept from a feed (the Innsikt reader's limit); a longer one is cut, ending in "…". */
const MAX_TEXT = 5000;

function clip(t: string): string {
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

function text(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const t = x.trim();
  return t === '' ? undefined : clip(t);
}

function httpUrl(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const m = URL_IN_TEXT.exec(x);
  if (!m) return undefined;
  try {
    const u = new URL(m[0]);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export { isJsonStat } from './detect.js';

interface Item {
  ds: Json;
  /** Prepended to every issue path: `link.item[2].`, `dataset.`, or empty. */
  prefix: string;
  /** JSON-stat 1.x: id, size and role live inside `dimension`. */
  legacy: boolean;
}

/** One dimension, read once. */
interface Dim {
  id: string;
  label: string;
  codes: string[];
  labels: string[];
  obj: Json;
  path: string;
}

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
  let collection: Json | undefined;

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

function collectItems(coll: Json, prefix: string, issues: IssueList, out: Item[], depth = 0): void {
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

/** Whether note number `i` is flagged mandatory. SSB writes `{"1": true}`; arrays (`[false, true]` or `[1]`) are read too. */
function isMandatory(spec: unknown, i: number): boolean {
  if (spec === true) return true;
  if (Array.isArray(spec)) return spec[i] === true || (spec.length > 0 && typeof spec[0] === 'number' && spec.includes(i));
  if (isRecord(spec)) {
    const v = spec[String(i)];
    return v === true || v === 'true';
  }
  return false;
}

function noteTexts(x: unknown): string[] {
  if (typeof x === 'string') return x.trim() ? [x] : [];
  if (Array.isArray(x)) return x.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  return [];
}

function pushNotes(out: Note[], raw: unknown, mandatorySpec: unknown, scope: string): void {
  const all = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  all.forEach((t: unknown, i) => {
    if (typeof t === 'string' && t.trim() !== '') out.push({ text: clip(t), mandatory: isMandatory(mandatorySpec, i), scope });
  });
}

function findRole(role: Json | undefined, name: string, ids: string[], path: string, issues: IssueList, taken: Set<number>): number {
  const listed = role?.[name];
  if (listed === undefined) return -1;
  const arr = Array.isArray(listed) ? listed : [listed];
  for (const id of arr) {
    const k = typeof id === 'string' ? ids.indexOf(id) : -1;
    if (k >= 0 && !taken.has(k)) return k;
    if (k < 0) issues.warn(`${path}.${name}`, `The role lists ${describe(id)}, which is not one of the dimensions; it was ignored.`);
  }
  return -1;
}

function findById(ids: string[], taken: Set<number>, ...patterns: RegExp[]): number {
  for (const re of patterns) {
    for (let k = 0; k < ids.length; k++) if (!taken.has(k) && re.test(ids[k]!)) return k;
  }
  return -1;
}

function readDim(id: string, obj: Json, size: number, path: string, issues: IssueList): Dim | undefined {
  const cat = obj['category'];
  if (!isRecord(cat)) {
    issues.error(`${path}.category`, `Dimension "${id}" has no "category" object listing its categories.`);
    return undefined;
  }
  const labelObj = isRecord(cat['label']) ? cat['label'] : undefined;
  const index = cat['index'];
  let codes: string[] | undefined;
  const ipath = `${path}.category.index`;

  if (Array.isArray(index)) {
    codes = new Array<string>(index.length);
    const seen = new Set<string>();
    let ok = true;
    for (let k = 0; k < index.length; k++) {
      const c: unknown = index[k];
      if (typeof c !== 'string' && typeof c !== 'number') {
        issues.error(`${ipath}[${k}]`, `Expected a category code, but found ${describe(c)}.`);
        ok = false;
        continue;
      }
      const code = String(c);
      if (seen.has(code)) {
        issues.error(`${ipath}[${k}]`, `Category "${code}" is listed twice.`);
        ok = false;
      }
      seen.add(code);
      codes[k] = code;
    }
    if (!ok) codes = undefined;
  } else if (isRecord(index)) {
    const keys = Object.keys(index);
    // Sized by what the index lists, not by "size": a hostile size (2^32, 8e14) must not be allocated.
    const byPos = new Array<string | undefined>(Math.min(size, keys.length));
    let ok = true;
    for (const code of keys) {
      const pos = index[code];
      if (typeof pos !== 'number' || !Number.isInteger(pos)) {
        issues.error(`${ipath}.${code}`, `The position of category "${code}" must be a whole number, but is ${describe(pos)}.`);
        ok = false;
      } else if (pos < 0 || pos >= size) {
        issues.error(
          ipath,
          `Category "${code}" has position ${pos}, but the dimension has ${size} categor${size === 1 ? 'y' : 'ies'} (positions 0–${Math.max(size - 1, 0)}).`,
        );
        ok = false;
      } else if (byPos[pos] !== undefined) {
        issues.error(ipath, `Categories "${byPos[pos]}" and "${code}" both have position ${pos}.`);
        ok = false;
      } else {
        byPos[pos] = code;
      }
    }
    if (ok && keys.length !== size) {
      issues.error(ipath, `Dimension "${id}" lists ${keys.length} categor${keys.length === 1 ? 'y' : 'ies'}, but "size" gives it ${size}.`);
      ok = false;
    }
    if (ok) codes = byPos as string[];
  } else if (index === undefined) {
    // JSON-stat allows leaving out the index when there is a single category (named in `label`).
    const keys = labelObj ? Object.keys(labelObj) : [];
    if (keys.length === 0) {
      issues.error(`${path}.category`, `Dimension "${id}" has neither "index" nor "label": its categories are unknown.`);
    } else {
      if (keys.length > 1) {
        issues.warn(ipath, `Dimension "${id}" has no "index"; the order of its ${keys.length} labels was used, which JSON-stat does not guarantee.`);
      }
      codes = keys;
    }
  } else {
    issues.error(ipath, `Expected a list or an object of category positions, but found ${describe(index)}.`);
  }

  if (!codes) return undefined;
  if (codes.length !== size) {
    issues.error(ipath, `Dimension "${id}" lists ${codes.length} categor${codes.length === 1 ? 'y' : 'ies'}, but "size" gives it ${size}.`);
    return undefined;
  }
  const labels = new Array<string>(size);
  for (let k = 0; k < size; k++) {
    const code = codes[k]!;
    labels[k] = text(labelObj?.[code]) ?? clip(code);
  }
  return { id, label: text(obj['label']) ?? id, codes, labels, obj, path };
}

/** Category notes of one dimension: Dataset.notes entries, and the joined text per category position (for Observation.note). */
function categoryNotes(dim: Dim, scopeCodes: string[], notes: Note[]): Array<string | undefined> | undefined {
  const cat = dim.obj['category'] as Json;
  const raw = cat['note'];
  if (!isRecord(raw)) return undefined;
  const ext = isRecord(dim.obj['extension']) ? dim.obj['extension'] : undefined;
  const mand = isRecord(ext?.['categoryNoteMandatory']) ? ext['categoryNoteMandatory'] : undefined;
  const perPos = new Array<string | undefined>(dim.codes.length);
  let any = false;
  for (let k = 0; k < dim.codes.length; k++) {
    const code = dim.codes[k]!;
    if (!Object.hasOwn(raw, code)) continue;
    const texts = noteTexts(raw[code]);
    if (texts.length === 0) continue;
    pushNotes(notes, raw[code], mand?.[code], `category:${dim.id}/${scopeCodes[k]}`);
    perPos[k] = texts.join('\n');
    any = true;
  }
  return any ? perPos : undefined;
}

interface StatusTally {
  count: number;
  first: string;
}

function tallyStatus(tally: Map<string, StatusTally>, s: string, path: string): void {
  if (isKnownStatus(s)) return;
  const t = tally.get(s);
  if (t) t.count++;
  else tally.set(s, { count: 1, first: path });
}

function parseOne(item: Item, issues: IssueList, options: ParseOptions): Part | undefined {
  const { ds, prefix, legacy } = item;
  const dimRoot = ds['dimension'];
  if (!isRecord(dimRoot)) {
    issues.error(`${prefix}dimension`, 'The dataset has no "dimension" object describing its dimensions.');
  }
  const inner = isRecord(dimRoot) ? dimRoot : {};

  // 2.0: id/size/role at the top; 1.x: inside `dimension`. Either is read from the other place as a fallback.
  const where = (key: string): { value: unknown; path: string } => {
    const primary = legacy ? inner[key] : ds[key];
    const secondary = legacy ? ds[key] : inner[key];
    const primaryPath = legacy ? `${prefix}dimension.${key}` : `${prefix}${key}`;
    const secondaryPath = legacy ? `${prefix}${key}` : `${prefix}dimension.${key}`;
    return primary === undefined && secondary !== undefined ? { value: secondary, path: secondaryPath } : { value: primary, path: primaryPath };
  };
  const idAt = where('id');
  const sizeAt = where('size');
  const roleAt = where('role');

  let ids: string[] | undefined;
  if (idAt.value === undefined) {
    issues.error(idAt.path, 'The dataset has no "id" list naming its dimensions.');
  } else if (!Array.isArray(idAt.value) || idAt.value.some((x) => typeof x !== 'string')) {
    issues.error(idAt.path, `"id" must be a list of dimension names, but is ${describe(idAt.value)}.`);
  } else {
    ids = idAt.value as string[];
    const dup = ids.find((x, k) => ids!.indexOf(x) !== k);
    if (dup !== undefined) {
      issues.error(idAt.path, `Dimension "${dup}" is named twice.`);
      ids = undefined;
    }
  }

  let sizes: number[] | undefined;
  if (sizeAt.value === undefined) {
    issues.error(sizeAt.path, 'The dataset has no "size" list giving the number of categories in each dimension.');
  } else if (!Array.isArray(sizeAt.value)) {
    issues.error(sizeAt.path, `"size" must be a list of numbers, but is ${describe(sizeAt.value)}.`);
  } else {
    sizes = [];
    sizeAt.value.forEach((n: unknown, k) => {
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) sizes?.push(n);
      else {
        issues.error(`${sizeAt.path}[${k}]`, `A dimension size must be a whole number of 0 or more, but is ${describe(n)}.`);
        sizes = undefined;
      }
    });
  }
  if (ids && sizes && ids.length !== sizes.length) {
    issues.error(
      sizeAt.path,
      `"size" has ${sizes.length} entr${sizes.length === 1 ? 'y' : 'ies'}, but "id" names ${ids.length} dimension${ids.length === 1 ? '' : 's'}; they must match one to one.`,
    );
    sizes = undefined;
  }

  let cellCount = -1;
  if (sizes) {
    cellCount = sizes.reduce((a, b) => a * b, 1);
    if (cellCount > MAX_CELLS) {
      issues.error(
        sizeAt.path,
        `The sizes (${sizes.join(' × ')}) make ${cellCount} cells, more than the ${MAX_CELLS} this reader accepts. Ask for a smaller extract.`,
      );
      cellCount = -1;
    }
  }

  // Dimensions
  let dims: Dim[] | undefined;
  if (ids && sizes && isRecord(dimRoot)) {
    dims = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const obj = inner[id];
      const path = `${prefix}dimension.${id}`;
      if (!isRecord(obj)) {
        issues.error(path, `Dimension "${id}" is named in "id" but not described under "dimension".`);
        dims = undefined;
        continue;
      }
      const dim = readDim(id, obj, sizes[k]!, path, issues);
      if (!dim) dims = undefined;
      else dims?.push(dim);
    }
  }

  // Values: checked even when the structure is broken, so that all problems are reported at once.
  const rawValue = ds['value'];
  const vpath = `${prefix}value`;
  let values: ArrayLike<unknown> | undefined;
  let valuesChecked = false;
  let sparse = false;
  if (rawValue === undefined) {
    issues.error(vpath, 'The dataset has no "value" holding its figures.');
  } else if (Array.isArray(rawValue)) {
    if (cellCount >= 0 && rawValue.length !== cellCount) {
      issues.error(
        vpath,
        `There ${rawValue.length === 1 ? 'is 1 value' : `are ${rawValue.length} values`}, but the dimension sizes (${sizes!.join(' × ')}) call for ${cellCount}.`,
      );
    }
    if (cellCount >= 0 && rawValue.length === cellCount && dims) values = rawValue;
    else {
      for (let i = 0; i < rawValue.length; i++) checkValue(rawValue[i], i, vpath, issues);
      valuesChecked = true;
    }
  } else if (isRecord(rawValue)) {
    // Holes stay holes: a cell listed in neither `value` nor `status` is a gap and gets no observation, so that a
    // few kilobytes declaring a million cells do not become a million objects.
    const dense: Array<number | null> | undefined = cellCount >= 0 ? new Array<number | null>(cellCount) : undefined;
    sparse = true;
    for (const key in rawValue) {
      const v = rawValue[key];
      const pos = Number(key);
      if (!/^\d+$/.test(key) || (cellCount >= 0 && pos >= cellCount)) {
        issues.error(
          `${vpath}["${key}"]`,
          cellCount >= 0
            ? `"${key}" is not a cell position: keys must be whole numbers from 0 to ${cellCount - 1}.`
            : `"${key}" is not a cell position: keys must be whole numbers.`,
        );
        continue;
      }
      if (checkValue(v, pos, vpath, issues) && dense) dense[pos] = v as number | null;
    }
    values = dense;
    valuesChecked = true;
  } else {
    issues.error(vpath, `"value" must be a list of numbers (or an object of them keyed by cell position), but is ${describe(rawValue)}.`);
  }

  // Status: one symbol for all cells, a list, or an object keyed by cell position.
  const rawStatus = ds['status'];
  const spath = `${prefix}status`;
  const unknownStatus = new Map<string, StatusTally>();
  let statusAll: string | undefined;
  let statusList: ArrayLike<string | undefined> | undefined;
  if (typeof rawStatus === 'string') {
    if (rawStatus !== '') {
      statusAll = rawStatus;
      tallyStatus(unknownStatus, rawStatus, spath);
    }
  } else if (Array.isArray(rawStatus)) {
    if (rawStatus.length === 1 && cellCount !== 1) {
      // A one-element list applies to every cell, like a single string.
      const s: unknown = rawStatus[0];
      if (typeof s === 'string' && s !== '') {
        statusAll = s;
        tallyStatus(unknownStatus, s, `${spath}[0]`);
      } else if (s !== null && typeof s !== 'string') issues.error(`${spath}[0]`, `Expected a status symbol, but found ${describe(s)}.`);
    } else {
      if (cellCount >= 0 && rawStatus.length !== cellCount) {
        issues.error(
          spath,
          `There are ${rawStatus.length} status entries, but ${cellCount} cells; the list must have one entry per cell (or be a single symbol).`,
        );
      }
      const list = new Array<string | undefined>(rawStatus.length);
      for (let i = 0; i < rawStatus.length; i++) {
        const s: unknown = rawStatus[i];
        if (typeof s === 'string') {
          if (s !== '') {
            list[i] = s;
            tallyStatus(unknownStatus, s, `${spath}[${i}]`);
          }
        } else if (s !== null && s !== undefined) issues.error(`${spath}[${i}]`, `Expected a status symbol, but found ${describe(s)}.`);
      }
      statusList = list;
    }
  } else if (isRecord(rawStatus)) {
    const list = new Array<string | undefined>(Math.max(cellCount, 0));
    for (const key in rawStatus) {
      const s = rawStatus[key];
      const pos = Number(key);
      if (!/^\d+$/.test(key) || (cellCount >= 0 && pos >= cellCount)) {
        issues.error(
          `${spath}["${key}"]`,
          cellCount >= 0
            ? `"${key}" is not a cell position: keys must be whole numbers from 0 to ${cellCount - 1}.`
            : `"${key}" is not a cell position: keys must be whole numbers.`,
        );
      } else if (typeof s === 'string') {
        if (s !== '') {
          list[pos] = s;
          tallyStatus(unknownStatus, s, `${spath}["${key}"]`);
        }
      } else if (s !== null) issues.error(`${spath}["${key}"]`, `Expected a status symbol, but found ${describe(s)}.`);
    }
    statusList = list;
  } else if (rawStatus !== undefined && rawStatus !== null) {
    issues.error(spath, `"status" must be a symbol, a list or an object keyed by cell position, but is ${describe(rawStatus)}.`);
  }
  for (const [symbol, t] of unknownStatus) {
    issues.warn(t.first, `Unknown status symbol ${JSON.stringify(symbol)}${t.count > 1 ? ` (on ${t.count} cells)` : ''}; it is kept as given.`);
  }

  if (!ids || !sizes || !dims || cellCount < 0) {
    if (values && !valuesChecked) for (let i = 0; i < values.length; i++) checkValue(values[i], i, vpath, issues);
    return undefined;
  }

  // Roles. SSB marks time, metric and (usually) geo; KOSTRA tables leave geo out.
  const role = isRecord(roleAt.value) ? roleAt.value : undefined;
  const taken = new Set<number>();
  let tIdx = findRole(role, 'time', ids, roleAt.path, issues, taken);
  if (tIdx < 0) tIdx = findById(ids, taken, TIME_ID);
  if (tIdx >= 0) taken.add(tIdx);
  let rIdx = findRole(role, 'geo', ids, roleAt.path, issues, taken);
  if (rIdx < 0) rIdx = findById(ids, taken, REGION_ID, KOSTRA_REGION_ID);
  if (rIdx >= 0) taken.add(rIdx);
  let mIdx = findRole(role, 'metric', ids, roleAt.path, issues, taken);
  if (mIdx < 0) mIdx = findById(ids, taken, METRIC_ID);
  if (mIdx >= 0) taken.add(mIdx);
  if (tIdx < 0) {
    // Last resort: a dimension whose codes all look like periods (checked after region and metric, so a
    // column of municipality numbers is not taken for years).
    tIdx = dims.findIndex((d, k) => !taken.has(k) && (allPeriods(d.codes) || allPeriods(d.labels)));
    if (tIdx >= 0) taken.add(tIdx);
  }
  if (tIdx >= 0) periodsFromLabels(dims[tIdx]!);

  const label = text(ds['label']);
  const ext = isRecord(ds['extension']) ? ds['extension'] : undefined;
  const px = isRecord(ext?.['px']) ? ext['px'] : undefined;
  const tableId = text(px?.['tableid']) ?? (label ? TABLE_IN_LABEL.exec(label)?.[1] : undefined);

  if (tIdx < 0) {
    // A table with no time (a snapshot, json-stat.org's order.json) is read with no period; the view says so.
    issues.warn(
      `${prefix}dimension`,
      `No time dimension among ${ids.map((x) => `"${x}"`).join(', ')}: the figures have no period. Mark one with "role": {"time": [...]} or name it "Tid".`,
    );
  }

  // Region. A table without a region dimension (a price index, quarterly GDP, population by age and sex) is
  // read as figures with no region (code ''). Only when the source makes it certain are they placed on the
  // whole country (`0`): a table from Statistics Norway (its tables without a region are national) or a title
  // that says so ("… i hele landet", "Norge").
  const sourceText = text(ds['source']);
  const isSsb = sourceText !== undefined && SSB.test(sourceText);
  let regionCodes: string[];
  let regionLabels: string[];
  let regionOriginals: Array<string | undefined>;
  const regions: Region[] = [];
  if (rIdx >= 0) {
    const d = dims[rIdx]!;
    const n = d.codes.length;
    regionCodes = new Array<string>(n);
    regionLabels = new Array<string>(n);
    regionOriginals = new Array<string | undefined>(n);
    const firstAt = new Map<string, number>();
    // City districts and other sub-municipal units ("Bydel" 01 Gamle Oslo) are never read as counties.
    const subMunicipal = SUB_MUNICIPAL.test(`${d.id} ${d.label}`);
    for (let k = 0; k < n; k++) {
      const raw = d.codes[k]!;
      let norm = subMunicipal ? { code: raw.trim() } : normaliseRegionCode(raw);
      // SSB's pseudo-region "K-23" (the continental shelf) would come back as "23", which reads as a county
      // code. A municipality must have 4 digits and a county 2; anything else keeps its source code.
      if ((norm.level === 'municipality' && norm.code.length !== 4) || (norm.level === 'county' && norm.code.length !== 2)) {
        norm = { code: raw.trim() };
      }
      const code = norm.code === '' ? raw : norm.code;
      const name = d.labels[k] !== raw ? d.labels[k]! : (norm.label ?? raw);
      regionCodes[k] = code;
      regionLabels[k] = name;
      regionOriginals[k] = code !== raw ? raw : undefined;
      const prev = firstAt.get(code);
      if (prev !== undefined) {
        issues.warn(`${d.path}.category.index`, `Region categories "${d.codes[prev]}" and "${raw}" both mean region ${code}; their cells are duplicates.`);
        continue;
      }
      firstAt.set(code, k);
      // The office's own code for the whole country (`TOTAL` "Hele landet") keeps its code and says its level.
      const level: RegionLevel = norm.level ?? (WHOLE_COUNTRY.test(name) ? 'country' : 'other');
      regions.push({ code, name, level });
    }
  } else if (isSsb || (label && WHOLE_COUNTRY.test(label))) {
    regionCodes = ['0'];
    regionLabels = ['Hele landet'];
    regionOriginals = [undefined];
    regions.push({ code: '0', name: 'Hele landet', level: 'country' });
    const why = isSsb ? "Statistics Norway's tables without a region are national" : `the title says so ("${label}")`;
    issues.warn(`${prefix}dimension`, `No region dimension; the figures are taken to be for the whole country because ${why}.`);
  } else {
    // Figures with no region: drawn as series over time, never on a map.
    regionCodes = [''];
    regionLabels = [''];
    regionOriginals = [undefined];
    issues.warn(
      `${prefix}dimension`,
      `No region dimension among ${ids.map((x) => `"${x}"`).join(', ')}: the figures have no region and are shown as series, not on a map.`,
    );
  }

  // Measures
  const measures: Measure[] = [];
  let measureCodes: string[];
  let measureLabels: string[];
  let measureUnits: Array<string | undefined>;
  let measureDecimals: Array<number | undefined>;
  const pxDecimals = typeof px?.['decimals'] === 'number' && Number.isInteger(px['decimals']) && px['decimals'] >= 0 ? px['decimals'] : undefined;
  if (mIdx >= 0) {
    const d = dims[mIdx]!;
    const cat = d.obj['category'] as Json;
    const units = isRecord(cat['unit']) ? cat['unit'] : undefined;
    const n = d.codes.length;
    measureCodes = d.codes;
    measureLabels = d.labels;
    measureUnits = new Array<string | undefined>(n);
    measureDecimals = new Array<number | undefined>(n);
    for (let k = 0; k < n; k++) {
      const code = d.codes[k]!;
      const u = units?.[code];
      const m: Measure = { code, label: d.labels[k]! };
      let unit: string | undefined;
      let decimals = pxDecimals;
      if (isRecord(u)) {
        unit = text(u['label']) ?? text(u['base']) ?? text(u['symbol']);
        const dec = u['decimals'];
        if (typeof dec === 'number' && Number.isInteger(dec) && dec >= 0) decimals = dec;
      }
      if (unit !== undefined) m.unit = unit;
      if (decimals !== undefined) m.decimals = decimals;
      measureUnits[k] = unit;
      measureDecimals[k] = decimals;
      measures.push(m);
    }
  } else {
    // No metric dimension: the whole table is one measure, named after the table. Eurostat states the unit in a
    // dimension of its own ("unit": "Index, 2015=100"); with one category it is the measure's unit.
    const m: Measure = { code: tableId ?? 'value', label: label ?? tableId ?? 'Value' };
    if (pxDecimals !== undefined) m.decimals = pxDecimals;
    const unitDim = dims.find((d, k) => !taken.has(k) && /^unit$/i.test(d.id) && d.codes.length === 1);
    // A short one ("Percentage", "Million euro") is written after each figure; a long one goes with the label.
    if (unitDim && unitDim.labels[0]!.length <= 16) m.unit = unitDim.labels[0]!;
    else if (unitDim) m.label = `${m.label} (${unitDim.labels[0]!})`;
    measures.push(m);
    measureCodes = [m.code];
    measureLabels = [m.label];
    measureUnits = [m.unit];
    measureDecimals = [pxDecimals];
  }

  // Source
  let url = httpUrl(ds['href']);
  if (!url && isRecord(ds['link'])) {
    for (const rel in ds['link']) {
      const links = ds['link'][rel];
      if (!Array.isArray(links)) continue;
      for (const l of links) {
        url = isRecord(l) ? httpUrl(l['href']) : undefined;
        if (url) break;
      }
      if (url) break;
    }
  }
  url ??= httpUrl(ds['source']);
  const source: Source = {
    id: tableId ? (isSsb ? `ssb-${tableId}` : tableId) : (label ?? sourceText ?? options.sourceTitle ?? 'jsonstat'),
    title: label ?? sourceText ?? options.sourceTitle ?? 'JSON-stat dataset',
  };
  if (isSsb) source.publisher = 'Statistisk sentralbyrå';
  else if (sourceText) source.publisher = sourceText;
  if (url) source.url = url;
  if (tableId) source.table = tableId;
  const updated = text(ds['updated']);
  if (updated) source.updated = updated;

  // Notes: dataset, dimension and category level. Category notes are scoped with the normalised region code for the region dimension.
  const notes: Note[] = [];
  pushNotes(notes, ds['note'], ext?.['noteMandatory'], 'dataset');
  const noteDims: Array<{ k: number; texts: Array<string | undefined> }> = [];
  for (let k = 0; k < dims.length; k++) {
    const d = dims[k]!;
    const dext = isRecord(d.obj['extension']) ? d.obj['extension'] : undefined;
    pushNotes(notes, d.obj['note'], dext?.['noteMandatory'], `dimension:${d.id}`);
    const texts = categoryNotes(d, k === rIdx ? regionCodes : d.codes, notes);
    if (texts) noteDims.push({ k, texts });
  }

  // Other dimensions
  const others: number[] = [];
  for (let k = 0; k < dims.length; k++) if (!taken.has(k)) others.push(k);
  const dimensions: Dimension[] = others.map((k) => {
    const d = dims[k]!;
    return { id: d.id, label: d.label, categories: d.codes.map((code, j) => ({ code, label: d.labels[j]! })) };
  });

  const periods = tIdx >= 0 ? [...dims[tIdx]!.codes].sort(comparePeriods) : [];
  const part: Part = { observations: [], regions, periods, measures, dimensions, source, notes };
  if (label) part.title = label;
  if (updated) part.updated = updated;

  if (!values || regionCodes.length === 0) {
    if (values && !valuesChecked) for (let i = 0; i < values.length; i++) checkValue(values[i], i, vpath, issues);
    return part;
  }

  part.observations = buildObservations({
    sizes,
    dims,
    others,
    tIdx,
    rIdx,
    mIdx,
    values,
    sparse,
    statusAll,
    statusList,
    regionCodes,
    regionLabels,
    regionOriginals,
    measureCodes,
    measureLabels,
    measureUnits,
    measureDecimals,
    noteDims,
    sourceId: source.id,
    indicator: options.indicator,
    vpath,
    issues,
  });
  return part;
}

/** A year from 1800 to 2199, alone or with a quarter, month, week or span: `2011`, `2024K3`, `2019-2023`. */
function looksLikePeriod(text: string): boolean {
  return isPeriod(text) && /^\s*(1[89]|2[01])\d\d/.test(text);
}

function allPeriods(texts: string[]): boolean {
  return texts.length > 0 && texts.every(looksLikePeriod);
}

/**
 * Opaque time codes whose labels are periods (CSO Ireland's `CI_0000001` "2011", SCB's `2011` "2011"): the labels
 * become the periods, when they are periods and no two are the same.
 */
function periodsFromLabels(d: Dim): void {
  if (allPeriods(d.codes) || !allPeriods(d.labels)) return;
  const labels = d.labels.map((l) => l.trim());
  if (new Set(labels).size !== labels.length) return;
  d.codes = labels;
}

/** Records an error for anything but a finite number or null; returns whether the value is usable. */
function checkValue(v: unknown, i: number, vpath: string, issues: IssueList): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'number') {
    if (v - v === 0) return true;
    issues.error(`${vpath}[${i}]`, `Expected a number or null, but found ${describe(v)}. Write a missing figure as null with a status symbol.`);
    return false;
  }
  const hint = typeof v === 'string' ? ' Numbers must be written without quotes, spaces or thousands separators (1200, not "1 200").' : '';
  issues.error(`${vpath}[${i}]`, `Expected a number or null, but found ${describe(v)}.${hint}`);
  return false;
}

interface BuildInput {
  sizes: number[];
  dims: Dim[];
  others: number[];
  tIdx: number;
  rIdx: number;
  mIdx: number;
  values: ArrayLike<unknown>;
  /** `value` was an object: a hole (no value, no status) is left out rather than made a ".." cell. */
  sparse: boolean;
  statusAll: string | undefined;
  statusList: ArrayLike<string | undefined> | undefined;
  regionCodes: string[];
  regionLabels: string[];
  regionOriginals: Array<string | undefined>;
  measureCodes: string[];
  measureLabels: string[];
  measureUnits: Array<string | undefined>;
  measureDecimals: Array<number | undefined>;
  noteDims: Array<{ k: number; texts: Array<string | undefined> }>;
  sourceId: string;
  indicator: string | undefined;
  vpath: string;
  issues: IssueList;
}

/** The hot loop: one observation per cell, in row-major order (last dimension fastest), as JSON-stat stores them. */
function buildObservations(b: BuildInput): Observation[] {
  const { sizes, dims, others, values, sparse, statusAll, statusList, regionCodes, regionLabels, regionOriginals } = b;
  const { measureCodes, measureLabels, measureUnits, measureDecimals, noteDims, sourceId, indicator, vpath, issues } = b;
  const n = sizes.length;
  const total = values.length;
  const out = sparse ? [] : new Array<Observation>(total);
  if (total === 0) return out;

  // coords[n] is a slot that stays 0, used for a role the table lacks (one implicit category).
  const coords = new Int32Array(n + 1);
  const rPos = b.rIdx >= 0 ? b.rIdx : n;
  const tPos = b.tIdx >= 0 ? b.tIdx : n;
  const mPos = b.mIdx >= 0 ? b.mIdx : n;
  const periodCodes = b.tIdx >= 0 ? dims[b.tIdx]!.codes : [''];

  // Shared dims objects, one per combination of the other dimensions, addressed by a mixed-radix index
  // that is updated incrementally: when the odometer carries into dimension k (all later ones reset to 0),
  // the index moves by delta[k].
  const otherStride = new Float64Array(n);
  let otherCount = 1;
  for (let j = others.length - 1; j >= 0; j--) {
    otherStride[others[j]!] = otherCount;
    otherCount *= sizes[others[j]!]!;
  }
  const delta = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let back = 0;
    for (let j = k + 1; j < n; j++) back += (sizes[j]! - 1) * otherStride[j]!;
    delta[k] = otherStride[k]! - back;
  }
  const dimsCache = new Array<Record<string, string>>(otherCount);
  const otherIds = others.map((k) => dims[k]!.id);
  const otherCodes = others.map((k) => dims[k]!.codes);
  const nOthers = others.length;
  const noNote = noteDims.length === 0;
  const nNoteDims = noteDims.length;

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

    let dimsObj = dimsCache[otherIdx];
    if (dimsObj === undefined) {
      // Null prototype: a dimension id such as `__proto__` or `constructor` is a key like any other.
      dimsObj = Object.create(null) as Record<string, string>;
      for (let j = 0; j < nOthers; j++) dimsObj[otherIds[j]!] = otherCodes[j]![coords[others[j]!]!]!;
      Object.freeze(dimsObj);
      dimsCache[otherIdx] = dimsObj;
    }

    const cr = coords[rPos]!;
    const cm = coords[mPos]!;
    const orig = regionOriginals[cr];
    const unit = measureUnits[cm];
    const dec = measureDecimals[cm];
    // One object literal per common shape, so that V8 lays out every field in the object itself instead of
    // growing a separate property store per cell (about a quarter faster on a million cells). SSB v0 tables
    // have an original code (K-3401) and a unit with decimals on every cell; v2 tables have no original code.
    let o: Observation;
    if (unit !== undefined && dec !== undefined) {
      o =
        orig !== undefined
          ? {
              measure: measureCodes[cm]!,
              measureLabel: measureLabels[cm]!,
              region: regionCodes[cr]!,
              regionLabel: regionLabels[cr]!,
              originalRegion: orig,
              period: periodCodes[coords[tPos]!]!,
              value: v as number | null,
              unit,
              decimals: dec,
              dims: dimsObj,
              source: sourceId,
            }
          : {
              measure: measureCodes[cm]!,
              measureLabel: measureLabels[cm]!,
              region: regionCodes[cr]!,
              regionLabel: regionLabels[cr]!,
              period: periodCodes[coords[tPos]!]!,
              value: v as number | null,
              unit,
              decimals: dec,
              dims: dimsObj,
              source: sourceId,
            };
    } else {
      o =
        orig !== undefined
          ? {
              measure: measureCodes[cm]!,
              measureLabel: measureLabels[cm]!,
              region: regionCodes[cr]!,
              regionLabel: regionLabels[cr]!,
              originalRegion: orig,
              period: periodCodes[coords[tPos]!]!,
              value: v as number | null,
              dims: dimsObj,
              source: sourceId,
            }
          : {
              measure: measureCodes[cm]!,
              measureLabel: measureLabels[cm]!,
              region: regionCodes[cr]!,
              regionLabel: regionLabels[cr]!,
              period: periodCodes[coords[tPos]!]!,
              value: v as number | null,
              dims: dimsObj,
              source: sourceId,
            };
      if (unit !== undefined) o.unit = unit;
      if (dec !== undefined) o.decimals = dec;
    }
    if (status !== undefined) o.status = status;
    if (indicator !== undefined) o.indicator = indicator;
    if (!noNote) {
      let note: string | undefined;
      for (let j = 0; j < nNoteDims; j++) {
        const nd = noteDims[j]!;
        const t = nd.texts[coords[nd.k]!];
        if (t !== undefined) note = note === undefined ? t : `${note}\n${t}`;
      }
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

function merge(parts: Part[], collection: Json | undefined, issues: IssueList): Dataset {
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

  const regionSeen = new Set<string>();
  const periodSeen = new Set<string>();
  const measureSeen = new Set<string>();
  const sourceSeen = new Set<string>();
  const noteSeen = new Set<string>();
  const dimById = new Map<string, { dim: Dimension; codes: Set<string> }>();
  let total = 0;
  for (const p of parts) total += p.observations.length;
  const obs = new Array<Observation>(total);
  let at = 0;
  for (const p of parts) {
    for (const r of p.regions)
      if (!regionSeen.has(r.code)) {
        regionSeen.add(r.code);
        ds.regions.push(r);
      }
    for (const t of p.periods) periodSeen.add(t);
    for (const m of p.measures)
      if (!measureSeen.has(m.code)) {
        measureSeen.add(m.code);
        ds.measures.push(m);
      }
    if (!sourceSeen.has(p.source.id)) {
      sourceSeen.add(p.source.id);
      ds.sources.push(p.source);
    }
    for (const note of p.notes) {
      const key = `${note.scope ?? ''}\u0000${typeof note.text === 'string' ? note.text : note.text.nb}`;
      if (!noteSeen.has(key)) {
        noteSeen.add(key);
        ds.notes.push(note);
      }
    }
    for (const d of p.dimensions) {
      const known = dimById.get(d.id);
      if (!known) {
        const copy: Dimension = { id: d.id, label: d.label, categories: [...d.categories] };
        dimById.set(d.id, { dim: copy, codes: new Set(d.categories.map((c) => c.code)) });
        ds.dimensions.push(copy);
      } else {
        for (const c of d.categories)
          if (!known.codes.has(c.code)) {
            known.codes.add(c.code);
            known.dim.categories.push(c);
          }
      }
    }
    const list = p.observations;
    for (let i = 0; i < list.length; i++) obs[at++] = list[i]!;
  }
  ds.observations = obs;
  ds.periods = [...periodSeen].sort(comparePeriods);
  return ds;
}
