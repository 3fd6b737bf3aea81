/// <reference types="node" />
/**
 * Reads one sheet of an Excel workbook (.xlsx) into rows of cell texts, for the feed builder's file sources
 * (Statistics Norway's Statbank "Excel" export, a county analyst's workbook). The workbook is read with
 * `read-excel-file` (MIT, pure JavaScript: it unzips with fflate and parses the XML with saxen; it reads values,
 * never runs formulas or macros). Before the library sees the bytes, the zip's own directory is checked: a
 * workbook that would unpack to more than {@link MAX_UNPACKED_BYTES} (a "zip bomb") is refused.
 *
 * Numbers keep the text Excel stored (`2569.6999999999998`), so that the value read is the cell's exact value;
 * the data core's CSV reader reads a single `.` as the decimal mark. CLI only: never bundled for browsers.
 */
import { readSheet } from 'read-excel-file/node';

/** Largest workbook file read. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;
/** Largest total size of the files inside the workbook once unpacked. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
/** Most cells (rows × columns) a sheet may have. */
export const MAX_SHEET_CELLS = 5_000_000;

/** A cell as text: `null` for an empty cell; numbers as stored (`"2569.6999999999998"`), dates as `YYYY-MM-DD`. */
export type CellText = string | null;

export interface SheetRows {
  /** Rows from the sheet's first row (empty rows in the middle kept as rows of nulls). */
  rows: CellText[][];
  /** Whether each cell was a number in Excel (same shape as `rows`): numbers never become labels. */
  numeric: boolean[][];
}

/** A workbook that cannot be read. */
export class XlsxError extends Error {
  override readonly name = 'XlsxError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The total unpacked size the zip's central directory declares, or a reason it cannot be trusted.
 * Reads only the directory (at the end of the file), never the compressed data.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'it is not a zip file (an .xlsx file is one): the end of its directory was not found';
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return 'it is a ZIP64 archive, far larger than any statistics table';
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return 'its zip directory is damaged';
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return 'it holds a ZIP64 entry, far larger than any statistics table';
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

function cellText(v: unknown): { text: CellText; numeric: boolean } {
  if (v === null || v === undefined) return { text: null, numeric: false };
  if (typeof v === 'object' && v !== null && 'n' in v) return { text: numberText(String((v as { n: string }).n)), numeric: true };
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10), numeric: false };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', numeric: false };
  const s = String(v);
  return { text: s.trim() === '' ? null : s, numeric: false };
}

/** `1.5E-3` → `0.0015`: the CSV reader reads plain decimals only. */
function numberText(s: string): string {
  const t = s.trim();
  if (!/e/i.test(t)) return t;
  const n = Number(t);
  return Number.isFinite(n) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : t;
}

/**
 * Reads a sheet (by name; default the first) of an .xlsx workbook. Throws an {@link XlsxError} with a
 * sentence a webmaster can act on when the file is not a workbook, is too large, or lacks the sheet.
 */
export async function readXlsxSheet(bytes: Uint8Array, sheet?: string): Promise<SheetRows> {
  if (bytes.length > MAX_XLSX_BYTES)
    throw new XlsxError(`The workbook is ${Math.round(bytes.length / 1048576)} MB; at most ${MAX_XLSX_BYTES / 1048576} MB are read.`);
  const unpacked = declaredUnpackedSize(bytes);
  if (typeof unpacked === 'string') throw new XlsxError(`The file cannot be read as an Excel workbook (.xlsx): ${unpacked}.`);
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new XlsxError(`The workbook would unpack to ${Math.round(unpacked / 1048576)} MB; at most ${MAX_UNPACKED_BYTES / 1048576} MB are read.`);
  let raw: unknown[][];
  try {
    const options = { parseNumber: (n: string) => ({ n }), trim: false };
    raw = (sheet === undefined ? await readSheet(Buffer.from(bytes), options) : await readSheet(Buffer.from(bytes), sheet, options)) as unknown as unknown[][];
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'SheetNotFoundError') throw new XlsxError(`The workbook has no sheet named "${sheet}".`);
    throw new XlsxError(`The file cannot be read as an Excel workbook (.xlsx): ${(err as Error).message}`);
  }
  const width = raw.reduce((w, r) => Math.max(w, r.length), 0);
  if (raw.length * width > MAX_SHEET_CELLS)
    throw new XlsxError(`The sheet has ${raw.length} rows × ${width} columns; at most ${MAX_SHEET_CELLS.toLocaleString('en-US')} cells are read.`);
  const rows: CellText[][] = [];
  const numeric: boolean[][] = [];
  for (const r of raw) {
    const texts: CellText[] = [];
    const nums: boolean[] = [];
    for (const v of r) {
      const c = cellText(v);
      texts.push(c.text);
      nums.push(c.numeric);
    }
    rows.push(texts);
    numeric.push(nums);
  }
  return { rows, numeric };
}
