/**
 * Reads CSV the way Statistics Norway's Statbank and county analysts write it: `;`, `,` or tab
 * separated, decimal comma, `57,50 %`, a UTF-8 BOM or ISO-8859-1 bytes, title lines before the header,
 * status symbols (`..`, `.`, `:`, `-`), "3401 Kongsvinger" region fields, and both long tables
 * (`region;år;statistikkvariabel;verdi`) and wide ones (`region;2019;2020` or
 * `"region";"Sysselsatte personer 2021"`).
 *
 * Read in named steps (src/data/csv/): rows and fields, the header, a plan of the columns' roles, then the
 * observations row by row.
 */
import type { Dataset, FeedIssue, IndicatorMeta, Note, ParseOptions, Source } from './types.js';
import { FeedError, IssueList } from './errors.js';
import { slugify } from './slug.js';
import { comparePeriods } from './period.js';
import { decodeText } from './detect.js';
import { detectDelimiter, isBlank, preview, readRows, sampleOf, type CsvDelimiter, type Row } from './csv/rows.js';
import { combineHeaderRows, filledCells, findHeader, isFootnoteRow } from './csv/header.js';
import { readNumber } from './csv/column-stats.js';
import { planColumns, type ColumnPlan } from './csv/column-plan.js';
import { CsvObservations, type Columns } from './csv/observations.js';
import { headerName } from './csv/where.js';

export type { CsvDelimiter };
export { decodeText };

export interface CsvOptions extends ParseOptions {
  /** Skip delimiter detection. */
  delimiter?: CsvDelimiter;
  /** Period for every observation when the file has no period column and no year in its column names. */
  period?: string;
}

const BOM = '\ufeff';

/** Longest field accepted (the Innsikt reader's limit for a text). */
const MAX_FIELD = 5000;

/**
 * A quick check for format detection: true when the text reads as rows of two or more fields with a
 * consistent width (title lines before them allowed) and some number among them, and is not JSON or markup.
 */
export function looksLikeCsv(text: string): boolean {
  const head = sampleOf(text.startsWith(BOM) ? text.slice(1) : text);
  const first = head.trimStart().charAt(0);
  if (first === '{' || first === '[' || first === '<' || first === '') return false;
  const { rows } = readRows(head, detectDelimiter(head), 40);
  const wide = rows.filter((r) => r.fields.length >= 2);
  if (wide.length < 2) return false;
  // Of the rows with several fields, most have the same width.
  const widths = new Map<number, number>();
  for (const r of wide) widths.set(r.fields.length, (widths.get(r.fields.length) ?? 0) + 1);
  const modal = Math.max(...widths.values());
  if (modal < 2 || modal < wide.length * 0.6) return false;
  // A table of statistics has numbers (or status symbols) somewhere.
  return wide.some((r) =>
    r.fields.some((f) => {
      const cell = f.trim();
      return cell !== '' && readNumber(cell) !== undefined;
    }),
  );
}

/** The rows of a CSV text around its header: title lines, header rows, data rows and footnotes. */
interface Table {
  headerRow: Row;
  headers: string[];
  data: Row[];
  title: string | undefined;
  /** Title lines after the first, then footnotes, in file order. */
  notes: Note[];
}

