/**
 * A table's metadata (`GET /tables/{id}/metadata`, JSON-stat 2.0 without values) and what it says about a query
 * before the query is sent: every variable and code the query names exists, every codelist is offered, and every
 * variable the query leaves out may be left out. A variable that may not (11616 gained an age dimension) is
 * filled with its only code or its elimination code, or the query is refused with the variable and its codes.
 *
 * In PxWebApi v2 metadata, `dimension.<var>.extension.elimination` says whether a variable may be left out of a
 * query (the API then sums it or uses its total); `eliminationValueCode`, when given, is that total's code;
 * `extension.codelists` lists the codelists (`agg_…`, `vs_…`) the variable offers. (In a data answer the same
 * `elimination` flag means something else, so it is only ever read from metadata.)
 *
 * Pure TypeScript, no Node imports.
 */
import type { QueryConfig } from './config.js';
import { isRecord as isObj } from '../data/is-record.js';
import { expandItem, isExpression } from './selection.js';

export interface TableVariable {
  id: string;
  label: string;
  /** Codes in the table's order (the order `top(n)` and `range()` follow). */
  codes: string[];
  labels: Map<string, string>;
  elimination: boolean;
  eliminationValueCode?: string;
  /** Codelist ids this variable offers (empty when the metadata lists none). */
  codelists: string[];
}

export interface TableMetadata {
  table: string;
  label?: string;
  variables: Map<string, TableVariable>;
  /** Variable ids by role (`time`, `geo`, `metric`). */
  roles: { time?: string; geo?: string; metric?: string };
}

/** Metadata that cannot be read as JSON-stat. */
export class MetadataError extends Error {
  override readonly name = 'MetadataError';
}

/** Guards against a hostile metadata answer: no table has anywhere near this many codes in one variable. */
const MAX_CODES = 100_000;

/** The codes of a JSON-stat dimension in order (`category.index` as an array or an object; else `category.label`). */
export function categoryCodes(dim: unknown): string[] {
  if (!isObj(dim) || !isObj(dim['category'])) return [];
  const cat = dim['category'];
  const index = cat['index'];
  if (Array.isArray(index)) return index.slice(0, MAX_CODES).map(String);
  if (isObj(index)) {
    const entries = Object.entries(index).slice(0, MAX_CODES);
    return entries.sort((a, b) => Number(a[1]) - Number(b[1])).map(([code]) => code);
  }
  return isObj(cat['label']) ? Object.keys(cat['label']).slice(0, MAX_CODES) : [];
}

function firstRole(role: unknown, key: string): string | undefined {
  if (!isObj(role)) return undefined;
  const list = role[key];
  return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : undefined;
}

/** Reads a metadata answer. Throws {@link MetadataError} when it has no variables. */
export function readTableMetadata(json: unknown, table: string): TableMetadata {
  if (!isObj(json) || !Array.isArray(json['id']) || !isObj(json['dimension'])) {
    throw new MetadataError(`the metadata of table ${table} is not JSON-stat 2.0 (no "id" list and "dimension" object).`);
  }
  const dims = json['dimension'];
  const variables = new Map<string, TableVariable>();
  for (const id of json['id']) {
    if (typeof id !== 'string' || !isObj(dims[id])) continue;
    const d = dims[id];
    const ext = isObj(d['extension']) ? d['extension'] : {};
    const cat = isObj(d['category']) ? d['category'] : {};
    const labelObj = isObj(cat['label']) ? cat['label'] : {};
    const codes = categoryCodes(d);
    const v: TableVariable = {
      id,
      label: typeof d['label'] === 'string' ? d['label'] : id,
      codes,
      labels: new Map(codes.map((c) => [c, typeof labelObj[c] === 'string' ? labelObj[c] : c])),
      elimination: ext['elimination'] === true,
      codelists: Array.isArray(ext['codelists'])
        ? ext['codelists'].map((c) => (isObj(c) && typeof c['id'] === 'string' ? c['id'] : undefined)).filter((c): c is string => c !== undefined)
        : [],
    };
    if (typeof ext['eliminationValueCode'] === 'string') v.eliminationValueCode = ext['eliminationValueCode'];
    variables.set(id, v);
  }
  if (variables.size === 0) throw new MetadataError(`the metadata of table ${table} lists no variables.`);
  const roles: TableMetadata['roles'] = {};
  const time = firstRole(json['role'], 'time') ?? (variables.has('Tid') ? 'Tid' : undefined);
  const geo = firstRole(json['role'], 'geo');
  const metric = firstRole(json['role'], 'metric') ?? (variables.has('ContentsCode') ? 'ContentsCode' : undefined);
  if (time) roles.time = time;
  if (geo) roles.geo = geo;
  if (metric) roles.metric = metric;
  const out: TableMetadata = { table, variables, roles };
  if (typeof json['label'] === 'string') out.label = json['label'];
  return out;
}

