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
import type { Localized } from '../data/types.js';
import { localized } from './localized.js';

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

/** The file fields of a query as the configuration writes them (feeds-config.schema.json has checked them). */
export interface RawFileFields {
  file?: string;
  format?: FileFormat;
  sheet?: string;
  source?: FileSourceText;
}

/** The format a file name implies: `.xlsx`, `.csv` (or `.txt`), `.json`. */
export function formatOf(path: string): FileFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'jsonstat';
  return undefined;
}

/** Who to credit, as a fresh object in the order the builder writes it. */
function sourceOf(raw: FileSourceText): FileSourceText {
  const out: FileSourceText = {};
  for (const key of ['title', 'publisher', 'licence', 'url', 'updated'] as const) if (raw[key] !== undefined) out[key] = raw[key];
  if (raw.notes && raw.notes.length > 0) out.notes = raw.notes.map(localized);
  return out;
}

/**
 * The file a query reads, from its checked fields (`file`, `format`, `sheet`, `source`); undefined when it has no
 * `file` (it asks the API) or its format is unknown (config-rules.ts reports that).
 */
export function fileQueryOf(raw: RawFileFields): FileQuery | undefined {
  if (raw.file === undefined) return undefined;
  const format = raw.format ?? formatOf(raw.file);
  if (!format) return undefined;
  const q: FileQuery = { path: raw.file, format };
  if (raw.sheet !== undefined) q.sheet = raw.sheet;
  if (raw.source !== undefined) q.source = sourceOf(raw.source);
  return q;
}
