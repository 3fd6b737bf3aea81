/**
 * A query that reads a local file instead of the API: a JSON-stat 2.0 response saved from PxWebApi, a CSV
 * (a Statbank download, a county analyst's sheet saved as CSV) or an Excel workbook (.xlsx: Statbank's Excel
 * export, an analyst's workbook). The file stands in for the API's answer: the builder selects from it what the
 * query asks for, as the API would, and then checks, builds, validates and writes it exactly as an answer.
 *
 * In the configuration:
 *
 *     { "id": "accounts", "table": "11713", "file": "data/11713.xlsx", "sheet": "BNPB",
 *       "valueCodes": { "Region": ["0", "04", "05"] },
 *       "measures": { "Bruttoprodukt i basisverdi. Løpende priser (mill. kr)": { "id": "grp", … } } }
 *
 * Pure TypeScript with no Node imports.
 */
import type { Obj } from '../data/checker.js';
import type { Localized } from '../data/types.js';

export type FileFormat = 'jsonstat' | 'csv' | 'xlsx';

/** Who to credit for figures from a file, where the table id alone does not say it. */
export interface FileSourceText {
  title?: string;
  publisher?: string;
  url?: string;
  licence?: string;
  /** When the figures were published or last updated (`YYYY-MM-DD`), when the file does not say. */
  updated?: string;
  /** Notes on the source: plain text, or `{ nb, nn?, en? }` so nynorsk and English readers get them in their language. */
  notes?: Localized[];
}

export interface FileQuery {
  /** As written in the configuration: relative to the configuration file's folder, or absolute. */
  path: string;
  format: FileFormat;
  /** Excel: the sheet's name (default the first sheet). */
  sheet?: string;
  source?: FileSourceText;
}

/** The checks this module needs from the configuration's checker (see config.ts). */
export interface FileChecker {
  error(path: string, message: string): void;
  allowed(obj: Obj, path: string, keys: readonly string[]): void;
  obj(v: unknown, path: string, required: boolean, what: string): Obj | undefined;
  text(v: unknown, path: string, required?: boolean, max?: number): string | undefined;
  list(v: unknown, path: string, required: boolean, minItems?: number, maxItems?: number): unknown[];
  localized(v: unknown, path: string, required?: boolean): Localized | undefined;
}

/** The query fields a file source adds. */
export const FILE_QUERY_FIELDS = ['file', 'format', 'sheet', 'source'] as const;

const FORMATS: readonly FileFormat[] = ['jsonstat', 'csv', 'xlsx'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The format a file name implies: `.xlsx`, `.csv` (or `.txt`), `.json`. */
export function formatOf(path: string): FileFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'jsonstat';
  return undefined;
}

function readSource(c: FileChecker, v: unknown, path: string): FileSourceText | undefined {
  const o = c.obj(v, path, false, 'an object with "title", "publisher", "url", "licence", "updated" or "notes"');
  if (!o) return undefined;
  c.allowed(o, path, ['title', 'publisher', 'url', 'licence', 'updated', 'notes']);
  const out: FileSourceText = {};
  for (const key of ['title', 'publisher', 'licence'] as const) {
    const t = c.text(o[key], `${path}.${key}`, false, 300);
    if (t !== undefined) out[key] = t;
  }
  const url = c.text(o.url, `${path}.url`, false, 500);
  if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url)) c.error(`${path}.url`, 'must be an http:// or https:// address.');
  else if (url !== undefined) out.url = url;
  const updated = c.text(o.updated, `${path}.updated`, false, 10);
  if (updated !== undefined && !DATE.test(updated)) c.error(`${path}.updated`, `expected a date such as "2021-12-13", got "${updated}".`);
  else if (updated !== undefined) out.updated = updated;
  const notes: Localized[] = [];
  c.list(o.notes, `${path}.notes`, false, 0, 20).forEach((n, i) => {
    const t = c.localized(n, `${path}.notes[${i}]`, true);
    if (t !== undefined) notes.push(t);
  });
  if (notes.length > 0) out.notes = notes;
  return out;
}

/**
 * Reads the file fields of a query object (`file`, `format`, `sheet`, `source`); undefined when the query
 * has no `file` (it asks the API). Problems are reported to the checker with their paths.
 */
export function readFileQuery(c: FileChecker, o: Obj, path: string): FileQuery | undefined {
  if (o.file === undefined) {
    for (const key of ['format', 'sheet', 'source'] as const) {
      if (o[key] !== undefined) c.error(`${path}.${key}`, `only applies to a query that reads a file (add "file": "…").`);
    }
    return undefined;
  }
  const file = c.text(o.file, `${path}.file`, true, 1000);
  if (file === undefined) return undefined;
  if (CONTROL.test(file)) {
    c.error(`${path}.file`, 'contains control characters.');
    return undefined;
  }
  let format: FileFormat | undefined;
  if (o.format !== undefined) {
    if (!FORMATS.includes(o.format as FileFormat)) c.error(`${path}.format`, `expected "jsonstat", "csv" or "xlsx", got ${JSON.stringify(o.format)}.`);
    else format = o.format as FileFormat;
  } else {
    format = formatOf(file);
    if (!format) c.error(`${path}.file`, `"${file}" does not end in .json, .csv or .xlsx: say which it is with "format": "jsonstat", "csv" or "xlsx".`);
  }
  const sheet = c.text(o.sheet, `${path}.sheet`, false, 100);
  if (sheet !== undefined && format !== 'xlsx') c.error(`${path}.sheet`, 'only applies to an Excel workbook ("format": "xlsx").');
  const source = readSource(c, o.source, `${path}.source`);
  if (!format) return undefined;
  const q: FileQuery = { path: file, format };
  if (sheet !== undefined) q.sheet = sheet;
  if (source !== undefined) q.source = source;
  return q;
}