/** A few codes for a message: "15-74, 15-19, 20-24 … (7 codes)". */
export function someCodes(codes: readonly string[], max = 12): string {
  const shown = codes.slice(0, max).join(', ');
  return codes.length > max ? `${shown} … (${codes.length} codes)` : shown;
}

export interface QueryPlan {
  /** The query's selection with ContentsCode and any filled variables written out. */
  valueCodes: Record<string, string[]>;
  /** Problems that make the query wrong for this table (each names the variable and codes). */
  problems: string[];
  /** What was filled in or left to the API, for the progress output. */
  notes: string[];
}

/** The query's selection as sent: ContentsCode defaults to the measures' codes. */
export function selectionOf(q: Pick<QueryConfig, 'valueCodes' | 'measures'>): Record<string, string[]> {
  const valueCodes: Record<string, string[]> = { ...q.valueCodes };
  if (valueCodes['ContentsCode'] === undefined) valueCodes['ContentsCode'] = Object.keys(q.measures);
  return valueCodes;
}

function checkSelected(q: QueryConfig, meta: TableMetadata, selection: Record<string, string[]>, problems: string[]): void {
  const ids = [...meta.variables.keys()];
  for (const [variable, items] of Object.entries(selection)) {
    const v = meta.variables.get(variable);
    if (!v) {
      problems.push(`table ${q.table} has no variable "${variable}" (it has ${ids.join(', ')}).`);
      continue;
    }
    const unknown: string[] = [];
    for (const item of items) {
      const hit = expandItem(item, v.codes);
      if (hit === undefined) problems.push(`"${variable}": "${item}" is not a selection expression the API reads.`);
      else if (hit.length === 0) {
        if (isExpression(item)) problems.push(`"${variable}": "${item}" selects none of the table's codes (${someCodes(v.codes)}).`);
        else unknown.push(item);
      }
    }
    if (unknown.length > 0) {
      problems.push(
        `"${variable}" has no code ${unknown.map((c) => `"${c}"`).join(', ')} in table ${q.table}${q.codelist[variable] ? ` with codelist ${q.codelist[variable]}` : ''} (it has ${someCodes(v.codes)}).`,
      );
    }
  }
  for (const [variable, id] of Object.entries(q.codelist)) {
    const v = meta.variables.get(variable);
    if (v && v.codelists.length > 0 && !v.codelists.includes(id))
      problems.push(`"${variable}" offers no codelist "${id}" (it offers ${v.codelists.join(', ')}).`);
  }
}

/**
 * Checks a query against its table's metadata and writes out its full selection. A variable the query leaves
 * out is filled with its only code or its `eliminationValueCode`; left to the API when it may be eliminated;
 * otherwise a problem naming the variable and its codes.
 */
export function planQuery(q: QueryConfig, meta: TableMetadata): QueryPlan {
  const valueCodes = selectionOf(q);
  const problems: string[] = [];
  const notes: string[] = [];
  checkSelected(q, meta, valueCodes, problems);
  for (const v of meta.variables.values()) {
    if (valueCodes[v.id] !== undefined) continue;
    if (v.codes.length === 1) {
      valueCodes[v.id] = [v.codes[0]!];
      notes.push(`"${v.id}" (${v.label}) is not in the query; the table has one code, ${v.codes[0]}, which was used.`);
    } else if (v.eliminationValueCode !== undefined && v.codes.includes(v.eliminationValueCode)) {
      valueCodes[v.id] = [v.eliminationValueCode];
      notes.push(
        `"${v.id}" (${v.label}) is not in the query; the table's total, ${v.eliminationValueCode} (${v.labels.get(v.eliminationValueCode) ?? ''}), was used.`,
      );
    } else if (v.elimination) {
      notes.push(`"${v.id}" (${v.label}) is not in the query; the table allows leaving it out, so the API adds it up.`);
    } else {
      problems.push(
        `table ${meta.table} has a variable "${v.id}" (${v.label}) that the query does not select and that cannot be left out; its codes: ${someCodes(v.codes)}. Add "valueCodes": {"${v.id}": ["…"]} to query "${q.id}".`,
      );
    }
  }
  return { valueCodes, problems, notes };
}
