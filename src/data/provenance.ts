/**
 * Reads the provenance parts of an Innsikt feed v1: `origins` (what a per-figure source card shows: the table
 * coordinates and query address of a table figure, the formula and inputs of a computed one; observations point
 * at an entry by its index in `origin`) and `changes` (what changed in the last updates). The checks mirror
 * `feed-schema.json`.
 *
 * Pure TypeScript, no DOM.
 */
import type { Coordinate, DerivationInput, FeedChange, Origin } from './types.js';
import { Checker } from './checker.js';
import { isRecord as isObj } from './is-record.js';
import { IssueList, describe } from './errors.js';

/** Most entries in `origins` (one per distinct combination of source, query and coordinates). */
export const MAX_ORIGINS = 100_000;
/** Most entries in `changes`. */
export const MAX_CHANGES = 50;

function readCoordinate(c: Checker, v: unknown, path: string): Coordinate | undefined {
  if (!isObj(v)) {
    c.error(path, `expected a coordinate object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['dimension', 'label', 'code', 'codeLabel']);
  const dimension = c.text(v.dimension, `${path}.dimension`, true);
  const code = c.text(v.code, `${path}.code`, true);
  const label = c.localized(v.label, `${path}.label`);
  const codeLabel = c.localized(v.codeLabel, `${path}.codeLabel`);
  if (dimension === undefined || code === undefined) return undefined;
  const out: Coordinate = { dimension, code };
  if (label !== undefined) out.label = label;
  if (codeLabel !== undefined) out.codeLabel = codeLabel;
  return out;
}

function readInput(c: Checker, v: unknown, path: string): DerivationInput | undefined {
  if (!isObj(v)) {
    c.error(path, `expected an input object, got ${describe(v)}.`);
    return undefined;
  }
  c.allowed(v, path, ['measure', 'region', 'period', 'dims']);
  const measure = c.text(v.measure, `${path}.measure`, true);
  if (measure === undefined) return undefined;
  const out: DerivationInput = { measure };
  if (typeof v.region === 'string') out.region = v.region;
  else if (Array.isArray(v.region) && v.region.every((r) => typeof r === 'string')) out.region = v.region as string[];
  else if (v.region !== undefined) c.error(`${path}.region`, `expected a region code or a list of codes, got ${describe(v.region)}.`);
  if (typeof v.period === 'string') out.period = v.period;
  else if (v.period !== undefined) c.error(`${path}.period`, `expected a period, got ${describe(v.period)}.`);
  if (isObj(v.dims) && Object.values(v.dims).every((x) => typeof x === 'string')) out.dims = { ...(v.dims as Record<string, string>) };
  else if (v.dims !== undefined) c.error(`${path}.dims`, `expected an object of dimension → category code, got ${describe(v.dims)}.`);
  return out;
}

function readOrigin(c: Checker, v: unknown, path: string, sourceIds: Set<string>): Origin {
  const out: Origin = {};
  if (!isObj(v)) {
    c.error(path, `expected an origin object, got ${describe(v)}.`);
    return out;
  }
  c.allowed(v, path, ['source', 'query', 'coordinates', 'formula', 'inputs']);
  if (v.source !== undefined) {
    if (typeof v.source !== 'string' || !sourceIds.has(v.source)) c.error(`${path}.source`, `${describe(v.source)} is not listed in "sources".`);
    else out.source = v.source;
  }
  if (v.query !== undefined) {
    // Only http(s): the card links to it.
    if (typeof v.query !== 'string' || !/^https?:\/\//i.test(v.query) || v.query.length > 5000)
      c.error(`${path}.query`, `expected an http(s) address, got ${describe(v.query)}.`);
    else out.query = v.query;
  }
  if (v.coordinates !== undefined) {
    out.coordinates = [];
    c.list(v.coordinates, `${path}.coordinates`, false, 0, 50).forEach((x, i) => {
      const co = readCoordinate(c, x, `${path}.coordinates[${i}]`);
      if (co) out.coordinates!.push(co);
    });
  }
  const formula = c.localized(v.formula, `${path}.formula`);
  if (formula !== undefined) out.formula = formula;
  if (v.inputs !== undefined) {
    out.inputs = [];
    c.list(v.inputs, `${path}.inputs`, false, 0, 50).forEach((x, i) => {
      const input = readInput(c, x, `${path}.inputs[${i}]`);
      if (input) out.inputs!.push(input);
    });
  }
  return out;
}

/** The feed's `origins` (an empty list when it has none). */
export function readOrigins(c: Checker, v: unknown, sourceIds: Set<string>): Origin[] {
  return c.list(v, 'origins', false, 0, MAX_ORIGINS).map((x, i) => readOrigin(c, x, `origins[${i}]`, sourceIds));
}

/** An observation's `origin`: the index of an entry in `origins`. */
export function readOriginRef(c: Checker, v: unknown, path: string, origins: Origin[]): Origin | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= origins.length) {
    c.error(path, `expected the index of an entry in "origins" (0 to ${origins.length - 1}), got ${describe(v)}.`);
    return undefined;
  }
  return origins[v];
}

const CHANGE_LISTS = [
  'periodsAdded',
  'periodsRemoved',
  'regionsAdded',
  'regionsRemoved',
  'revised',
  'codesAdded',
  'codesRemoved',
  'labels',
  'notesAdded',
  'notesRemoved',
] as const;

/**
 * The feed's `changes`: each entry needs a `date` and may have the lists of {@link FeedChange}; the lists' entries
 * are checked by the JSON Schema and read as data (a widget shows their codes and numbers as text).
 */
export function readChanges(c: Checker, v: unknown): FeedChange[] {
  const out: FeedChange[] = [];
  c.list(v, 'changes', false, 0, MAX_CHANGES).forEach((x, i) => {
    const path = `changes[${i}]`;
    if (!isObj(x)) {
      c.error(path, `expected a change record, got ${describe(x)}.`);
      return;
    }
    c.allowed(x, path, ['date', 'revisedCount', ...CHANGE_LISTS]);
    const date = c.text(x.date, `${path}.date`, true);
    let ok = date !== undefined;
    for (const key of CHANGE_LISTS) {
      if (x[key] === undefined) continue;
      const items = c.list(x[key], `${path}.${key}`, false, 0, 100_000);
      if (items.length !== (x[key] as unknown[]).length) ok = false;
      const wantText = key.startsWith('periods');
      items.forEach((item, j) => {
        const good = wantText ? typeof item === 'string' : key.startsWith('notes') ? typeof item === 'string' || isObj(item) : isObj(item);
        if (!good) {
          c.error(`${path}.${key}[${j}]`, `expected ${wantText ? 'a period' : 'an object'}, got ${describe(item)}.`);
          ok = false;
        }
      });
    }
    if (x.revisedCount !== undefined && (typeof x.revisedCount !== 'number' || !Number.isInteger(x.revisedCount) || x.revisedCount < 0)) {
      c.error(`${path}.revisedCount`, `expected a whole number, got ${describe(x.revisedCount)}.`);
      ok = false;
    }
    if (ok) out.push(x as unknown as FeedChange);
  });
  return out;
}

/** A checker for {@link validChanges}: texts as the feed allows them. */
class ChangeChecker extends Checker {
  text(v: unknown, path: string, required = false): string | undefined {
    if (v === undefined) {
      if (required) this.error(path, 'is missing.');
      return undefined;
    }
    if (typeof v !== 'string' || v.length === 0 || v.length > 5000) {
      this.error(path, `expected a text, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }
}

/** The entries of a feed's `changes` that are valid (a broken history entry is dropped, never carried over). */
export function validChanges(feed: unknown): FeedChange[] {
  const list = isObj(feed) && Array.isArray(feed.changes) ? feed.changes.slice(0, MAX_CHANGES) : [];
  return list.filter((entry) => {
    const c = new ChangeChecker(new IssueList());
    readChanges(c, [entry]);
    return c.issues.total === 0;
  }) as FeedChange[];
}
