/**
 * A JSON-stat dataset's cells: `value` (a list, or an object keyed by cell position) and `status` (one symbol for
 * all cells, a list, or an object keyed by cell position). Checked even when the structure is broken, so that all
 * problems are reported at once.
 */
import { IssueList, describe } from '../errors.js';
import { isRecord, type JsonObject } from '../is-record.js';
import { isKnownStatus } from '../status.js';

export interface Values {
  values?: ArrayLike<unknown>;
  /** Every value has been checked already (else {@link checkValues} or the observation loop checks them). */
  checked: boolean;
  /** `value` was an object: a hole (no value, no status) is left out rather than made a ".." cell. */
  sparse: boolean;
}

export interface Status {
  /** One symbol for every cell. */
  all?: string;
  /** A symbol per cell position. */
  list?: ArrayLike<string | undefined>;
}

/** Records an error for anything but a finite number or null; returns whether the value is usable. */
export function checkValue(v: unknown, i: number, vpath: string, issues: IssueList): boolean {
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

/** Checks values not yet checked (when no observations are built from them). */
export function checkValues(v: Values, vpath: string, issues: IssueList): void {
  const { values } = v;
  if (values && !v.checked) for (let i = 0; i < values.length; i++) checkValue(values[i], i, vpath, issues);
}

function positionError(key: string, cellCount: number): string {
  return cellCount >= 0
    ? `"${key}" is not a cell position: keys must be whole numbers from 0 to ${cellCount - 1}.`
    : `"${key}" is not a cell position: keys must be whole numbers.`;
}

const isPosition = (key: string, cellCount: number) => /^\d+$/.test(key) && (cellCount < 0 || Number(key) < cellCount);

function valuesFromObject(raw: JsonObject, vpath: string, cellCount: number, issues: IssueList): Array<number | null> | undefined {
  // Holes stay holes: a cell listed in neither `value` nor `status` is a gap and gets no observation, so that a
  // few kilobytes declaring a million cells do not become a million objects.
  const dense: Array<number | null> | undefined = cellCount >= 0 ? new Array<number | null>(cellCount) : undefined;
  for (const key in raw) {
    const v = raw[key];
    if (!isPosition(key, cellCount)) {
      issues.error(`${vpath}["${key}"]`, positionError(key, cellCount));
      continue;
    }
    if (checkValue(v, Number(key), vpath, issues) && dense) dense[Number(key)] = v as number | null;
  }
  return dense;
}

/**
 * `value`. A list of the right length is kept as it is (checked cell by cell in the observation loop) when the
 * dimensions could be read; anything else is checked here.
 */
export function readValues(raw: unknown, vpath: string, cellCount: number, sizes: number[] | undefined, dimsOk: boolean, issues: IssueList): Values {
  if (raw === undefined) {
    issues.error(vpath, 'The dataset has no "value" holding its figures.');
    return { checked: false, sparse: false };
  }
  if (Array.isArray(raw)) {
    if (cellCount >= 0 && raw.length !== cellCount) {
      issues.error(
        vpath,
        `There ${raw.length === 1 ? 'is 1 value' : `are ${raw.length} values`}, but the dimension sizes (${sizes!.join(' × ')}) call for ${cellCount}.`,
      );
    }
    if (cellCount >= 0 && raw.length === cellCount && dimsOk) return { values: raw, checked: false, sparse: false };
    for (let i = 0; i < raw.length; i++) checkValue(raw[i], i, vpath, issues);
    return { checked: true, sparse: false };
  }
  if (isRecord(raw)) {
    const dense = valuesFromObject(raw, vpath, cellCount, issues);
    return dense ? { values: dense, checked: true, sparse: true } : { checked: true, sparse: true };
  }
  issues.error(vpath, `"value" must be a list of numbers (or an object of them keyed by cell position), but is ${describe(raw)}.`);
  return { checked: false, sparse: false };
}

interface StatusTally {
  count: number;
  first: string;
}

/** Unknown status symbols, counted, so that each is reported once with the first place it occurs. */
class UnknownStatus {
  private readonly tally = new Map<string, StatusTally>();

  see(s: string, path: string): void {
    if (isKnownStatus(s)) return;
    const t = this.tally.get(s);
    if (t) t.count++;
    else this.tally.set(s, { count: 1, first: path });
  }

  report(issues: IssueList): void {
    for (const [symbol, t] of this.tally) {
      issues.warn(t.first, `Unknown status symbol ${JSON.stringify(symbol)}${t.count > 1 ? ` (on ${t.count} cells)` : ''}; it is kept as given.`);
    }
  }
}

function statusFromList(raw: unknown[], spath: string, cellCount: number, unknown: UnknownStatus, issues: IssueList): Status {
  if (raw.length === 1 && cellCount !== 1) {
    // A one-element list applies to every cell, like a single string.
    const s: unknown = raw[0];
    if (typeof s === 'string' && s !== '') {
      unknown.see(s, `${spath}[0]`);
      return { all: s };
    }
    if (s !== null && typeof s !== 'string') issues.error(`${spath}[0]`, `Expected a status symbol, but found ${describe(s)}.`);
    return {};
  }
  if (cellCount >= 0 && raw.length !== cellCount) {
    issues.error(spath, `There are ${raw.length} status entries, but ${cellCount} cells; the list must have one entry per cell (or be a single symbol).`);
  }
  const list = new Array<string | undefined>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const s: unknown = raw[i];
    if (typeof s === 'string') {
      if (s !== '') {
        list[i] = s;
        unknown.see(s, `${spath}[${i}]`);
      }
    } else if (s !== null && s !== undefined) issues.error(`${spath}[${i}]`, `Expected a status symbol, but found ${describe(s)}.`);
  }
  return { list };
}

function statusFromObject(raw: JsonObject, spath: string, cellCount: number, unknown: UnknownStatus, issues: IssueList): Status {
  const list = new Array<string | undefined>(Math.max(cellCount, 0));
  for (const key in raw) {
    const s = raw[key];
    if (!isPosition(key, cellCount)) {
      issues.error(`${spath}["${key}"]`, positionError(key, cellCount));
    } else if (typeof s === 'string') {
      if (s !== '') {
        list[Number(key)] = s;
        unknown.see(s, `${spath}["${key}"]`);
      }
    } else if (s !== null) issues.error(`${spath}["${key}"]`, `Expected a status symbol, but found ${describe(s)}.`);
  }
  return { list };
}

/** `status`; unknown symbols are kept and reported once each. */
export function readStatus(raw: unknown, spath: string, cellCount: number, issues: IssueList): Status {
  const unknown = new UnknownStatus();
  let status: Status = {};
  if (typeof raw === 'string') {
    if (raw !== '') {
      status = { all: raw };
      unknown.see(raw, spath);
    }
  } else if (Array.isArray(raw)) {
    status = statusFromList(raw, spath, cellCount, unknown, issues);
  } else if (isRecord(raw)) {
    status = statusFromObject(raw, spath, cellCount, unknown, issues);
  } else if (raw !== undefined && raw !== null) {
    issues.error(spath, `"status" must be a symbol, a list or an object keyed by cell position, but is ${describe(raw)}.`);
  }
  unknown.report(issues);
  return status;
}
