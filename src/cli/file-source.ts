/// <reference types="node" />
/**
 * Reads a query's local file (JSON-stat, CSV or Excel) and turns it into the answer the API would have given
 * (see file-answer.ts). The readers are the data core's own (`parseJsonStat`, `parseCsv`, the same the widgets
 * use); an Excel sheet is read into rows by xlsx.ts and laid out as CSV by sheet-table.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Dataset } from '../data/types.js';
import type { QueryConfig } from './config.js';
import { FeedError } from '../data/errors.js';
import { parseCsv } from '../data/csv.js';
import { parseJsonStat } from '../data/jsonstat.js';
import { decodeText } from '../data/detect.js';
import { FileSourceError, answerFromDataset } from './file-answer.js';
import { MAX_XLSX_BYTES, XlsxError, readXlsxSheet } from './xlsx.js';
import { sheetToCsv } from './sheet-table.js';
import { checkAnswer, checkCells } from './answer-check.js';
import { readTableMetadata } from './table-metadata.js';

export { FileSourceError };

/** Largest JSON-stat or CSV file read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface FileAnswer {
  /** The file's full path. */
  path: string;
  /** The JSON-stat 2.0 answer. */
  json: Record<string, unknown>;
  /** Cells in the answer. */
  cells: number;
  /** The codes selected per variable (the question, in the answer's codes). */
  selection: Record<string, string[]>;
  /** The whole file described as a table's metadata (every variable and code). */
  table: Record<string, unknown>;
  bytes: number;
  /** Recoverable oddities the reader noted (skipped empty cells, …). */
  warnings: string[];
}

/** Where a query's file is: relative paths are read from the configuration file's folder. */
export function filePath(q: QueryConfig, configDir: string): string {
  const p = q.file!.path;
  return isAbsolute(p) ? p : resolve(configDir, p);
}

async function readBytes(path: string, max: number): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new FileSourceError(`${path} is not a file.`);
    size = s.size;
  } catch (err) {
    if (err instanceof FileSourceError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileSourceError(code === 'ENOENT' ? `${path} does not exist.` : `${path} cannot be read: ${(err as Error).message}`);
  }
  if (size > max) throw new FileSourceError(`${path} is ${Math.round(size / 1048576)} MB; at most ${Math.round(max / 1048576)} MB are read.`);
  return new Uint8Array(await readFile(path));
}

async function readDataset(q: QueryConfig, bytes: Uint8Array): Promise<{ ds: Dataset; updated?: string }> {
  const file = q.file!;
  if (file.format === 'jsonstat') {
    let json: unknown;
    try {
      json = JSON.parse(decodeText(bytes).replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new FileSourceError(`the file is not JSON: ${(err as Error).message}`);
    }
    return { ds: parseJsonStat(json) };
  }
  if (file.format === 'csv') return { ds: parseCsv(bytes) };
  const sheet = await readXlsxSheet(bytes, file.sheet);
  const table = sheetToCsv(sheet);
  if (!table) throw new FileSourceError(`the ${file.sheet ? `sheet "${file.sheet}"` : 'first sheet'} holds no numbers: there is no table to read.`);
  return table.updated ? { ds: parseCsv(table.csv), updated: table.updated } : { ds: parseCsv(table.csv) };
}

/**
 * Reads the file of a query that has one, and answers the query from it. Throws a {@link FileSourceError}
 * with a sentence that names the file when it is missing, unreadable, or does not answer the query.
 */
export async function readFileSource(q: QueryConfig, configDir: string): Promise<FileAnswer> {
  if (!q.file) throw new FileSourceError(`query "${q.id}" reads no file.`);
  const path = filePath(q, configDir);
  const bytes = await readBytes(path, q.file.format === 'xlsx' ? MAX_XLSX_BYTES : MAX_FILE_BYTES);
  let read: { ds: Dataset; updated?: string };
  try {
    read = await readDataset(q, bytes);
  } catch (err) {
    if (err instanceof FeedError) {
      const details = err.issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ');
      throw new FileSourceError(
        `${path} cannot be read as ${q.file.format === 'jsonstat' ? 'JSON-stat' : q.file.format.toUpperCase()}: ${details || err.message}`,
      );
    }
    if (err instanceof XlsxError || err instanceof FileSourceError) throw new FileSourceError(`${path}: ${err.message}`);
    throw err;
  }
  const src = q.file.source;
  const options: Parameters<typeof answerFromDataset>[2] = {};
  const updated = read.updated ?? src?.updated;
  if (updated) options.updated = updated;
  if (src?.title) options.title = src.title;
  try {
    const { json, cells, selection, table } = answerFromDataset(read.ds, q, options);
    return { path, json, cells, selection, table, bytes: bytes.length, warnings: read.ds.warnings.slice(0, 5).map((w) => `${w.path}: ${w.message}`) };
  } catch (err) {
    if (err instanceof FileSourceError) throw new FileSourceError(`${path}: ${err.message}`);
    throw err;
  }
}

/**
 * The checks every answer from the API passes, applied to a file's answer: the cell cap, and the answer against
 * the question (the whole file standing for the table's metadata). Throws an AnswerError or MetadataError.
 */
export function checkFileAnswer(q: QueryConfig, a: FileAnswer, maxCells: number): void {
  const where = `file ${q.file!.path} (query "${q.id}")`;
  checkCells(a.json, maxCells, where);
  checkAnswer(a.json, a.selection, readTableMetadata(a.table, q.table || q.id), where);
}
