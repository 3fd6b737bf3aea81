/**
 * Turns the rows of a spreadsheet into CSV text for the data core's CSV reader (`parseCsv`), which already
 * knows Statbank's ways (title lines, "0 Hele landet" fields, status symbols, notes under the table). What a
 * sheet adds, and is undone here:
 * - Statbank's Excel export writes a label only where it changes (region, industry and year in the first
 *   columns, blank below): the blanks are filled from the row above.
 * - Those label columns have no heading; their names come from the title ("11713: …, etter region, næring,
 *   år og statistikkvariabel" → region, næring, år).
 * - Under the notes is a block of metadata ("Sist endret:", "Kontakt:", …): its latest "Sist endret" date
 *   becomes the figures' `updated` date; the rest (names, telephone numbers, links) is left out.
 *
 * A plain table (a heading in every column, as an analyst's workbook has) passes through unchanged.
 * Pure TypeScript, no Node imports.
 */
import { dsvFormat } from 'd3-dsv';
import type { CellText, SheetRows } from './xlsx.js';

export interface SheetTable {
  /** `;`-separated CSV text: title lines, the header, the data rows, the notes. */
  csv: string;
  /** `YYYY-MM-DD` from the export's "Sist endret" block, when there is one. */
  updated?: string;
}

const filled = (c: CellText): c is string => c !== null && c.trim() !== '';

function trimRow(row: CellText[]): CellText[] {
  let n = row.length;
  while (n > 0 && !filled(row[n - 1]!)) n--;
  return row.slice(0, n);
}

/** "…, etter region, næring, år og statistikkvariabel" → ["region", "næring", "år"]. */
export function variablesFromTitle(title: string | undefined): string[] {
  const m = title ? /\better\s+(.+?)\s*$/i.exec(title) : null;
  if (!m) return [];
  return m[1]!
    .split(/\s*,\s*|\s+og\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^statistikkvariabel$/i.test(s));
}

/** A row of one text in the first column only: a title, a note or a line of metadata. */
function isSingle(row: CellText[]): boolean {
  const t = trimRow(row);
  return t.length === 1 && filled(t[0]!);
}

interface Layout {
  titles: string[];
  header: number;
  /** Rows of the table, from the row after the header (blank rows left out). */
  data: number[];
  /** First row after the table. */
  footer: number;
}

function findLayout(sheet: SheetRows): Layout | undefined {
  const { rows, numeric } = sheet;
  const first = numeric.findIndex((r) => r.some(Boolean));
  if (first < 0) return undefined;
  let header = first - 1;
  while (header >= 0 && trimRow(rows[header]!).length === 0) header--;
  if (header < 0) return undefined;
  const titles: string[] = [];
  for (let i = 0; i < header; i++) {
    const t = trimRow(rows[i]!);
    if (t.length > 0 && filled(t[0]!)) titles.push(t[0]!.trim());
  }
  const data: number[] = [];
  let footer = rows.length;
  for (let i = header + 1; i < rows.length; i++) {
    const t = trimRow(rows[i]!);
    if (t.length === 0) continue;
    if (isSingle(rows[i]!) && !numeric[i]![0]) {
      footer = i;
      break;
    }
    data.push(i);
  }
  return { titles, header, data, footer };
}

/** Notes under the table, up to the metadata block; the latest "Sist endret" date in that block. */
function readFooter(rows: CellText[][], from: number): { notes: string[]; updated?: string } {
  const notes: string[] = [];
  let inMeta = false;
  let inChanged = false;
  let updated: string | undefined;
  for (let i = from; i < rows.length; i++) {
    const t = trimRow(rows[i]!);
    if (t.length === 0) {
      inChanged = false;
      continue;
    }
    const text = (t.find(filled) ?? '').trim();
    // "region:", "Sist endret:", "Kontakt:" start the metadata: short key lines ending in a colon.
    if (/^[^\s].{0,40}:$/.test(text) && !/^\S+\s=/.test(text)) {
      inMeta = true;
      if (/^sist endret:$/i.test(text)) inChanged = true;
      continue;
    }
    if (inChanged) {
      const d = /^(\d{4})(\d{2})(\d{2})\b/.exec(text);
      if (d) {
        const iso = `${d[1]}-${d[2]}-${d[3]}`;
        if (!updated || iso > updated) updated = iso;
      }
      continue;
    }
    // Notes are text: markup in them (Statbank puts links in some) is dropped with its tags.
    if (!inMeta) {
      const plain = text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (plain) notes.push(plain);
    }
  }
  return updated ? { notes, updated } : { notes };
}

/**
 * Statbank's wide layout has two heading rows: the measure, written once over the first of its columns, and the
 * years below it. Each value column's heading becomes "<measure> <year>" (the text above carried to the right),
 * which the CSV reader splits into measure and period.
 */
function mergeHeadingAbove(header: string[], labels: number, above: CellText[]): void {
  if (above.length <= labels || above.slice(0, labels).some(filled) || !above.slice(labels).some(filled)) return;
  let carried = '';
  for (let j = labels; j < header.length; j++) {
    const t = above[j];
    if (t !== undefined && filled(t)) carried = t.trim();
    if (carried) header[j] = `${carried} ${header[j]}`.trim();
  }
}

/**
 * The sheet as CSV text for `parseCsv`. Returns undefined when no row holds a number (then there is no
 * table to read).
 */
export function sheetToCsv(sheet: SheetRows): SheetTable | undefined {
  const layout = findLayout(sheet);
  if (!layout) return undefined;
  const { rows } = sheet;
  const header = trimRow(rows[layout.header]!).map((c) => (c ?? '').trim());
  let labels = 0;
  while (labels < header.length && header[labels] === '') labels++;
  const names = variablesFromTitle(layout.titles[0]);
  // Unnamed label columns stay unnamed when the title does not name them all: the CSV reader then knows the
  // region column by its codes ("3401 Kongsvinger").
  if (names.length === labels) for (let j = 0; j < labels; j++) header[j] = names[j]!;
  mergeHeadingAbove(header, labels, layout.header > 0 ? trimRow(rows[layout.header - 1]!) : []);

  const out: string[][] = layout.titles.map((t) => [t]);
  if (out.length > 0) out.push([]);
  out.push(header);
  const carried: string[] = new Array<string>(labels).fill('');
  for (const i of layout.data) {
    const row = rows[i]!.slice(0, Math.max(header.length, trimRow(rows[i]!).length)).map((c) => c ?? '');
    for (let j = 0; j < labels; j++) {
      if (row[j]!.trim() === '') row[j] = carried[j]!;
      else {
        // A new label in one column starts a new group: the columns to its right are given again below it.
        carried[j] = row[j]!;
        for (let k = j + 1; k < labels; k++) carried[k] = '';
      }
    }
    out.push(row);
  }
  const footer = readFooter(rows, layout.footer);
  if (footer.notes.length > 0) {
    out.push([]);
    for (const n of footer.notes) out.push([n]);
  }
  const csv = `${dsvFormat(';').formatRows(out)}\n`;
  return footer.updated ? { csv, updated: footer.updated } : { csv };
}
