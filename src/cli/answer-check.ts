/**
 * Before anything is written, every answer is checked against the question that was asked: an answer to another
 * question (Region and Tid swapped, another table's layout, codes nobody asked for) is refused, never published.
 *
 * - its size: the cells it declares stay under the cap (checked before a single cell is read);
 * - its dimensions: every variable asked for is there, nothing unasked-for is, and the roles (time, metric,
 *   geography) sit on the variables the table's metadata gives them;
 * - its codes: every code of every dimension is one the selection covers (a wildcard or `top(n)` covers what it
 *   selects from the table's codes; region codes also match after normalisation, `K-3401` = `3401`);
 * - its measures: every ContentsCode asked for arrived.
 *
 * Pure TypeScript, no Node imports.
 */
import { normaliseRegionCode } from '../data/region-code.js';
import { isRecord as isObj, type JsonObject as Json } from '../data/is-record.js';
import { selectionMatcher } from './selection.js';
import { type TableMetadata, categoryCodes, someCodes } from './table-metadata.js';

/** Default cap on the cells one answer may declare (the real API refuses more than 800 000 per request). */
export const DEFAULT_MAX_CELLS = 300_000;

export class AnswerError extends Error {
  override readonly name = 'AnswerError';
}

/** The number of cells a JSON-stat answer declares (product of `size`), or undefined when it has no size list. */
export function declaredCells(json: unknown): number | undefined {
  if (!isObj(json)) return undefined;
  const size = Array.isArray(json['size'])
    ? json['size']
    : isObj(json['dimension']) && Array.isArray((json['dimension'] as Json)['size'])
      ? ((json['dimension'] as Json)['size'] as unknown[])
      : undefined;
  if (!size) return undefined;
  let cells = 1;
  for (const s of size) {
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) return Number.POSITIVE_INFINITY;
    cells *= s;
  }
  return cells;
}

/** Refuses an answer that declares more cells than `maxCells`, before any of it is read. */
export function checkCells(json: unknown, maxCells: number, where: string): void {
  const cells = declaredCells(json);
  if (cells !== undefined && cells > maxCells) {
    throw new AnswerError(
      `${where}: the answer declares ${Number.isFinite(cells) ? cells.toLocaleString('en') : 'an unreadable number of'} cells, more than the cap of ${maxCells.toLocaleString('en')} ("api.maxCells"). Ask for fewer codes or periods.`,
    );
  }
}

function roleOf(json: Json, key: string): string[] {
  const role = json['role'];
  if (!isObj(role) || !Array.isArray(role[key])) return [];
  return (role[key] as unknown[]).filter((x): x is string => typeof x === 'string');
}

function sameRegion(a: string, b: string): boolean {
  return normaliseRegionCode(a).code === normaliseRegionCode(b).code;
}

function checkRoles(json: Json, meta: TableMetadata | undefined, problems: string[]): void {
  const expected = { time: meta?.roles.time ?? 'Tid', metric: meta?.roles.metric ?? 'ContentsCode', geo: meta?.roles.geo };
  for (const key of ['time', 'metric', 'geo'] as const) {
    const got = roleOf(json, key);
    const want = expected[key];
    if (got.length === 0 || (key === 'geo' && !meta)) continue;
    if (want === undefined || got.length !== 1 || got[0] !== want) {
      problems.push(
        `the answer gives the role "${key}" to ${got.map((g) => `"${g}"`).join(', ')}${want ? `, but the table gives it to "${want}"` : ', which the table does not'}.`,
      );
    }
  }
}

function checkCodes(variable: string, codes: string[], items: string[], meta: TableMetadata | undefined, isRegion: boolean, problems: string[]): void {
  const matcher = selectionMatcher(items, meta?.variables.get(variable)?.codes);
  const asked = isRegion ? items.filter((i) => !/[*?()]/.test(i)) : [];
  const stray = codes.filter((c) => !matcher.covers(c) && !(isRegion && asked.some((a) => sameRegion(a, c))));
  if (stray.length > 0)
    problems.push(
      `"${variable}": the answer has ${stray.length === 1 ? 'a code that was' : 'codes that were'} not asked for: ${someCodes(stray, 8)} (asked: ${items.join(', ')}).`,
    );
  else if (codes.length > matcher.limit)
    problems.push(`"${variable}": the answer has ${codes.length} codes, but the selection (${items.join(', ')}) covers at most ${matcher.limit}.`);
}

/**
 * Checks an answer (parsed JSON-stat) against the selection that was sent and the table's metadata (when read).
 * Throws an {@link AnswerError} listing what does not fit.
 */
export function checkAnswer(json: unknown, selection: Record<string, string[]>, meta: TableMetadata | undefined, where: string): void {
  if (!isObj(json) || !Array.isArray(json['id']) || !isObj(json['dimension'])) return; // the JSON-stat reader explains this one
  const problems: string[] = [];
  const ids = (json['id'] as unknown[]).filter((x): x is string => typeof x === 'string');
  const dims = json['dimension'] as Json;
  for (const variable of Object.keys(selection)) {
    if (!ids.includes(variable)) problems.push(`the answer has no dimension "${variable}", which was asked for.`);
  }
  for (const id of ids) {
    if (selection[id] === undefined && !(meta?.variables.has(id) ?? false))
      problems.push(`the answer has a dimension "${id}" that was not asked for and the table does not list.`);
  }
  checkRoles(json, meta, problems);
  const geo = meta?.roles.geo ?? roleOf(json, 'geo')[0];
  for (const id of ids) {
    const items = selection[id];
    if (!items) continue;
    const codes = categoryCodes(dims[id]);
    checkCodes(id, codes, items, meta, id === geo || /region/i.test(id), problems);
  }
  const metric = meta?.roles.metric ?? 'ContentsCode';
  if (ids.includes(metric)) {
    const arrived = new Set(categoryCodes(dims[metric]));
    const missing = (selection[metric] ?? []).filter((c) => !/[*?()]/.test(c) && !arrived.has(c));
    if (missing.length > 0) problems.push(`the measure${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')} did not arrive.`);
  }
  if (problems.length > 0) {
    throw new AnswerError(
      `${where}: the answer does not fit the question, so it is not used: ${problems.slice(0, 6).join(' ')}${problems.length > 6 ? ` … and ${problems.length - 6} more.` : ''}`,
    );
  }
}