function textOf(input: string | Uint8Array | ArrayBuffer): string {
  const text = typeof input === 'string' ? input : decodeText(input);
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** No field of a statistics table is a book: a longer one is a broken (or hostile) file, and every view would lay it out. */
function checkFieldLengths(rows: Row[], issues: IssueList): void {
  for (const row of rows) {
    for (let j = 0; j < row.fields.length; j++) {
      const length = row.fields[j]!.length;
      if (length > MAX_FIELD) issues.error(`line ${row.line}, column ${j + 1}`, `This field is ${length} characters long; at most ${MAX_FIELD} are allowed.`);
    }
  }
}

/** Data rows below the header; single-field lines after the data are footnotes, between data lines broken rows. */
function splitData(rows: Row[], from: number, width: number, issues: IssueList): { data: Row[]; notes: Note[] } {
  const notes: Note[] = [];
  const data: Row[] = [];
  let pending: Row[] = [];
  for (let i = from; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    if (row.fields.length === 1 && width > 1) {
      pending.push(row);
      continue;
    }
    // A one-field line between data lines is a broken row, not a footnote.
    for (const lone of pending)
      issues.warn(`line ${lone.line}`, `This line has a single field (${preview(lone)}) where the header names ${width} columns; it was skipped.`);
    pending = [];
    data.push(row);
  }
  // Footnotes padded with delimiters to the table's width ("Kilde: SSB";;;) after the last line of data.
  const padded: Row[] = [];
  while (data.length > 1 && isFootnoteRow(data[data.length - 1]!)) padded.unshift(data.pop()!);
  for (const lone of [...padded, ...pending]) notes.push({ text: filledCells(lone).join(' '), mandatory: false, scope: 'dataset' });
  return { data, notes };
}

/** Rows, header and data of a CSV text; throws when the file cannot be read that far. */
function readTable(text: string, options: CsvOptions, issues: IssueList): Table {
  if (text.trim() === '') throw new FeedError([{ path: 'file', message: 'The file is empty.' }]);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const { rows, unclosedQuote } = readRows(text, delimiter);
  if (unclosedQuote !== undefined) {
    issues.warn(`line ${unclosedQuote}`, 'A quoted field starting on this line is never closed: the rest of the file was read as part of it.');
  }
  checkFieldLengths(rows, issues);
  issues.throwIfAny();
  const found = findHeader(rows, delimiter, issues);
  if (!found) {
    issues.throwIfAny();
    throw new FeedError([{ path: 'line 1', message: 'No header row was found.' }]);
  }
  const headerRow = rows[found.headerRows[0]!]!;
  // Trailing empty header cells (a trailing delimiter) do not make columns.
  const headers = combineHeaderRows(found.headerRows.map((k) => rows[k]!));
  while (headers.length > 1 && headers[headers.length - 1]!.trim() === '') headers.pop();
  const { data, notes } = splitData(rows, found.header + 1, headers.length, issues);
  if (data.length === 0) {
    issues.error(`line ${headerRow.line}`, 'The file has a header row but no data rows below it.');
    issues.throwIfAny();
  }
  // Title lines after the first come before the footnotes, in file order; one new array, not an unshift per line
  // (quadratic in the number of lines, and it reversed them).
  const titleNotes: Note[] = [];
  for (let k = 1; k < found.titles.length; k++) titleNotes.push({ text: found.titles[k]!, mandatory: false, scope: 'dataset' });
  return { headerRow, headers, data, title: found.titles[0], notes: titleNotes.length > 0 ? titleNotes.concat(notes) : notes };
}

/** The planned columns by role; throws when no column holds numbers. */
function columnsByRole(plans: ColumnPlan[], table: Table, issues: IssueList): Columns {
  const values = plans.filter((p) => p.role === 'value');
  if (values.length === 0) {
    const described = table.headers.map((h, j) => headerName(h, j)).join(', ');
    issues.error(
      `line ${table.headerRow.line}`,
      `No column holds numbers, so there are no values to show. The columns are ${described}. Put the figures in a column such as "verdi", or in one column per year.`,
    );
    issues.throwIfAny();
  }
  const c: Columns = { values, dims: plans.filter((p) => p.role === 'dim') };
  for (const [role, key] of [
    ['region', 'region'],
    ['regionName', 'name'],
    ['period', 'period'],
    ['measure', 'measure'],
    ['unit', 'unit'],
    ['status', 'status'],
  ] as const) {
    const col = plans.find((p) => p.role === role);
    if (col) c[key] = col;
  }
  return c;
}

/** The period of values whose row and column name give none, and warnings about what the columns lack. */
function fallbackPeriod(plans: ColumnPlan[], c: Columns, table: Table, options: CsvOptions, issues: IssueList): string {
  const where = `line ${table.headerRow.line}`;
  let period = '';
  if (!c.period && c.values.some((p) => p.period === undefined)) {
    const titleYear = table.title ? table.title.match(/\b(?:1[89]\d\d|2[01]\d\d)\b/g) : null;
    if (options.period !== undefined) period = options.period;
    else if (titleYear && new Set(titleYear).size === 1) period = titleYear[0]!;
    else issues.warn(where, 'No column gives the year or period, and no column name contains one: the values have no period.');
  }
  if (c.period && c.values.some((p) => p.period !== undefined)) {
    issues.warn(
      where,
      `The file has a period column (${headerName(c.period.header, c.period.index)}) and years in other column names; the period column was used.`,
    );
  }
  if (!c.region) issues.warn(where, 'No column names the region: the values have no region.');
  for (const p of plans) {
    if (p.role === 'skip' && !p.freeText && p.header.trim() !== '')
      issues.warn(`line ${table.headerRow.line}, column ${JSON.stringify(p.header.trim())}`, 'This column is empty and was skipped.');
  }
  return period;
}

/** A file that names neither itself nor its source has an untitled source ("Kilde: ikke oppgitt"), never "CSV". */
function sourceOf(title: string | undefined, options: CsvOptions): Source {
  const sourceTitle = title ?? options.sourceTitle ?? '';
  const source: Source = { id: slugify(sourceTitle).slice(0, 60) || 'csv', title: sourceTitle };
  const table = title ? /^(\d{5})\s*:/.exec(title) : null;
  if (table) source.table = table[1]!;
  return source;
}

/**
 * Parses CSV text or bytes into a {@link Dataset}. Bytes are decoded with {@link decodeText}.
 * Throws a {@link FeedError} listing every problem when the file cannot be read.
 */
export function parseCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions = {}): Dataset {
  const issues = new IssueList();
  const table = readTable(textOf(input), options, issues);
  const { title } = table;
  const plans = planColumns(table.headers, table.data, table.headers.length);
  const columns = columnsByRole(plans, table, issues);
  const period = fallbackPeriod(plans, columns, table, options, issues);
  const source = sourceOf(title, options);
  const read = new CsvObservations(
    columns,
    {
      width: table.headers.length,
      fallbackPeriod: period,
      defaultMeasureLabel: options.indicator ?? title ?? 'Verdi',
      sourceId: source.id,
      indicator: options.indicator,
    },
    issues,
  );
  for (const row of table.data) read.row(row);
  read.finish();
  issues.throwIfAny((n) => `The CSV file could not be read: ${n} problem${n === 1 ? '' : 's'}.`);

  const indicators: IndicatorMeta[] = options.indicator ? [title ? { id: options.indicator, title } : { id: options.indicator }] : [];
  const warnings: FeedIssue[] = issues.warnings;
  const dataset: Dataset = {
    format: 'csv',
    indicators,
    regions: [...read.regions.values()],
    periods: [...read.periods].sort(comparePeriods),
    measures: [...read.measures.values()],
    dimensions: [...read.dimensions.values()],
    observations: read.observations,
    sources: [source],
    notes: table.notes,
    warnings,
  };
  if (title) dataset.title = title;
  return dataset;
}
